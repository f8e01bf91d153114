import BantinCore

/// A task and where it is: the conclusion's id, title, date and page. Every list that crosses
/// conclusions shows these; `TaskEntry` and `UnitAssignment` keep them behind one reference, as
/// a task is copied into every month, sheet and unit it belongs to.
public struct TaskPlace: Hashable, Sendable {
    public var task: SiteTask
    public var conclusionID: String
    public var conclusionTitle: String
    public var conclusionDate: CivilDate?
    public var conclusionPage: String

    public init(task: SiteTask, conclusionID: String, conclusionTitle: String, conclusionDate: CivilDate?, conclusionPage: String) {
        self.task = task
        self.conclusionID = conclusionID
        self.conclusionTitle = conclusionTitle
        self.conclusionDate = conclusionDate
        self.conclusionPage = conclusionPage
    }
}

/// A value that shows a task in its place, with the place's fields read through it.
public protocol PlacedTask {
    var place: TaskPlace { get }
}

extension PlacedTask {
    @inlinable public var task: SiteTask { place.task }
    @inlinable public var conclusionID: String { place.conclusionID }
    @inlinable public var conclusionTitle: String { place.conclusionTitle }
    @inlinable public var conclusionDate: CivilDate? { place.conclusionDate }
    @inlinable public var conclusionPage: String { place.conclusionPage }
}

/// A task with the conclusion it comes from, as the lists that cross conclusions show it; its
/// date is the conclusion's issue date (else its meeting date).
public struct TaskEntry: Hashable, Sendable, PlacedTask {
    @usableFromInline struct Fields: Hashable, Sendable {
        @usableFromInline var place: TaskPlace
        @usableFromInline var conclusionFile: String
    }
    @usableFromInline let fields: Box<Fields>

    public init(task: SiteTask, in conclusion: SiteConclusion) {
        let place = TaskPlace(task: task, conclusionID: conclusion.id, conclusionTitle: conclusion.title,
                              conclusionDate: conclusion.meta.date ?? conclusion.meta.meetingDate, conclusionPage: conclusion.page)
        fields = Box(Fields(place: place, conclusionFile: conclusion.path))
    }

    public var place: TaskPlace { @inlinable get { fields.value.place } }
    /// The task's id, read through the stored fields (not a copy of the whole place).
    public var taskID: String { @inlinable get { fields.value.place.task.itemBox.value.id } }
    /// The conclusion's file, for messages and for the clerk who fixes it ("content/tb-02.md").
    public var conclusionFile: String { @inlinable get { fields.value.conclusionFile } }
}

/// A list of one month ("YYYY-MM", or `SitePaths.undatedKey`), over its pages.
public struct MonthList<Item: Sendable>: Sendable {
    public var key: String
    public var list: PagedList<Item>
}

/// The script of "Đơn vị của tôi" that holds a unit's tasks of some months in a row: as many
/// months as fit the budget (one file per month would be thousands of small files on a small
/// site, whose creation costs the file system more than their bytes). Its address is that of
/// its first month.
public struct UnitDataFile: Sendable {
    public var path: String
    public var months: [MonthList<UnitAssignment>]
}

/// The pages of the site that list tasks across conclusions, cut so that none grows past the
/// bound of `Paging`: which lists exist, what each page holds and at which address. Worked out
/// at assembly, so the path map knows every file before anything is rendered.
public struct SitePlan: Sendable {
    /// The site's tasks month by month (a task is in every month it belongs to), undated last.
    public var taskMonths: [MonthList<TaskEntry>]
    /// Whether `nhiem-vu.html` holds every task as well as the months (a small site).
    public var allTasksOnOnePage: Bool
    /// Each unit's tasks year by year ("2026", …, undated last), every task once, under its first month.
    public var unitYears: [String: [MonthList<UnitAssignment>]]
    /// Tasks that name no unit.
    public var unassigned: PagedList<TaskEntry>
    /// The commune's follow-up sheet of each month with tasks.
    public var sheetMonths: [MonthList<TaskEntry>]
    /// Each unit's follow-up sheet of each month it has tasks in.
    public var unitSheets: [String: [MonthList<UnitAssignment>]]
    /// Each unit's months of `unitSheets` again, in the scripts of the home page.
    public var unitData: [String: [UnitDataFile]]
    /// The conclusions the home page lists, newest issued first: every one on a small site, the
    /// newest that fit its share of a page on a large one (the home page stays small however
    /// many years the site holds).
    public var homeConclusions: [SiteConclusion]
    /// Every conclusion by year of issue (`luu-tru/<year>.html`), newest year first, when the home
    /// page cannot list them all; empty when it does.
    public var conclusionYears: [MonthList<SiteConclusion>]

    static func make(_ conclusions: [SiteConclusion], assignments: [String: [UnitAssignment]], units: [String],
                     limits: SiteLimits) -> SitePlan {
        let budget = limits.page
        let entries = conclusions.flatMap { conclusion in conclusion.tasks.map { TaskEntry(task: $0, in: conclusion) } }
        let tableWeight = { (entry: TaskEntry) in Paging.taskWeight(entry.task.summary) + 120 * entry.task.units.count }
        let sheetWeight = { (entry: TaskEntry) in Paging.taskWeight(entry.task.text) + 200 * entry.task.reach.count }
        let assignmentWeight = { (assignment: UnitAssignment) in Paging.taskWeight(assignment.task.text) }
        // A month in a script: per task its summary, link, conclusion title and a few short fields.
        let dataWeight = { (month: MonthList<UnitAssignment>) in
            month.list.items.reduce(0) { $0 + $1.task.summary.utf8.count + $1.task.link.utf8.count + $1.conclusionTitle.utf8.count + 200 }
        }

        let byMonth = grouped(entries, keys: { $0.task.months.isEmpty ? [SitePaths.undatedKey] : $0.task.months })
        let taskMonths = byMonth.map { key, items in
            MonthList(key: key, list: PagedList(path: SitePaths.taskMonth(key), pages: Paging.split(items, budget: budget, weight: tableWeight)))
        }
        let allFit = entries.reduce(0) { $0 + tableWeight($1) } <= budget
        let sheetMonths = byMonth.filter { $0.key != SitePaths.undatedKey }.map { key, items in
            MonthList(key: key, list: PagedList(path: SitePaths.Sheets.month(key), pages: Paging.split(items, budget: budget, weight: sheetWeight)))
        }

        var unitYears: [String: [MonthList<UnitAssignment>]] = [:]
        var unitSheets: [String: [MonthList<UnitAssignment>]] = [:]
        var unitData: [String: [UnitDataFile]] = [:]
        for unit in units {
            guard let tasks = assignments[unit], !tasks.isEmpty else { continue }
            // Listed under their first month, months in order, the deadline order kept within one.
            let listed = tasks.sorted(onKey: \.task.firstMonth, by: <)
            let years = grouped(listed, keys: { [year(of: $0.task.firstMonth)] })
            unitYears[unit] = years.map { year, items in
                MonthList(key: year, list: PagedList(path: SitePaths.unitYear(unit, year),
                                                     pages: Paging.split(items, budget: budget, weight: assignmentWeight)))
            }
            let months = grouped(tasks, keys: { $0.task.months }).filter { $0.key != SitePaths.undatedKey }
            let sheets = months.map { key, items in
                MonthList(key: key, list: PagedList(path: SitePaths.Sheets.unitMonth(unit, key),
                                                    pages: Paging.split(items, budget: budget, weight: assignmentWeight)))
            }
            unitSheets[unit] = sheets
            unitData[unit] = Paging.split(sheets, budget: limits.searchShard / 2, weight: dataWeight).compactMap { group in
                group.first.map { UnitDataFile(path: SitePaths.unitMonthData(unit, $0.key), months: group) }
            }
        }
        let unassigned = entries.filter { $0.task.reach.isEmpty }
        let (home, years) = conclusionLists(conclusions, budget: budget)
        return SitePlan(taskMonths: taskMonths, allTasksOnOnePage: allFit, unitYears: unitYears,
                        unassigned: PagedList(path: SitePaths.unassigned, pages: Paging.split(unassigned, budget: budget, weight: sheetWeight)),
                        sheetMonths: sheetMonths, unitSheets: unitSheets, unitData: unitData, homeConclusions: home, conclusionYears: years)
    }

    /// The home page's share of a page's budget for its list of conclusions (the rest of it, the
    /// coming deadlines, is bounded by count).
    static let homeShare = 8

    /// The conclusions of the home page, and the year pages when they do not all fit there.
    static func conclusionLists(_ conclusions: [SiteConclusion], budget: Int)
        -> (home: [SiteConclusion], years: [MonthList<SiteConclusion>])
    {
        // By the day they were issued (the date line), the meeting day when there is none; undated last.
        let ordered = conclusions.sorted(onKey: \.issued) { a, b in
            switch (a, b) {
            case let (x?, y?): return x > y
            case (.some, nil): return true
            case (nil, _): return false
            }
        }
        // A row of the list: its title and number, escaped, in the markup around them.
        let weight = { (c: SiteConclusion) in c.title.utf8.count + (c.meta.number?.utf8.count ?? 0) + 300 }
        let home = Paging.split(ordered, budget: budget / homeShare, weight: weight)
        guard home.count > 1 else { return (ordered, []) }
        let years = grouped(ordered, keys: { [$0.issued.map { String($0.year) } ?? SitePaths.undatedKey] }).reversed().map { year, items in
            MonthList(key: year, list: PagedList(path: SitePaths.conclusionYear(year), pages: Paging.split(items, budget: budget, weight: weight)))
        }
        // Undated conclusions come last, as on the home page.
        return (home[0], years.filter { $0.key != SitePaths.undatedKey } + years.filter { $0.key == SitePaths.undatedKey })
    }

    /// "2026-02" → "2026"; the undated key stays itself.
    public static func year(of monthKey: String) -> String {
        monthKey == SitePaths.undatedKey ? monthKey : String(monthKey.prefix(4))
    }

    /// Items under each of their keys, keys in order (the undated key last), items in their
    /// given order within a key.
    static func grouped<T>(_ items: [T], keys: (T) -> [String]) -> [(key: String, items: [T])] {
        var groups: [String: [T]] = [:]
        for item in items {
            for key in keys(item) { groups[key, default: []].append(item) }
        }
        return groups.keys.sorted { a, b in
            if (a == SitePaths.undatedKey) != (b == SitePaths.undatedKey) { return b == SitePaths.undatedKey }
            return a < b
        }.map { ($0, groups[$0]!) }
    }

    /// Every page the plan makes.
    var paths: [String] {
        var paths = taskMonths.flatMap(\.list.paths) + unassigned.paths + sheetMonths.flatMap(\.list.paths)
            + conclusionYears.flatMap(\.list.paths)
        for unit in unitYears.keys.sorted() {
            paths += unitYears[unit]!.flatMap(\.list.paths)
        }
        for unit in unitSheets.keys.sorted() {
            paths += unitSheets[unit]!.flatMap(\.list.paths)
        }
        return paths
    }
}
