import BantinCore

/// What the status file says about one task: a row about the task as a whole, and rows about
/// single units. Pages ask it for one unit's status or for the task's.
public struct TaskProgress: Hashable, Sendable {
    /// The row that names no unit: the task's status for every unit it concerns.
    public var whole: ProgressRecord?
    /// Rows that name a unit, by unit id.
    public var byUnit: [String: ProgressRecord]

    public init(whole: ProgressRecord? = nil, byUnit: [String: ProgressRecord] = [:]) {
        self.whole = whole
        self.byUnit = byUnit
    }

    public static let none = TaskProgress()

    public var isEmpty: Bool { whole == nil && byUnit.isEmpty }

    /// A unit's status: its own row, else the row of the group the task reaches it through (a
    /// row for "các chi bộ" answers for each chi bộ), else the task's row.
    public func record(for unitID: String, throughGroup group: String? = nil) -> ProgressRecord? {
        byUnit[unitID] ?? group.flatMap { byUnit[$0] } ?? whole
    }

    /// The task as a whole, where pages show it once (bulletin, task list, calendar, home page):
    /// the row that names no unit, else the least advanced of the units' rows (a task is
    /// "hoàn thành" there when every unit the office recorded has finished), ties by unit id.
    public var overall: ProgressRecord? {
        if let whole { return whole }
        return byUnit.values.min { a, b in
            a.status.rank != b.status.rank ? a.status.rank < b.status.rank : (a.unitID ?? "") < (b.unitID ?? "")
        }
    }
}

/// The status file checked against the site: every row must name a task of the site, and a unit
/// the task concerns. Errors point at the row and say what to write.
public enum ProgressIndex {
    public static func index(_ records: [ProgressRecord], conclusions: [SiteConclusion], units: SiteUnits)
        -> (progress: [String: TaskProgress], errors: [Diagnostic])
    {
        // A site without a status file (most of them) needs no index of its tasks.
        guard !records.isEmpty else { return ([:], []) }
        var tasks: [String: SiteTask] = [:]
        for conclusion in conclusions {
            for task in conclusion.tasks { tasks[task.id] = task }
        }
        var progress: [String: TaskProgress] = [:]
        var errors: [Diagnostic] = []
        for record in records {
            let place = record.location
            guard let task = tasks[record.taskID] else {
                errors.append(.error(place.path, line: place.line,
                    "không có nhiệm vụ mã “\(record.taskID)” trong các kết luận; kiểm tra mã (xuất lại bảng bằng “bantin tasks --format xlsx”) hoặc xóa dòng này nếu kết luận đã bỏ nhiệm vụ đó"))
                continue
            }
            if let unitID = record.unitID {
                guard task.reach.contains(unitID) else {
                    let known = units.unit(unitID) != nil
                    let reach = task.reach.isEmpty ? "nhiệm vụ này chưa có đơn vị nào — giao đơn vị bằng “corrections” trong phần đầu YAML của kết luận, hoặc để trống mã đơn vị"
                        : "các đơn vị của nhiệm vụ: " + task.reach.joined(separator: ", ")
                    errors.append(.error(place.path, line: place.line,
                        (known ? "nhiệm vụ \(record.taskID) không giao cho đơn vị “\(unitID)”; " : "không có đơn vị mã “\(unitID)”; ") + reach))
                    continue
                }
                progress[task.id, default: .none].byUnit[unitID] = record
            } else {
                progress[task.id, default: .none].whole = record
            }
        }
        return (progress, errors)
    }
}

/// How many tasks are at each stage, for the completion counts of months and units.
public struct ProgressCount: Hashable, Sendable {
    public var total = 0
    public var byStatus: [ProgressStatus: Int] = [:]

    public init() {}

    public mutating func add(_ status: ProgressStatus?) {
        total += 1
        if let status { byStatus[status, default: 0] += 1 }
    }

    public func count(_ status: ProgressStatus) -> Int { byStatus[status] ?? 0 }

    /// Tasks the status file says nothing about.
    public var unreported: Int { total - byStatus.values.reduce(0, +) }
}
