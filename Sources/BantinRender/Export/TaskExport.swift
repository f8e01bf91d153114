import BantinCore
import Foundation

/// One conclusion's tasks, ready to export.
public struct TaskExportInput: Sendable {
    public var conclusionID: String
    public var source: String
    public var title: String
    public var meetingDate: CivilDate?
    public var period: ClosedRange<CivilDate>?
    public var tasks: [TaskItem]

    public init(conclusionID: String, source: String, title: String, meetingDate: CivilDate?,
                period: ClosedRange<CivilDate>?, tasks: [TaskItem]) {
        self.conclusionID = conclusionID
        self.source = source
        self.title = title
        self.meetingDate = meetingDate
        self.period = period
        self.tasks = tasks
    }
}

/// Task exports: JSON for other programs, CSV for Excel, a plain table for the terminal.
/// Pure functions of their input; the output is byte-for-byte deterministic.
public enum TaskExport {
    public enum Format: String, CaseIterable, Sendable {
        case table, json, csv
    }

    public static func render(_ conclusions: [TaskExportInput], format: Format, registry: UnitRegistry) -> String {
        switch format {
        case .table: return table(conclusions, registry: registry)
        case .json: return json(conclusions, registry: registry)
        case .csv: return csv(conclusions, registry: registry)
        }
    }

    /// `{"conclusions":[{"id","source","title","meetingDate","period","tasks":[…]}]}`, keys in that
    /// order, two-space indentation, dates as `YYYY-MM-DD` or null.
    public static func json(_ conclusions: [TaskExportInput], registry: UnitRegistry) -> String {
        let value = JSONValue.object([
            ("conclusions", .array(conclusions.map { conclusion in
                .object([
                    ("id", .string(conclusion.conclusionID)),
                    ("source", .string(conclusion.source)),
                    ("title", .string(conclusion.title)),
                    ("meetingDate", date(conclusion.meetingDate)),
                    ("period", conclusion.period.map { .object([("start", date($0.lowerBound)), ("end", date($0.upperBound))]) } ?? .null),
                    ("tasks", .array(conclusion.tasks.map { task(json: $0, registry: registry) })),
                ])
            })),
        ])
        return value.rendered(indent: 0) + "\n"
    }

    private static func task(json task: TaskItem, registry: UnitRegistry) -> JSONValue {
        .object([
            ("id", .string(task.id)),
            ("ordinal", .number(task.ordinal)),
            ("label", .string(task.label)),
            ("text", .string(task.text)),
            ("units", .array(task.units.map { unit in
                .object([
                    ("id", .string(unit.unitID)),
                    ("name", .string(registry.name(of: unit.unitID))),
                    ("role", .string(unit.role.rawValue)),
                    // The shape is fixed (README); an implied unit's mention is the topic word.
                    ("mention", .string(unit.mention)),
                ])
            })),
            ("deadlines", .array(task.deadlines.map { deadline in
                .object([
                    ("kind", .string(deadline.kind.rawValue)),
                    ("start", date(deadline.start)),
                    ("end", date(deadline.end)),
                    ("text", .string(deadline.text)),
                    ("inferred", .bool(deadline.inferred)),
                ])
            })),
        ])
    }

    private static func date(_ date: CivilDate?) -> JSONValue { date.map { .string($0.iso) } ?? .null }

    // MARK: - CSV

    static let csvHeader = ["Kết luận", "Mã nhiệm vụ", "Thứ tự", "Nhãn", "Nội dung", "Chủ trì", "Đơn vị khác", "Thời hạn", "Ngày hạn"]

    /// UTF-8 with a byte-order mark (so Excel reads the Vietnamese), CRLF line ends, RFC 4180
    /// quoting; one row per task, units and deadlines joined with "; ".
    public static func csv(_ conclusions: [TaskExportInput], registry: UnitRegistry) -> String {
        var rows = [csvHeader]
        for conclusion in conclusions {
            for task in conclusion.tasks {
                rows.append([conclusion.conclusionID, task.id, String(task.ordinal), task.label, task.text,
                             leads(task, registry), others(task, registry), deadlineTexts(task),
                             task.firstDate?.vietnameseNumeric ?? ""])
            }
        }
        return "\u{FEFF}" + rows.map { $0.map(CSVField.escape).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func leads(_ task: TaskItem, _ registry: UnitRegistry) -> String {
        task.units.filter { $0.role == .lead }.map { registry.name(of: $0.unitID) }.joined(separator: "; ")
    }

    private static func others(_ task: TaskItem, _ registry: UnitRegistry) -> String {
        task.units.filter { $0.role != .lead }
            .map { "\(registry.name(of: $0.unitID)) (\($0.role.displayName)\($0.implied ? ", suy ra" : ""))" }
            .joined(separator: "; ")
    }

    private static func deadlineTexts(_ task: TaskItem) -> String {
        task.deadlines.map { deadline in
            let date = deadline.sortDate.map { " (\($0.vietnameseNumeric))" } ?? ""
            return deadline.text + date
        }.joined(separator: "; ")
    }

    // MARK: - Terminal

    /// A fixed-width table: id, lead units, first date, and the task's opening words.
    public static func table(_ conclusions: [TaskExportInput], registry: UnitRegistry, width: Int = 100) -> String {
        var rows: [[String]] = [["Mã", "Chủ trì", "Hạn", "Nội dung"]]
        for conclusion in conclusions {
            for task in conclusion.tasks {
                let lead = leads(task, registry)
                rows.append([task.id, lead.isEmpty ? "—" : lead, task.firstDate?.vietnameseNumeric ?? "—",
                             TextNormalization.collapseWhitespace(task.text)])
            }
        }
        let idWidth = min(rows.map { $0[0].count }.max() ?? 0, 30)
        let leadWidth = min(rows.map { $0[1].count }.max() ?? 0, 30)
        let dateWidth = 10
        let textWidth = max(20, width - idWidth - leadWidth - dateWidth - 6)
        return rows.map { row in
            [pad(row[0], idWidth), pad(row[1], leadWidth), pad(row[2], dateWidth), clip(row[3], textWidth)]
                .joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    private static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        let clipped = clip(text, width)
        return clipped + String(repeating: " ", count: max(0, width - clipped.count))
    }
}
