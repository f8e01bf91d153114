import BantinCore
import BantinSite
/// The unit pages (trang đơn vị): the index of units by kind, and a page per unit with its tasks
/// by month and a printable follow-up sheet (phiếu theo dõi) for its meetings.
enum UnitView {
    /// The index, `don-vi/index.html`: every unit under its kind, with how many tasks it has.
    static func index(units: [Unit], assignments: [String: [UnitAssignment]], context: PageContext) -> TemplateObject {
        var view = context.view(pagePath: SitePaths.units, title: "Đơn vị", kind: "units",
                                breadcrumbs: [("Đơn vị", nil)])
        let kinds = Unit.Kind.allCases.compactMap { kind -> TemplateValue? in
            let members = units.filter { $0.kind == kind }
            guard !members.isEmpty else { return nil }
            return [
                "name": .text(kind.displayName), "id": .text(SitePaths.Anchor.unitKind(kind)),
                "units": .list(members) { unit in
                    let count = assignments[unit.id]?.count ?? 0
                    return ["name": .text(unit.name), "href": .text(SitePaths.unit(unit.id)),
                            "taskCount": count == 0 ? false : .number(count),
                            "aliases": .present(unit.aliases.filter { $0 != unit.name }.prefix(4).joined(separator: ", "))]
                },
            ]
        }
        view["kinds"] = .list(kinds)
        view["hasKinds"] = .flag(!kinds.isEmpty)
        return view
    }

    /// A unit's page, `don-vi/<id>.html`.
    static func page(_ unit: Unit, assignments: [UnitAssignment], names: [String: String], groups: [Unit],
                     calendarFeed: String?, context: PageContext) -> TemplateObject {
        let pagePath = SitePaths.unit(unit.id)
        var view = context.view(pagePath: pagePath, title: unit.name, kind: "unit",
                                breadcrumbs: [("Đơn vị", SitePaths.units), (unit.name, nil)])
        let link = { (id: String) -> TemplateValue in
            ["name": .text(names[id] ?? id), "href": .text(SitePaths.unit(id))]
        }
        view["unit"] = [
            "id": .text(unit.id), "name": .text(unit.name), "kind": .text(unit.kind.displayName),
            "aliases": .present(unit.aliases.filter { $0 != unit.name }.joined(separator: ", ")),
            "members": .list(unit.members.map(link)), "hasMembers": .flag(!unit.members.isEmpty),
            "groups": .list(groups.map { link($0.id) }), "hasGroups": .flag(!groups.isEmpty),
            "calendarFeed": .present(calendarFeed),
            // The unit's month calendars live beside its feed (see `SitePaths.Calendar`).
            "calendarPage": calendarFeed == nil ? false : .text(SitePaths.Calendar.unitOverview(unit.id)),
            "taskCount": .number(assignments.count),
        ]
        let rows = assignments.enumerated().map { row($0.element, number: $0.offset + 1, names: names) }
        var months: [(key: String, title: String, rows: [TemplateValue])] = []
        for (assignment, row) in zip(assignments, rows) {
            let key = assignment.task.firstDate?.yearMonth ?? "khong-han"
            if months.last?.key == key {
                months[months.count - 1].rows.append(row)
            } else {
                let title = assignment.task.firstDate.map { "Tháng " + monthName($0) } ?? "Không nêu thời hạn"
                months.append((key, title, [row]))
            }
        }
        view["months"] = .list(months) { month in
            ["id": .text(SitePaths.Anchor.month(month.key)), "title": .text(month.title), "rows": .list(month.rows),
             "count": .number(month.rows.count)]
        }
        view["hasMonths"] = .flag(!months.isEmpty)
        view["sheet"] = ["rows": .list(rows)]
        return view
    }

    static func row(_ assignment: UnitAssignment, number: Int, names: [String: String]) -> TemplateValue {
        let task = assignment.task
        // The words naming the unit (or its group) in the bulletin, else the task itself.
        let href = SitePaths.Anchor.mention(of: assignment.namedUnit, in: task.item)
            .map { assignment.conclusionPage + "#" + $0 } ?? task.link
        var role = assignment.role.displayName
        if let group = assignment.group {
            role += " (giao cho \(names[group]?.lowercasedFirst ?? group))"
        }
        return [
            "number": .number(number),
            "label": .text(task.displayLabel),
            "summary": .text(task.summary),
            "href": .text(href),
            "conclusion": .text(assignment.conclusionTitle),
            "conclusionDate": .present(assignment.conclusionDate?.vietnameseNumeric),
            "role": .text(assignment.role.rawValue),
            "roleName": .text(role),
            "due": .text(task.firstDate?.iso ?? ""),
            "deadlines": .list(task.deadlines.enumerated().map { i, d in
                ["iso": .text(d.sortDate?.iso ?? ""), "display": .text(TaskTableView.display(d)), "text": .text(d.text),
                 "last": .flag(i == task.deadlines.count - 1)]
            }),
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
