/// A sheet as the exports write it (CSV, or one sheet of an .xlsx workbook): titled columns with
/// their widths, and rows of typed cells, so that a date stays a date in Excel.
public struct SpreadsheetTable: Hashable, Sendable {
    public struct Column: Hashable, Sendable {
        public var title: String
        /// Width in Excel's character units.
        public var width: Double
        /// The only values a cell of this column may take, offered as a drop-down list in Excel.
        public var choices: [String]
        /// A column of dates: its empty cells are formatted as dates too, so a date typed into
        /// them stays one.
        public var isDate: Bool

        public init(title: String, width: Double, choices: [String] = [], isDate: Bool = false) {
            self.title = title
            self.width = width
            self.choices = choices
            self.isDate = isDate
        }
    }

    /// The sheet's tab name ("Tiến độ").
    public var name: String
    public var columns: [Column]
    public var rows: [[SpreadsheetCell]]

    public init(name: String, columns: [Column], rows: [[SpreadsheetCell]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}

/// One cell of an exported sheet.
public enum SpreadsheetCell: Hashable, Sendable {
    case text(String)
    case date(CivilDate)
    case number(Int)
    case empty

    /// The cell as CSV and plain text write it (dates as DD/MM/YYYY, as Vietnamese Excel shows them).
    public var plainText: String {
        switch self {
        case .text(let text): return text
        case .date(let date): return date.vietnameseNumeric
        case .number(let number): return String(number)
        case .empty: return ""
        }
    }
}

/// A row read back from a spreadsheet or CSV file: its cells as text (dates as `YYYY-MM-DD`), and
/// its line (CSV) or row number (.xlsx), for messages.
public struct SheetRow: Hashable, Sendable {
    public var line: Int
    public var cells: [String]

    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }
}
