import BantinCore
import BantinSite

/// The home page, the year pages of conclusions it links to when it cannot list them all, and
/// the scripts its "Đơn vị của tôi" loads: a unit's tasks of some months in a row.
enum HomePages: PageFamily {
    static let navigation: [PageContext.NavItem] = [.init(label: "Trang chủ", path: SitePaths.home)]

    static func pages(_ context: RenderContext) -> [PageJob] {
        let site = context.site
        var jobs = [PageJob(SitePaths.home) {
            // The other sections of the site, from the navigation (tasks, calendars, units, search).
            let links = context.page.navigation.filter { $0.path != SitePaths.home }.map { item -> TemplateValue in
                ["label": .text(item.label), "href": .text(item.path)]
            }
            return context.renderer.render(IndexView.make(site, context: context.page, links: links), template: "index")
        }]
        for year in site.plan.conclusionYears {
            for (page, path) in year.list.paths.enumerated() {
                jobs.append(PageJob(path) {
                    context.renderer.render(IndexView.archive(year, page: page, site: site, context: context.page), template: "archive")
                })
            }
        }
        for unit in site.units.all {
            for file in site.plan.unitData[unit.id] ?? [] {
                let items = file.months.map { context.digest(of: $0.list) }
                let fingerprint = context.fingerprint(file.path) { hasher, _ in
                    for (month, digest) in zip(file.months, items) {
                        hasher.add(month.key)
                        hasher.add(digest)
                    }
                }
                jobs.append(PageJob(file.path, fingerprint: fingerprint) { IndexView.unitData(unit.id, file: file) })
            }
        }
        return jobs
    }
}
