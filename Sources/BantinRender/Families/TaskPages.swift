import BantinCore
import BantinSite

/// The task pages: `nhiem-vu.html` and `nhiem-vu/<month>.html` (with continuation pages).
enum TaskPages: PageFamily {
    static let navigation: [PageContext.NavItem] = [.init(label: "Nhiệm vụ", path: SitePaths.tasks)]

    static func pages(_ context: RenderContext) -> [PageJob] {
        let site = context.site
        var jobs = [PageJob(SitePaths.tasks) {
            context.renderer.render(TaskListView.index(site, context: context.page), template: "tasks")
        }]
        for month in site.plan.taskMonths {
            for (page, path) in month.list.paths.enumerated() {
                jobs.append(PageJob(path) {
                    context.renderer.render(TaskListView.month(month, page: page, site: site, context: context.page), template: "tasks")
                })
            }
        }
        return jobs
    }
}
