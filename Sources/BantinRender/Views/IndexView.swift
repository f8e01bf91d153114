import BantinCore
import BantinSite

/// The home page: "Đơn vị của tôi" (filled in by the browser), the latest conclusion, the tasks
/// that are overdue or due in the coming weeks (each task once; the browser sorts them out from
/// its own today), completion counts by month, and every conclusion by year and month of issue.
enum IndexView {
    /// How far ahead the browser shows deadlines (the page itself carries no "today").
    static let upcomingDays = 42
    /// Tasks whose last deadline is this many days before the reference day or later may still
    /// show, as overdue.
    static let overdueWindow = 92

    static func make(_ site: SiteModel, context: PageContext, links: [TemplateValue]) -> TemplateObject {
        var view = context.view(pagePath: SitePaths.home, title: "Trang chủ", kind: "home")
        // Listed by the day they were issued; on a large site only the newest (`SitePlan.homeConclusions`).
        let conclusions = site.plan.homeConclusions
        view["latest"] = conclusions.first.map(item) ?? false
        let years = Self.years(conclusions)
        view["years"] = .list(years)
        // The year pages, when the home page does not list every conclusion.
        view["archive"] = .list(site.plan.conclusionYears) { year in
            ["year": .text(yearTitle(year.key)), "href": .text(year.list.path), "count": .number(year.list.count)]
        }
        view["hasArchive"] = .flag(!site.plan.conclusionYears.isEmpty)
        view["hasYears"] = .flag(!years.isEmpty)
        let reference = context.buildDate ?? site.conclusions.compactMap(\.meta.sortDate).max()
        view["upcoming"] = .object(upcoming(site, from: reference))
        view["upcomingDays"] = .number(upcomingDays)
        let months = progressMonths(site, around: reference)
        view["progressMonths"] = .list(months)
        view["hasProgressMonths"] = .flag(!months.isEmpty)
        view["myUnits"] = .list(site.units.all.compactMap { unit -> TemplateValue? in
            guard let months = site.plan.unitSheets[unit.id], !months.isEmpty else { return nil }
            let files = (site.plan.unitData[unit.id] ?? []).compactMap(\.months.first?.key)
            return ["id": .text(unit.id), "name": .text(unit.name), "href": .text(SitePaths.unit(unit.id)),
                    "months": .text(months.map(\.key).joined(separator: " ")), "files": .text(files.joined(separator: " "))]
        })
        view["links"] = .list(links)
        view["hasLinks"] = .flag(!links.isEmpty)
        return view
    }

    static func issued(_ conclusion: SiteConclusion) -> CivilDate? { conclusion.issued }

    /// A conclusion as the lists of conclusions show it.
    static func item(_ c: SiteConclusion) -> TemplateValue {
        var count = ProgressCount()
        for task in c.tasks { count.add(task.progress.overall?.status) }
        return ["href": .text(c.page), "title": .text(c.title), "date": .present(issued(c)?.vietnameseNumeric),
                "number": .present(c.meta.number), "iso": .text(issued(c)?.iso ?? ""),
                "taskCount": c.tasks.isEmpty ? false : .text(ProgressView.summary(count))]
    }

    static func yearTitle(_ key: String) -> String { key == SitePaths.undatedKey ? "Không rõ năm" : key }

    /// Conclusions (in issue order) by year, then month, newest first.
    static func years(_ conclusions: [SiteConclusion]) -> [TemplateValue] {
        var years: [(year: String, months: [(key: String, title: String, items: [TemplateValue])])] = []
        for conclusion in conclusions {
            let date = issued(conclusion)
            let year = date.map { String($0.year) } ?? "Không rõ năm"
            let monthKey = date?.yearMonth ?? "khong-ro"
            let monthTitle = date.map { "Tháng " + UnitView.monthName($0) } ?? "Không rõ ngày"
            if years.last?.year != year { years.append((year, [])) }
            var months = years[years.count - 1].months
            if months.last?.key == monthKey {
                months[months.count - 1].items.append(item(conclusion))
            } else {
                months.append((monthKey, monthTitle, [item(conclusion)]))
            }
            years[years.count - 1].months = months
        }
        return years.map { year in
            ["year": .text(year.year), "id": .text(SitePaths.Anchor.year(year.year)),
             "months": .list(year.months) { ["title": .text($0.title), "id": .text(SitePaths.Anchor.month($0.key)), "items": .list($0.items)] }]
        }
    }

    /// Page `page` (from 0) of a year's conclusions, on a site whose home page lists only the newest.
    static func archive(_ year: MonthList<SiteConclusion>, page: Int, site: SiteModel, context: PageContext) -> TemplateObject {
        let path = year.list.paths[page]
        let title = "Kết luận năm " + yearTitle(year.key)
        var view = context.view(pagePath: path, title: title, kind: "archive", breadcrumbs: [(title, nil)])
        view["heading"] = .text(title)
        view["pager"] = Pager.view(year.list, page: page)
        view["years"] = .list(years(year.list.pages[page]))
        view["archive"] = .list(site.plan.conclusionYears) { other in
            ["year": .text(yearTitle(other.key)), "href": .text(other.list.path), "count": .number(other.list.count),
             "current": .flag(other.key == year.key)]
        }
        return view
    }

    /// The tasks the browser may show as overdue or upcoming: those with a deadline on or after
    /// a day `overdueWindow` days before the reference day (the build date, else the newest
    /// conclusion's), nearest first, each task once with all its deadlines.
    static func upcoming(_ site: SiteModel, from reference: CivilDate?) -> TemplateObject {
        guard let reference else { return ["items": [], "hasItems": false, "from": false] }
        let earliest = reference.adding(days: -overdueWindow)
        var found: [(distance: Int, order: Int, item: TemplateValue)] = []
        for conclusion in site.conclusions {
            for task in conclusion.tasks {
                let spans = task.deadlines.compactMap { d -> (start: CivilDate, end: CivilDate, deadline: Deadline)? in
                    guard let first = d.start ?? d.end, let last = d.end ?? d.start else { return nil }
                    return (d.kind == .due ? last : min(first, last), max(first, last), d)
                }.sorted { ($0.end, $0.start) < ($1.end, $1.start) }
                guard let lastEnd = spans.last?.end, lastEnd >= earliest else { continue }
                let next = spans.first { $0.end >= reference } ?? spans.last!
                let names = site.units.displayed(task.units).map(\.name)
                let overall = task.progress.overall
                found.append((abs(next.end.julianDayNumber - reference.julianDayNumber), found.count, [
                    "due": .text(task.firstDate?.iso ?? ""), "status": .text(ProgressView.key(overall)),
                    "progress": ProgressView.status(overall),
                    "label": .text(task.displayLabel), "summary": .text(task.summary), "href": .text(task.link),
                    "conclusion": .text(conclusion.title), "units": .present(names.joined(separator: ", ")),
                    "spans": .list(spans.enumerated()) { index, span in
                        ["start": .text(span.start.iso), "end": .text(span.end.iso), "phrase": .text(span.deadline.text),
                         "display": .text(span.start == span.end ? "\(span.end.vietnameseWeekday), \(span.end.vietnameseNumeric)"
                             : "\(span.start.vietnameseNumeric) – \(span.end.vietnameseNumeric)"),
                         "kind": .text(span.deadline.kind.rawValue), "last": .flag(index == spans.count - 1)]
                    },
                ]))
            }
        }
        // The nearest to the reference day, then listed in that order for the page without script.
        let kept = found.sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }.prefix(site.limits.upcomingTasks)
        return ["items": .list(kept.map(\.item)), "hasItems": .flag(!kept.isEmpty), "from": .text(reference.vietnameseNumeric)]
    }

    /// Completion counts of the months from eleven months before the reference month on.
    static func progressMonths(_ site: SiteModel, around reference: CivilDate?) -> [TemplateValue] {
        let from = reference.map { $0.startOfMonth(adding: -11).yearMonth } ?? ""
        return site.plan.taskMonths.filter { $0.key != SitePaths.undatedKey && $0.key >= from }.map { month -> TemplateValue in
            var count = ProgressCount()
            for entry in month.list.items { count.add(entry.task.progress.overall?.status) }
            return ["title": .text(TaskListView.monthTitle(month.key)), "href": .text(month.list.path),
                    "counts": .object(ProgressView.counts(count)), "sheet": .text(SitePaths.Sheets.month(month.key))]
        }
    }

    /// A unit's tasks of some months, as the script `assets/viec/<unit>/<first month>.js` hands
    /// them to the home page: label, summary, link, due day, status, role, and the deadlines.
    static func unitData(_ unit: String, file: UnitDataFile) -> String {
        var out = "/* Nhiệm vụ của một đơn vị theo tháng, do bantin tạo; không sửa tay. */\n"
        for month in file.months { unitMonthData(unit, month: month, into: &out) }
        return out
    }

    private static func unitMonthData(_ unit: String, month: MonthList<UnitAssignment>, into out: inout String) {
        out += "(window.BANTIN_VIEC = window.BANTIN_VIEC || {})[" + JSONValue.quoted(unit + "/" + month.key) + "] = [\n"
        let items = month.list.items
        for (index, assignment) in items.enumerated() {
            let task = assignment.task
            let record = task.progress.record(for: unit, throughGroup: assignment.group)
            let deadlines = task.deadlines.map { "\(TaskTableView.label($0.kind)) \(TaskTableView.display($0))" }.joined(separator: "; ")
            out += "{\"l\":" + JSONValue.quoted(task.displayLabel)
            out += ",\"s\":" + JSONValue.quoted(task.summary)
            out += ",\"h\":" + JSONValue.quoted(task.link)
            out += ",\"d\":" + JSONValue.quoted(task.firstDate?.iso ?? "")
            out += ",\"t\":" + JSONValue.quoted(deadlines)
            out += ",\"st\":" + JSONValue.quoted(record?.status.rawValue ?? "")
            out += ",\"sn\":" + JSONValue.quoted(record?.status.displayName ?? "")
            out += ",\"r\":" + JSONValue.quoted(assignment.role.displayName)
            out += ",\"c\":" + JSONValue.quoted(assignment.conclusionTitle)
            out += index == items.count - 1 ? "}\n" : "},\n"
        }
        out += "];\n"
    }
}
