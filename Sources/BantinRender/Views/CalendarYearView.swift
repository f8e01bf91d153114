import BantinCore
import BantinSite
import LunarCalendar

/// The year overview: twelve small month grids for each year that has deadlines, each month
/// linking to its page, and (on the site's overview) the calendars of the units.
enum CalendarYearView {
    /// - Parameter monthPages: the months ("YYYY-MM") that have a page to link to.
    static func make(_ calendar: DeadlineCalendar, scope: CalendarScope, units: [(id: String, name: String, count: Int)],
                     monthPages: Set<String>, context: PageContext) -> TemplateObject {
        let title = scope.unitName.map { "Lịch hạn nhiệm vụ — \($0)" } ?? "Lịch hạn nhiệm vụ"
        let crumbs: [(String, String?)] = scope.unitName.map { [("Lịch", SitePaths.Calendar.overview), ($0, nil)] } ?? [("Lịch", nil)]
        var view = context.view(pagePath: scope.overviewPath, title: title, kind: "calendar-year", breadcrumbs: crumbs,
                                feeds: scope.feeds())
        view["calendar"] = [
            "title": .text(title),
            "unit": .present(scope.unitName),
            "feedHref": .text(scope.feedPath),
            "feedTitle": .text(scope.feedTitle),
            "entryCount": .number(calendar.entries.count),
            "years": .list(calendar.years) { year in
                ["year": .text(String(year)), "months": .list(1...12) { month in
                    small(calendar.month(year: year, month: month), scope: scope, hasPage: monthPages)
                }]
            },
            "hasYears": .flag(!calendar.years.isEmpty),
            "hasUnits": .flag(!units.isEmpty),
            "units": .list(units) { unit in
                ["name": .text(unit.name), "href": .text(SitePaths.Calendar.unitOverview(unit.id)),
                 "feedHref": .text(SitePaths.Calendar.unitFeed(unit.id)), "count": .number(unit.count)]
            },
        ]
        return view
    }

    /// A small grid: day numbers, with days that have deadlines or days off marked.
    static func small(_ month: CalendarMonth, scope: CalendarScope, hasPage: Set<String>) -> TemplateValue {
        let yearMonth = month.firstDay.yearMonth
        let deadlines = month.days.reduce(0) { $0 + $1.entries.filter { $0.part == .single || $0.part == .start }.count }
        return [
            "heading": .text("Tháng \(month.month)"),
            "caption": .text("Tháng \(CalendarMonthView.pad(month.month))/\(month.year)"),
            "href": hasPage.contains(yearMonth) ? .text(scope.monthPath(yearMonth)) : false,
            "count": deadlines > 0 ? .text("\(deadlines) mục") : false,
            "weekdays": CalendarMonthView.weekdayViews,
            "weeks": .list(month.weeks) { week in
                ["cells": .list(week) { day in
                    guard let day else { return CalendarMonthView.emptyCell }
                    let starting = day.entries.filter { $0.part == .single || $0.part == .start }.count
                    var notes = day.holidays.map(\.name)
                    if starting > 0 { notes.insert("\(starting) hạn/sự kiện", at: 0) }
                    var classes: [String] = []
                    if starting > 0 { classes.append("has-entries") }
                    if !day.entries.isEmpty { classes.append("in-span") }
                    if !day.holidays.isEmpty { classes.append("holiday") }
                    if day.holidays.contains(where: { $0.kind == .statutory }) { classes.append("day-off") }
                    return [
                        "empty": false, "date": .text(day.date.iso), "day": .text(String(day.date.day)),
                        "classes": .text(classes.joined(separator: " ")),
                        "note": .present(notes.joined(separator: "; ")),
                    ]
                }]
            },
        ]
    }
}
