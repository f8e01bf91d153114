import BantinCore
import BantinSite

/// The follow-up sheets: `phieu/index.html`, the commune's sheet of each month and each unit's.
enum SheetPages: PageFamily {
    static let navigation: [PageContext.NavItem] = [.init(label: "Phiếu theo dõi", path: SitePaths.Sheets.index)]

    static func pages(_ context: RenderContext) -> [PageJob] {
        let site = context.site
        let render: @Sendable (TemplateObject, String) -> [UInt8] = { view, template in context.renderer.render(view, template: template) }
        var jobs = [PageJob(SitePaths.Sheets.index) { render(SheetView.index(site, context: context.page), "sheets") }]
        // A sheet shows the tasks of its month (and its unit), with their pager.
        for month in site.plan.sheetMonths {
            let items = context.digest(of: month.list)
            for (page, path) in month.list.paths.enumerated() {
                jobs.append(PageJob(path, fingerprint: context.fingerprint(path) { hasher, _ in hasher.add(items) }) {
                    render(SheetView.commune(month, page: page, site: site, context: context.page), "sheet")
                })
            }
        }
        for unit in site.units.all {
            for month in site.plan.unitSheets[unit.id] ?? [] {
                let items = context.digest(of: month.list)
                for (page, path) in month.list.paths.enumerated() {
                    jobs.append(PageJob(path, fingerprint: context.fingerprint(path) { hasher, _ in hasher.add(items) }) {
                        render(SheetView.unit(unit, month: month, page: page, site: site, context: context.page), "sheet")
                    })
                }
            }
        }
        return jobs
    }
}
