import BantinCore
import BantinSite

/// The site-wide task page, `nhiem-vu.html`.
enum TaskPages: PageFamily {
    static let navigation: [PageContext.NavItem] = [.init(label: "Nhiệm vụ", path: SitePaths.tasks)]

    static func pages(_ context: RenderContext) -> [PageJob] {
        [PageJob(SitePaths.tasks) {
            let view = TaskListView.make(context.site.conclusions, units: context.site.units, context: context.page)
            return context.renderer.render(view, template: "tasks")
        }]
    }
}
