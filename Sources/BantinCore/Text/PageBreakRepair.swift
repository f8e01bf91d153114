/// Re-joins paragraphs that a PDF page break or a copy from Word split in two.
///
/// Text pasted from a printed notice often has a blank line where a page ended, in mid-sentence:
/// "…kỹ năng sử dụng⏎⏎học liệu số; …" or "…năm⏎⏎2026. Trung tâm …". Markdown would make two
/// paragraphs of it — the second one even a list starting at 2026. A clerk reads one sentence,
/// so the two are joined when
/// - the first piece is running text (not a heading, list marker line, table, quote or code), at
///   least one full line long, and does not end a sentence or a heading (no `. : ; ! ?`), and
/// - the second piece continues it: it starts with a lowercase letter, or with a number that cannot
///   be an item number (three digits or more, or after a word that takes a number: "năm 2026").
///
/// The removed blank lines are put back after the joined paragraph, so every other line keeps its
/// number; `lineMap` gives each output line's number in the input.
public struct PageBreakRepair: Sendable {
    public let text: String
    /// `lineMap[i]` is the 1-based input line of output line `i + 1`.
    public let lineMap: [Int]
    /// For each join, the last words before it and the first words after it, joined by a space.
    public let joins: [String]

    /// Words after which a number continues the sentence.
    static let numberTakingWords: Set<String> = [
        "nam", "thang", "ngay", "so", "quy", "khoa", "lan", "dot", "ky", "muc", "dieu", "khoan", "diem",
        "giai doan", "nhiem ky", "chi thi", "nghi quyet", "ket luan", "quyet dinh", "ke hoach", "to", "xom", "thon",
    ]

    public init(_ input: String) {
        var lines = input.lines.map(String.init)
        var origin = Array(1...max(1, lines.count))
        if lines.isEmpty { origin = [] }
        var joins: [String] = []
        var index = 0
        var inFence = false
        var paragraphStart: Int? = nil
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingLeadingSpaces
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle() }
            if inFence || trimmed.isEmpty {
                if !inFence, trimmed.isEmpty, let start = paragraphStart,
                   let next = Self.nextNonBlank(lines, after: index),
                   Self.shouldJoin(paragraph: Array(lines[start..<index]), next: lines[next]) {
                    let removed = next - index
                    let before = lines[index - 1].lastWords(4)
                    let after = lines[next].firstWords(4)
                    joins.append(before + " " + after)
                    let blankOrigins = Array(origin[index..<next])
                    lines.removeSubrange(index..<next)
                    origin.removeSubrange(index..<next)
                    // Put the blank lines back after the end of the joined paragraph.
                    var end = index
                    while end < lines.count, !lines[end].trimmingLeadingSpaces.isEmpty { end += 1 }
                    lines.insert(contentsOf: Array(repeating: "", count: removed), at: end)
                    origin.insert(contentsOf: blankOrigins, at: end)
                    continue
                }
                paragraphStart = nil
                index += 1
                continue
            }
            if paragraphStart == nil { paragraphStart = index }
            index += 1
        }
        self.text = lines.joined(separator: "\n")
        self.lineMap = origin
        self.joins = joins
    }

    private static func nextNonBlank(_ lines: [String], after index: Int) -> Int? {
        var i = index
        while i < lines.count, lines[i].trimmingLeadingSpaces.isEmpty { i += 1 }
        return i < lines.count ? i : nil
    }

    static func shouldJoin(paragraph: [String], next: String) -> Bool {
        guard let first = paragraph.first, let last = paragraph.last else { return false }
        let head = first.trimmingLeadingSpaces
        // Indented code, headings, quotes, tables, HTML and list/section marker lines stand alone.
        if first.hasPrefix("    ") || first.hasPrefix("\t") { return false }
        if let c = head.first, "#>|<*_-+=".contains(c) { return false }
        if paragraph.count == 1 && head.hasFewerCharacters(than: 100) && startsWithMarker(head) { return false }
        // A piece shorter than a printed line is a heading or a signature, not a cut sentence.
        if paragraph.count == 1 && head.hasFewerCharacters(than: 60) { return false }
        let tail = last.trimming(" \t")
        guard let end = tail.last, !".:;!?…)”\"*_|".contains(end) else { return false }
        if tail.hasSuffix("  ") || tail.hasSuffix("\\") { return false }

        let continuation = next.trimmingLeadingSpaces
        guard let start = continuation.first else { return false }
        if start.isLowercase { return true }
        if start.isNumber {
            let digits = continuation.prefix(while: \.isNumber)
            if digits.count >= 3 { return true }
            let lastWord = FoldedText.key(String(tail.split(separator: " ").last ?? ""))
            let lastTwo = FoldedText.key(tail.split(separator: " ").suffix(2).joined(separator: " "))
            return numberTakingWords.contains(lastWord) || numberTakingWords.contains(lastTwo)
        }
        return false
    }

    /// "I.", "II-", "1.", "2)", "a)", "Một là," … at the start of a line.
    static func startsWithMarker(_ line: Substring) -> Bool {
        let token = line.prefix(while: { !$0.isWhitespace })
        guard let last = token.last, ".-)".contains(last) else { return false }
        let body = token.dropLast()
        return !body.isEmpty && (body.allSatisfy(\.isNumber) || body.allSatisfy({ "IVXLC".contains($0) }) || body.count == 1)
    }
}

extension String {
    var trimmingLeadingSpaces: Substring { drop(while: { $0 == " " || $0 == "\t" }) }

    func lastWords(_ count: Int) -> String {
        split(separator: " ").suffix(count).joined(separator: " ")
    }

    func firstWords(_ count: Int) -> String {
        split(separator: " ").prefix(count).joined(separator: " ")
    }
}

extension StringProtocol {
    /// Removes the characters in `characters` from both ends.
    /// One pass from each end: `Substring.dropLast()` in a loop recounts the string each time,
    /// and 100,000 trailing "_" took 45 s.
    package func trimming(_ characters: String) -> String {
        guard let first = firstIndex(where: { !characters.contains($0) }),
              let last = lastIndex(where: { !characters.contains($0) })
        else { return "" }
        return String(self[first...last])
    }
}
