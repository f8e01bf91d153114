import BantinCore

/// One deadline of one task, as calendars and feeds show it (lịch hạn = deadline calendar).
/// A task with three milestones gives three entries; a deadline without any date gives none.
public struct CalendarEntry: Hashable, Sendable {
    /// What an entry is, behind one reference (`Box`): an entry is copied into every day it
    /// covers, in the site's calendar and in each of its units'.
    public struct Fields: Hashable, Sendable {
        /// "<task id>-<deadline index>": the same task keeps it across builds, so it is the feed UID.
        public var id: String
        public var taskID: String
        /// The conclusion the task is in: everything the entry shows comes from it.
        public var conclusionID: String
        public var kind: Deadline.Kind
        /// First and last day shown; equal for a due date or a one-day event.
        public var start: CivilDate
        public var end: CivilDate
        /// The task in a few words, as the calendar cell, the agenda and the feed's SUMMARY show it.
        public var title: String
        /// The whole task text and the deadline phrase as written.
        public var taskText: String
        public var phrase: String
        public var inferred: Bool
        /// The bulletin page and the task's anchor in it, relative to the site root.
        public var conclusionTitle: String
        public var conclusionDate: CivilDate?
        public var href: String
        /// The units the task is given to, groups expanded to their members, in mention order.
        public var unitIDs: [String]
        /// What the status file says about the task.
        public var progress: TaskProgress = .none
    }

    private let fields: Box<Fields>

    public init(_ fields: Fields) {
        self.fields = Box(fields)
    }

    // Each field read straight (a key-path subscript here is projected at run time, a cost on
    // every cell of every calendar month).
    public var id: String { fields.value.id }
    public var taskID: String { fields.value.taskID }
    public var conclusionID: String { fields.value.conclusionID }
    public var kind: Deadline.Kind { fields.value.kind }
    public var start: CivilDate { fields.value.start }
    public var end: CivilDate { fields.value.end }
    public var title: String { fields.value.title }
    public var taskText: String { fields.value.taskText }
    public var phrase: String { fields.value.phrase }
    public var inferred: Bool { fields.value.inferred }
    public var conclusionTitle: String { fields.value.conclusionTitle }
    public var conclusionDate: CivilDate? { fields.value.conclusionDate }
    public var href: String { fields.value.href }
    public var unitIDs: [String] { fields.value.unitIDs }
    public var progress: TaskProgress { fields.value.progress }

    public var isMultiDay: Bool { start != end }

    /// The days the entry occupies.
    public var days: ClosedRange<CivilDate> { start...end }

    /// The entries of every dated deadline of the conclusions, in calendar order.
    public static func entries(from conclusions: [SiteConclusion]) -> [CalendarEntry] {
        // Each conclusion's entries on all cores (titles and texts are string work), then one sort.
        let entries = parallelMap(conclusions, entries(of:)).flatMap { $0 }
        return entries.sorted(onKey: OrderKey.init, by: <)
    }

    static func entries(of conclusion: SiteConclusion) -> [CalendarEntry] {
        var entries: [CalendarEntry] = []
        for task in conclusion.tasks {
            let title = task.calendarTitle
            let taskText = TextNormalization.collapseWhitespace(task.text)
            // The month of the tasks section is every task's fallback deadline: a task that
            // states its own due date is not shown again at the month's end.
            let statesDueDate = task.deadlines.contains { $0.kind == .due && !$0.inferred }
            for (index, deadline) in task.deadlines.enumerated() where !(deadline.inferred && statesDueDate) {
                guard let first = deadline.start ?? deadline.end, let last = deadline.end ?? deadline.start else { continue }
                // A due date is one day: the day it falls due, even when the phrase gave a window.
                let start = deadline.kind == .due ? last : min(first, last)
                entries.append(CalendarEntry(Fields(
                    id: "\(task.id)-\(index + 1)", taskID: task.id, conclusionID: conclusion.id, kind: deadline.kind,
                    start: start, end: max(first, last), title: title, taskText: taskText,
                    phrase: deadline.text, inferred: deadline.inferred,
                    conclusionTitle: conclusion.title, conclusionDate: conclusion.meta.sortDate,
                    href: task.link, unitIDs: task.reach, progress: task.progress)))
            }
        }
        return entries
    }

    /// The calendar order as a value: by first day, then due dates before events and periods,
    /// then longer spans first (so bars stay on top), then id — never by input order.
    struct OrderKey: Comparable {
        var start: CivilDate
        var kindRank: Int
        var end: CivilDate
        var id: String

        init(_ entry: CalendarEntry) {
            start = entry.start
            kindRank = CalendarEntry.kindRank(entry.kind)
            end = entry.end
            id = entry.id
        }

        static func < (a: OrderKey, b: OrderKey) -> Bool {
            if a.start != b.start { return a.start < b.start }
            if a.kindRank != b.kindRank { return a.kindRank < b.kindRank }
            if a.end != b.end { return a.end > b.end }
            return a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
        }
    }


    static func kindRank(_ kind: Deadline.Kind) -> Int {
        switch kind {
        case .due: return 0
        case .event: return 1
        case .period: return 2
        case .recurring: return 3
        }
    }

    /// The task without its ordinal ("Bốn là, …"), cut at a word boundary to fit a calendar cell.
    public static func shortTitle(_ task: TaskItem, limit: Int = 90) -> String {
        var body = TextNormalization.collapseWhitespace(task.text)
        if !task.label.isEmpty, body.hasPrefix(task.label) {
            body = String(body.dropFirst(task.label.count)).trimming(" ,:.-–")
        }
        body = body.prefix(1).uppercased() + body.dropFirst()
        // Counting characters walks the whole text: only as far as the limit, and not at all
        // when the bytes already fit.
        guard body.utf8.count > limit, body.prefix(limit + 1).count > limit else { return body.trimming(" ;.") }
        let cut = body.prefix(limit)
        let words = cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)
        return words.trimming(" ,;.") + " …"
    }
}
