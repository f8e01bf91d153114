import BantinCore
import LunarCalendar

extension HolidayCatalog {
    /// The catalogue a site's `calendar:` configuration asks for: the built-in lists it names
    /// (`statutory`, `anniversary`, `lunar`) and its own dated events, one holiday per day of an
    /// event that spans several days. Local events are always shown: the clerk listed them.
    public init(_ options: SiteConfig.CalendarOptions) {
        var kinds: Set<Holiday.Kind> = [.local]
        if options.holidayLists.contains("statutory") { kinds.insert(.statutory) }
        if options.holidayLists.contains("anniversary") { kinds.insert(.anniversary) }
        if options.holidayLists.contains("lunar") { kinds.insert(.lunarFestival) }
        self.init(include: kinds, localEvents: Self.days(options.events, kind: .local), daysOff: Self.days(options.daysOff, kind: .statutory))
    }

    /// One holiday per day of each event.
    static func days(_ events: [SiteConfig.LocalEvent], kind: Holiday.Kind) -> [Holiday] {
        var days: [Holiday] = []
        for event in events {
            let last = max(event.endDate ?? event.date, event.date)
            // A mistyped end year must not flood the calendar: an event lasts at most a year.
            let count = min(last.julianDayNumber - event.date.julianDayNumber, 366)
            for offset in 0...count {
                days.append(Holiday(date: event.date.adding(days: offset), name: event.title, kind: kind))
            }
        }
        return days
    }
}
