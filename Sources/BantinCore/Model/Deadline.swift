import LunarCalendar

/// A time expression attached to a task ("hạn"), normalised to solar dates.
public struct Deadline: Hashable, Codable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Codable, Sendable {
        /// Must be done by `end` ("trước ngày 15/3", "trước Tết Nguyên đán", "trong tháng 02/2026 hoàn thành").
        case due
        /// Happens on a day ("kỷ niệm … (03/02)", "Rằm tháng Giêng").
        case event
        /// Runs through a window `start…end` ("dịp Tết", "quý I", "từ ngày … đến ngày …").
        case period
        /// Repeats ("thường xuyên", "hằng tháng", "định kỳ"); `start`/`end` bound it when known.
        case recurring

        /// As task tables and calendars name the kinds: "hạn", "sự kiện", "khoảng thời gian", "định kỳ".
        public var displayName: String {
            switch self {
            case .due: return "hạn"
            case .event: return "sự kiện"
            case .period: return "khoảng thời gian"
            case .recurring: return "định kỳ"
            }
        }
    }

    public var kind: Kind
    public var start: CivilDate?
    public var end: CivilDate?
    /// The exact source phrase: "trước Tết Nguyên đán".
    public var text: String
    /// UTF-8 range of `text` in the task's text; nil for an inferred deadline.
    public var range: Range<Int>?
    /// True when no phrase states it: the month of "Nhiệm vụ trọng tâm tháng 02/2026".
    public var inferred: Bool

    public init(kind: Kind, start: CivilDate?, end: CivilDate?, text: String, range: Range<Int>? = nil, inferred: Bool = false) {
        self.kind = kind
        // A due date is the last day it may be done on ("trong tháng 02/2026 hoàn thành" → 28/02),
        // and an event without an end is one day: start and end are that day.
        if kind == .due {
            self.start = end ?? start
            self.end = end ?? start
        } else if kind == .event, start == nil || end == nil {
            self.start = start ?? end
            self.end = end ?? start
        } else {
            self.start = start
            self.end = end
        }
        self.text = text
        self.range = range
        self.inferred = inferred
    }

    /// The day the deadline is sorted and shown under: the due day, the event day, a period's end.
    public var sortDate: CivilDate? { end ?? start }
}
