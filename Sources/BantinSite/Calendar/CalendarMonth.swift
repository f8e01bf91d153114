import BantinCore
import LunarCalendar

/// A month as a Monday-first grid (tháng), with each day's lunar date, holidays and deadlines.
/// Cells outside the month are nil, so nothing is shown twice across month pages.
public struct CalendarMonth: Hashable, Sendable {
    public var year: Int
    public var month: Int
    /// Rows of seven cells, Monday to Sunday.
    public var weeks: [[CalendarDay?]]
    /// How many entries the month holds (each once, however many of its days it covers).
    public var entryCount = 0

    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1)! }
    public var lastDay: CivilDate { firstDay.endOfMonth }
    /// The month's days in order.
    public var days: [CalendarDay] { weeks.flatMap { $0.compactMap { $0 } } }
}

/// One day of a month grid.
public struct CalendarDay: Hashable, Sendable {
    public var date: CivilDate
    public var lunar: LunarDate
    /// True on mùng 1 and on the month's first day: the cell names the lunar month.
    public var namesLunarMonth: Bool
    public var holidays: [Holiday]
    public var entries: [Placement]

    /// How an entry sits on this day: a one-day entry, or one day of a multi-day span.
    public struct Placement: Hashable, Sendable {
        public enum Part: String, Sendable {
            case single, start, middle, end
        }

        public var entry: CalendarEntry
        public var part: Part
        /// True where a span's label is repeated: its first day and the first day of each week
        /// row and of the month, like a bar in a wall calendar.
        public var showsLabel: Bool
    }

    /// "14 tháng Chạp" on cells that name the month, "15" on the others.
    public var lunarLabel: String {
        namesLunarMonth ? "\(lunar.day) \(lunar.monthText)" : String(lunar.day)
    }

    public var isEmpty: Bool { holidays.isEmpty && entries.isEmpty }
}
