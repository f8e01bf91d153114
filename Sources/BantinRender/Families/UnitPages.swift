import BantinCore
import BantinSite

/// The unit pages: `don-vi/index.html`, one `don-vi/<id>.html` per unit the site knows, the
/// pages of each unit's years (`don-vi/<id>/<year>.html`), and `don-vi/chua-ro.html`.
enum UnitPages: PageFamily {
    static let navigation: [PageContext.NavItem] = [.init(label: "Đơn vị", path: SitePaths.units)]

    static func pages(_ context: RenderContext) -> [PageJob] {
        let site = context.site
        let render: @Sendable (TemplateObject, String) -> [UInt8] = { view, template in context.renderer.render(view, template: template) }
        var jobs = [PageJob(SitePaths.units) { render(UnitView.index(site, context: context.page), "units") }]
        for unit in site.units.all {
            let counts = UnitView.Counts(unit, site: site)
            // A unit's pages show its tasks (their counts on every one of them), and link its
            // years, sheets and calendar, whose existence the list of pages holds.
            let tasks = context.digest { hasher, inputs in
                hasher.add(unit.id)
                for assignment in site.assignments[unit.id] ?? [] { hasher.add(assignment, in: inputs) }
            }
            let fingerprint = { (path: String) in context.fingerprint(path) { hasher, _ in hasher.add(tasks) } }
            jobs.append(PageJob(SitePaths.unit(unit.id), fingerprint: fingerprint(SitePaths.unit(unit.id))) {
                render(UnitView.page(unit, site: site, year: nil, counts: counts, context: context.page), "unit")
            })
            for year in site.plan.unitYears[unit.id] ?? [] {
                for (page, path) in year.list.paths.enumerated() {
                    jobs.append(PageJob(path, fingerprint: fingerprint(path)) {
                        render(UnitView.page(unit, site: site, year: (year, page), counts: counts, context: context.page), "unit")
                    })
                }
            }
        }
        for (page, path) in site.plan.unassigned.paths.enumerated() {
            jobs.append(PageJob(path) { render(UnitView.unassigned(site, page: page, context: context.page), "unassigned") })
        }
        return jobs
    }
}
