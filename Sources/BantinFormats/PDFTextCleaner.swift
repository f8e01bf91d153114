import Foundation

/// The text layer of a PDF, as `pdftotext -layout` prints it, turned back into the document's
/// paragraphs: what a clerk would have typed.
///
/// `-layout` keeps columns and indentation (the raw mode runs the two columns of the HD36 header into
/// one another and loses the spacing between paragraphs), so from it:
/// - page headers and footers are removed: lines at the top or bottom of pages that repeat on other
///   pages (digits ignored), and page-number lines ("2", "- 2 -", "Trang 2", "2/6"); a page number
///   glued to the last word of a page ("Trần Văn Điệp2") is cut off;
/// - the two-column HD36 header and signature are read column by column, left before right;
/// - lines are joined into paragraphs across line and page breaks: a paragraph ends at a blank line,
///   at a list marker or a capital line, or where a line that ends a sentence is short or followed
///   by an indented one; a word broken at a hyphen ("2026-" / "2031") is joined without a space;
/// - bullets of any glyph ("•", "", "") become "-", indented as on the page so sub-items nest.
///
/// The result is plain text, one paragraph a line, converted like a `.txt`; `sourceLines` points into
/// pdftotext's output.
public enum PDFTextCleaner {
    public static func convert(_ layoutText: String) -> ConvertedDocument {
        let (text, lines) = clean(layoutText)
        var converted = PlainTextConverter.convert(text)
        converted.sourceLines = converted.sourceLines.map { $0 >= 1 && $0 <= lines.count ? lines[$0 - 1] : (lines.last ?? 1) }
        return converted
    }

    /// Whether pdftotext found any text at all (a scan without OCR has none).
    public static func hasText(_ layoutText: String) -> Bool {
        layoutText.contains { $0.isLetter }
    }

    struct Line {
        var text: String
        /// 1-based line of pdftotext's output.
        var source: Int
        var indent: Int { text.prefix(while: { $0 == " " }).count }
        var content: String { text.trimmed(of: " ") }
        var isBlank: Bool { content.isEmpty }
    }

    /// (text with one paragraph a line and blank lines between, source line of each output line).
    static func clean(_ layoutText: String) -> (String, [Int]) {
        var pages: [[Line]] = [[]]
        for (index, raw) in layoutText.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(raw)
            // A form feed starts a new page (it may sit at the start of the page's first line).
            while let feed = rest.firstIndex(of: "\u{0C}") {
                let before = rest[..<feed]
                if !before.isEmpty { pages[pages.count - 1].append(Line(text: String(before), source: index + 1)) }
                pages.append([])
                rest = rest[rest.index(after: feed)...]
            }
            pages[pages.count - 1].append(Line(text: String(rest).replacingOccurrences(of: "\t", with: "    "), source: index + 1))
        }
        while pages.count > 1, pages.last!.allSatisfy(\.isBlank) { pages.removeLast() }
        let body = removingRunningLines(pages)
        var output: [(String, Int)] = []
        for paragraph in paragraphs(body) {
            if !output.isEmpty { output.append(("", paragraph.1)) }
            output.append(paragraph)
        }
        return (output.map(\.0).joined(separator: "\n") + "\n", output.map(\.1))
    }

    // MARK: - Headers, footers, page numbers

    static func removingRunningLines(_ pages: [[Line]]) -> [Line] {
        // Lines near the top or bottom of each page, by their text with digits blanked.
        func edges(_ page: [Line]) -> [Int] {
            let filled = page.indices.filter { !page[$0].isBlank }
            return Array(filled.prefix(2)) + Array(filled.suffix(2))
        }
        func key(_ line: Line) -> String {
            String(line.content.map { $0.isNumber ? "#" : $0 }).replacingOccurrences(of: " ", with: "")
        }
        var seen: [String: Set<Int>] = [:]
        for (number, page) in pages.enumerated() {
            for index in edges(page) { seen[key(page[index]), default: []].insert(number) }
        }
        var result: [Line] = []
        for (number, page) in pages.enumerated() {
            var page = page
            let edgeIndices = Set(edges(page))
            for index in page.indices.reversed() where edgeIndices.contains(index) {
                let line = page[index]
                let repeated = pages.count >= 2 && (seen[key(line)]?.count ?? 0) >= max(2, pages.count / 2)
                if repeated || isPageNumber(line.content, page: number + 1) { page.remove(at: index) }
            }
            // "Trần Văn Điệp2": the page number run into the last line of the page.
            if let last = page.lastIndex(where: { !$0.isBlank }) {
                page[last].text = strippingGluedPageNumber(page[last].text, page: number + 1)
            }
            // Blank lines at a page's edges are margins, not paragraph breaks.
            while page.first?.isBlank == true { page.removeFirst() }
            while page.last?.isBlank == true { page.removeLast() }
            result += page
            // A page break is a line break: paragraphs may go on across it.
            result.append(Line(text: "\u{0C}", source: page.last?.source ?? 1))
        }
        return result
    }

    static func isPageNumber(_ text: String, page: Int) -> Bool {
        var core = text.trimmed(of: " -–—.|")
        let folded = core.lowercased()
        if folded.hasPrefix("trang ") { core = String(core.dropFirst(6)).trimmed(of: " ") }
        if let slash = core.firstIndex(of: "/") { core = String(core[..<slash]).trimmed(of: " ") }
        return !core.isEmpty && core.count <= 3 && core.allSatisfy(\.isNumber)
    }

    static func strippingGluedPageNumber(_ text: String, page: Int) -> String {
        let number = String(page)
        guard page >= 2 || text.hasSuffix("1"), text.hasSuffix(number) else { return text }
        let before = text.dropLast(number.count)
        guard let last = before.last, last.isLetter, !last.isASCII || last.isLowercase else { return text }
        return String(before)
    }

    // MARK: - Columns and paragraphs

    /// The start of the right segment of a two-column line ("Nơi nhận:      T/M BAN THƯỜNG VỤ"): a
    /// gap of at least four spaces after text, with the right part starting past a third of the width.
    static func rightColumnStart(_ line: String, width: Int) -> Int? {
        let characters = Array(line)
        var index = characters.firstIndex(where: { $0 != " " }) ?? characters.count
        while index < characters.count {
            if characters[index] == " " {
                let gapStart = index
                while index < characters.count, characters[index] == " " { index += 1 }
                if index - gapStart >= 4, index < characters.count, index >= width / 3 { return index }
            } else {
                index += 1
            }
        }
        return nil
    }

    static func paragraphs(_ lines: [Line]) -> [(String, Int)] {
        // The right margin: where most full lines end (a few longer lines are two-column ones).
        let ends = lines.filter { !$0.isBlank }.map { $0.indent + $0.content.count }.sorted()
        let width = ends.isEmpty ? 80 : ends[ends.count * 9 / 10]
        var result: [(String, Int)] = []
        var index = 0
        var current: [Line] = []
        var crossedPage = false
        func flush() {
            if let text = join(current) { result.append((text, current[0].source)) }
            current = []
        }
        while index < lines.count {
            let line = lines[index]
            if let columns = taskTableColumns(line) {
                flush()
                let (end, rows) = taskTable(lines, from: index, columns: columns, width: width)
                // One line a row, cells between "|": the plain-text form of a task table.
                for row in rows { result.append((row.cells.map { $0.replacingOccurrences(of: "|", with: "/") }.joined(separator: " | "), row.source)) }
                index = end
                continue
            }
            if let split = rightColumnStart(line.text, width: width), startsTwoColumns(line, split: split) {
                flush()
                let (end, columns) = twoColumnBlock(lines, from: index, split: split, width: width)
                if end > index {
                    for column in columns { result += columnParagraphs(column) }
                    index = end
                    continue
                }
            }
            if line.text == "\u{0C}" {
                crossedPage = true
                index += 1
                continue
            }
            defer { if !line.isBlank { crossedPage = false } }
            if line.isBlank {
                flush()
            } else if let previous = current.last,
                      endsParagraph(previous, before: line, width: width) || crossedPage && endsSentenceBeforeCapital(previous, line) {
                flush()
                current = [line]
            } else {
                current.append(line)
            }
            index += 1
        }
        flush()
        return result
    }

    /// A two-column block begins at a two-segment line whose parts are the header's or the footer's
    /// (the Party's title or the number and date beside the bodies; "Nơi nhận:" beside the signing
    /// authority): ordinary text is never split, however pdftotext spaced it.
    static func startsTwoColumns(_ line: Line, split: Int) -> Bool {
        let characters = Array(line.text)
        let left = LayoutCue.fold(String(characters[..<split]))
        let right = LayoutCue.fold(String(characters[split...]))
        return [left, right].contains { LayoutCue.isHeaderLine($0) || LayoutCue.isFooterLine($0) }
    }

    /// The lines of a two-column block, split at `split`, up to a line that runs across the split
    /// or stands alone near the page's centre (the type name under the header).
    static func twoColumnBlock(_ lines: [Line], from start: Int, split: Int, width: Int) -> (Int, [[Line]]) {
        var left: [Line] = []
        var right: [Line] = []
        var index = start
        while index < lines.count {
            let line = lines[index]
            defer { index += 1 }
            if line.text == "\u{0C}" || line.isBlank { continue }
            let characters = Array(line.text)
            let end = (characters.lastIndex(where: { $0 != " " }) ?? 0) + 1
            if line.indent >= split - 3 {
                right.append(Line(text: String(characters[line.indent...]), source: line.source))
                continue
            }
            // The right column starts near the split on every line (pdftotext moves it by a
            // character or two); text running over the split with no gap there is the body's.
            let centre = (line.indent + end) / 2
            let nearPageCentre = abs(centre - width / 2) < abs(centre - split / 2)
            guard end > split else {
                if nearPageCentre, index > start { return (index, [left, right]) }
                left.append(Line(text: String(characters[..<end]), source: line.source))
                continue
            }
            guard let cut = gap(in: characters, near: split, from: line.indent) else { return (index, [left, right]) }
            left.append(Line(text: String(characters[..<cut]), source: line.source))
            right.append(Line(text: String(characters[cut...]), source: line.source))
        }
        return (index, [left, right])
    }

    // MARK: - Task tables

    /// The words of a line with the column each starts at.
    static func words(_ text: String) -> [(start: Int, word: String)] {
        var result: [(Int, String)] = []
        var current = ""
        var start = 0
        for (index, character) in text.enumerated() {
            if character == " " {
                if !current.isEmpty { result.append((start, current)); current = "" }
            } else {
                if current.isEmpty { start = index }
                current.append(character)
            }
        }
        if !current.isEmpty { result.append((start, current)) }
        return result
    }

    /// Segments of a line: runs of words separated by at most one space.
    static func segments(_ text: String) -> [(start: Int, text: String)] {
        var result: [(start: Int, text: String)] = []
        var lastEnd = -10
        for (start, word) in words(text) {
            if start - lastEnd <= 1, !result.isEmpty {
                result[result.count - 1].text += " " + word
            } else {
                result.append((start, word))
            }
            lastEnd = start + word.count
        }
        return result
    }

    /// The header row of a task table ("Đơn vị     Nhiệm vụ     Thời hạn"): its columns' starts.
    static func taskTableColumns(_ line: Line) -> [Int]? {
        let parts = segments(line.text)
        guard parts.count >= 2, parts.count <= 6, LayoutCue.isTaskTableHeader(parts.map { LayoutCue.fold($0.text) }) else { return nil }
        return parts.map(\.start)
    }

    struct Row {
        var cells: [String]
        var source: Int
    }

    /// The rows of a task table under its header, up to a blank line. Each word goes to the column
    /// it starts in (pdftotext may start a cell a character or two early); a line with a unit and a
    /// task starting with a capital opens a row, other lines go on the cells of the row above.
    static func taskTable(_ lines: [Line], from start: Int, columns: [Int], width: Int) -> (Int, [Row]) {
        let header = segments(lines[start].text).map(\.text)
        var rows = [Row(cells: header, source: lines[start].source)]
        let taskColumn = header.firstIndex { LayoutCue.fold($0).hasPrefix("nhiem vu") || LayoutCue.fold($0).hasPrefix("noi dung") } ?? 1
        let unitColumn = header.firstIndex { LayoutCue.fold($0).hasPrefix("don vi") || LayoutCue.fold($0).contains("chu tri") } ?? 0
        var index = start + 1
        while index < lines.count {
            let line = lines[index]
            if line.text == "\u{0C}" { index += 1; continue }
            if line.isBlank { break }
            // A line of running text across the page is the paragraph after the table.
            if line.indent <= 1, let only = segments(line.text).first, segments(line.text).count == 1, only.text.count >= width * 9 / 10 { break }
            var placed: [[(start: Int, word: String)]] = Array(repeating: [], count: columns.count)
            for (wordStart, word) in words(line.text) {
                placed[columns.lastIndex { $0 <= wordStart + 2 } ?? 0].append((wordStart, word))
            }
            // A cell that runs up to the next one with a single space ("các Tổ chức"): the
            // capitalised word just before the next column begins that column's text.
            for column in placed.indices.dropLast() {
                guard let last = placed[column].last, placed[column].count > 1, last.start >= columns[column + 1] - 8,
                      last.word.first?.isUppercase == true, let next = placed[column + 1].first?.word,
                      next.first?.isLowercase == true || !next.allSatisfy(\.isLetter) else { continue }
                placed[column + 1].insert(placed[column].removeLast(), at: 0)
            }
            let cells = placed.map { $0.map(\.word).joined(separator: " ") }
            // "Nhân dân …" under a task is capitalised too: a row opens only where the unit cell
            // has text as well.
            let opensRow = cells[taskColumn].first?.isUppercase == true && !cells[unitColumn].isEmpty
            if opensRow || rows.count == 1 {
                rows.append(Row(cells: cells, source: line.source))
            } else {
                for column in cells.indices where !cells[column].isEmpty {
                    let joined = join([Line(text: rows[rows.count - 1].cells[column], source: 0), Line(text: cells[column], source: 0)]) ?? ""
                    rows[rows.count - 1].cells[column] = joined
                }
            }
            index += 1
        }
        return (index, rows)
    }

    /// Where the right column starts on a line: the end of a gap of two or more spaces within a few
    /// characters of `split`.
    static func gap(in characters: [Character], near split: Int, from start: Int) -> Int? {
        var best: Int? = nil
        var index = max(start + 1, split - 8)
        while index < min(characters.count, split + 8) {
            if characters[index] != " ", characters[index - 1] == " ", index >= 2, characters[index - 2] == " " {
                if best == nil || abs(index - split) < abs(best! - split) { best = index }
            }
            index += 1
        }
        return best
    }

    /// In a column, each line is its own paragraph unless it goes on a clause cut by the column's
    /// width ("Yên Trường, ngày 02 tháng 4 năm" / "2026", "- Các đồng chí Ủy viên BCH Đảng" / "bộ xã,").
    static func columnParagraphs(_ column: [Line]) -> [(String, Int)] {
        var result: [(String, Int)] = []
        var current: [Line] = []
        for line in column where !line.isBlank {
            if let previous = current.last, !continues(previous.content, with: line.content) {
                if let text = join(current) { result.append((text, current[0].source)) }
                current = []
            }
            current.append(line)
        }
        if let text = join(current) { result.append((text, current[0].source)) }
        return result
    }

    static func continues(_ previous: String, with next: String) -> Bool {
        guard let last = previous.last, let first = next.first else { return false }
        if ".:;!?".contains(last) || isCapitalLine(previous) || listMarker(next) != nil { return false }
        return first.isLowercase || first.isNumber
    }

    /// Whether a paragraph ends between two lines. Justified body lines reach the right margin, so a
    /// line that stops short ends its paragraph when the next starts like a new one (a capital); a
    /// next line in lowercase or starting with a digit goes on the sentence, unless the short line
    /// ended one.
    static func endsParagraph(_ previous: Line, before line: Line, width: Int) -> Bool {
        if listMarker(line.content) != nil { return true }
        let text = previous.content
        if isCapitalLine(text) != isCapitalLine(line.content) { return true }
        guard let last = text.last, let next = line.content.first else { return true }
        let endsSentence = ".:;!?".contains(last)
        let reachesMargin = previous.indent + text.count >= width * 88 / 100
        if next.isLowercase || next.isNumber { return endsSentence && !reachesMargin }
        return !reachesMargin || endsSentence && (line.indent > previous.indent + 1 || startsItem(line.content))
    }

    /// Across a page break the last line of a page is often full: a sentence that ended there and
    /// a capital that starts the next page make two paragraphs.
    static func endsSentenceBeforeCapital(_ previous: Line, _ line: Line) -> Bool {
        guard let last = previous.content.last, let next = line.content.first else { return false }
        return ".:;!?".contains(last) && next.isUppercase
    }

    /// A section numeral ("II. Hạn chế", "III- Nhiệm vụ") or a run-in ordinal ("Hai là, …",
    /// "Thứ hai, …") opens a paragraph after a sentence.
    static func startsItem(_ text: String) -> Bool {
        let token = text.prefix(while: { $0 != " " })
        if let last = token.last, ".-)".contains(last), token.dropLast().allSatisfy({ "IVXL".contains($0) }), token.count >= 2 { return true }
        let head = LayoutCue.fold(String(text.prefix(16)))
        if head.hasPrefix("thu "), head.contains(",") || head.contains(":") { return true }
        guard let comma = head.firstIndex(where: { $0 == "," || $0 == ":" }) else { return false }
        return head[..<comma].hasSuffix(" la")
    }

    static func isCapitalLine(_ text: String) -> Bool {
        text.contains(where: \.isLetter) && text == text.uppercased()
    }

    /// A bullet glyph or a list marker at the start of a line, as plain text writes it.
    static func listMarker(_ text: String) -> String? {
        guard let first = text.first else { return nil }
        if bulletGlyphs.contains(first), text.dropFirst().first == " " || text.count == 1 { return "-" }
        if "-+".contains(first), text.dropFirst().first == " " { return String(first) }
        return PlainTextConverter.listMarker(text)?.0
    }

    static let bulletGlyphs: Set<Character> = ["•", "●", "◦", "▪", "■", "\u{F0B7}", "\u{F0A7}", "\u{F076}", "\u{F0D8}", "\u{F0FC}", "–", "o"]

    /// The lines of a paragraph as one line; a bullet glyph becomes "-", kept at its indentation.
    static func join(_ lines: [Line]) -> String? {
        guard let first = lines.first else { return nil }
        var text = ""
        for line in lines {
            let content = line.content
            if text.isEmpty {
                text = content
            } else if text.hasSuffix("-"), !text.hasSuffix(" -"), let next = content.first, next.isLetter || next.isNumber {
                text += content
            } else {
                text += " " + content
            }
        }
        if let glyph = text.first, bulletGlyphs.contains(glyph), glyph != "o" || text.dropFirst().first == " " {
            text = "- " + String(text.dropFirst()).trimmed(of: " ")
        }
        guard !text.isEmpty else { return nil }
        if listMarker(text) != nil { return String(repeating: " ", count: first.indent) + text }
        return text
    }
}
