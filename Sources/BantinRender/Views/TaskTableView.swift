import BantinCore
import BantinSite

/// Rows of a task table, shared by bulletin pages, the site-wide task page and unit pages.
enum TaskTableView {
    struct Row {
        var task: SiteTask
        var conclusion: SiteConclusion
    }

    /// - Parameters:
    ///   - units: how to show a unit id: its name and page, relative to the site root.
    static func make(caption: String, rows: [Row], showSource: Bool, units: SiteUnits) -> [String: Any] {
        ["caption": caption, "rows": rows.enumerated().map { order, row -> [String: Any] in
            let task = row.task
            let dates = task.deadlines.compactMap(\.sortDate)
            var months: [String] = []
            for deadline in task.deadlines {
                guard var day = deadline.start ?? deadline.end, let end = deadline.end ?? deadline.start else { continue }
                while day <= end, months.count < 24 {
                    if !months.contains(day.yearMonth) { months.append(day.yearMonth) }
                    day = day.startOfMonth(adding: 1)
                }
            }
            let mentions = units.displayed(task.units)
            return [
                "order": order,
                "label": task.displayLabel,
                "href": task.link,
                "summary": task.summary,
                "source": showSource ? row.conclusion.title : false,
                "dates": dates.min()?.iso ?? "",
                "due": dates.min()?.iso ?? "",
                "months": months.joined(separator: " "),
                "unitIDs": task.reach.joined(separator: " "),
                "units": mentions.enumerated().map { i, m -> [String: Any] in
                    ["name": m.name, "href": m.href, "role": m.role.rawValue, "roleName": m.role.displayName,
                     "implied": m.implied, "last": i == mentions.count - 1]
                },
                "deadlines": task.deadlines.enumerated().map { i, d -> [String: Any] in
                    ["iso": d.sortDate?.iso ?? "", "display": display(d), "text": d.text, "kind": d.kind.rawValue,
                     "kindName": d.kind.displayName, "inferred": d.inferred, "last": i == task.deadlines.count - 1]
                },
            ]
        }]
    }

    static func display(_ d: Deadline) -> String {
        switch (d.start, d.end) {
        case let (s?, e?) where s != e: return "\(s.vietnameseNumeric) – \(e.vietnameseNumeric)"
        case let (_, e?): return e.vietnameseNumeric
        case let (s?, nil): return s.vietnameseNumeric
        default: return d.text
        }
    }

}
