import BantinCore
import BantinSite

/// The home page, the year pages of conclusions it links to when it cannot list them all, and
/// the scripts its "Đơn vị của tôi" loads: a unit's tasks of a month.
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
            for month in site.plan.unitSheets[unit.id] ?? [] {
                let path = SitePaths.unitMonthData(unit.id, month.key)
                let items = context.digest(of: month.list)
                let fingerprint = context.fingerprint(path) { hasher, _ in hasher.add(items) }
                jobs.append(PageJob(path, fingerprint: fingerprint) { IndexView.unitMonthData(unit.id, month: month) })
            }
        }
        return jobs
    }
}
