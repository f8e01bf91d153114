import BantinCore
import BantinSite

/// How pages show progress: a task's status as recorded, and completion counts.
enum ProgressView {
    /// `data-status` of an element: the browser never marks a settled task overdue.
    static func key(_ record: ProgressRecord?) -> String { record?.status.rawValue ?? "" }

    /// The status of a task or of one unit in it, or `false` when nothing is recorded.
    static func status(_ record: ProgressRecord?) -> TemplateValue {
        guard let record else { return false }
        var text = record.status.displayName
        if let date = record.date { text += " (\(date.vietnameseNumeric))" }
        return ["key": .text(record.status.rawValue), "text": .text(text), "name": .text(record.status.displayName),
                "date": .present(record.date?.vietnameseNumeric), "note": .present(record.note)]
    }

    /// "8 nhiệm vụ: 2 hoàn thành, 1 đang thực hiện, 5 chưa báo cáo".
    static func summary(_ count: ProgressCount) -> String {
        var parts: [String] = []
        for status in [ProgressStatus.done, .inProgress, .deferred, .notStarted] where count.count(status) > 0 {
            parts.append("\(count.count(status)) \(status.displayName)")
        }
        if count.unreported > 0, !parts.isEmpty { parts.append("\(count.unreported) chưa báo cáo") }
        return "\(count.total) nhiệm vụ" + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
    }

    /// A count as a view: the summary, and the numbers for a table.
    static func counts(_ count: ProgressCount) -> TemplateObject {
        ["summary": .text(summary(count)), "total": .number(count.total), "done": .number(count.count(.done)),
         "inProgress": .number(count.count(.inProgress)), "deferred": .number(count.count(.deferred)),
         "notStarted": .number(count.count(.notStarted)), "unreported": .number(count.unreported),
         "percent": .text(count.total == 0 ? "0%" : "\(count.count(.done) * 100 / count.total)%")]
    }
}

/// A task's whole text as parts, so a template can mark the words naming a unit (the unit's own
/// part of a task given to many) without raw HTML: every part is escaped by the template.
enum TaskTextView {
    /// - Parameter marking: the units whose mentions in the text are marked.
    static func parts(_ task: TaskItem, marking: Set<String>) -> [TemplateValue] {
        let text = task.text
        var ranges: [Range<Int>] = []
        if !task.label.isEmpty, text.hasPrefix(task.label) { ranges.append(0..<task.label.utf8.count) }
        let labelEnd = ranges.first?.upperBound ?? 0
        for mention in task.units where marking.contains(mention.unitID) {
            if let range = mention.range, range.lowerBound >= labelEnd, range.upperBound <= text.utf8.count { ranges.append(range) }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        let bytes = Array(text.utf8)
        var parts: [TemplateValue] = []
        var cursor = 0
        func add(_ range: Range<Int>, kind: String) {
            guard !range.isEmpty else { return }
            parts.append(["text": .text(spaced(String(decoding: bytes[range], as: UTF8.self))), "kind": .text(kind),
                          "isLabel": .flag(kind == "label"), "isOwn": .flag(kind == "own"), "isPlain": .flag(kind == "plain")])
        }
        for (index, range) in ranges.enumerated() where range.lowerBound >= cursor {
            add(cursor..<range.lowerBound, kind: "plain")
            add(range, kind: index == 0 && range.lowerBound == 0 && labelEnd > 0 ? "label" : "own")
            cursor = range.upperBound
        }
        add(cursor..<bytes.count, kind: "plain")
        return parts
    }

    /// White space runs as one space, kept at the ends (a part sits between others).
    static func spaced(_ text: String) -> String {
        TextNormalization.collapseWhitespace(text, keepingEnds: true)
    }

    /// "suy ra từ “tuyển quân”" for a unit a topic word implies, else nil.
    static func inference(_ mention: UnitMention) -> String? {
        mention.implied ? "suy ra từ “\(mention.mention)”" : nil
    }
}
