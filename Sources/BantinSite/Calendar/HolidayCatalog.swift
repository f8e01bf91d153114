import BantinCore
import LunarCalendar

/// The holidays to mark on calendar pages: the standard Vietnamese days chosen by kind, plus the
/// commune's own events from site configuration.
public struct HolidayCatalog: Sendable {
    public var include: Set<Holiday.Kind>
    public var localEvents: [Holiday]
    public var rules: [HolidayRule]

    public init(
        include: Set<Holiday.Kind> = Set(Holiday.Kind.allCases),
        localEvents: [Holiday] = [],
        rules: [HolidayRule] = HolidayRule.vietnam
    ) {
        self.include = include
        self.localEvents = localEvents
        self.rules = rules
    }

    /// Every included holiday between the two days (both inclusive), sorted by date, kind, name.
    public func holidays(from start: CivilDate, through end: CivilDate) -> [Holiday] {
        guard start <= end else { return [] }
        let showsDaysOff = include.contains(.statutory)
        let activeRules = rules.filter { include.contains($0.kind) && !(showsDaysOff && $0.yieldsToDayOff) }
        var found: [Holiday] = []
        for year in start.year...end.year {
            for rule in activeRules {
                found += rule.holidays(inSolarYear: year).filter { start <= $0.date && $0.date <= end }
            }
        }
        found += localEvents.filter { include.contains($0.kind) && start <= $0.date && $0.date <= end }
        return found.sorted()
    }
}
