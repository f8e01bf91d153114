import BantinCore
import LunarCalendar

/// The deadline calendar of the site or of one unit: its entries and the holidays around them,
/// laid out month by month. Pure values; pages and feeds are made from it elsewhere.
public struct DeadlineCalendar: Sendable {
    public private(set) var entries: [CalendarEntry]
    public var holidays: HolidayCatalog
    /// Indexes into `entries` of those that cross each month (by its first day), in entry order:
    /// a month page then looks at its own entries, not at every deadline of the site (90,000 at
    /// 10,000 conclusions, for each of its months and their continuation pages).
    private var byMonth: [CivilDate: [Int]] = [:]
    /// Lunar dates and holidays of months already worked out, by first day: shared by the site's
    /// calendar and every unit's, since lunar conversion is the costly part of a month.
    var frames: [CivilDate: MonthFrame] = [:]

    public init(entries: [CalendarEntry], holidays: HolidayCatalog) {
        self.entries = entries
        self.holidays = holidays
        for (index, entry) in entries.enumerated() {
            // Dates are bounded (1900–2100), so a span crosses a bounded number of months.
            var month = entry.start.startOfMonth
            while month <= entry.end {
                byMonth[month, default: []].append(index)
                month = month.startOfMonth(adding: 1)
            }
        }
    }

    /// The calendar of one unit: the entries whose task is given to it (or to a group it is in).
    public func restricted(toUnit unitID: String) -> DeadlineCalendar {
        restricted(to: entries.filter { $0.unitIDs.contains(unitID) })
    }

    /// A calendar of some of these entries, with the frames worked out so far.
    func restricted(to entries: [CalendarEntry]) -> DeadlineCalendar {
        var calendar = DeadlineCalendar(entries: entries, holidays: holidays)
        calendar.frames = frames
        return calendar
    }

    /// This calendar with the frames of every month of the given years worked out in advance.
    public func preparingFrames(forYears years: [Int]) -> DeadlineCalendar {
        var calendar = self
        for year in years {
            for month in 1...12 {
                let first = CivilDate(year: year, month: month, day: 1)!
                if calendar.frames[first] == nil { calendar.frames[first] = MonthFrame(first, holidays: holidays) }
            }
        }
        return calendar
    }

    /// The first days of every month from the first to the last month that holds an entry.
    public var months: [CivilDate] {
        guard let first = entries.map(\.start).min(), let last = entries.map(\.end).max() else { return [] }
        var months: [CivilDate] = []
        var month = first.startOfMonth
        // Bounded: a mistyped year in a source must not produce thousands of pages.
        while month <= last, months.count < 120 {
            months.append(month)
            month = month.startOfMonth(adding: 1)
        }
        return months
    }

    /// The first days of the months that hold an entry (a span counts in every month it crosses):
    /// the month pages of a unit, whose tasks are often months apart.
    public var monthsWithEntries: [CivilDate] {
        var found: Set<CivilDate> = []
        for entry in entries {
            var month = entry.start.startOfMonth
            while month <= entry.end, found.count < 1200 {
                found.insert(month)
                month = month.startOfMonth(adding: 1)
            }
        }
        return found.sorted()
    }

    /// The solar years with at least one month page.
    public var years: [Int] {
        var years: [Int] = []
        for month in months where years.last != month.year { years.append(month.year) }
        return years
    }

    /// The entries that cross the month starting on `first`, in entry order.
    public func entries(inMonth first: CivilDate) -> [CalendarEntry] {
        (byMonth[first] ?? []).map { entries[$0] }
    }

    /// The grid of one month.
    public func month(year: Int, month: Int) -> CalendarMonth {
        let first = CivilDate(year: year, month: month, day: 1)!
        let last = first.endOfMonth
        let frame = frames[first] ?? MonthFrame(first, holidays: holidays)
        // Each entry placed on its days in one pass: the day's own dates first, then the spans
        // that cross it.
        let inMonth = (byMonth[first] ?? []).map { entries[$0] }
        var placements = Array(repeating: [CalendarDay.Placement](), count: last.day)
        for entry in inMonth.filter({ !$0.isMultiDay }) + inMonth.filter(\.isMultiDay) {
            var day = max(entry.start, first)
            while day <= min(entry.end, last) {
                placements[day.day - 1].append(CalendarDay.Placement(
                    entry: entry, part: Self.part(of: entry, on: day),
                    showsLabel: entry.start == day || day.isoWeekday == 1 || day == first))
                day = day.adding(days: 1)
            }
        }

        var weeks: [[CalendarDay?]] = []
        var week: [CalendarDay?] = Array(repeating: nil, count: first.isoWeekday - 1)
        var day = first
        while day <= last {
            let lunar = frame.lunar[day.day - 1]
            week.append(CalendarDay(date: day, lunar: lunar, namesLunarMonth: lunar.day == 1 || day == first,
                                    holidays: frame.holidays[day.day - 1], entries: placements[day.day - 1]))
            if week.count == 7 {
                weeks.append(week)
                week = []
            }
            day = day.adding(days: 1)
        }
        if !week.isEmpty { weeks.append(week + Array(repeating: nil, count: 7 - week.count)) }
        return CalendarMonth(year: year, month: month, weeks: weeks, entryCount: inMonth.count)
    }

    private static func part(of entry: CalendarEntry, on day: CivilDate) -> CalendarDay.Placement.Part {
        guard entry.isMultiDay else { return .single }
        if day == entry.start { return .start }
        if day == entry.end { return .end }
        return .middle
    }
}

/// What a month shows whatever its deadlines: each day's lunar date and holidays.
struct MonthFrame: Sendable {
    var lunar: [LunarDate]
    var holidays: [[Holiday]]

    init(_ first: CivilDate, holidays catalog: HolidayCatalog) {
        let last = first.endOfMonth
        lunar = (0..<last.day).map { VietnameseLunarCalendar.lunarDate(for: first.adding(days: $0)) }
        holidays = Array(repeating: [], count: last.day)
        for holiday in catalog.holidays(from: first, through: last) { holidays[holiday.date.day - 1].append(holiday) }
    }
}
