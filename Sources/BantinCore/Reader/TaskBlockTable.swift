/// Rows of an explicit task block, for clerks who want exact control:
///
///     ```nhiem-vu
///     Đơn vị | Nhiệm vụ | Thời hạn
///     UBND xã (chủ trì); Công an xã | Ra quân bảo đảm trật tự dịp Tết | trước 10/02/2026
///     ```
///
/// The header row names the columns in any order; without one, the order is unit | task | deadline.
enum TaskBlockTable {
    struct Row: Hashable {
        var units: String
        var task: String
        var deadline: String
        var line: Int
    }

    static func rows(_ literal: String, firstLine: Int) -> [Row] {
        var columns = (unit: 0, task: 1, deadline: 2)
        var rows: [Row] = []
        var sawHeader = false
        for (offset, raw) in literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var cells = raw.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimming(" \t") }
            if cells.first == "" { cells.removeFirst() }
            if cells.last == "" { cells.removeLast() }
            guard !cells.isEmpty, cells.contains(where: { !$0.isEmpty }) else { continue }
            if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { continue }
            let keys = cells.map { FoldedText.key($0) }
            if !sawHeader, rows.isEmpty, let task = keys.firstIndex(where: { $0.hasPrefix("nhiem vu") || $0.hasPrefix("noi dung") }) {
                columns.task = task
                columns.unit = keys.firstIndex(where: { $0.hasPrefix("don vi") || $0.contains("chu tri") }) ?? columns.unit
                columns.deadline = keys.firstIndex(where: { $0.contains("han") || $0.contains("thoi gian") }) ?? columns.deadline
                sawHeader = true
                continue
            }
            func cell(_ i: Int) -> String { i < cells.count ? cells[i] : "" }
            rows.append(Row(units: cell(columns.unit), task: cell(columns.task), deadline: cell(columns.deadline), line: firstLine + offset))
        }
        return rows
    }
}
