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
    static func make(caption: String, rows: [Row], showSource: Bool, units: SiteUnits) -> TemplateObject {
        ["caption": .text(caption), "rows": .list(rows.enumerated().map { order, row in self.row(row, order: order, showSource: showSource, units: units) })]
    }

    static func row(_ row: Row, order: Int, showSource: Bool, units: SiteUnits) -> TemplateValue {
        let task = row.task
        let dates = task.deadlines.compactMap(\.sortDate)
        let mentions = units.displayed(task.units)
        return [
            "order": .number(order),
            "label": .text(task.displayLabel),
            "href": .text(task.link),
            "summary": .text(task.summary),
            "source": showSource ? .text(row.conclusion.title) : false,
            "dates": .text(dates.min()?.iso ?? ""),
            "due": .text(dates.min()?.iso ?? ""),
            "months": .text(months(of: task).joined(separator: " ")),
            "unitIDs": .text(task.reach.joined(separator: " ")),
            "units": .list(mentions.enumerated().map { i, m in
                ["name": .text(m.name), "href": .text(m.href), "role": .text(m.role.rawValue), "roleName": .text(m.role.displayName),
                 "implied": .flag(m.implied), "last": .flag(i == mentions.count - 1)]
            }),
            "deadlines": .list(task.deadlines.enumerated().map { i, d in
                ["iso": .text(d.sortDate?.iso ?? ""), "display": .text(display(d)), "text": .text(d.text), "kind": .text(d.kind.rawValue),
                 "kindName": .text(d.kind.displayName), "inferred": .flag(d.inferred), "last": .flag(i == task.deadlines.count - 1)]
            }),
        ]
    }

    /// The months ("YYYY-MM") a task's deadlines touch, at most 24, in order.
    static func months(of task: SiteTask) -> [String] {
        var months: [String] = []
        for deadline in task.deadlines {
            guard var day = deadline.start ?? deadline.end, let end = deadline.end ?? deadline.start else { continue }
            while day <= end, months.count < 24 {
                if !months.contains(day.yearMonth) { months.append(day.yearMonth) }
                day = day.startOfMonth(adding: 1)
            }
        }
        return months
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
