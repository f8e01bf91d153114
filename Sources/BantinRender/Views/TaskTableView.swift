import BantinCore
import BantinSite

/// Rows of a task table, shared by bulletin pages, the task pages and the home page.
enum TaskTableView {
    struct Row {
        var task: SiteTask
        var conclusionTitle: String
    }

    /// - Parameters:
    ///   - units: how to show a unit id: its name and page, relative to the site root.
    ///   - showsProgress: whether the site records progress: the table then has a status column.
    static func make(caption: String, rows: [Row], showSource: Bool, units: SiteUnits, showsProgress: Bool) -> TemplateObject {
        ["caption": .text(caption), "showsProgress": .flag(showsProgress), "rows": .list(rows.enumerated().map { order, row -> TemplateValue in
            let task = row.task
            let dates = task.deadlines.compactMap(\.sortDate)
            let mentions = units.displayed(task.units)
            let overall = task.progress.overall
            return [
                "order": .number(order),
                "label": .text(task.displayLabel),
                "href": .text(task.link),
                "summary": .text(task.summary),
                "source": showSource ? .text(row.conclusionTitle) : false,
                "dates": .text(dates.min()?.iso ?? ""),
                "due": .text(dates.min()?.iso ?? ""),
                "status": .text(ProgressView.key(overall)),
                "progress": ProgressView.status(overall),
                "months": .text(task.months.joined(separator: " ")),
                "unitIDs": .text(task.reach.joined(separator: " ")),
                "units": .list(mentions.enumerated().map { i, m -> TemplateValue in
                    // A unit's own row shows where it differs from the task's.
                    let own = task.progress.byUnit[m.id]
                    return ["name": .text(m.name), "href": .text(m.href), "role": .text(m.role.rawValue), "roleName": .text(m.role.displayName),
                            "implied": .flag(m.implied), "inference": .present(m.inference),
                            "progress": own.map { ProgressView.status($0) } ?? false, "last": .flag(i == mentions.count - 1)]
                }),
                "deadlines": .list(deadlines(task.deadlines)),
            ]
        })]
    }

    /// Each deadline with its date or span, its phrase and its kind.
    static func deadlines(_ deadlines: [Deadline]) -> [TemplateValue] {
        deadlines.enumerated().map { i, d -> TemplateValue in
            ["iso": .text(d.sortDate?.iso ?? ""), "display": .text(display(d)), "text": .text(d.text), "kind": .text(d.kind.rawValue),
             "kindName": .text(d.kind.displayName), "kindLabel": .text(label(d.kind)), "inferred": .flag(d.inferred),
             "last": .flag(i == deadlines.count - 1)]
        }
    }

    static func display(_ d: Deadline) -> String {
        switch (d.start, d.end) {
        case let (s?, e?) where s != e: return "\(s.vietnameseNumeric) – \(e.vietnameseNumeric)"
        case let (_, e?): return e.vietnameseNumeric
        case let (s?, nil): return s.vietnameseNumeric
        default: return d.text
        }
    }

    /// The short label a follow-up sheet puts before a deadline: "hạn", "thời gian", "sự kiện", "định kỳ".
    static func label(_ kind: Deadline.Kind) -> String {
        switch kind {
        case .due: return "hạn"
        case .period: return "thời gian"
        case .event: return "sự kiện"
        case .recurring: return "định kỳ"
        }
    }
}
