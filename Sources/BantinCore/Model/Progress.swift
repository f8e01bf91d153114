/// How far a unit has got with a task (tiến độ thực hiện = progress), as the Party office records it
/// before each meeting in the site's status file (`tien-do.csv` or `tien-do.xlsx`).
public enum ProgressStatus: String, CaseIterable, Hashable, Sendable {
    /// chưa thực hiện
    case notStarted = "chua-thuc-hien"
    /// đang thực hiện
    case inProgress = "dang-thuc-hien"
    /// hoàn thành
    case done = "hoan-thanh"
    /// chuyển kỳ sau: carried over to the next period by the meeting's decision.
    case deferred = "chuyen-ky-sau"

    /// As the sheet and the pages write it.
    public var displayName: String {
        switch self {
        case .notStarted: return "chưa thực hiện"
        case .inProgress: return "đang thực hiện"
        case .done: return "hoàn thành"
        case .deferred: return "chuyển kỳ sau"
        }
    }

    /// A finished task is never overdue: done, or moved to the next period on purpose.
    public var isSettled: Bool { self == .done || self == .deferred }

    /// Least advanced first: a task shown as a whole is as far as its least advanced unit.
    public var rank: Int {
        switch self {
        case .notStarted: return 0
        case .inProgress: return 1
        case .deferred: return 2
        case .done: return 3
        }
    }

    /// The value a clerk typed, whatever the diacritics, case and spacing ("Hoàn thành",
    /// "hoan thanh", "ĐÃ HOÀN THÀNH"); nil for anything else.
    public init?(text: String) {
        let key = FoldedText.key(text).split(separator: " ").joined(separator: " ")
        switch key {
        case "chua thuc hien", "chua": self = .notStarted
        case "dang thuc hien", "dang lam": self = .inProgress
        case "hoan thanh", "da hoan thanh", "xong": self = .done
        case "chuyen ky sau", "chuyen sang ky sau": self = .deferred
        default: return nil
        }
    }
}

/// One row of the status file: a unit's progress with one task (or the task's as a whole when
/// the row names no unit), on a date, with the office's note.
public struct ProgressRecord: Hashable, Sendable {
    public var taskID: String
    /// Nil: the row is about the task as a whole, for every unit it names.
    public var unitID: String?
    public var status: ProgressStatus
    /// The day the progress was reported (or the task finished).
    public var date: CivilDate?
    public var note: String
    /// The row in the file, for messages.
    public var location: SourceLocation

    public init(taskID: String, unitID: String?, status: ProgressStatus, date: CivilDate?, note: String,
                location: SourceLocation) {
        self.taskID = taskID
        self.unitID = unitID
        self.status = status
        self.date = date
        self.note = note
        self.location = location
    }
}
