import BantinCore
/// The deadline calendars (lịch): the year overview, a page per month from the first to the last
/// month holding a deadline, and an iCalendar feed, for the whole site and for each unit.
/// Paths follow `CalendarPaths`.
enum CalendarPages: PageFamily {
    static let navigation: [PageContext.NavItem] = [.init(label: "Lịch", path: CalendarPaths.overview)]

    static func render(_ context: RenderContext) -> [OutputFile] {
        let site = context.site
        // Lunar dates and holidays are worked out once per month, for every calendar.
        let entries = site.deadlineCalendar
        let calendar = entries.preparingFrames(forYears: entries.years)
        let units = site.calendarUnits(calendar)
        let unitNames = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })

        let jobs: [(CalendarScope, DeadlineCalendar)] = [(.site, calendar)] + units.map { unit in
            (CalendarScope(unitID: unit.id, unitName: unit.name), calendar.restricted(toUnit: unit.id))
        }
        let renderer = context.renderer
        let pageContext = context.page
        let counts = jobs.dropFirst().compactMap { scope, unitCalendar -> UnitCount? in
            unitCalendar.entries.isEmpty ? nil : (scope.unitID!, scope.unitName!, unitCalendar.entries.count)
        }

        // One job per page, so that both cores stay busy whatever the size of each calendar.
        var pages: [Page] = []
        for (scope, scoped) in jobs {
            pages.append(Page(scope: scope, calendar: scoped, kind: .feed))
            // The site shows every month from the first deadline to the last; a unit only the
            // months that hold one of its tasks.
            let months = scope.unitID == nil ? scoped.months : scoped.monthsWithEntries
            pages.append(Page(scope: scope, calendar: scoped, kind: .overview(units: scope.unitID == nil ? counts : [],
                                                                             months: Set(months.map(\.yearMonth)))))
            for (position, first) in months.enumerated() {
                pages.append(Page(scope: scope, calendar: scoped, kind: .month(
                    first, previous: position > 0 ? months[position - 1].yearMonth : nil,
                    next: position + 1 < months.count ? months[position + 1].yearMonth : nil)))
            }
        }
        return parallelMap(pages) { page -> OutputFile in
            let scope = page.scope
            switch page.kind {
            case .feed:
                return feed(page.calendar, scope: scope, site: site)
            case .overview(let units, let months):
                let view = CalendarYearView.make(page.calendar, scope: scope, units: units, monthPages: months, context: pageContext)
                return OutputFile(path: scope.overviewPath, text: renderer.render(view, template: "calendar-year"))
            case .month(let first, let previous, let next):
                let view = CalendarMonthView.make(page.calendar.month(year: first.year, month: first.month), scope: scope,
                                                  previous: previous, next: next, unitNames: unitNames, context: pageContext)
                return OutputFile(path: scope.monthPath(first.yearMonth), text: renderer.render(view, template: "calendar-month"))
            }
        }
    }

    private struct Page: Sendable {
        enum Kind: Sendable {
            case feed
            case overview(units: [UnitCount], months: Set<String>)
            case month(CivilDate, previous: String?, next: String?)
        }

        var scope: CalendarScope
        var calendar: DeadlineCalendar
        var kind: Kind
    }

    typealias UnitCount = (id: String, name: String, count: Int)

    static func feed(_ calendar: DeadlineCalendar, scope: CalendarScope, site: SiteModel) -> OutputFile {
        let owner = scope.unitName ?? site.config.title
        let writer = ICalendarWriter(
            name: "Lịch hạn nhiệm vụ — \(owner)",
            description: "Hạn và sự kiện của các nhiệm vụ trong thông báo kết luận (\(site.config.title))",
            stamp: site.feedStamp, alarmDaysBefore: site.config.calendar.alarmDaysBefore, baseURL: site.config.baseURL)
        return OutputFile(path: scope.feedPath, text: writer.write(calendar.entries))
    }
}
