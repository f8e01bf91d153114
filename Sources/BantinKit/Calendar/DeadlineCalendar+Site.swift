import BantinCore
import LunarCalendar

extension SiteModel {
    /// The site's deadline calendar: every dated deadline of every conclusion, with the holidays
    /// the configuration asks for.
    var deadlineCalendar: DeadlineCalendar {
        DeadlineCalendar(entries: CalendarEntry.entries(from: conclusions, members: units.directory.members),
                         holidays: HolidayCatalog(config.calendar))
    }

    /// The units that get a calendar: every known unit, then any other unit a task names, so a
    /// unit page can always link to `CalendarPaths.unitCalendarPage`.
    func calendarUnits(_ calendar: DeadlineCalendar) -> [(id: String, name: String)] {
        var ids = units.all.map(\.id)
        var known = Set(ids)
        var extra: [String] = []
        for entry in calendar.entries {
            for id in entry.unitIDs where known.insert(id).inserted { extra.append(id) }
        }
        ids += extra.sorted()
        let names = units.directory.names
        return ids.map { ($0, names[$0] ?? units.unit($0)?.name ?? UnitRegistry.standard.name(of: $0)) }
    }

    /// DTSTAMP of the feeds: the build date (SOURCE_DATE_EPOCH), else the newest conclusion's date,
    /// so the feeds never depend on the machine's clock.
    var feedStamp: CivilDate {
        buildDate ?? conclusions.compactMap(\.meta.sortDate).max() ?? CivilDate(year: 2000, month: 1, day: 1)!
    }
}
