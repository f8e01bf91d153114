import Foundation

/// Plain text (`.txt`, like the seed as it arrived, or Word's "Save as Plain Text") as Markdown.
///
/// Each non-empty line is a paragraph, as in Word's export (one paragraph a line) and in typed text
/// with blank lines between paragraphs; paragraphs split by a page break are joined later by the
/// reader's page-break repair, as for Markdown. Lines that start with a list marker a reader sees
/// ("- ", "+ ", "• ", "1. ", "2) ") become list items; a bullet under a numbered item, a "+" under a
/// "-", or a more deeply indented marker is nested under the item before it. Everything else is
/// escaped, so "*" under the issuing body or "**" in a text stays what it is.
public enum PlainTextConverter {
    public static func convert(_ text: String) -> ConvertedDocument {
        var blocks: [TextBlock] = []
        // The markers of the open list items: their kind and indentation.
        var open: [(marker: String, indent: Int, level: Int)] = []
        let allLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var table: (rows: [[String]], line: Int)? = nil
        func closeTable() {
            if let found = table { blocks += tableBlocks(found.rows, line: found.line) }
            table = nil
        }
        for (index, rawLine) in allLines.enumerated() {
            // Word saves a table as text with a tab between cells; a typed one has "|".
            if let cells = tableCells(rawLine) {
                open.removeAll()
                if table == nil { table = ([], index + 1) }
                table?.rows.append(cells)
                continue
            }
            if table != nil, rawLine.allSatisfy({ $0 == " " || $0 == "\r" }) { continue }
            closeTable()
            let line = rawLine.replacingTabs()
            let indent = line.prefix(while: { $0 == " " }).count
            let content = line.trimmed(of: " \r")
            guard !content.isEmpty else { continue }
            if let (marker, rest) = listMarker(content) {
                while let last = open.last, !ListNestingRule.isSubItem(marker, indent: indent, under: last.marker, indent: last.indent, tolerance: 0) {
                    open.removeLast()
                }
                let level = open.last.map { $0.level + 1 } ?? 0
                open.append((marker, indent, level))
                blocks.append(TextBlock(.listItem(marker: marker, level: level), spans: leadInSpans(rest), sourceLine: index + 1))
            } else {
                open.removeAll()
                if content.allSatisfy({ $0 == "-" || $0 == "_" || $0 == "=" }), content.count >= 3 {
                    blocks.append(TextBlock(.thematicBreak, sourceLine: index + 1))
                } else {
                    blocks.append(TextBlock(.paragraph, spans: [Span(text: content)], sourceLine: index + 1))
                }
            }
        }
        closeTable()
        return MarkdownWriter.write(blocks)
    }

    /// The cells of a table row: two or more cells separated by tabs or by "|".
    static func tableCells(_ line: Substring) -> [String]? {
        let separator: Character = line.contains("\t") ? "\t" : "|"
        var cells = line.split(separator: separator, omittingEmptySubsequences: false).map { $0.trimmed(of: " \r") }
        if separator == "|" {
            if cells.first == "" { cells.removeFirst() }
            if cells.last == "" { cells.removeLast() }
        }
        // A line that is only a tab-indented paragraph is not a row.
        guard cells.count >= 2, cells.filter({ !$0.isEmpty }).count >= 2 else { return nil }
        return cells
    }

    /// A table of tasks (Đơn vị | Nhiệm vụ | Thời hạn) becomes the reader's task block; any other
    /// table stays a table (a pipe table in the Markdown).
    static func tableBlocks(_ rows: [[String]], line: Int) -> [TextBlock] {
        let rows = rows.filter { !$0.allSatisfy { $0.allSatisfy { "-: ".contains($0) } } }
        if let header = rows.first, LayoutCue.isTaskTableHeader(header.map(LayoutCue.fold)) {
            return [TextBlock(.fenced(info: "nhiem-vu", lines: rows.map { $0.joined(separator: " | ") }), sourceLine: line)]
        }
        guard !rows.isEmpty else { return [] }
        return [TextBlock(.table(rows: rows.map { $0.map { [Span(text: $0)] } }), sourceLine: line)]
    }

    /// Plain text has lost the bold of a run-in title ("1. **Công tác xây dựng Đảng:** …", "1. **Ủy ban
    /// nhân dân xã:** …"): a list item that opens with a few capitalised words and a colon, then goes
    /// on, had it on paper, and gets it back.
    static func leadInSpans(_ text: String) -> [Span] {
        guard let colon = text.firstIndex(of: ":") else { return [Span(text: text)] }
        let head = text[..<colon]
        let rest = text[text.index(after: colon)...]
        let words = head.split(separator: " ")
        guard (1...8).contains(words.count), head.first?.isUppercase == true, !head.contains(";"),
              rest.first == " ", rest.contains(where: \.isLetter) else { return [Span(text: text)] }
        return [Span(text: String(head) + ":", bold: true), Span(text: String(rest))]
    }

    /// "- text", "+ text", "• text", "1. text", "2) text" → (marker, text).
    static func listMarker(_ line: String) -> (String, String)? {
        guard let first = line.first else { return nil }
        if "-+•–".contains(first), line.dropFirst().first == " " {
            let marker = first == "+" ? "+" : "-"
            let rest = line.dropFirst(2).trimmed(of: " ")
            return rest.isEmpty ? nil : (marker, rest)
        }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...3).contains(digits.count) else { return nil }
        let after = line.dropFirst(digits.count)
        guard let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " else { return nil }
        let rest = String(after.dropFirst(2)).trimmed(of: " ")
        return rest.isEmpty ? nil : (digits + String(mark), rest)
    }
}

/// When a list item is a sub-item of the open item before it, in any format: when it is indented
/// further, or at the same indentation when it is a bullet under a numbered item ("1. Ủy ban nhân dân
/// xã:" then "- …" lines) or a "+" under a "-", as a reader of the page takes them.
enum ListNestingRule {
    static func isSubItem(_ marker: String, indent: Int, under openMarker: String, indent openIndent: Int, tolerance: Int) -> Bool {
        if indent > openIndent + tolerance { return true }
        if indent < openIndent - tolerance { return false }
        let isNumber = marker.first?.isNumber == true
        if openMarker.first?.isNumber == true { return !isNumber }
        return openMarker == "-" && marker == "+"
    }
}

extension Substring {
    /// Leading tabs count as four spaces of indentation; inner tabs are spaces.
    func replacingTabs() -> String {
        var out = ""
        for character in self { out += character == "\t" ? "    " : String(character) }
        return out
    }
}
