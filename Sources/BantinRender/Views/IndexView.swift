import BantinCore
import BantinSite

/// The home page: "Đơn vị của tôi" (filled in by the browser), the latest conclusion, the tasks
/// that are overdue or due in the coming weeks (each task once; the browser sorts them out from
/// its own today), completion counts by month, and every conclusion by year and month of issue.
enum IndexView {
    /// How far ahead the browser shows deadlines (the page itself carries no "today").
    static let upcomingDays = 42
    /// At most this many tasks are written into the page for the browser to choose from.
    static let upcomingLimit = 200
    /// Tasks whose last deadline is this many days before the reference day or later may still
    /// show, as overdue.
    static let overdueWindow = 92

    static func make(_ site: SiteModel, context: PageContext, links: [[String: Any]]) -> [String: Any] {
        var view = context.view(pagePath: SitePaths.home, title: "Trang chủ", kind: "home")
        // Listed by the day they were issued (the date line), the meeting day when there is none.
        let conclusions = site.conclusions.enumerated().sorted { a, b in
            switch (issued(a.element), issued(b.element)) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
        func item(_ c: SiteConclusion) -> [String: Any] {
            var count = ProgressCount()
            for task in c.tasks { count.add(task.progress.overall?.status) }
            return ["href": c.page, "title": c.title, "date": present(issued(c)?.vietnameseNumeric),
                    "number": present(c.meta.number), "iso": issued(c)?.iso ?? "",
                    "taskCount": c.tasks.isEmpty ? false : ProgressView.summary(count)]
        }
        view["latest"] = conclusions.first.map(item) ?? false

        // Years, then months inside each year, newest first.
        var years: [(year: String, months: [(key: String, title: String, items: [[String: Any]])])] = []
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
        view["years"] = years.map { year -> [String: Any] in
            ["year": year.year, "id": SitePaths.Anchor.year(year.year),
             "months": year.months.map { ["title": $0.title, "id": SitePaths.Anchor.month($0.key), "items": $0.items] }]
        }
        view["hasYears"] = !years.isEmpty
        let reference = context.buildDate ?? site.conclusions.compactMap(\.meta.sortDate).max()
        view["upcoming"] = upcoming(site, from: reference)
        view["upcomingDays"] = upcomingDays
        let months = progressMonths(site, around: reference)
        view["progressMonths"] = months
        view["hasProgressMonths"] = !months.isEmpty
        view["myUnits"] = site.units.all.compactMap { unit -> [String: Any]? in
            guard let months = site.plan.unitSheets[unit.id], !months.isEmpty else { return nil }
            return ["id": unit.id, "name": unit.name, "href": SitePaths.unit(unit.id),
                    "months": months.map(\.key).joined(separator: " ")]
        }
        view["links"] = links
        view["hasLinks"] = !links.isEmpty
        return view
    }

    static func issued(_ conclusion: SiteConclusion) -> CivilDate? { conclusion.meta.date ?? conclusion.meta.meetingDate }

    /// The tasks the browser may show as overdue or upcoming: those with a deadline on or after
    /// a day `overdueWindow` days before the reference day (the build date, else the newest
    /// conclusion's), nearest first, each task once with all its deadlines.
    static func upcoming(_ site: SiteModel, from reference: CivilDate?) -> [String: Any] {
        guard let reference else { return ["items": [Any](), "hasItems": false, "from": false] }
        let earliest = reference.adding(days: -overdueWindow)
        var found: [(distance: Int, order: Int, item: [String: Any])] = []
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
                    "due": task.firstDate?.iso ?? "", "status": ProgressView.key(overall),
                    "progress": ProgressView.status(overall),
                    "label": task.displayLabel, "summary": task.summary, "href": task.link,
                    "conclusion": conclusion.title, "units": present(names.joined(separator: ", ")),
                    "spans": spans.enumerated().map { index, span -> [String: Any] in
                        ["start": span.start.iso, "end": span.end.iso, "phrase": span.deadline.text,
                         "display": span.start == span.end ? "\(span.end.vietnameseWeekday), \(span.end.vietnameseNumeric)"
                             : "\(span.start.vietnameseNumeric) – \(span.end.vietnameseNumeric)",
                         "kind": span.deadline.kind.rawValue, "last": index == spans.count - 1]
                    },
                ]))
            }
        }
        // The nearest to the reference day, then listed in that order for the page without script.
        let kept = found.sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }.prefix(upcomingLimit)
        return ["items": kept.map(\.item), "hasItems": !kept.isEmpty, "from": reference.vietnameseNumeric]
    }

    /// Completion counts of the months from eleven months before the reference month on.
    static func progressMonths(_ site: SiteModel, around reference: CivilDate?) -> [[String: Any]] {
        let from = reference.map { $0.startOfMonth(adding: -11).yearMonth } ?? ""
        return site.plan.taskMonths.filter { $0.key != SitePaths.undatedKey && $0.key >= from }.map { month -> [String: Any] in
            var count = ProgressCount()
            for entry in month.list.items { count.add(entry.task.progress.overall?.status) }
            return ["title": TaskListView.monthTitle(month.key), "href": month.list.path, "counts": ProgressView.counts(count),
                    "sheet": SitePaths.Sheets.month(month.key)]
        }
    }

    /// A unit's tasks of a month, as the script `assets/viec/<unit>/<month>.js` hands them to the
    /// home page: label, summary, link, due day, status, role, and the deadlines.
    static func unitMonthData(_ unit: String, month: MonthList<UnitAssignment>) -> String {
        var out = "/* Nhiệm vụ của một đơn vị trong một tháng, do bantin tạo; không sửa tay. */\n"
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
        return out + "];\n"
    }
}
