import BantinCore
import BantinSite

/// The search page, `tim-kiem.html`, and its index script.
enum SearchPages: PageFamily {
    static let navigation: [PageContext.NavItem] = [.init(label: "Tìm kiếm", path: SitePaths.search)]

    static func pages(_ context: RenderContext) -> [PageJob] {
        let site = context.site
        return [
            PageJob(SitePaths.search) {
                var view = context.page.view(pagePath: SitePaths.search, title: "Tìm kiếm", kind: "search",
                                             breadcrumbs: [("Tìm kiếm", nil)])
                view["recordCount"] = .number(SearchIndex.recordCount(units: site.units.all, conclusions: site.conclusions))
                view["scripts"] = [["src": .text(SitePaths.searchIndex)], ["src": .text(SitePaths.assetsFolder + "search.js")]]
                return context.renderer.render(view, template: "search")
            },
            PageJob(SitePaths.searchIndex) {
                SearchIndex.script(SearchIndex.records(units: site.units.all, names: site.units.names,
                                                       conclusions: site.conclusions, assignments: site.assignments))
            },
        ]
    }
}
