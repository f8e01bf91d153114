import BantinCore
import BantinSite
/// The home page: the latest conclusion, the deadlines ahead, and every conclusion by year and
/// month, newest first.
enum IndexView {
    /// How far ahead the browser shows deadlines (the page itself carries no "today").
    static let upcomingDays = 42
    /// At most this many deadlines are written into the page for the browser to choose from.
    static let upcomingLimit = 150

    static func make(_ conclusions: [SiteConclusion], context: PageContext, units: SiteUnits, links: [[String: Any]]) -> [String: Any] {
        var view = context.view(pagePath: SitePaths.home, title: "Trang chủ", kind: "home")
        func item(_ c: SiteConclusion) -> [String: Any] {
            ["href": c.page, "title": c.title, "date": present(c.meta.sortDate?.vietnameseNumeric),
             "number": present(c.meta.number),
             "iso": c.meta.sortDate?.iso ?? "", "taskCount": c.tasks.isEmpty ? false : c.tasks.count]
        }
        view["latest"] = conclusions.first.map(item) ?? false

        // Years, then months inside each year, in the order of `conclusions` (newest first).
        var years: [(year: String, months: [(key: String, title: String, items: [[String: Any]])])] = []
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
        view["years"] = years.map { year -> [String: Any] in
            ["year": year.year, "id": SitePaths.Anchor.year(year.year),
             "months": year.months.map { ["title": $0.title, "id": SitePaths.Anchor.month($0.key), "items": $0.items] }]
        }
        view["hasYears"] = !years.isEmpty
        view["upcoming"] = upcoming(conclusions, from: context.buildDate, units: units)
        view["upcomingDays"] = upcomingDays
        view["links"] = links
        view["hasLinks"] = !links.isEmpty
        return view
    }

    /// The deadlines from the build date (or the newest conclusion's date) on, soonest first; the
    /// browser then keeps those in the next weeks from its own today.
    static func upcoming(_ conclusions: [SiteConclusion], from buildDate: CivilDate?, units: SiteUnits) -> [String: Any] {
        guard let from = buildDate ?? conclusions.compactMap(\.meta.sortDate).max() else { return ["items": [Any](), "hasItems": false, "from": false] }
        var entries: [(date: CivilDate, order: Int, item: [String: Any])] = []
        for conclusion in conclusions {
            for task in conclusion.tasks {
                for deadline in task.deadlines {
                    guard let date = deadline.sortDate, date >= from else { continue }
                    let names = units.displayed(task.units).map(\.name)
                    entries.append((date, entries.count, [
                        "iso": date.iso, "date": date.vietnameseNumeric, "weekday": date.vietnameseWeekday,
                        "phrase": deadline.text, "label": task.displayLabel,
                        "summary": task.summary,
                        "href": task.link,
                        "conclusion": conclusion.title,
                        "units": present(names.joined(separator: ", ")),
                    ]))
                }
            }
        }
        entries.sort { ($0.date, $0.order) < ($1.date, $1.order) }
        return ["items": entries.prefix(upcomingLimit).map(\.item), "hasItems": !entries.isEmpty, "from": from.vietnameseNumeric]
    }
}
