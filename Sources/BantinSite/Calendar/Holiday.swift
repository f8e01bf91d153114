import BantinCore
import LunarCalendar

/// A day a commune calendar marks: a day off (ngày nghỉ lễ), a Party or state anniversary
/// (ngày kỷ niệm), a lunar festival (lễ, Tết âm lịch) or a local event from site configuration.
public struct Holiday: Hashable, Sendable, Comparable {
    /// The order of the cases is the display order of holidays that share a day.
    public enum Kind: Int, CaseIterable, Sendable, Comparable {
        /// A paid day off under Bộ luật Lao động 2019, Điều 112.
        case statutory
        case anniversary
        case lunarFestival
        case local

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var date: CivilDate
    public var name: String
    public var kind: Kind

    public init(date: CivilDate, name: String, kind: Kind) {
        self.date = date
        self.name = name
        self.kind = kind
    }

    /// By date, then kind, then name, so that output never depends on input order.
    public static func < (lhs: Holiday, rhs: Holiday) -> Bool {
        if lhs.date != rhs.date { return lhs.date < rhs.date }
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        return lhs.name < rhs.name
    }
}
