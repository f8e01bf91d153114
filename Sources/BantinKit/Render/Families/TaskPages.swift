import BantinCore
/// The site-wide task page, `nhiem-vu.html`.
enum TaskPages: PageFamily {
    static let path = "nhiem-vu.html"
    static let navigation: [PageContext.NavItem] = [.init(label: "Nhiệm vụ", path: path)]

    static func render(_ context: RenderContext) -> [OutputFile] {
        let view = TaskListView.make(context.site.conclusions, units: context.site.units, context: context.page)
        return [OutputFile(path: path, text: context.renderer.render(view, template: "tasks"))]
    }
}
