import LunarCalendar

/// Deadlines that cannot be what the conclusion meant: due before the meeting that set them, or
/// outside the period its tasks section plans — before it, or long after ("Nhiệm vụ trọng tâm tháng
/// 02/2026" and a task due in 2027). Often a mistyped month or year; `bantin check` asks the clerk to look.
public enum PlanChecks {
    /// Plans reach past their month all the time ("(03/02)", "trước Tết", "tháng 5 phê duyệt"); a
    /// deadline more than half a year after the planned period is more likely a mistyped year.
    static let lateMargin = 183

    public static func diagnostics(_ conclusion: Conclusion) -> [Diagnostic] {
        let meta = conclusion.meta
        let meeting = meta.meetingDate ?? meta.date
        var diagnostics: [Diagnostic] = []
        for task in conclusion.tasks {
            let label = task.label.isEmpty ? "Nhiệm vụ \(task.id)" : "Nhiệm vụ “\(task.label)”"
            // Periods and recurring work may well reach back or on; a due day or an event is one day.
            for deadline in task.deadlines where !deadline.inferred && (deadline.kind == .due || deadline.kind == .event) {
                guard let day = deadline.sortDate else { continue }
                if let meeting, day < meeting {
                    diagnostics.append(Diagnostic.warning(conclusion.path, line: task.line,
                        "\(label): thời hạn “\(deadline.text)” (\(short(day))) trước ngày họp \(short(meeting)); kiểm tra lại ngày, tháng hoặc năm.")
                        .coded(.deadlineBeforeMeeting))
                } else if let period = meta.period, day < period.lowerBound || day > period.upperBound.adding(days: Self.lateMargin) {
                    let name = meta.periodText.map { "“\($0)”" } ?? "kỳ kế hoạch"
                    let side = day < period.lowerBound ? "trước" : "sau hơn nửa năm so với"
                    diagnostics.append(Diagnostic.warning(conclusion.path, line: task.line,
                        "\(label): thời hạn “\(deadline.text)” (\(short(day))) \(side) \(name) (\(short(period.lowerBound))–\(short(period.upperBound))); kiểm tra lại tháng hoặc năm.")
                        .coded(.deadlineOutsidePeriod))
                }
            }
        }
        return diagnostics
    }

    static func short(_ date: CivilDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(date.day))/\(two(date.month))/\(date.year)"
    }
}
