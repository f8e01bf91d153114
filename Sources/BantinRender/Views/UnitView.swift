import BantinCore
import BantinSite

/// The unit pages (trang đơn vị): the index of units by kind; a page per unit that shows the unit
/// its work — every task of its latest year with the full text and its own part marked, by month,
/// with its role, status and deadlines — and links to its other years and its follow-up sheets;
/// the pages of its other years; and the list of tasks that name no unit.
enum UnitView {
    /// The index, `don-vi/index.html`: every unit under its kind, with its completion counts.
    static func index(_ site: SiteModel, context: PageContext) -> TemplateObject {
        var view = context.view(pagePath: SitePaths.units, title: "Đơn vị", kind: "units", breadcrumbs: [("Đơn vị", nil)])
        let kinds = Unit.Kind.allCases.compactMap { kind -> TemplateValue? in
            let members = site.units.all.filter { $0.kind == kind }
            guard !members.isEmpty else { return nil }
            return [
                "name": .text(kind.displayName), "id": .text(SitePaths.Anchor.unitKind(kind)),
                "units": .list(members) { unit in
                    let assignments = site.assignments[unit.id] ?? []
                    return ["name": .text(unit.name), "href": .text(SitePaths.unit(unit.id)),
                            "taskCount": assignments.isEmpty ? false : .number(assignments.count),
                            "counts": assignments.isEmpty ? false : .text(ProgressView.summary(count(assignments, unit: unit.id))),
                            "aliases": .present(unit.aliases.filter { $0 != unit.name }.prefix(4).joined(separator: ", "))]
                },
            ]
        }
        view["kinds"] = .list(kinds)
        view["hasKinds"] = .flag(!kinds.isEmpty)
        let unassigned = site.plan.unassigned.count
        view["unassigned"] = unassigned == 0 ? false : ["href": .text(SitePaths.unassigned), "count": .number(unassigned)]
        return view
    }

    /// A unit's completion count: each task once, with the unit's own status.
    static func count(_ assignments: [UnitAssignment], unit: String) -> ProgressCount {
        var count = ProgressCount()
        for assignment in assignments { count.add(assignment.task.progress.record(for: unit, throughGroup: assignment.group)?.status) }
        return count
    }

    /// A unit's completion counts, of all its tasks and of each year, made once for all of its
    /// pages: a unit of a large site has dozens, and counting on each was quadratic.
    struct Counts: Sendable {
        var total: String
        var years: [String: String]

        init(_ unit: Unit, site: SiteModel) {
            total = ProgressView.summary(UnitView.count(site.assignments[unit.id] ?? [], unit: unit.id))
            years = [:]
            for list in site.plan.unitYears[unit.id] ?? [] {
                years[list.key] = ProgressView.summary(UnitView.count(list.list.items, unit: unit.id))
            }
        }
    }

    /// A unit's page, `don-vi/<id>.html`, or page `page` of one of its years.
    /// - Parameter year: nil for the unit's own page, which shows its latest year with tasks.
    static func page(_ unit: Unit, site: SiteModel, year: (list: MonthList<UnitAssignment>, page: Int)?,
                     counts: Counts, context: PageContext) -> TemplateObject {
        let years = site.plan.unitYears[unit.id] ?? []
        let assignments = site.assignments[unit.id] ?? []
        // The latest year with a date; the undated tasks only when there is nothing else.
        let shown = year ?? (years.last { $0.key != SitePaths.undatedKey } ?? years.last).map { ($0, 0) }
        let pagePath = year.map { $0.list.list.paths[$0.page] } ?? SitePaths.unit(unit.id)
        let yearTitle = shown.map { yearName($0.list.key) }
        let title = year == nil ? unit.name : "\(unit.name) — \(yearTitle ?? "")"
        var crumbs: [(String, String?)] = [("Đơn vị", SitePaths.units)]
        crumbs += year == nil ? [(unit.name, nil)] : [(unit.name, SitePaths.unit(unit.id)), (yearTitle ?? "", nil)]
        var view = context.view(pagePath: pagePath, title: title, kind: "unit", breadcrumbs: crumbs)
        let names = site.units.names
        let link = { (id: String) -> TemplateValue in ["name": .text(names[id] ?? id), "href": .text(SitePaths.unit(id))] }
        let groups = site.units.groups(of: unit.id)
        view["unit"] = [
            "id": .text(unit.id), "name": .text(unit.name), "kind": .text(unit.kind.displayName), "isFrontPage": .flag(year == nil),
            "aliases": .present(unit.aliases.filter { $0 != unit.name }.joined(separator: ", ")),
            "members": .list(unit.members.map(link)), "hasMembers": .flag(!unit.members.isEmpty),
            "groups": .list(groups.map { link($0.id) }), "hasGroups": .flag(!groups.isEmpty),
            // A unit with a deadline has a calendar and a feed (see `SiteAssembler.calendars`).
            "hasCalendar": .flag(site.hasCalendar(unit.id)),
            "calendarFeed": .text(SitePaths.Calendar.unitFeed(unit.id)),
            "calendarPage": .text(SitePaths.Calendar.unitOverview(unit.id)),
            "taskCount": .number(assignments.count),
            "counts": .text(counts.total),
            "page": .text(SitePaths.unit(unit.id)),
        ]
        view["years"] = .list(years) { list in
            ["title": .text(yearName(list.key)), "href": .text(list.list.path), "current": .flag(list.key == shown?.list.key),
             "counts": .text(counts.years[list.key] ?? "")]
        }
        view["hasYears"] = .flag(years.count > 1)
        view["sheets"] = .list((site.plan.unitSheets[unit.id] ?? []).reversed()) { month in
            ["title": .text(TaskListView.monthTitle(month.key)), "href": .text(month.list.path)]
        }
        view["hasSheets"] = .flag(!(site.plan.unitSheets[unit.id] ?? []).isEmpty)
        view["yearTitle"] = .present(yearTitle)
        guard let shown else {
            view["months"] = []
            view["hasMonths"] = false
            view["pager"] = false
            return view
        }
        let items = shown.list.list.pages[shown.page]
        var months: [(key: String, rows: [TemplateValue], count: ProgressCount)] = []
        for (offset, assignment) in items.enumerated() {
            let key = assignment.task.firstMonth
            let row = self.row(assignment, unit: unit.id, number: offset + 1, site: site)
            let status = assignment.task.progress.record(for: unit.id, throughGroup: assignment.group)?.status
            if months.last?.key == key {
                months[months.count - 1].rows.append(row)
                months[months.count - 1].count.add(status)
            } else {
                var count = ProgressCount()
                count.add(status)
                months.append((key, [row], count))
            }
        }
        let sheets = Set((site.plan.unitSheets[unit.id] ?? []).map(\.key))
        view["months"] = .list(months) { month in
            ["id": .text(SitePaths.Anchor.month(month.key)), "title": .text(TaskListView.monthTitle(month.key)), "rows": .list(month.rows),
             "count": .number(month.rows.count), "counts": .text(ProgressView.summary(month.count)),
             "sheet": sheets.contains(month.key) ? .text(SitePaths.Sheets.unitMonth(unit.id, month.key)) : false]
        }
        view["hasMonths"] = .flag(!months.isEmpty)
        view["pager"] = Pager.view(shown.list.list, page: shown.page)
        view["showsProgress"] = .flag(site.hasProgress)
        return view
    }

    /// A task as the unit sees it: the whole text with its own part marked (the words naming it,
    /// or the group it is reached through), its role, deadlines by kind, and its status.
    static func row(_ assignment: UnitAssignment, unit: String, number: Int, site: SiteModel) -> TemplateValue {
        let task = assignment.task
        // The words naming the unit (or its group) in the bulletin, else the task itself.
        let href = SitePaths.Anchor.mention(of: assignment.namedUnit, in: task.item)
            .map { assignment.conclusionPage + "#" + $0 } ?? task.link
        var role = assignment.role.displayName
        if let group = assignment.group {
            role += " (giao cho \(site.units.names[group]?.lowercasedFirst ?? group))"
        }
        let mention = task.units.first { $0.unitID == assignment.namedUnit }
        let record = task.progress.record(for: unit, throughGroup: assignment.group)
        return [
            "number": .number(number),
            "label": .text(task.displayLabel),
            "parts": .list(TaskTextView.parts(task.item, marking: [assignment.namedUnit])),
            "href": .text(href),
            "conclusion": .text(assignment.conclusionTitle),
            "conclusionHref": .text(assignment.conclusionPage),
            "conclusionDate": .present(assignment.conclusionDate?.vietnameseNumeric),
            "role": .text(assignment.role.rawValue),
            "roleName": .text(role),
            "inference": .present(mention.flatMap(TaskTextView.inference)),
            "due": .text(task.firstDate?.iso ?? ""),
            "status": .text(ProgressView.key(record)),
            "progress": ProgressView.status(record),
            "deadlines": .list(TaskTableView.deadlines(task.deadlines)),
        ]
    }

    /// The tasks that name no unit, `don-vi/chua-ro.html` (page `page`), each with the front matter
    /// that assigns it.
    static func unassigned(_ site: SiteModel, page: Int, context: PageContext) -> TemplateObject {
        let list = site.plan.unassigned
        var view = context.view(pagePath: list.paths[page], title: "Nhiệm vụ chưa rõ đơn vị", kind: "unassigned",
                                breadcrumbs: [("Đơn vị", SitePaths.units), ("Nhiệm vụ chưa rõ đơn vị", nil)])
        view["count"] = .number(list.count)
        view["rows"] = .list(list.pages[page].enumerated()) { offset, entry in
            let task = entry.task
            return [
                "number": .number(offset + 1), "label": .text(task.displayLabel), "href": .text(task.link),
                "parts": .list(TaskTextView.parts(task.item, marking: [])),
                "conclusion": .text(entry.conclusionTitle), "file": .text(entry.conclusionFile),
                "correction": .text("corrections:\n  - task: \(correctionKey(task.item))\n    units: [mã-đơn-vị]"),
                "deadlines": .list(TaskTableView.deadlines(task.deadlines)),
                "due": .text(task.firstDate?.iso ?? ""), "status": .text(ProgressView.key(task.progress.overall)),
                "progress": ProgressView.status(task.progress.overall),
            ]
        }
        view["hasRows"] = .flag(!list.isEmpty)
        view["pager"] = Pager.view(list, page: page)
        return view
    }

    /// How front matter names a task in `corrections:`: "4" for "Bốn là", "4-2" for a split one.
    static func correctionKey(_ task: TaskItem) -> String { String(SitePaths.Anchor.task(task).dropFirst(3)) }

    /// "Năm 2026", or "Không nêu thời hạn".
    static func yearName(_ key: String) -> String { key == SitePaths.undatedKey ? "Không nêu thời hạn" : "Năm \(key)" }

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
