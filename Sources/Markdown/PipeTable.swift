/// A pipe table as GitHub-flavoured Markdown writes it, which core CommonMark (and so libcmark)
/// reads as a plain paragraph:
///
///     | STT | Nội dung | Thời hạn |
///     |----:|----------|:--------:|
///     | 1   | …        | …        |
///
/// The rows must start with `|`; the second row is the delimiter row, whose colons give each
/// column's alignment. Cells are split at `|` not escaped by a backslash and not inside a code span.
struct PipeTable: Equatable {
    enum Alignment: Equatable { case none, left, center, right }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]]

    /// The table in `lines` (the paragraph's source lines, container prefixes removed), or nil when
    /// they are not a pipe table.
    init?(lines: [String]) {
        guard lines.count >= 2, lines.allSatisfy({ $0.hasPrefix("|") }) else { return nil }
        let header = Self.cells(of: lines[0])
        let delimiters = Self.cells(of: lines[1])
        guard !header.isEmpty, delimiters.count == header.count,
              let alignments = Self.alignments(delimiters) else { return nil }
        self.header = header
        self.alignments = alignments
        // Body rows are cut or padded to the header's width, as GFM does.
        self.rows = lines.dropFirst(2).map { line in
            let cells = Self.cells(of: line)
            return (0..<header.count).map { $0 < cells.count ? cells[$0] : "" }
        }
    }

    private static func alignments(_ cells: [String]) -> [Alignment]? {
        var result: [Alignment] = []
        for cell in cells {
            let dashes = cell.filter { $0 == "-" }.count
            guard dashes >= 1, cell.allSatisfy({ $0 == "-" || $0 == ":" }) else { return nil }
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
            case (true, true): result.append(.center)
            case (true, false): result.append(.left)
            case (false, true): result.append(.right)
            case (false, false): result.append(.none)
            }
        }
        return result
    }

    /// The trimmed cells of one row; `\|` stays in the cell as `|`.
    static func cells(of line: String) -> [String] {
        var cells: [String] = []
        var current: [UInt8] = []
        var inCode = false
        var escaped = false
        let bytes = Array(line.utf8)
        for byte in bytes.dropFirst() {  // the leading "|"
            if escaped {
                if byte != UInt8(ascii: "|") { current.append(UInt8(ascii: "\\")) }
                current.append(byte)
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "`") {
                inCode.toggle()
                current.append(byte)
            } else if byte == UInt8(ascii: "|"), !inCode {
                cells.append(trimmed(current))
                current = []
            } else {
                current.append(byte)
            }
        }
        if escaped { current.append(UInt8(ascii: "\\")) }
        let last = trimmed(current)
        // A row normally ends with "|": then nothing is left after the last cell.
        if !last.isEmpty || bytes.last != UInt8(ascii: "|") { cells.append(last) }
        return cells
    }

    private static func trimmed(_ bytes: [UInt8]) -> String {
        var slice = bytes[...]
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }

    /// The table as HTML; each cell's text is rendered by `inline` (Markdown inlines, escaped).
    func html(inline: (String) -> String) -> String {
        func attribute(_ column: Int) -> String {
            switch alignments[column] {
            case .none, .left: return alignments[column] == .left ? " class=\"align-left\"" : ""
            case .center: return " class=\"align-center\""
            case .right: return " class=\"align-right\""
            }
        }
        var html = "<table class=\"data-table\">\n<thead>\n<tr>"
        for (column, cell) in header.enumerated() { html += "<th\(attribute(column))>\(inline(cell))</th>" }
        html += "</tr>\n</thead>\n"
        if !rows.isEmpty {
            html += "<tbody>\n"
            for row in rows {
                html += "<tr>"
                for (column, cell) in row.enumerated() { html += "<td\(attribute(column))>\(inline(cell))</td>" }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>\n"
    }
}
