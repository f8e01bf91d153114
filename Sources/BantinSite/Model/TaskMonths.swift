import BantinCore

extension SiteTask {
    /// The months a task belongs to, for the task pages by month, unit pages, meeting sheets and
    /// completion counts: every month one of its dated deadlines touches (a period in each month
    /// it spans), else the months its conclusion plans ("Nhiệm vụ trọng tâm tháng 02/2026"), else
    /// the month the conclusion was issued; at most 24, in order. Empty when nothing is dated.
    public static func months(of task: TaskItem, planned: ClosedRange<CivilDate>?, issued: CivilDate?) -> [String] {
        var months: Set<String> = []
        func add(_ first: CivilDate, _ last: CivilDate) {
            var month = min(first, last).startOfMonth
            while month <= max(first, last), months.count < 24 {
                months.insert(month.yearMonth)
                month = month.startOfMonth(adding: 1)
            }
        }
        for deadline in task.deadlines {
            guard let first = deadline.start ?? deadline.end, let last = deadline.end ?? deadline.start else { continue }
            // A due date belongs to the month it falls due in, whatever window the phrase gave.
            if deadline.kind == .due { add(last, last) } else { add(first, last) }
        }
        if months.isEmpty, let planned { add(planned.lowerBound, planned.upperBound) }
        if months.isEmpty, let issued { add(issued, issued) }
        return months.sorted()
    }
}
