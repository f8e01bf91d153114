/// The status sheet (bảng tiến độ): the one shape of the file the office keeps at the site root
/// (`tien-do.csv` or `tien-do.xlsx`), of the sheet `bantin tasks --format csv|xlsx` exports for the
/// units to fill in, and of what is read back. Columns are found by their titles, in any order;
/// the office may add columns of its own, which are ignored. Only the columns marked below as read
/// matter; the others help the people who fill the sheet in.
public enum ProgressSheet {
    /// The file names looked for at the site root, in this order.
    public static let fileNames = ["tien-do.csv", "tien-do.xlsx"]

    /// The tab of the exported workbook that holds the sheet (read first when a workbook has it).
    public static let sheetName = "Tiến độ"

    public enum Field: CaseIterable, Sendable {
        case conclusion, label, text, unitName, role, deadlines, dueDate, status, date, note, taskID, unitID

        /// The column title in the exported sheet.
        public var title: String {
            switch self {
            case .conclusion: return "Kết luận"
            case .label: return "Nhiệm vụ"
            case .text: return "Nội dung"
            case .unitName: return "Đơn vị"
            case .role: return "Vai trò"
            case .deadlines: return "Thời hạn"
            case .dueDate: return "Ngày hạn"
            case .status: return "Tình trạng"
            case .date: return "Ngày báo cáo"
            case .note: return "Ghi chú"
            case .taskID: return "Mã nhiệm vụ"
            case .unitID: return "Mã đơn vị"
            }
        }

        /// Other titles a clerk may have typed for a column that is read.
        var otherTitles: [String] {
            switch self {
            case .status: return ["trang thai", "tien do"]
            case .date: return ["ngay", "ngay cap nhat", "ngay hoan thanh"]
            case .note: return ["ket qua", "tien do, ket qua thuc hien", "ket qua thuc hien"]
            case .taskID: return ["ma nv"]
            default: return []
            }
        }

        /// Whether reading back uses the column.
        public var isRead: Bool { [.status, .date, .note, .taskID, .unitID].contains(self) }
    }

    /// What a status cell may say, as offered in the exported sheet.
    public static var statusChoices: [String] { ProgressStatus.allCases.map(\.displayName) }

    /// Reads the rows of a status file. The first row with text is the header; empty rows and
    /// rows whose status is still empty (not reported yet) are skipped. Every other problem is an
    /// error at its row, saying what to write instead.
    public static func read(_ rows: [SheetRow], path: String) -> (records: [ProgressRecord], errors: [Diagnostic]) {
        guard let headerIndex = rows.firstIndex(where: { $0.cells.contains { !clean($0).isEmpty } }) else { return ([], []) }
        let header = rows[headerIndex]
        var columns: [Field: Int] = [:]
        for (index, cell) in header.cells.enumerated() {
            let key = FoldedText.key(clean(cell))
            for field in Field.allCases where field.isRead && columns[field] == nil {
                if key == FoldedText.key(field.title) || field.otherTitles.contains(key) { columns[field] = index }
            }
        }
        guard columns[.taskID] != nil, columns[.status] != nil else {
            let missing = [columns[.taskID] == nil ? Field.taskID.title : nil, columns[.status] == nil ? Field.status.title : nil]
                .compactMap { $0 }.map { "“\($0)”" }.joined(separator: " và ")
            return ([], [.error(path, line: header.line,
                "dòng tiêu đề thiếu cột \(missing); dùng bảng do “bantin tasks --format xlsx” (hoặc csv) xuất ra, giữ nguyên dòng tiêu đề")])
        }

        var records: [ProgressRecord] = []
        var errors: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for row in rows[(headerIndex + 1)...] {
            func cell(_ field: Field) -> String {
                guard let index = columns[field], index < row.cells.count else { return "" }
                return clean(row.cells[index])
            }
            let statusText = cell(.status)
            let taskID = cell(.taskID)
            let unitID = cell(.unitID)
            let note = cell(.note)
            let dateText = cell(.date)
            if statusText.isEmpty {
                // Nothing reported yet; a note or a date without a status is a slip to point out.
                if !note.isEmpty || !dateText.isEmpty {
                    errors.append(.error(path, line: row.line,
                        "có ghi chú hoặc ngày nhưng chưa ghi tình trạng; ghi vào cột “\(Field.status.title)” một trong: \(statusChoices.joined(separator: ", "))"))
                }
                continue
            }
            guard let status = ProgressStatus(text: statusText) else {
                errors.append(.error(path, line: row.line,
                    "tình trạng “\(statusText)” không có; ghi một trong: \(statusChoices.joined(separator: ", "))"))
                continue
            }
            guard !taskID.isEmpty else {
                errors.append(.error(path, line: row.line,
                    "thiếu mã nhiệm vụ (cột “\(Field.taskID.title)”); chép mã từ bảng do bantin xuất ra, ví dụ ket-luan-thang-02-2026-nv-4"))
                continue
            }
            var date: CivilDate?
            if !dateText.isEmpty {
                guard let parsed = CivilDate(iso: dateText) ?? CivilDate(vietnamese: dateText) else {
                    errors.append(.error(path, line: row.line,
                        "ngày “\(dateText)” không đọc được; viết dạng 16/02/2026 (ngày/tháng/năm) hoặc 2026-02-16"))
                    continue
                }
                date = parsed
            }
            let key = taskID + "\u{1}" + unitID
            if let first = seen[key] {
                errors.append(.error(path, line: row.line,
                    "nhiệm vụ \(taskID)\(unitID.isEmpty ? "" : " của đơn vị \(unitID)") đã có ở dòng \(first); giữ một dòng và xóa dòng kia"))
                continue
            }
            seen[key] = row.line
            records.append(ProgressRecord(taskID: taskID, unitID: unitID.isEmpty ? nil : unitID, status: status, date: date,
                                          note: note, location: SourceLocation(path: path, line: row.line)))
        }
        return (records, errors)
    }

    /// A cell as typed, without surrounding spaces and without the apostrophe the export puts
    /// before text that starts like a formula (`'=`, `'+`, `'-`, `'@`).
    public static func clean(_ cell: String) -> String {
        let text = TextNormalization.collapseWhitespace(cell).trimming(" ")
        if text.hasPrefix("'"), let next = text.dropFirst().first, "=+-@".contains(next) { return String(text.dropFirst()) }
        return text
    }
}
