/// The dates a conclusion can mean: 1900–2100, the years of the lunar calendar bantin computes
/// (Tết, Rằm, âm lịch columns). Anything outside is a typo ("9999") or arithmetic run past the
/// end ("(03/02)" after 30/12/9999 gave 10000-02-03 and a page `lich/10000-0.html`), so it is left
/// out with a warning; a period written end before start is put in order, with a warning.
public enum DateBounds {
    public static let years = VietnameseLunarCalendar.supportedYears

    public static func contains(_ date: CivilDate) -> Bool { years.contains(date.year) }

    /// "ngoài khoảng 1900–2100" for messages.
    public static var rangeText: String { "\(years.lowerBound)–\(years.upperBound)" }

    /// The conclusion's own dates (issued, meeting, planned period) within bounds.
    public static func checked(_ meta: inout ConclusionMeta, path: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        func outside(_ what: String, _ date: CivilDate) {
            warnings.append(.warning(path, "\(what) \(date.vietnameseNumeric) ngoài khoảng \(rangeText) nên bị bỏ qua; kiểm tra lại năm"))
        }
        if let date = meta.date, !contains(date) { outside("ngày ban hành", date); meta.date = nil }
        if let date = meta.meetingDate, !contains(date) { outside("ngày họp", date); meta.meetingDate = nil }
        if let period = meta.period, !contains(period.lowerBound) || !contains(period.upperBound) {
            outside("kỳ kế hoạch", contains(period.lowerBound) ? period.upperBound : period.lowerBound)
            meta.period = nil
            meta.periodText = nil
        }
        return warnings
    }

    /// Every task's deadlines within bounds and in order.
    public static func checked(_ tasks: [TaskItem], path: String) -> (tasks: [TaskItem], warnings: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        var result = tasks
        for index in result.indices {
            let task = result[index]
            result[index].deadlines = task.deadlines.compactMap { deadline in
                let dates = [deadline.start, deadline.end].compactMap { $0 }
                if let wrong = dates.first(where: { !contains($0) }) {
                    warnings.append(.warning(path, line: task.line,
                        "nhiệm vụ \(task.label): thời hạn \"\(deadline.text)\" rơi vào \(wrong.vietnameseNumeric), ngoài khoảng \(rangeText), nên bị bỏ qua; kiểm tra lại năm"))
                    return nil
                }
                guard let start = deadline.start, let end = deadline.end, start > end else { return deadline }
                warnings.append(.warning(path, line: task.line,
                    "nhiệm vụ \(task.label): thời hạn \"\(deadline.text)\" có ngày bắt đầu \(start.vietnameseNumeric) sau ngày kết thúc \(end.vietnameseNumeric); đã đảo lại thành \(end.vietnameseNumeric)–\(start.vietnameseNumeric), hãy kiểm tra văn bản"))
                var ordered = deadline
                ordered.start = end
                ordered.end = start
                return ordered
            }
        }
        return (result, warnings)
    }
}
