import Foundation

/// A block of a document as a reader sees it on paper, before it is written as Markdown.
struct TextBlock: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case paragraph
        case heading(level: Int)
        /// A list item with the marker the reader sees ("1.", "-", "+", "a)") and its nesting level.
        case listItem(marker: String, level: Int)
        /// Lines kept verbatim in a fenced block with this info string (a `nhiem-vu` task table).
        case fenced(info: String, lines: [String])
        /// A table that is no task table, its first row the header: written as a pipe table.
        case table(rows: [[[Span]]])
        case thematicBreak
    }

    var kind: Kind
    var spans: [Span]
    /// The block's place in the original (paragraph number, line).
    var sourceLine: Int

    init(_ kind: Kind, spans: [Span] = [], sourceLine: Int) {
        self.kind = kind
        self.spans = spans
        self.sourceLine = sourceLine
    }

    /// The text without formatting, line breaks as "\n".
    var plainText: String {
        spans.map { $0.isLineBreak ? "\n" : $0.text }.joined()
    }
}

/// A run of text with the formatting Markdown can say, or a hard line break.
struct Span: Sendable, Hashable {
    var text: String
    var bold = false
    var italic = false
    var isLineBreak = false

    static let lineBreak = Span(text: "", isLineBreak: true)
}

/// Writes blocks as Markdown, escaping every character that would otherwise be Markdown syntax:
/// the one place where text from Word, PDF and plain files becomes Markdown source.
enum MarkdownWriter {
    static func write(_ blocks: [TextBlock], notes: [FormatNote] = []) -> ConvertedDocument {
        var lines: [String] = []
        var sources: [Int] = []
        // Open list items: their level and the indentation of their content.
        var open: [(level: Int, indent: Int)] = []
        func emit(_ text: String, _ source: Int) {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(String(line))
                sources.append(source)
            }
        }
        for block in blocks {
            if !lines.isEmpty { emit("", block.sourceLine) }
            switch block.kind {
            case .paragraph:
                open.removeAll()
                let plain = block.plainText.trimmed(of: " ")
                if plain.count >= 3, plain.allSatisfy({ $0 == "-" || $0 == "_" }) {
                    // "-----" under the subject is a rule, as in Markdown.
                    emit("-----", block.sourceLine)
                    continue
                }
                let text = inline(block.spans)
                guard !text.isEmpty else { lines.removeLast(); sources.removeLast(); continue }
                emit(escapingBlockStart(text, listMarkerFirst: true), block.sourceLine)
            case .heading(let level):
                open.removeAll()
                // A heading is one line: its breaks become spaces. Bold or italic over the whole
                // heading is the heading style's look, not emphasis.
                var spans = block.spans.map { $0.isLineBreak ? Span(text: " ") : $0 }
                let visible = spans.filter { !$0.text.trimmed(of: " ").isEmpty }
                if visible.allSatisfy(\.bold) { for i in spans.indices { spans[i].bold = false } }
                if visible.allSatisfy(\.italic) { for i in spans.indices { spans[i].italic = false } }
                let text = inline(spans)
                emit(String(repeating: "#", count: min(max(level, 1), 6)) + " " + text, block.sourceLine)
            case .listItem(let marker, let level):
                while let last = open.last, last.level >= level { open.removeLast() }
                let indent = open.last?.indent ?? 0
                let safeMarker = listMarker(marker)
                let body = inline(block.spans)
                let pad = String(repeating: " ", count: indent)
                let contentPad = String(repeating: " ", count: indent + safeMarker.count + 1)
                let bodyLines = escapingBlockStart(body, listMarkerFirst: false).split(separator: "\n", omittingEmptySubsequences: false)
                var text = pad + safeMarker + " " + (bodyLines.first.map(String.init) ?? "")
                for more in bodyLines.dropFirst() { text += "\n" + contentPad + more }
                emit(text, block.sourceLine)
                open.append((level, indent + safeMarker.count + 1))
            case .fenced(let info, let content):
                open.removeAll()
                let longest = content.map { line in line.prefix(while: { $0 == "`" }).count }.max() ?? 0
                let fence = String(repeating: "`", count: max(3, longest + 1))
                emit(([fence + info] + content + [fence]).joined(separator: "\n"), block.sourceLine)
            case .table(let rows):
                open.removeAll()
                guard let width = rows.map(\.count).max(), width > 0 else { lines.removeLast(); sources.removeLast(); continue }
                emit(pipeTable(rows, width: width), block.sourceLine)
            case .thematicBreak:
                open.removeAll()
                emit("-----", block.sourceLine)
            }
        }
        let markdown = lines.joined(separator: "\n") + "\n"
        // Word keeps text as typed, NFD included; most text has no combining mark at all.
        let hasMarks = markdown.unicodeScalars.contains { (0x300...0x36F).contains($0.value) }
        return ConvertedDocument(markdown: hasMarks ? markdown.precomposedStringWithCanonicalMapping : markdown, sourceLines: sources + [sources.last ?? 1], notes: notes)
    }

    /// Rows as a pipe table (see the Markdown wrapper's `PipeTable`): one line a row, the first row
    /// the header, every row as wide as the widest; a cell is one line, its `|` escaped.
    static func pipeTable(_ rows: [[[Span]]], width: Int) -> String {
        func row(_ cells: [[Span]]) -> String {
            let texts = (0..<width).map { index -> String in
                guard index < cells.count else { return "" }
                let flat = cells[index].map { $0.isLineBreak ? Span(text: " ") : $0 }
                return inline(flat).replacingOccurrences(of: "|", with: "\\|")
            }
            return "| " + texts.joined(separator: " | ") + " |"
        }
        var lines = [row(rows[0]), "|" + String(repeating: "---|", count: width)]
        lines += rows.dropFirst().map(row)
        return lines.joined(separator: "\n")
    }

    /// A marker as CommonMark reads it: "1." and "1)" are ordered-list markers, "-" and "+" bullets;
    /// any other bullet ("•", "*") becomes "-". Callers write items with other markers ("a)", "I.")
    /// as paragraphs that start with the marker, as a reader sees them.
    static func listMarker(_ marker: String) -> String {
        if marker == "-" || marker == "+" || marker == "*" { return marker == "*" ? "-" : marker }
        if let last = marker.last, ".)".contains(last), marker.dropLast().allSatisfy(\.isASCII),
           marker.dropLast().allSatisfy(\.isNumber), (1...9).contains(marker.count - 1) { return marker }
        return "-"
    }

    /// Whether a marker can be a Markdown list marker (else the item is a paragraph starting with it).
    static func isMarkdownListMarker(_ marker: String) -> Bool {
        listMarker(marker) == marker || marker == "*"
    }

    // MARK: - Inline text

    /// Spans as Markdown inline text: "**bold**", "*italic*", hard breaks as "\" at the line end.
    static func inline(_ spans: [Span]) -> String {
        // Merge neighbours of the same formatting, so "**Ủy ban**" is not "**Ủy** **ban**"; a line
        // break joins the span before it, so a bold signature over two lines stays one bold span.
        var merged: [Span] = []
        for span in spans {
            if span.isLineBreak {
                if !merged.isEmpty { merged[merged.count - 1].text += "\n" }
            } else if let last = merged.last, last.bold == span.bold, last.italic == span.italic {
                merged[merged.count - 1].text += span.text
            } else if !span.text.isEmpty {
                merged.append(span)
            }
        }
        var out = ""
        for span in merged {
            let text = collapseSpaces(span.text)
            let delimiter = (span.bold ? "**" : "") + (span.italic ? "*" : "")
            let core = text.trimmed(of: " \n")
            guard !core.isEmpty else {
                out += text.contains("\n") ? "\n" : text
                continue
            }
            // Emphasis must hug its text: spaces and breaks go outside the delimiters.
            let leading = String(text.prefix(while: { $0 == " " || $0 == "\n" }))
            let trailing = String(text.reversed().prefix(while: { $0 == " " || $0 == "\n" }).reversed())
            let body = escapeInline(core).replacingOccurrences(of: "\n", with: "\\\n")
            out += whitespace(leading) + delimiter + body + String(delimiter.reversed()) + whitespace(trailing)
        }
        // Breaks at the ends of a paragraph say nothing; a break is "\" at the end of its line.
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmed(of: " ") }
        let kept = lines.drop(while: \.isEmpty).reversed().drop(while: \.isEmpty).reversed()
        return kept.map { $0.hasSuffix("\\") || $0 == kept.last ? $0 : $0 + "\\" }.joined(separator: "\n")
    }

    /// Spaces around an emphasis, with a line break kept as a break.
    private static func whitespace(_ text: String) -> String {
        text.contains("\n") ? "\n" : (text.isEmpty ? "" : " ")
    }

    /// Runs of spaces and tabs as one space (line breaks are kept).
    static func collapseSpaces(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var lastWasSpace = false
        for character in text {
            let isSpace = character == " " || character == "\t" || character == "\u{A0}"
            if isSpace {
                if !lastWasSpace { out.append(" ") }
            } else {
                out.append(character)
            }
            lastWasSpace = isSpace
        }
        return out
    }

    /// Backslash before every character CommonMark could read as inline syntax.
    static func escapeInline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if "\\`*_[]<&".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Escapes what would start a block at the beginning of each line: headings, quotes, fences,
    /// setext underlines, thematic breaks and list markers. With `listMarkerFirst`, a list marker a
    /// reader sees at the start of a paragraph ("- ", "1. ") is kept as Markdown list syntax.
    static func escapingBlockStart(_ text: String, listMarkerFirst: Bool) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { index, line in
            escapeLineStart(String(line), allowListMarker: listMarkerFirst && index == 0)
        }.joined(separator: "\n")
    }

    /// On the first line of a paragraph a list marker a reader sees ("- ", "1. ") is kept as Markdown
    /// list syntax when `allowListMarker`; later lines would interrupt the paragraph, so they are escaped.
    static func escapeLineStart(_ line: String, allowListMarker: Bool) -> String {
        let body = line.drop(while: { $0 == " " })
        guard let first = body.first else { return line }
        if "#>=~+-".contains(first) || first == "`" {
            if allowListMarker, (first == "-" || first == "+"), body.dropFirst().first == " ",
               !body.allSatisfy({ $0 == "-" || $0 == " " }) { return String(body) }
            return "\\" + body
        }
        if first.isASCII, first.isNumber {
            let digits = body.prefix(while: { $0.isASCII && $0.isNumber })
            let after = body.dropFirst(digits.count)
            if let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " || after.count == 1 {
                if allowListMarker, digits.count <= 9 { return String(body) }
                return digits + "\\" + after
            }
        }
        return String(body)
    }
}

extension StringProtocol {
    /// The text without the characters of `set` at either end.
    func trimmed(of set: String) -> String {
        guard let start = firstIndex(where: { !set.contains($0) }), let end = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[start...end])
    }
}
