import BantinCore
/// Rows of a task table, shared by bulletin pages, the site-wide task page and unit pages.
enum TaskTableView {
    struct Row {
        var task: TaskItem
        var conclusion: Conclusion
    }

    /// - Parameters:
    ///   - units: how to show a unit id: its name and page, relative to the site root.
    static func make(caption: String, rows: [Row], showSource: Bool, units: UnitDirectory) -> [String: Any] {
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
                "label": task.label.isEmpty ? String(task.ordinal) : task.label,
                "href": row.conclusion.url + "#" + BodyRenderer.anchor(of: task),
                "summary": row.conclusion.summary(of: task),
                "source": showSource ? row.conclusion.title : false,
                "dates": dates.min()?.iso ?? "",
                "due": dates.min()?.iso ?? "",
                "months": months.joined(separator: " "),
                "unitIDs": units.expandedIDs(task.units).joined(separator: " "),
                "units": mentions.enumerated().map { i, m -> [String: Any] in
                    ["name": m.name, "href": m.href, "role": m.role.rawValue, "roleName": m.role.displayName,
                     "implied": m.implied, "last": i == mentions.count - 1]
                },
                "deadlines": task.deadlines.enumerated().map { i, d -> [String: Any] in
                    ["iso": d.sortDate?.iso ?? "", "display": display(d), "text": d.text, "kind": d.kind.rawValue,
                     "kindName": kindName(d.kind), "inferred": d.inferred, "last": i == task.deadlines.count - 1]
                },
            ]
        }]
    }

    /// The task's text without its label, cut to a readable length at a word boundary.
    static func summary(_ text: String) -> String {
        // Only the opening of a long text can show: collapse at most what 260 characters need.
        let opening = text.utf8.count > 2400 ? String(text.unicodeScalars.prefix(1200)) : text
        var body = TextNormalization.collapseWhitespace(opening)
        if let comma = body.prefix(14).firstIndex(of: ","), VietnameseOrdinal.label(in: body) != nil {
            body = String(body[body.index(after: comma)...]).trimming(" ")
            body = body.prefix(1).uppercased() + body.dropFirst()
        }
        guard body.prefix(261).count > 260 else { return body }
        let cut = body.prefix(260)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
    }

    static func display(_ d: Deadline) -> String {
        switch (d.start, d.end) {
        case let (s?, e?) where s != e: return "\(s.vietnameseNumeric) – \(e.vietnameseNumeric)"
        case let (_, e?): return e.vietnameseNumeric
        case let (s?, nil): return s.vietnameseNumeric
        default: return d.text
        }
    }

    static func kindName(_ kind: Deadline.Kind) -> String {
        switch kind {
        case .due: return "hạn"
        case .event: return "sự kiện"
        case .period: return "khoảng thời gian"
        case .recurring: return "định kỳ"
        }
    }
}

/// Names and pages of units, for views.
struct UnitDirectory {
    struct Mention {
        var name: String
        var href: String
        var role: UnitRole
        var implied: Bool
    }

    var names: [String: String]
    var members: [String: [String]]
    var hasPage: Set<String>

    func url(_ id: String) -> String? { hasPage.contains(id) ? "don-vi/\(id).html" : nil }

    func displayed(_ mentions: [UnitMention]) -> [Mention] {
        var seen: Set<String> = []
        return mentions.compactMap { m in
            guard seen.insert(m.unitID).inserted else { return nil }
            return Mention(name: names[m.unitID] ?? m.mention, href: url(m.unitID) ?? "don-vi/index.html", role: m.role, implied: m.implied)
        }
    }

    /// The units a task concerns, groups expanded to their members, for filtering.
    func expandedIDs(_ mentions: [UnitMention]) -> [String] {
        var ids: [String] = []
        for m in mentions {
            for id in [m.unitID] + (members[m.unitID] ?? []) where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }
}
