import BantinCore

/// A task as the site shows it: the extracted task with what every page that lists it needs,
/// worked out once (a task shows on its bulletin, the task page, its units' pages and calendars,
/// the home page and the search index).
@dynamicMemberLookup
public struct SiteTask: Hashable, Sendable {
    /// The extracted task, behind one reference: a task is copied into many lists.
    public var item: TaskItem {
        @inlinable get { itemBox.value }
        set { itemBox = Box(newValue) }
    }
    @usableFromInline var itemBox: Box<TaskItem>
    /// The task's one-line summary for tables and lists.
    public var summary: String
    /// The task in a few words, as a calendar cell, the agenda and a feed show it
    /// (`CalendarEntry.shortTitle`).
    public var calendarTitle: String
    /// The units the task concerns, groups expanded (`SiteUnits.reach`).
    public var reach: [String]
    /// The task in its bulletin, relative to the site root (`SitePaths.task`).
    public var link: String
    /// The months ("YYYY-MM", in order) the task belongs to (`SiteTask.months(of:planned:)`).
    public var months: [String]
    /// What the status file records about it.
    public var progress: TaskProgress

    public init(item: TaskItem, summary: String, calendarTitle: String? = nil, reach: [String], link: String,
                months: [String] = [], progress: TaskProgress = .none) {
        itemBox = Box(item)
        self.summary = summary
        self.calendarTitle = calendarTitle ?? CalendarEntry.shortTitle(item)
        self.reach = reach
        self.link = link
        self.months = months
        self.progress = progress
    }

    /// The month the task is listed under on pages that show it once: its first month, or
    /// `SitePaths.undatedKey` when nothing dates it.
    public var firstMonth: String { months.first ?? SitePaths.undatedKey }

    /// Inlined where it is used, so that a field read through it (`task.text`) is a plain read,
    /// not a key path projected at run time.
    @inlinable public subscript<T>(dynamicMember keyPath: KeyPath<TaskItem, T>) -> T { itemBox.value[keyPath: keyPath] }

    /// "Một là", or the position when the item has no label.
    public var displayLabel: String { item.label.isEmpty ? String(item.ordinal) : item.label }
}

/// A conclusion as the site shows it: its page and its tasks.
@dynamicMemberLookup
public struct SiteConclusion: Hashable, Sendable {
    public var source: Conclusion
    /// The bulletin page (`SitePaths.conclusion`).
    public var page: String
    public var tasks: [SiteTask]

    public init(source: Conclusion, page: String, tasks: [SiteTask]) {
        self.source = source
        self.page = page
        self.tasks = tasks
    }

    public subscript<T>(dynamicMember keyPath: KeyPath<Conclusion, T>) -> T { source[keyPath: keyPath] }

    /// The day it was issued (the date line), else the day of its meeting.
    public var issued: CivilDate? { source.meta.date ?? source.meta.meetingDate }
}
