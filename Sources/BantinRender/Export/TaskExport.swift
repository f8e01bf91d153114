import BantinCore
import BantinSite
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

/// Task exports: JSON for other programs, the status sheet for Excel (CSV here; the .xlsx
/// workbook is written from the same table by `XLSXWriter`), a plain table for the terminal.
/// Pure functions of their input; the output is byte-for-byte deterministic.
public enum TaskExport {
    public enum Format: String, CaseIterable, Sendable {
        case table, json, csv, xlsx
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

    // MARK: - The status sheet (CSV and .xlsx)

    /// The sheet the office sends to the units and reads back (`ProgressSheet`): one row per task
    /// and unit it names (for `unit`, one row per task that concerns that unit, groups included;
    /// a task that names no unit gets one row without a unit), the status columns empty.
    public static func progressTable(_ conclusions: [TaskExportInput], units: SiteUnits, unit: String? = nil) -> SpreadsheetTable {
        var rows: [[SpreadsheetCell]] = []
        for conclusion in conclusions {
            let source = conclusion.title + (conclusion.meetingDate.map { " (\($0.vietnameseNumeric))" } ?? "")
            for task in conclusion.tasks {
                // Each unit the task names, once, with its strongest role; or the one unit asked for.
                var named: [(id: String, role: String)] = []
                if let unit {
                    let direct = task.units.filter { $0.unitID == unit }.map(\.role).min()
                    let group = task.units.first { units.members(of: $0.unitID).contains(unit) }
                    let role = direct.map(\.displayName)
                        ?? group.map { "\($0.role.displayName) (giao cho \(units.name(of: $0.unitID).lowercasedFirst))" } ?? ""
                    named = [(unit, role)]
                } else {
                    var seen: Set<String> = []
                    for mention in task.units where seen.insert(mention.unitID).inserted {
                        let role = task.units.filter { $0.unitID == mention.unitID }.map(\.role).min() ?? mention.role
                        named.append((mention.unitID, role.displayName + (mention.implied ? ", suy ra từ “\(mention.mention)”" : "")))
                    }
                    if named.isEmpty { named = [("", "")] }
                }
                for (id, role) in named {
                    rows.append([
                        .text(source), .text(task.label.isEmpty ? String(task.ordinal) : task.label),
                        .text(TextNormalization.collapseWhitespace(task.text)),
                        .text(id.isEmpty ? "(chưa rõ đơn vị)" : units.name(of: id)), .text(role),
                        .text(deadlineTexts(task)), task.firstDate.map(SpreadsheetCell.date) ?? .empty,
                        .empty, .empty, .empty, .text(task.id), id.isEmpty ? .empty : .text(id),
                    ])
                }
            }
        }
        typealias Field = ProgressSheet.Field
        let widths: [Field: Double] = [.conclusion: 28, .label: 10, .text: 70, .unitName: 26, .role: 18, .deadlines: 34,
                                       .dueDate: 12, .status: 18, .date: 14, .note: 40, .taskID: 30, .unitID: 16]
        let columns = Field.allCases.map { field in
            SpreadsheetTable.Column(title: field.title, width: widths[field] ?? 14,
                                    choices: field == .status ? ProgressSheet.statusChoices : [],
                                    isDate: field == .dueDate || field == .date)
        }
        return SpreadsheetTable(name: ProgressSheet.sheetName, columns: columns, rows: rows)
    }

    /// The second sheet of the workbook: how to fill the first in.
    public static let guideTable = SpreadsheetTable(
        name: "Hướng dẫn",
        columns: [.init(title: "Cách điền bảng tiến độ", width: 110)],
        rows: [
            "Mỗi dòng là một nhiệm vụ của một đơn vị. Đơn vị điền ba cột: Tình trạng, Ngày báo cáo, Ghi chú; không sửa Mã nhiệm vụ và Mã đơn vị.",
            "Tình trạng: chưa thực hiện, đang thực hiện, hoàn thành, hoặc chuyển kỳ sau (chọn trong danh sách; gõ không dấu cũng được).",
            "Ngày báo cáo: ngày/tháng/năm, ví dụ 16/02/2026. Ghi chú: kết quả, khó khăn, đề xuất.",
            "Dòng để trống Tình trạng là chưa báo cáo. Dòng không có Mã đơn vị là tình trạng chung của cả nhiệm vụ.",
            "Văn phòng Đảng ủy gộp các bảng đã điền vào một tệp tien-do.xlsx (hoặc lưu dạng tien-do.csv) ở thư mục gốc của trang, rồi chạy bantin build.",
        ].map { [SpreadsheetCell.text($0)] })

    /// The status sheet as CSV: UTF-8 with a byte-order mark (so Excel reads the Vietnamese), CRLF
    /// line ends, RFC 4180 quoting, dates as DD/MM/YYYY. `delimiter` is "," or ";" (Excel with
    /// Vietnamese regional settings splits on ";").
    public static func csv(_ table: SpreadsheetTable, delimiter: Character = ",") -> String {
        let lines = [table.columns.map(\.title)] + table.rows.map { $0.map(\.plainText) }
        return "\u{FEFF}" + lines.map { $0.map { csvField($0, delimiter: delimiter) }.joined(separator: String(delimiter)) }
            .joined(separator: "\r\n") + "\r\n"
    }

    /// One CSV field. Text that a spreadsheet would take for a formula (starting with "=", "+",
    /// "-", "@", or a tab or carriage return) gets an apostrophe first, which makes it text;
    /// reading the sheet back removes it. Then RFC 4180 quoting where needed.
    public static func csvField(_ field: String, delimiter: Character = ",") -> String {
        var field = field
        if let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { field = "'" + field }
        guard field.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func leads(_ task: TaskItem, _ registry: UnitRegistry) -> String {
        task.units.filter { $0.role == .lead }.map { registry.name(of: $0.unitID) }.joined(separator: "; ")
    }

    /// "hạn: trước Tết Nguyên đán (16/02/2026); thời gian: dịp Tết (10/02/2026 – 26/02/2026)".
    private static func deadlineTexts(_ task: TaskItem) -> String {
        task.deadlines.map { deadline in
            let dates = deadline.start != nil || deadline.end != nil ? " (\(TaskTableView.display(deadline)))" : ""
            return "\(TaskTableView.label(deadline.kind)): \(deadline.text)\(dates)"
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
