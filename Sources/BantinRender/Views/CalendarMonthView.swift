import BantinCore
import BantinSite
import LunarCalendar

extension CalendarScope {
    /// "Lịch" › "Ủy ban nhân dân xã" (the unit's calendar), to put before the page's own crumb.
    var breadcrumbs: [(String, String?)] {
        guard let unitName else { return [("Lịch", SitePaths.Calendar.overview)] }
        return [("Lịch", SitePaths.Calendar.overview), (unitName, overviewPath)]
    }

    var feedTitle: String { unitName.map { "Lịch hạn nhiệm vụ — \($0)" } ?? "Lịch hạn nhiệm vụ" }

    func feeds() -> [TemplateValue] {
        [["type": "text/calendar", "title": .text(feedTitle + " (iCalendar)"), "href": .text(feedPath)]]
    }
}

/// A month page: the Monday-first grid and, under it, the same month as an agenda list.
enum CalendarMonthView {
    static let weekdays: [(short: String, long: String)] = [
        ("T2", "Thứ Hai"), ("T3", "Thứ Ba"), ("T4", "Thứ Tư"), ("T5", "Thứ Năm"),
        ("T6", "Thứ Sáu"), ("T7", "Thứ Bảy"), ("CN", "Chủ nhật"),
    ]

    /// - Parameters:
    ///   - agenda: the site's list of the month, and which of its pages this is (the grid is on
    ///     the first); nil for a unit's month, which is the grid alone.
    static func make(_ month: CalendarMonth, scope: CalendarScope, previous: String?, next: String?,
                     agenda list: (list: PagedList<CalendarEntry>, page: Int)?, unitNames: [String: String],
                     context: PageContext) -> TemplateObject {
        let yearMonth = month.firstDay.yearMonth
        let heading = "Tháng \(pad(month.month))/\(month.year)"
        let page = list?.page ?? 0
        let path = list?.list.paths[page] ?? scope.monthPath(yearMonth)
        let title = scope.unitName.map { "Lịch \(heading.lowercased()) — \($0)" } ?? "Lịch \(heading.lowercased())"
        var view = context.view(pagePath: path, title: title, kind: "calendar",
                                breadcrumbs: scope.breadcrumbs + [(heading, nil)], feeds: scope.feeds())
        // Links inside the grid carry the way back to the root already: a template lookup of
        // `root` from deep inside the grid walks the whole context stack (measured: costly).
        let root = SitePaths.root(of: path)
        // A unit's month view is the grid alone: its unit page already lists the same tasks month
        // by month (for small screens and screen readers), and a unit calendar of every month
        // would otherwise double the size of the site.
        let agenda = list.map { Self.agenda(month, entries: $0.list.pages[$0.page], withHolidays: $0.page == 0, root: root, unitNames: unitNames) } ?? []
        let agendaID = SitePaths.Anchor.agenda(yearMonth)
        view["calendar"] = [
            "title": .text(title),
            "heading": .text(heading),
            "id": .text(SitePaths.Anchor.month(yearMonth)),
            "lunarSpan": .text(lunarSpan(month)),
            "unit": .present(scope.unitName),
            "overviewHref": .text(scope.overviewPath),
            "feedHref": .text(scope.feedPath),
            "feedTitle": .text(scope.feedTitle),
            "previous": previous.map { ["href": .text(scope.monthPath($0)), "label": .text(label($0))] } ?? false,
            "next": next.map { ["href": .text(scope.monthPath($0)), "label": .text(label($0))] } ?? false,
            "weekdays": weekdayViews,
            "showsGrid": .flag(page == 0),
            "continuation": page > 0 ? .text("trang \(page + 1)/\(list!.list.pages.count)") : false,
            "pager": list.map { Pager.view($0.list, page: $0.page) } ?? false,
            "weeks": page > 0 ? [] : .list(month.weeks) { week in
                ["cells": .list(week) { $0.map { cell($0, root: root, agendaID: agendaID) } ?? emptyCell }]
            },
            "caption": .text("Lịch \(heading.lowercased()): mỗi ô ghi ngày dương lịch, ngày âm lịch, ngày lễ và các nhiệm vụ đến hạn"),
            "agenda": .list(agenda),
            "hasAgenda": .flag(!agenda.isEmpty),
            "showsAgenda": .flag(list != nil),
            "unitPage": scope.unitID.map { .text(SitePaths.unit($0)) } ?? false,
            "entryCount": .number(month.entryCount),
        ]
        return view
    }

    /// "tháng Chạp năm Ất Tỵ – tháng Giêng năm Bính Ngọ".
    static func lunarSpan(_ month: CalendarMonth) -> String {
        let first = VietnameseLunarCalendar.lunarDate(for: month.firstDay)
        let last = VietnameseLunarCalendar.lunarDate(for: month.lastDay)
        let from = "\(first.monthText) năm \(first.yearCanChi)"
        let to = "\(last.monthText) năm \(last.yearCanChi)"
        return from == to ? "Âm lịch: \(from)" : "Âm lịch: \(from) – \(to)"
    }

    /// A cell shows this many entries on screen and on paper; the rest are counted ("+ 3 mục
    /// khác") and listed in the agenda, so a busy month keeps a readable grid and a small page.
    static let shownEntries = 6
    static let printedEntries = 4

    static let weekdayViews: TemplateValue = .list(weekdays) { ["short": .text($0.short), "long": .text($0.long)] }
    static let emptyCell: TemplateValue = ["empty": true]

    static func cell(_ day: CalendarDay, root: String, agendaID: String) -> TemplateValue {
        var classes = "day"
        if day.date.isoWeekday >= 6 { classes += " weekend" }
        if day.holidays.contains(where: { $0.kind == .statutory }) { classes += " day-off" }
        let shown = day.entries.prefix(shownEntries).enumerated()
        return [
            "empty": false,
            "classes": .text(classes),
            "date": .text(day.date.iso),
            "day": .text(String(day.date.day)),
            "label": .text("\(day.date.vietnameseWeekday) \(day.date.vietnameseNumeric), âm lịch \(day.lunar.day)/\(day.lunar.month)"),
            "lunar": .text(day.lunarLabel),
            "lunarClasses": day.namesLunarMonth ? "lunar lunar-month" : "lunar",
            "holidays": .list(day.holidays.map(holiday)),
            // Labelled entries are links; the other days of a span are bars with nothing to read.
            "entries": .list(shown.filter { $0.element.showsLabel }.map { index, placement in
                var item = entry(placement.entry, root: root)
                item["classes"] = .text(entryClasses(placement, printed: index < printedEntries))
                return .object(item)
            }),
            "bars": .list(shown.filter { !$0.element.showsLabel }.map { index, placement in
                ["classes": .text(entryClasses(placement, printed: index < printedEntries))]
            }),
            "notShown": day.entries.count > shownEntries ? .text("+ \(day.entries.count - shownEntries) mục khác") : false,
            "agendaHref": .text("#" + agendaID),
            "notPrinted": day.entries.count > printedEntries
                ? .text("+ \(day.entries.count - printedEntries) mục khác (xem danh sách theo ngày dưới lịch)") : false,
        ]
    }

    /// "entry kind-period part-start inferred beyond-print".
    static func entryClasses(_ placement: CalendarDay.Placement, printed: Bool) -> String {
        var classes = "entry kind-\(placement.entry.kind.rawValue) part-\(placement.part.rawValue)"
        if placement.entry.inferred { classes += " inferred" }
        if !printed { classes += " beyond-print" }
        return classes
    }

    static func holiday(_ holiday: Holiday) -> TemplateValue {
        ["name": .text(holiday.name), "kind": .text(holidayKind(holiday.kind))]
    }

    static func holidayKind(_ kind: Holiday.Kind) -> String {
        switch kind {
        case .statutory: return "nghi-le"
        case .anniversary: return "ky-niem"
        case .lunarFestival: return "le-am-lich"
        case .local: return "dia-phuong"
        }
    }

    static func entry(_ entry: CalendarEntry, root: String) -> TemplateObject {
        let record = entry.progress.overall
        return [
            "title": .text(entry.title),
            "href": .text(root + entry.href),
            "phrase": .text(entry.phrase),
            // The script marks past due dates (and ended periods) of unfinished tasks as overdue in
            // the reader's browser.
            "due": entry.kind == .due || entry.kind == .period ? .text(entry.end.iso) : false,
            "status": .text(ProgressView.key(record)),
            "progress": ProgressView.status(record),
        ]
    }

    /// The month as a list: each day that has a holiday (on the first page) or an entry of this
    /// page, with an entry that spans days listed once, on its first day in the month, with the
    /// task's whole text.
    static func agenda(_ month: CalendarMonth, entries: [CalendarEntry], withHolidays: Bool, root: String,
                       unitNames: [String: String]) -> [TemplateValue] {
        var byDay: [Int: [CalendarEntry]] = [:]
        for entry in entries { byDay[max(entry.start, month.firstDay).day, default: []].append(entry) }
        return month.days.compactMap { day -> TemplateValue? in
            let holidays = withHolidays ? day.holidays : []
            let starting = byDay[day.date.day] ?? []
            guard !holidays.isEmpty || !starting.isEmpty else { return nil }
            return [
                "date": .text(day.date.iso),
                "weekday": .text(day.date.vietnameseWeekday),
                "day": .text(short(day.date)),
                "lunar": .text("\(VietnameseNames.lunarDayName(day.lunar.day)) \(day.lunar.monthText)"),
                "holidays": .list(holidays.map(holiday)),
                "entries": .list(starting.map { entry in
                    var item = self.entry(entry, root: root)
                    item["classes"] = .text("entry kind-\(entry.kind.rawValue)")
                    item["text"] = .text(entry.taskText)
                    // "hạn: “trước Tết Nguyên đán”; Ủy ban MTTQ xã".
                    var detail = entry.kind.displayName
                    if entry.isMultiDay { detail += " \(short(entry.start)) – \(short(entry.end))" }
                    detail += ": “\(entry.phrase)”"
                    if !entry.unitIDs.isEmpty {
                        detail += "; " + entry.unitIDs.map { unitNames[$0] ?? $0 }.joined(separator: ", ")
                    }
                    item["detail"] = .text(detail)
                    return .object(item)
                }),
            ]
        }
    }

    static func label(_ yearMonth: String) -> String {
        let parts = yearMonth.split(separator: "-")
        return "Tháng \(parts[1])/\(parts[0])"
    }

    /// "17/02".
    static func short(_ date: CivilDate) -> String { "\(pad(date.day))/\(pad(date.month))" }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
