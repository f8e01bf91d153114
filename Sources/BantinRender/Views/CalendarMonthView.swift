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

    func feeds() -> [[String: Any]] {
        [["type": "text/calendar", "title": feedTitle + " (iCalendar)", "href": feedPath]]
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
                     context: PageContext) -> [String: Any] {
        let yearMonth = month.firstDay.yearMonth
        let heading = "Tháng \(pad(month.month))/\(month.year)"
        let page = list?.page ?? 0
        let path = list?.list.paths[page] ?? scope.monthPath(yearMonth)
        let title = scope.unitName.map { "Lịch \(heading.lowercased()) — \($0)" } ?? "Lịch \(heading.lowercased())"
        var view = context.view(pagePath: path, title: title, kind: "calendar",
                                breadcrumbs: scope.breadcrumbs + [(heading, nil)])
        view["feeds"] = (view["feeds"] as? [[String: Any]] ?? []) + scope.feeds()
        // Links inside the grid carry the way back to the root already: a template lookup of
        // `root` from deep inside the grid walks the whole context stack (measured: costly).
        let root = SitePaths.root(of: path)
        // A unit's month view is the grid alone: its unit page already lists the same tasks month
        // by month (for small screens and screen readers), and a unit calendar of every month
        // would otherwise double the size of the site.
        let agenda = list.map { Self.agenda(month, entries: $0.list.pages[$0.page], withHolidays: $0.page == 0, root: root, unitNames: unitNames) } ?? []
        view["calendar"] = [
            "title": title,
            "heading": heading,
            "id": SitePaths.Anchor.month(yearMonth),
            "lunarSpan": lunarSpan(month),
            "unit": present(scope.unitName),
            "overviewHref": scope.overviewPath,
            "feedHref": scope.feedPath,
            "feedTitle": scope.feedTitle,
            "previous": previous.map { ["href": scope.monthPath($0), "label": label($0)] } ?? false,
            "next": next.map { ["href": scope.monthPath($0), "label": label($0)] } ?? false,
            "weekdays": weekdays.map { ["short": $0.short, "long": $0.long] },
            "showsGrid": page == 0,
            "continuation": page > 0 ? "trang \(page + 1)/\(list!.list.pages.count)" : false,
            "pager": list.map { Pager.view($0.list, page: $0.page) } ?? false,
            "weeks": page > 0 ? [] : month.weeks.map { week in
                ["cells": week.map { $0.map { cell($0, root: root, agendaID: SitePaths.Anchor.agenda(yearMonth)) } ?? ["empty": true] }]
            },
            "caption": "Lịch \(heading.lowercased()): mỗi ô ghi ngày dương lịch, ngày âm lịch, ngày lễ và các nhiệm vụ đến hạn",
            "agenda": agenda,
            "hasAgenda": !agenda.isEmpty,
            "showsAgenda": list != nil,
            "unitPage": scope.unitID.map(SitePaths.unit) ?? false,
            "entryCount": Set(month.days.flatMap { $0.entries.map(\.entry.id) }).count,
        ] as [String: Any]
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

    static func cell(_ day: CalendarDay, root: String, agendaID: String) -> [String: Any] {
        var classes = "day"
        if day.date.isoWeekday >= 6 { classes += " weekend" }
        if day.holidays.contains(where: { $0.kind == .statutory }) { classes += " day-off" }
        let shown = day.entries.prefix(shownEntries).enumerated()
        return [
            "empty": false,
            "classes": classes,
            "date": day.date.iso,
            "day": String(day.date.day),
            "label": "\(day.date.vietnameseWeekday) \(day.date.vietnameseNumeric), âm lịch \(day.lunar.day)/\(day.lunar.month)",
            "lunar": day.lunarLabel,
            "lunarClasses": day.namesLunarMonth ? "lunar lunar-month" : "lunar",
            "holidays": day.holidays.map(holiday),
            // Labelled entries are links; the other days of a span are bars with nothing to read.
            "entries": shown.filter { $0.element.showsLabel }.map { index, placement -> [String: Any] in
                var item = entry(placement.entry, root: root)
                item["classes"] = entryClasses(placement, printed: index < printedEntries)
                return item
            },
            "bars": shown.filter { !$0.element.showsLabel }.map { index, placement -> [String: Any] in
                ["classes": entryClasses(placement, printed: index < printedEntries)]
            },
            "notShown": day.entries.count > shownEntries ? "+ \(day.entries.count - shownEntries) mục khác" : false,
            "agendaHref": "#" + agendaID,
            "notPrinted": day.entries.count > printedEntries ? "+ \(day.entries.count - printedEntries) mục khác (xem danh sách theo ngày dưới lịch)" : false,
        ]
    }

    /// "entry kind-period part-start inferred beyond-print".
    static func entryClasses(_ placement: CalendarDay.Placement, printed: Bool) -> String {
        var classes = "entry kind-\(placement.entry.kind.rawValue) part-\(placement.part.rawValue)"
        if placement.entry.inferred { classes += " inferred" }
        if !printed { classes += " beyond-print" }
        return classes
    }

    static func holiday(_ holiday: Holiday) -> [String: Any] {
        ["name": holiday.name, "kind": holidayKind(holiday.kind)]
    }

    static func holidayKind(_ kind: Holiday.Kind) -> String {
        switch kind {
        case .statutory: return "nghi-le"
        case .anniversary: return "ky-niem"
        case .lunarFestival: return "le-am-lich"
        case .local: return "dia-phuong"
        }
    }

    static func entry(_ entry: CalendarEntry, root: String) -> [String: Any] {
        let record = entry.progress.overall
        return [
            "title": entry.title,
            "href": root + entry.href,
            "phrase": entry.phrase,
            // The script marks past due dates (and ended periods) of unfinished tasks as overdue in
            // the reader's browser.
            "due": entry.kind == .due || entry.kind == .period ? entry.end.iso : false,
            "status": ProgressView.key(record),
            "progress": ProgressView.status(record),
        ]
    }

    /// The month as a list: each day that has a holiday (on the first page) or an entry of this
    /// page, with an entry that spans days listed once, on its first day in the month, with the
    /// task's whole text.
    static func agenda(_ month: CalendarMonth, entries: [CalendarEntry], withHolidays: Bool, root: String,
                       unitNames: [String: String]) -> [[String: Any]] {
        var byDay: [Int: [CalendarEntry]] = [:]
        for entry in entries { byDay[max(entry.start, month.firstDay).day, default: []].append(entry) }
        return month.days.compactMap { day -> [String: Any]? in
            let holidays = withHolidays ? day.holidays : []
            let starting = byDay[day.date.day] ?? []
            guard !holidays.isEmpty || !starting.isEmpty else { return nil }
            return [
                "date": day.date.iso,
                "weekday": day.date.vietnameseWeekday,
                "day": short(day.date),
                "lunar": "\(VietnameseNames.lunarDayName(day.lunar.day)) \(day.lunar.monthText)",
                "holidays": holidays.map(holiday),
                "entries": starting.map { entry -> [String: Any] in
                    var item = self.entry(entry, root: root)
                    item["classes"] = "entry kind-\(entry.kind.rawValue)"
                    item["text"] = entry.taskText
                    // "hạn: “trước Tết Nguyên đán”; Ủy ban MTTQ xã".
                    var detail = entry.kind.displayName
                    if entry.isMultiDay { detail += " \(short(entry.start)) – \(short(entry.end))" }
                    detail += ": “\(entry.phrase)”"
                    if !entry.unitIDs.isEmpty {
                        detail += "; " + entry.unitIDs.map { unitNames[$0] ?? $0 }.joined(separator: ", ")
                    }
                    item["detail"] = detail
                    return item
                },
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
