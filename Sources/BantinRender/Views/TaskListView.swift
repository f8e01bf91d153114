import BantinCore
import BantinSite
/// The site-wide task page, `nhiem-vu.html`: every task of every conclusion in one table, with
/// unit and month filters and a deadline sort that the browser applies (all rows are in the page).
enum TaskListView {
    static let tableID = SitePaths.Anchor.allTasksTable

    static func make(_ conclusions: [SiteConclusion], units: SiteUnits, context: PageContext) -> [String: Any] {
        var view = context.view(pagePath: SitePaths.tasks, title: "Nhiệm vụ", kind: "tasks",
                                breadcrumbs: [("Nhiệm vụ", nil)])
        let rows = conclusions.flatMap { conclusion in
            conclusion.tasks.map { TaskTableView.Row(task: $0, conclusion: conclusion) }
        }
        var table = TaskTableView.make(caption: "Nhiệm vụ của mọi kết luận, kết luận mới nhất trước", rows: rows,
                                       showSource: true, units: units)
        table["id"] = tableID
        view["tasks"] = table
        view["tableID"] = tableID
        view["taskCount"] = rows.count
        view["hasTasks"] = !rows.isEmpty

        // Only units and months that some row carries, in the catalog's order and by date.
        var unitIDs: Set<String> = []
        var months: Set<String> = []
        for row in table["rows"] as? [[String: Any]] ?? [] {
            for id in (row["unitIDs"] as? String ?? "").split(separator: " ") { unitIDs.insert(String(id)) }
            for month in (row["months"] as? String ?? "").split(separator: " ") { months.insert(String(month)) }
        }
        let known = units.all.filter { unitIDs.contains($0.id) }
        let unknown = unitIDs.subtracting(known.map(\.id)).sorted()
        view["unitOptions"] = known.map { ["value": $0.id, "label": $0.name] }
            + unknown.map { ["value": $0, "label": units.names[$0] ?? $0] }
        view["monthOptions"] = months.sorted().map { month -> [String: Any] in
            let parts = month.split(separator: "-")
            return ["value": month, "label": parts.count == 2 ? "Tháng \(parts[1])/\(parts[0])" : month]
        }
        return view
    }
}
