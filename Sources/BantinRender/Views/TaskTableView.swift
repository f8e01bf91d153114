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
    static func make(caption: String, rows: [Row], showSource: Bool, units: SiteUnits, showsProgress: Bool) -> [String: Any] {
        ["caption": caption, "showsProgress": showsProgress, "rows": rows.enumerated().map { order, row -> [String: Any] in
            let task = row.task
            let dates = task.deadlines.compactMap(\.sortDate)
            let mentions = units.displayed(task.units)
            let overall = task.progress.overall
            return [
                "order": order,
                "label": task.displayLabel,
                "href": task.link,
                "summary": task.summary,
                "source": showSource ? row.conclusionTitle : false,
                "dates": dates.min()?.iso ?? "",
                "due": dates.min()?.iso ?? "",
                "status": ProgressView.key(overall),
                "progress": ProgressView.status(overall),
                "months": task.months.joined(separator: " "),
                "unitIDs": task.reach.joined(separator: " "),
                "units": mentions.enumerated().map { i, m -> [String: Any] in
                    // A unit's own row shows where it differs from the task's.
                    let own = task.progress.byUnit[m.id]
                    return ["name": m.name, "href": m.href, "role": m.role.rawValue, "roleName": m.role.displayName,
                            "implied": m.implied, "inference": present(m.inference),
                            "progress": own.map { ProgressView.status($0) } ?? false, "last": i == mentions.count - 1]
                },
                "deadlines": deadlines(task.deadlines),
            ]
        }]
    }

    /// Each deadline with its date or span, its phrase and its kind.
    static func deadlines(_ deadlines: [Deadline]) -> [[String: Any]] {
        deadlines.enumerated().map { i, d -> [String: Any] in
            ["iso": d.sortDate?.iso ?? "", "display": display(d), "text": d.text, "kind": d.kind.rawValue,
             "kindName": d.kind.displayName, "kindLabel": label(d.kind), "inferred": d.inferred, "last": i == deadlines.count - 1]
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
