import BantinCore
import BantinSite
/// The site-wide task page, `nhiem-vu.html`: every task of every conclusion in one table, with
/// unit and month filters and a deadline sort that the browser applies (all rows are in the page).
enum TaskListView {
    static let tableID = SitePaths.Anchor.allTasksTable

    static func make(_ conclusions: [SiteConclusion], units: SiteUnits, context: PageContext) -> TemplateObject {
        var view = context.view(pagePath: SitePaths.tasks, title: "Nhiệm vụ", kind: "tasks",
                                breadcrumbs: [("Nhiệm vụ", nil)])
        let rows = conclusions.flatMap { conclusion in
            conclusion.tasks.map { TaskTableView.Row(task: $0, conclusion: conclusion) }
        }
        var table = TaskTableView.make(caption: "Nhiệm vụ của mọi kết luận, kết luận mới nhất trước", rows: rows,
                                       showSource: true, units: units)
        table["id"] = .text(tableID)
        view["tasks"] = .object(table)
        view["tableID"] = .text(tableID)
        view["taskCount"] = .number(rows.count)
        view["hasTasks"] = .flag(!rows.isEmpty)

        // Only units and months that some row carries, in the catalog's order and by date.
        var unitIDs: Set<String> = []
        var months: Set<String> = []
        for row in rows {
            unitIDs.formUnion(row.task.reach)
            months.formUnion(TaskTableView.months(of: row.task))
        }
        let known = units.all.filter { unitIDs.contains($0.id) }
        let unknown = unitIDs.subtracting(known.map(\.id)).sorted()
        view["unitOptions"] = .list(known.map { ["value": .text($0.id), "label": .text($0.name)] }
            + unknown.map { ["value": .text($0), "label": .text(units.names[$0] ?? $0)] })
        view["monthOptions"] = .list(months.sorted()) { month in
            let parts = month.split(separator: "-")
            return ["value": .text(month), "label": .text(parts.count == 2 ? "Tháng \(parts[1])/\(parts[0])" : month)]
        }
        return view
    }
}
