import BantinCore
import BantinSite
/// The unit pages (trang đơn vị): the index of units by kind, and a page per unit with its tasks
/// by month and a printable follow-up sheet (phiếu theo dõi) for its meetings.
enum UnitView {
    /// The index, `don-vi/index.html`: every unit under its kind, with how many tasks it has.
    static func index(units: [Unit], assignments: [String: [UnitAssignment]], context: PageContext) -> [String: Any] {
        var view = context.view(pagePath: SitePaths.units, title: "Đơn vị", kind: "units",
                                breadcrumbs: [("Đơn vị", nil)])
        let kinds = Unit.Kind.allCases.compactMap { kind -> [String: Any]? in
            let members = units.filter { $0.kind == kind }
            guard !members.isEmpty else { return nil }
            return [
                "name": kind.displayName, "id": SitePaths.Anchor.unitKind(kind),
                "units": members.map { unit -> [String: Any] in
                    let count = assignments[unit.id]?.count ?? 0
                    return ["name": unit.name, "href": SitePaths.unit(unit.id),
                            "taskCount": count == 0 ? false : count,
                            "aliases": present(unit.aliases.filter { $0 != unit.name }.prefix(4).joined(separator: ", "))]
                },
            ]
        }
        view["kinds"] = kinds
        view["hasKinds"] = !kinds.isEmpty
        return view
    }

    /// A unit's page, `don-vi/<id>.html`.
    static func page(_ unit: Unit, assignments: [UnitAssignment], names: [String: String], groups: [Unit],
                     calendarFeed: String?, context: PageContext) -> [String: Any] {
        let pagePath = SitePaths.unit(unit.id)
        var view = context.view(pagePath: pagePath, title: unit.name, kind: "unit",
                                breadcrumbs: [("Đơn vị", SitePaths.units), (unit.name, nil)])
        let link = { (id: String) -> [String: Any] in
            ["name": names[id] ?? id, "href": SitePaths.unit(id)]
        }
        view["unit"] = [
            "id": unit.id, "name": unit.name, "kind": unit.kind.displayName,
            "aliases": present(unit.aliases.filter { $0 != unit.name }.joined(separator: ", ")),
            "members": unit.members.map(link), "hasMembers": !unit.members.isEmpty,
            "groups": groups.map { link($0.id) }, "hasGroups": !groups.isEmpty,
            "calendarFeed": present(calendarFeed),
            // The unit's month calendars live beside its feed (see `SitePaths.Calendar`).
            "calendarPage": calendarFeed == nil ? false : SitePaths.Calendar.unitOverview(unit.id),
            "taskCount": assignments.count,
        ] as [String: Any]
        let rows = assignments.enumerated().map { row($0.element, number: $0.offset + 1, names: names) }
        var months: [(key: String, title: String, rows: [[String: Any]])] = []
        for (assignment, row) in zip(assignments, rows) {
            let key = assignment.task.firstDate?.yearMonth ?? "khong-han"
            if months.last?.key == key {
                months[months.count - 1].rows.append(row)
            } else {
                let title = assignment.task.firstDate.map { "Tháng " + monthName($0) } ?? "Không nêu thời hạn"
                months.append((key, title, [row]))
            }
        }
        view["months"] = months.map { month -> [String: Any] in
            ["id": SitePaths.Anchor.month(month.key), "title": month.title, "rows": month.rows, "count": month.rows.count]
        }
        view["hasMonths"] = !months.isEmpty
        view["sheet"] = ["rows": rows]
        return view
    }

    static func row(_ assignment: UnitAssignment, number: Int, names: [String: String]) -> [String: Any] {
        let task = assignment.task
        // The words naming the unit (or its group) in the bulletin, else the task itself.
        let href = SitePaths.Anchor.mention(of: assignment.namedUnit, in: task.item)
            .map { assignment.conclusionPage + "#" + $0 } ?? task.link
        var role = assignment.role.displayName
        if let group = assignment.group {
            role += " (giao cho \(names[group]?.lowercasedFirst ?? group))"
        }
        return [
            "number": number,
            "label": task.displayLabel,
            "summary": task.summary,
            "href": href,
            "conclusion": assignment.conclusionTitle,
            "conclusionDate": present(assignment.conclusionDate?.vietnameseNumeric),
            "role": assignment.role.rawValue,
            "roleName": role,
            "due": task.firstDate?.iso ?? "",
            "deadlines": task.deadlines.enumerated().map { i, d -> [String: Any] in
                ["iso": d.sortDate?.iso ?? "", "display": TaskTableView.display(d), "text": d.text,
                 "last": i == task.deadlines.count - 1]
            },
        ]
    }

    /// "02/2026".
    static func monthName(_ date: CivilDate) -> String {
        (date.month < 10 ? "0" : "") + "\(date.month)/\(date.year)"
    }
}

extension String {
    /// "Các chi bộ" → "các chi bộ", for a name inside a sentence. Acronyms stay as they are.
    var lowercasedFirst: String {
        guard let first = first, dropFirst().first?.isLowercase ?? false else { return self }
        return first.lowercased() + dropFirst()
    }
}
