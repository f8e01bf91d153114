import BantinCore
import BantinSite

/// One page per conclusion, laid out like the printed notice.
enum BulletinPages: PageFamily {
    static func pages(_ context: RenderContext) -> [PageJob] {
        let conclusions = context.site.conclusions
        return conclusions.indices.map { index in
            let conclusion = conclusions[index]
            // A bulletin shows its conclusion, and the titles of the ones before and after it.
            let fingerprint = context.fingerprint(conclusion.page) { hasher, inputs in
                for neighbour in [index - 1, index, index + 1] where conclusions.indices.contains(neighbour) {
                    hasher.add(neighbour - index)
                    hasher.add(conclusion: conclusions[neighbour].id, in: inputs)
                }
            }
            return PageJob(conclusion.page, fingerprint: fingerprint) {
                let site = context.site
                let rows = conclusion.tasks.map { TaskTableView.Row(task: $0, conclusionTitle: conclusion.title) }
                let table = TaskTableView.make(caption: "Nhiệm vụ trong kết luận này", rows: rows, showSource: false, units: site.units,
                                               showsProgress: site.hasProgress)
                let body = BodyRenderer.render(conclusion, units: site.units, allowRawHTML: site.config.rawHTML)
                let view = BulletinView.make(conclusion, body: body,
                                             previous: index + 1 < conclusions.count ? conclusions[index + 1] : nil,
                                             next: index > 0 ? conclusions[index - 1] : nil,
                                             context: context.page, taskTable: .object(table))
                return context.renderer.render(view, template: "bulletin")
            }
        }
    }
}
