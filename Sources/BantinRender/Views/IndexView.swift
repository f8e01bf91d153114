import BantinCore
import BantinSite
/// The home page: the latest conclusion, the deadlines ahead, and every conclusion by year and
/// month, newest first.
enum IndexView {
    /// How far ahead the browser shows deadlines (the page itself carries no "today").
    static let upcomingDays = 42
    /// At most this many deadlines are written into the page for the browser to choose from.
    static let upcomingLimit = 150

    static func make(_ conclusions: [SiteConclusion], context: PageContext, units: SiteUnits, links: [TemplateValue]) -> TemplateObject {
        var view = context.view(pagePath: SitePaths.home, title: "Trang chủ", kind: "home")
        func item(_ c: SiteConclusion) -> TemplateValue {
            ["href": .text(c.page), "title": .text(c.title), "date": .present(c.meta.sortDate?.vietnameseNumeric),
             "number": .present(c.meta.number),
             "iso": .text(c.meta.sortDate?.iso ?? ""), "taskCount": c.tasks.isEmpty ? false : .number(c.tasks.count)]
        }
        view["latest"] = conclusions.first.map(item) ?? false

        // Years, then months inside each year, in the order of `conclusions` (newest first).
        var years: [(year: String, months: [(key: String, title: String, items: [TemplateValue])])] = []
        for conclusion in conclusions {
            let date = conclusion.meta.sortDate
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
        view["years"] = .list(years) { year in
            ["year": .text(year.year), "id": .text(SitePaths.Anchor.year(year.year)),
             "months": .list(year.months) { ["title": .text($0.title), "id": .text(SitePaths.Anchor.month($0.key)), "items": .list($0.items)] }]
        }
        view["hasYears"] = .flag(!years.isEmpty)
        view["upcoming"] = upcoming(conclusions, from: context.buildDate, units: units)
        view["upcomingDays"] = .number(upcomingDays)
        view["links"] = .list(links)
        view["hasLinks"] = .flag(!links.isEmpty)
        return view
    }

    /// The deadlines from the build date (or the newest conclusion's date) on, soonest first; the
    /// browser then keeps those in the next weeks from its own today.
    static func upcoming(_ conclusions: [SiteConclusion], from buildDate: CivilDate?, units: SiteUnits) -> TemplateValue {
        guard let from = buildDate ?? conclusions.compactMap(\.meta.sortDate).max() else { return ["items": [], "hasItems": false, "from": false] }
        var entries: [(date: CivilDate, order: Int, task: SiteTask, deadline: Deadline, conclusion: String)] = []
        for conclusion in conclusions {
            for task in conclusion.tasks {
                for deadline in task.deadlines {
                    guard let date = deadline.sortDate, date >= from else { continue }
                    entries.append((date, entries.count, task, deadline, conclusion.title))
                }
            }
        }
        entries.sort { ($0.date, $0.order) < ($1.date, $1.order) }
        // Only the entries shown are made into views.
        let items = entries.prefix(upcomingLimit).map { entry -> TemplateValue in
            let names = units.displayed(entry.task.units).map(\.name)
            return [
                "iso": .text(entry.date.iso), "date": .text(entry.date.vietnameseNumeric), "weekday": .text(entry.date.vietnameseWeekday),
                "phrase": .text(entry.deadline.text), "label": .text(entry.task.displayLabel),
                "summary": .text(entry.task.summary),
                "href": .text(entry.task.link),
                "conclusion": .text(entry.conclusion),
                "units": .present(names.joined(separator: ", ")),
            ]
        }
        return ["items": .list(items), "hasItems": .flag(!entries.isEmpty), "from": .text(from.vietnameseNumeric)]
    }
}
