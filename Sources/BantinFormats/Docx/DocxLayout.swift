import Foundation

/// Decides how the paragraphs and tables of a Word body are written: list items and their nesting,
/// the HD36 header and signature tables (read column by column), task tables, other tables.
enum DocxLayout {
    static func arrange(_ items: [DocxItem]) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var lists = ListNesting()
        for item in items {
            switch item {
            case .paragraph(let paragraph):
                if let block = lists.block(for: paragraph) { blocks.append(block) }
            case .table(let rows):
                lists = ListNesting()
                blocks += table(rows)
            }
        }
        return blocks
    }

    // MARK: - Tables

    static func table(_ rows: [[[DocxParagraph]]]) -> [TextBlock] {
        let columns = rows.map(\.count).max() ?? 0
        let texts = rows.flatMap { $0.flatMap { $0.map { LayoutCue.fold($0.plainText) } } }
        if columns <= 3, texts.contains(where: LayoutCue.isHeaderLine) || texts.contains(where: LayoutCue.isFooterLine) {
            // The header and the signature: each column is a block of lines, left before right.
            var blocks: [TextBlock] = []
            for column in 0..<columns {
                var lists = ListNesting()
                for row in rows where column < row.count {
                    for paragraph in row[column] {
                        if let block = lists.block(for: paragraph) { blocks.append(block) }
                    }
                }
            }
            return blocks
        }
        let cells: [[String]] = rows.map { row in
            row.map { cell in
                cell.map { MarkdownWriter.collapseSpaces($0.plainText.replacingOccurrences(of: "\n", with: " ")).trimmed(of: " ") }
                    .filter { !$0.isEmpty }.joined(separator: "; ")
                    .replacingOccurrences(of: "|", with: "/")
            }
        }
        let line = rows.first?.first?.first?.number ?? 1
        if let header = cells.first, LayoutCue.isTaskTableHeader(header.map(LayoutCue.fold)) {
            // A table of tasks is the reader's own task block.
            return [TextBlock(.fenced(info: "nhiem-vu", lines: cells.map { $0.joined(separator: " | ") }), sourceLine: line)]
        }
        // Any other table stays a table: its rows, each cell's paragraphs joined by "; ".
        let spans: [[[Span]]] = rows.map { row in
            row.map { cell in
                var joined: [Span] = []
                for paragraph in cell where !paragraph.plainText.trimmed(of: " ").isEmpty {
                    if !joined.isEmpty { joined.append(Span(text: "; ")) }
                    joined += paragraph.spans
                }
                return joined
            }
        }.filter { row in row.contains { !$0.isEmpty } }
        return spans.isEmpty ? [] : [TextBlock(.table(rows: spans), sourceLine: line)]
    }

    /// Word's lists as Markdown nesting: an item is a sub-item of the one before by its indentation,
    /// or by `ListNestingRule` at the same indentation (Word puts a bullet list under a numbered one
    /// as a separate list, often at the same indentation).
    struct ListNesting {
        var open: [(marker: String, indent: Int, level: Int)] = []

        mutating func block(for paragraph: DocxParagraph) -> TextBlock? {
            var spans = paragraph.spans
            guard spans.contains(where: { $0.isLineBreak || !$0.text.trimmed(of: " \t").isEmpty }) else { return nil }
            let line = paragraph.number
            if let level = paragraph.headingLevel {
                open.removeAll()
                if let marker = paragraph.marker { spans.insert(Span(text: marker + " ", bold: spans.first?.bold ?? false), at: 0) }
                return TextBlock(.heading(level: level), spans: spans, sourceLine: line)
            }
            guard let marker = paragraph.marker else {
                open.removeAll()
                return TextBlock(.paragraph, spans: spans, sourceLine: line)
            }
            guard MarkdownWriter.isMarkdownListMarker(marker) else {
                // "a)", "I.", "1.1." are part of the line a reader sees.
                open.removeAll()
                let first = spans.first { !$0.isLineBreak }
                spans.insert(Span(text: marker + " ", bold: first?.bold ?? false, italic: first?.italic ?? false), at: 0)
                return TextBlock(.paragraph, spans: spans, sourceLine: line)
            }
            // Word's own levels first, indentation within a level.
            let indent = paragraph.markerLevel * 10_000 + paragraph.indent
            while let last = open.last,
                  !ListNestingRule.isSubItem(marker, indent: indent, under: last.marker, indent: last.indent, tolerance: 60) {
                open.removeLast()
            }
            let level = open.last.map { $0.level + 1 } ?? 0
            open.append((marker, indent, level))
            return TextBlock(.listItem(marker: marker, level: level), spans: spans, sourceLine: line)
        }
    }
}

/// Words that tell the parts of a Party or state document apart (domain.md §1.3–1.5), compared
/// without diacritics.
enum LayoutCue {
    /// Lower case, without tone and shape marks, đ as d.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }
            out.append(scalar == "đ" ? "d" : scalar)
        }
        return String(out)
    }

    /// A line of the document header: the Party's or the State's title, the number, the place and date.
    static func isHeaderLine(_ folded: String) -> Bool {
        let line = folded.trimmed(of: " *_")
        if line.contains("dang cong san viet nam") || line.contains("cong hoa xa hoi chu nghia viet nam") { return true }
        if (line.hasPrefix("so ") || line.hasPrefix("so:")), line.contains("/"), line.count < 40 { return true }
        return line.contains(", ngay ") && line.contains(" thang ") && line.contains(" nam ") && line.count < 80
    }

    /// A line of the footer: "Nơi nhận:" or a signing authority ("T/M BAN THƯỜNG VỤ", "TM. …").
    static func isFooterLine(_ folded: String) -> Bool {
        let line = folded.trimmed(of: " *_")
        if line.hasPrefix("noi nhan") { return true }
        return ["t/m ", "t/l ", "k/t ", "tm. ", "tl. ", "kt. ", "tuq. "].contains { line.hasPrefix($0) } && line.count < 80
    }

    /// "Đơn vị | Nhiệm vụ | Thời hạn", in any order, with other columns beside ("TT").
    static func isTaskTableHeader(_ folded: [String]) -> Bool {
        let hasTask = folded.contains { $0.hasPrefix("nhiem vu") || $0.hasPrefix("noi dung") }
        let hasOther = folded.contains { $0.hasPrefix("don vi") || $0.contains("chu tri") || $0.contains("thoi han") || $0.contains("thoi gian") }
        return hasTask && hasOther
    }
}
