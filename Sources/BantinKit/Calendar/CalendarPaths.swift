import BantinCore
/// Where calendar pages and feeds live, relative to the site root. The scheme is stable, so
/// other pages (and people's bookmarks and calendar subscriptions) can rely on it:
///
///     lich/index.html                      year overview of the whole site
///     lich/YYYY-MM.html                    month page of the whole site
///     lich/bantin.ics                      iCalendar feed of the whole site
///     lich/don-vi/<unit id>/index.html     a unit's year overview (every unit has one)
///     lich/don-vi/<unit id>/YYYY-MM.html   a unit's month page
///     lich/don-vi-<unit id>.ics            a unit's feed
public enum CalendarPaths {
    public static let overview = "lich/index.html"
    public static let siteFeed = "lich/bantin.ics"

    public static func month(_ yearMonth: String) -> String { "lich/\(yearMonth).html" }

    /// The calendar page of a unit, for its unit page to link to.
    public static func unitCalendarPage(_ unitID: String) -> String { "lich/don-vi/\(unitID)/index.html" }

    public static func unitMonth(_ unitID: String, _ yearMonth: String) -> String { "lich/don-vi/\(unitID)/\(yearMonth).html" }

    /// The iCalendar feed of a unit, for its unit page to link to.
    public static func unitFeed(_ unitID: String) -> String { "lich/don-vi-\(unitID).ics" }
}
