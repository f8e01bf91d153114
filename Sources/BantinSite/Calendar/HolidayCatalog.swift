import BantinCore
import LunarCalendar

/// The holidays to mark on calendar pages: the standard Vietnamese days chosen by kind, plus the
/// commune's own events from site configuration.
public struct HolidayCatalog: Sendable {
    public var include: Set<Holiday.Kind>
    public var localEvents: [Holiday]
    public var rules: [HolidayRule]
    /// Days off the site states (`calendar.days_off`), one holiday per day, kind `.statutory`.
    public var daysOff: [Holiday]
    /// The lunar years whose Tết days off `daysOff` states: the built-in five are left out.
    public var statedTetYears: Set<Int>

    public init(
        include: Set<Holiday.Kind> = Set(Holiday.Kind.allCases),
        localEvents: [Holiday] = [],
        rules: [HolidayRule] = HolidayRule.vietnam,
        daysOff: [Holiday] = []
    ) {
        self.include = include
        self.localEvents = localEvents
        self.rules = rules
        // A stated day in a Tết season is named as that day of Tết; others keep their title.
        var stated: Set<Int> = []
        self.daysOff = daysOff.map { day in
            guard let tet = HolidayRule.tetDayName(day.date) else {
                return day.name.isEmpty ? Holiday(date: day.date, name: "Ngày nghỉ", kind: .statutory) : day
            }
            stated.insert(tet.lunarYear)
            return Holiday(date: day.date, name: tet.name, kind: .statutory)
        }
        statedTetYears = stated
    }

    /// Every included holiday between the two days (both inclusive), sorted by date, kind, name.
    public func holidays(from start: CivilDate, through end: CivilDate) -> [Holiday] {
        guard start <= end else { return [] }
        let showsDaysOff = include.contains(.statutory)
        let activeRules = rules.filter { include.contains($0.kind) && !(showsDaysOff && $0.yieldsToDayOff) }
        var found: [Holiday] = []
        for year in start.year...end.year {
            for rule in activeRules where !(rule == .lunarNewYear && statedTetYears.contains(year)) {
                found += rule.holidays(inSolarYear: year).filter { start <= $0.date && $0.date <= end }
            }
        }
        if showsDaysOff {
            // A stated day that is also a built-in day off (1/1, 30/4 …) is listed once.
            let builtIn = Set(found.filter { $0.kind == .statutory }.map(\.date))
            found += daysOff.filter { start <= $0.date && $0.date <= end && !builtIn.contains($0.date) }
        }
        found += localEvents.filter { include.contains($0.kind) && start <= $0.date && $0.date <= end }
        return found.sorted()
    }
}
