import LunarCalendar

/// Deadlines that cannot be what the conclusion meant: due before the meeting that set them, or
/// outside the period its tasks section plans ("Nhiệm vụ trọng tâm tháng 02/2026" and a task due in
/// 2025). Often a mistyped month or year; `bantin check` asks the clerk to look.
public enum PlanChecks {
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
                } else if let period = meta.period, !period.contains(day) {
                    let name = meta.periodText.map { "“\($0)”" } ?? "kỳ kế hoạch"
                    diagnostics.append(Diagnostic.warning(conclusion.path, line: task.line,
                        "\(label): thời hạn “\(deadline.text)” (\(short(day))) nằm ngoài \(name) (\(short(period.lowerBound))–\(short(period.upperBound))); nếu đúng là hạn muộn hơn thì giữ nguyên, nếu không hãy sửa lại.")
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
