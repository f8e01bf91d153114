import BantinCore
/// The search page, `tim-kiem.html`, and its index script.
enum SearchPages: PageFamily {
    static let path = "tim-kiem.html"
    static let navigation: [PageContext.NavItem] = [.init(label: "Tìm kiếm", path: path)]

    static func render(_ context: RenderContext) -> [OutputFile] {
        let site = context.site
        let records = SearchIndex.records(units: site.units.all, names: site.units.directory.names,
                                          conclusions: site.conclusions, assignments: site.assignments)
        var view = context.page.view(pagePath: path, title: "Tìm kiếm", kind: "search", breadcrumbs: [("Tìm kiếm", nil)])
        view["recordCount"] = records.count
        view["scripts"] = [["src": SearchIndex.path], ["src": "assets/search.js"]]
        return [
            OutputFile(path: path, text: context.renderer.render(view, template: "search")),
            OutputFile(path: SearchIndex.path, text: SearchIndex.script(records)),
        ]
    }
}
