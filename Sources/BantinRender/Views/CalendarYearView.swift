import BantinCore
import BantinSite
import LunarCalendar

/// The year overview: twelve small month grids for each year that has deadlines, each month
/// linking to its page, and (on the site's overview) the calendars of the units.
enum CalendarYearView {
    /// - Parameter monthPages: the months ("YYYY-MM") that have a page to link to.
    static func make(_ calendar: DeadlineCalendar, scope: CalendarScope, units: [(id: String, name: String, count: Int)],
                     monthPages: Set<String>, context: PageContext) -> [String: Any] {
        let title = scope.unitName.map { "Lịch hạn nhiệm vụ — \($0)" } ?? "Lịch hạn nhiệm vụ"
        let crumbs: [(String, String?)] = scope.unitName.map { [("Lịch", SitePaths.Calendar.overview), ($0, nil)] } ?? [("Lịch", nil)]
        var view = context.view(pagePath: scope.overviewPath, title: title, kind: "calendar-year", breadcrumbs: crumbs)
        view["feeds"] = (view["feeds"] as? [[String: Any]] ?? []) + scope.feeds()
        view["calendar"] = [
            "title": title,
            "unit": present(scope.unitName),
            "feedHref": scope.feedPath,
            "feedTitle": scope.feedTitle,
            "entryCount": calendar.entries.count,
            "years": calendar.years.map { year -> [String: Any] in
                ["year": String(year), "months": (1...12).map { month in
                    small(calendar.month(year: year, month: month), scope: scope, hasPage: monthPages)
                }]
            },
            "hasYears": !calendar.years.isEmpty,
            "hasUnits": !units.isEmpty,
            "units": units.map { unit -> [String: Any] in
                ["name": unit.name, "href": SitePaths.Calendar.unitOverview(unit.id), "feedHref": SitePaths.Calendar.unitFeed(unit.id),
                 "count": unit.count]
            },
        ] as [String: Any]
        return view
    }

    /// A small grid: day numbers, with days that have deadlines or days off marked.
    static func small(_ month: CalendarMonth, scope: CalendarScope, hasPage: Set<String>) -> [String: Any] {
        let yearMonth = month.firstDay.yearMonth
        let deadlines = month.days.reduce(0) { $0 + $1.entries.filter { $0.part == .single || $0.part == .start }.count }
        return [
            "heading": "Tháng \(month.month)",
            "caption": "Tháng \(CalendarMonthView.pad(month.month))/\(month.year)",
            "href": hasPage.contains(yearMonth) ? scope.monthPath(yearMonth) : false,
            "count": deadlines > 0 ? "\(deadlines) mục" : false,
            "weekdays": CalendarMonthView.weekdays.map { ["short": $0.short, "long": $0.long] },
            "weeks": month.weeks.map { week in
                ["cells": week.map { day -> [String: Any] in
                    guard let day else { return ["empty": true] }
                    let starting = day.entries.filter { $0.part == .single || $0.part == .start }.count
                    var notes = day.holidays.map(\.name)
                    if starting > 0 { notes.insert("\(starting) hạn/sự kiện", at: 0) }
                    var classes: [String] = []
                    if starting > 0 { classes.append("has-entries") }
                    if !day.entries.isEmpty { classes.append("in-span") }
                    if !day.holidays.isEmpty { classes.append("holiday") }
                    if day.holidays.contains(where: { $0.kind == .statutory }) { classes.append("day-off") }
                    return [
                        "empty": false, "date": day.date.iso, "day": String(day.date.day),
                        "classes": classes.joined(separator: " "),
                        "note": present(notes.joined(separator: "; ")),
                    ]
                }]
            },
        ]
    }
}
