import BantinCore

/// What the build tells a clerk about each conclusion whose reading has problems: how many tasks
/// were read, how many name no unit, how many have no deadline — so "0 nhiệm vụ" is never silent.
public enum ReadingSummary {
    /// One line per conclusion with a problem, in path order:
    /// "content/tb-03.md: 5 nhiệm vụ, 2 không có đơn vị, 1 không có thời hạn".
    public static func lines(_ conclusions: [Conclusion]) -> [String] {
        conclusions.sorted { $0.relativePath < $1.relativePath }.compactMap { conclusion in
            let tasks = conclusion.tasks
            let withoutUnit = tasks.filter { task in !task.units.contains { !$0.implied } }.count
            let withoutDeadline = tasks.filter(\.deadlines.isEmpty).count
            let unread = conclusion.document.directiveIntroductions.contains { $0.tasksRead == 0 }
            guard withoutUnit > 0 || withoutDeadline > 0 || unread else { return nil }
            var line = "\(conclusion.path): \(tasks.count) nhiệm vụ, \(withoutUnit) không có đơn vị, \(withoutDeadline) không có thời hạn"
            if unread { line += "; có phần nhiệm vụ không đọc được (xem cảnh báo)" }
            return line
        }
    }
}
