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
        // A month's page shows its tasks, the neighbouring months' names and its own pager.
        let months = context.digest { hasher, _ in site.plan.taskMonths.forEach { hasher.add($0.key) } }
        for month in site.plan.taskMonths {
            let items = context.digest(of: month.list)
            for (page, path) in month.list.paths.enumerated() {
                let fingerprint = context.fingerprint(path) { hasher, _ in
                    hasher.add(months)
                    hasher.add(items)
                }
                jobs.append(PageJob(path, fingerprint: fingerprint) {
                    context.renderer.render(TaskListView.month(month, page: page, site: site, context: context.page), template: "tasks")
                })
            }
        }
        return jobs
    }
}
