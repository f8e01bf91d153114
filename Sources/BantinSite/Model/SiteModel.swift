import BantinCore

/// The assembled site: everything the renderer makes pages from, and the path of every file it
/// will write. Pure values; no HTML and no files.
public struct SiteModel: Sendable {
    public var config: SiteConfig
    /// From SOURCE_DATE_EPOCH: shown in page footers and used as the feeds' timestamp.
    public var buildDate: CivilDate?
    /// Newest first.
    public var conclusions: [SiteConclusion]
    public var units: SiteUnits
    /// Every unit's tasks (groups' tasks on each member), sorted by deadline.
    public var assignments: [String: [UnitAssignment]]
    /// The site's calendar first, then one per unit (every known unit, then any other unit a task
    /// names), lunar dates and holidays of their months worked out once.
    public var calendars: [ScopedCalendar]
    /// The pages that list tasks across conclusions, cut to a bounded size.
    public var plan: SitePlan
    /// The offline search index.
    public var search: SiteSearchIndex
    /// Whether the site has a status file with at least one row: pages then show a status column.
    public var hasProgress: Bool
    /// How large the files that grow with the site may get.
    public var limits: SiteLimits
    /// Every output file, checked for collisions.
    public var outputs: OutputPathMap
    /// The units that have a calendar (`calendars` but the first).
    public var calendarUnits: Set<String>

    /// The site's own calendar.
    public var siteCalendar: ScopedCalendar { calendars[0] }

    /// Whether the unit has a calendar of its own (it has a deadline).
    public func hasCalendar(_ unitID: String) -> Bool { calendarUnits.contains(unitID) }

    /// DTSTAMP of the feeds: the build date (SOURCE_DATE_EPOCH), else the newest conclusion's date,
    /// so the feeds never depend on the machine's clock.
    public var feedStamp: CivilDate {
        // A loop, not a key path over the conclusions: a key path copies each conclusion whole.
        if let buildDate { return buildDate }
        var latest: CivilDate?
        for conclusion in conclusions {
            if let date = conclusion.meta.sortDate, latest.map({ date > $0 }) ?? true { latest = date }
        }
        return latest ?? CivilDate(year: 2000, month: 1, day: 1)!
    }

    /// The site's absolute address, from `base_url`, always ending in "/"; nil when not configured.
    public var baseURL: String? { SitePaths.absoluteBase(config) }
}
