import BantinCore

/// Which calendar a page belongs to: the whole site's, or one unit's (same pages, fewer entries).
public struct CalendarScope: Hashable, Sendable {
    public var unitID: String?
    public var unitName: String?

    public init(unitID: String?, unitName: String?) {
        self.unitID = unitID
        self.unitName = unitName
    }

    public static let site = CalendarScope(unitID: nil, unitName: nil)

    public var overviewPath: String { unitID.map(SitePaths.Calendar.unitOverview) ?? SitePaths.Calendar.overview }
    public var feedPath: String { unitID.map(SitePaths.Calendar.unitFeed) ?? SitePaths.Calendar.siteFeed }
    public func monthPath(_ yearMonth: String) -> String {
        unitID.map { SitePaths.Calendar.unitMonth($0, yearMonth) } ?? SitePaths.Calendar.month(yearMonth)
    }
}

/// One calendar of the site, with the months that get a page.
public struct ScopedCalendar: Sendable {
    public var scope: CalendarScope
    public var calendar: DeadlineCalendar
    /// The first days of the months with a page: for the site every month from the first
    /// deadline to the last; for a unit only the months that hold one of its tasks.
    public var months: [CivilDate]
    /// The site's month pages list the month under the grid, day by day, with each task's full
    /// text: the entries of that list by month ("YYYY-MM"), over as many pages as it takes (a
    /// unit's month pages have none: the unit page lists its tasks).
    public var agendas: [String: PagedList<CalendarEntry>] = [:]

    public init(scope: CalendarScope, calendar: DeadlineCalendar, months: [CivilDate], limits: SiteLimits = .standard) {
        self.scope = scope
        self.calendar = calendar
        self.months = months
        guard scope.unitID == nil else { return }
        for first in months {
            let last = first.endOfMonth
            // Listed once, on its first day in the month: what starts in it, and spans that
            // began earlier and reach into it.
            let listed = calendar.entries.filter { $0.end >= first && $0.start <= last }
            agendas[first.yearMonth] = PagedList(path: scope.monthPath(first.yearMonth),
                                                 pages: Paging.split(listed, budget: limits.page) {
                Paging.taskWeight($0.taskText) + 200 * $0.unitIDs.count
            })
        }
    }

    /// Every page of the calendar's months, continuation pages of long agendas included.
    public var monthPaths: [String] {
        months.flatMap { agendas[$0.yearMonth]?.paths ?? [scope.monthPath($0.yearMonth)] }
    }
}
