/// Cuts running text into the pieces the directive rules work on: lines, item markers, sentences
/// and ";" clauses. Ranges are UTF-8 ranges of a `ProseText`.
///
/// The rules are those of text pasted from a web page or a Word file:
/// - a line break inside a paragraph ends a line; a line is read on its own ("one directive per
///   line" notices);
/// - a line may open with an item marker: a bullet (`-` `+` `•` `*` `–`), a number (`1.` `1)`
///   `1/`), a letter (`a)` `a.`), a run-in ordinal ("Thứ nhất,", "Một là,") or a topic run-in
///   ("Về sản xuất nông nghiệp: …");
/// - a sentence ends at `.` `!` `?` `…` followed by a capital, with or without a space ("xã.Phát
///   biểu"), but not inside a number ("15.3.2026"), after an abbreviation or an initial ("TP.",
///   "Q.", "v.v.", "Nguyễn V. An") nor in an all-capitals run ("TP.HCM");
/// - ";" separates clauses of one sentence.
enum ProseSegmenter {
    /// The lines of `range` (split at line breaks), trimmed, empty ones left out. A break that
    /// only wraps a sentence is no line end: text copied from a printed page or a PDF keeps the
    /// page's line breaks ("… chỉ đạo phòng, chống⏎dịch tả lợn …", "… Thứ⏎hai, huy động …"), and
    /// a line that ends with no mark of its own, before a line that goes on in lower case, is one
    /// line with it. A line that ends with a mark, or a next line that opens with a capital, a
    /// digit or an item marker, still ends a line ("one directive per line" notices).
    static func lines(of text: ProseText, in range: Range<Int>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = range.lowerBound
        for position in range where text.bytes[position] == 0x0A {
            if isWrap(text, before: start..<position, next: position + 1, limit: range.upperBound) { continue }
            lines.append(text.trimmed(start..<position))
            start = position + 1
        }
        lines.append(text.trimmed(start..<range.upperBound))
        return lines.filter { !$0.isEmpty }
    }

    /// Whether the line break after `line` only wraps the sentence going on at `next`.
    private static func isWrap(_ text: ProseText, before line: Range<Int>, next: Int, limit: Int) -> Bool {
        let line = text.trimmed(line)
        guard !line.isEmpty, let last = text.scalar(before: line.upperBound) else { return false }
        // A mark ends the line: a sentence, a clause, a label or a bracket.
        if !(last.properties.isAlphabetic || last.value == UInt32(UInt8(ascii: ","))) { return false }
        var position = next
        while position < limit, text.bytes[position] == 0x20 || text.bytes[position] == 0x09 { position += 1 }
        guard position < limit, let first = text.scalar(at: position) else { return false }
        return first.properties.isLowercase
    }

    /// Sentences of a line, trimmed. "./." (the end mark of a document) ends a sentence.
    static func sentences(of text: ProseText, in range: Range<Int>) -> [Range<Int>] {
        let bytes = text.bytes
        var sentences: [Range<Int>] = []
        var start = range.lowerBound
        var position = range.lowerBound
        while position < range.upperBound {
            let byte = bytes[position]
            var end: Int?  // offset after the sentence's final mark
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                var after = position + 1
                // "./.", "…/.", "..." and "?!" end together.
                while after < range.upperBound, [UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[after]) {
                    after += 1
                }
                if isSentenceEnd(text, markAt: position, after: after, limit: range.upperBound) { end = after }
                position = after
            } else if byte == 0xE2, position + 2 < bytes.count, bytes[position + 1] == 0x80, bytes[position + 2] == 0xA6 {
                // "…" (U+2026)
                let after = position + 3
                if after >= range.upperBound || text.startsWithCapital(at: after, before: range.upperBound) && bytes[after] == 0x20 {
                    end = after
                }
                position = after
            } else {
                position += 1
            }
            if let end {
                let sentence = text.trimmed(start..<end)
                if !sentence.isEmpty { sentences.append(sentence) }
                start = end
            }
        }
        let last = text.trimmed(start..<range.upperBound)
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }

    /// Whether the mark at `markAt` (with further marks up to `after`) ends a sentence.
    private static func isSentenceEnd(_ text: ProseText, markAt mark: Int, after: Int, limit: Int) -> Bool {
        let bytes = text.bytes
        if after >= limit { return true }
        let isDot = bytes[mark] == UInt8(ascii: ".") && after == mark + 1
        // A number: "15.3.2026", "50.000".
        if isDot, mark > 0, isDigit(bytes[mark - 1]), isDigit(bytes[after]) { return false }
        let spaced = bytes[after] == 0x20 || bytes[after] == 0x09
        guard text.startsWithCapital(at: after, before: limit) || (spaced && isDigit(firstNonSpace(bytes, after, limit))) else {
            return false
        }
        guard isDot else { return true }
        let word = wordBefore(text, mark)
        if abbreviations.contains(word) { return false }
        // An initial or a short capital code ("V.", "TP.", "Q.") is no sentence end.
        // A Roman numeral after a lower-case word ends a name ("… theo Điều lệ MTTQ Việt Nam khóa IX. Theo đó, …").
        if let first = word.unicodeScalars.first, first.properties.isUppercase, word.count <= 2,
           !(word.allSatisfy { "IVXLC".contains($0) } && followsLowerCaseWord(text, wordStart: mark - word.utf8.count)) {
            return false
        }
        if !spaced {
            // "xã.Phát biểu" ends a sentence; "TP.HCM" and "ĐẢNG.ỦY" do not: the word before must be lower case.
            guard let last = word.unicodeScalars.last, last.properties.isLowercase else { return false }
        }
        return true
    }

    /// Abbreviations written with a full stop in administrative texts.
    private static let abbreviations: Set<String> = ["TP", "Tp", "tp", "TX", "Q", "P", "TT", "TS", "ThS", "PGS", "GS", "BS", "KS", "CN",
                                                      "v.v", "vv", "đ/c", "Đ/c", "St", "Ths", "Đ", "đ", "ông", "bà"]

    /// Whether the word ending one space before `wordStart` starts in lower case ("khóa" before "IX").
    private static func followsLowerCaseWord(_ text: ProseText, wordStart: Int) -> Bool {
        guard wordStart >= 2, text.bytes[wordStart - 1] == 0x20 else { return false }
        return wordBefore(text, wordStart - 1).unicodeScalars.first?.properties.isLowercase == true
    }

    private static func wordBefore(_ text: ProseText, _ end: Int) -> String {
        var start = end
        while start > 0 {
            let byte = text.bytes[start - 1]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") { break }
            start -= 1
        }
        return text.string(start..<end)
    }

    private static func firstNonSpace(_ bytes: [UInt8], _ from: Int, _ limit: Int) -> UInt8 {
        var position = from
        while position < limit, bytes[position] == 0x20 { position += 1 }
        return position < limit ? bytes[position] : 0
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The ";"-separated clauses of a sentence, trimmed (a clause keeps its own ";" off).
    static func clauses(of text: ProseText, in range: Range<Int>) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        for position in range {
            switch text.bytes[position] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth = max(0, depth - 1)
            case UInt8(ascii: ";") where depth == 0:
                let clause = text.trimmed(start..<position)
                if !clause.isEmpty { clauses.append(clause) }
                start = position + 1
            default: break
            }
        }
        let last = text.trimmed(start..<range.upperBound, marks: [UInt8(ascii: ";")])
        if !last.isEmpty { clauses.append(last) }
        return clauses
    }

    // MARK: - Item markers

    /// How an item opens.
    enum Marker: Equatable {
        /// "-", "+", "•", "*", "–" …
        case bullet(String)
        /// "1.", "2)", "3/", "a)", "b."
        case number(String)
        /// "Thứ nhất", "Một là" (`value` 1 …)
        case ordinal(String, value: Int)
        /// "Về …:" — a topic run-in: the item's subject area, not a unit.
        case topic

        var label: String {
            switch self {
            case .bullet(let mark), .number(let mark), .ordinal(let mark, _): return mark
            case .topic: return ""
            }
        }
    }

    private static let bulletScalars: Set<UInt32> = [
        0x2D, 0x2B, 0x2A, 0x2022, 0x2013, 0x2014, 0x00B7, 0x25CF, 0x25CB, 0x25AA, 0x25A0, 0x2023, 0xF0B7, 0x2212, 0x27A2, 0x2666,
    ]

    /// The marker that opens `range`, and where the item's words start.
    static func marker(of text: ProseText, in range: Range<Int>) -> (marker: Marker, contentStart: Int)? {
        let bytes = text.bytes
        guard !range.isEmpty, let first = text.scalar(at: range.lowerBound) else { return nil }
        let width = first.utf8.count
        // Bullets: a bullet scalar then a space.
        if bulletScalars.contains(first.value), range.lowerBound + width < range.upperBound,
           bytes[range.lowerBound + width] == 0x20 {
            return (.bullet(String(first)), text.trimmed(range.lowerBound + width..<range.upperBound).lowerBound)
        }
        // Numbers and letters: "1." "12)" "1/" "a)" "b." followed by a space (or "1/" glued to a word).
        var position = range.lowerBound
        while position < range.upperBound, position - range.lowerBound < 2, isDigit(bytes[position]) { position += 1 }
        let digits = position - range.lowerBound
        var isLetter = false
        if digits == 0, position < range.upperBound, bytes[position] >= UInt8(ascii: "a"), bytes[position] <= UInt8(ascii: "z") {
            position += 1
            isLetter = true
        }
        if (digits > 0 || isLetter), position < range.upperBound {
            let mark = bytes[position]
            let allowed: [UInt8] = isLetter ? [UInt8(ascii: ")"), UInt8(ascii: ".")] : [UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: "/")]
            // "1.Chọn tổ dân phố số 06 …": a number glued to the capital of its item, as pasted text has it.
            let gluedCapital = digits > 0 && mark == UInt8(ascii: ".") && position + 1 < range.upperBound
                && text.scalar(at: position + 1)?.properties.isUppercase == true
            if allowed.contains(mark), position + 1 < range.upperBound,
               bytes[position + 1] == 0x20 || (mark == UInt8(ascii: "/") && !isDigit(bytes[position + 1])) || gluedCapital {
                // "2/9" is a date, "1.5" a number: the mark must be followed by a space or a letter.
                let label = text.string(range.lowerBound..<position + 1)
                return (.number(label), text.trimmed(position + 1..<range.upperBound).lowerBound)
            }
        }
        // Run-in ordinals.
        let head = text.string(range.lowerBound..<min(range.upperBound, range.lowerBound + 40))
        if let (value, label) = VietnameseOrdinal.label(in: head) {
            let end = range.lowerBound + label.utf8.count
            var start = end
            while start < range.upperBound, [0x20, UInt8(ascii: ","), UInt8(ascii: ":")].contains(bytes[start]) { start += 1 }
            // "Thứ⏎hai" where a page's line wrapped it is the label "Thứ hai".
            return (.ordinal(label.replacingOccurrences(of: "\n", with: " "), value: value), start)
        }
        if isTopicRunIn(text, range) { return (.topic, range.lowerBound) }
        return nil
    }

    /// "Về sản xuất nông nghiệp: …", "Về xây dựng Nông thôn mới như: …", "Đối với công tác Đảng: …":
    /// "Về" and a short noun phrase ending at a colon.
    static func isTopicRunIn(_ text: ProseText, _ range: Range<Int>) -> Bool {
        let words = text.words(in: range.lowerBound..<min(range.upperBound, range.lowerBound + 120))
        guard let first = words.first, first.key == "ve" || (words.count > 2 && first.key == "doi" && words[1].key == "voi") else {
            return false
        }
        // The colon must come within eight words, before any sentence or clause mark.
        let limit = min(words.count, 10)
        for index in 1..<limit {
            let gapStart = words[index - 1].original.upperBound
            let gapEnd = words[index].original.lowerBound
            let gap = text.bytes[gapStart..<gapEnd]
            if gap.contains(UInt8(ascii: ":")) { return index >= 2 }
            if gap.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") }) { return false }
        }
        if let last = words.prefix(limit).last, limit == words.count {
            return text.bytes[last.original.upperBound..<range.upperBound].first == UInt8(ascii: ":")
        }
        return false
    }
}
