import LunarCalendar

// INTERFACE STUB — replaced by the deadline-extraction work.
/// Finds time expressions in a task's text and normalises them (domain.md §2.2).
public struct DeadlineExtractor: Sendable {
    /// The meeting date: years missing from a date are taken from it (rolling into the next year
    /// across December), and "trước Tết" means the Tết after it.
    public var meetingDate: CivilDate?

    public init(meetingDate: CivilDate?) {
        self.meetingDate = meetingDate
    }

    /// Every deadline in `text`, in text order, each with its UTF-8 range in `text`.
    public func deadlines(in text: String) -> [Deadline] { [] }
}
