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
}
