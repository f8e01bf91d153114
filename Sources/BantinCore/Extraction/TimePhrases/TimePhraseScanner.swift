import Foundation
import LunarCalendar

/// A time phrase found by the scanner: its reading and the tokens it spans.
struct TimeMatch: Sendable {
    var kind: Deadline.Kind
    var start: CivilDate?
    var end: CivilDate?
    var tokens: Range<Int>
    /// Read only to be passed over whole: a dated span that names the past, not a time limit.
    var isPassedOver = false
    /// Tokens of a bracket inside the phrase that names one of its days another way ("(nhằm ngày
    /// 20/12 Âm lịch)"): left out of the deadline's text.
    var restated: Range<Int>?
}

/// Reads time phrases from the tokens of one text, left to right. At each token the phrase
/// readers are tried in a fixed order (most specific first); a phrase that is read is skipped
/// whole, so phrases never overlap.
///
/// The readers live in extensions, one kind of phrase per file: recurrence, "từ … đến …", Tết,
/// due dates, windows (month, quarter, half-year, year) and event days.
struct TimePhraseScanner {
    let tokens: [TimeToken]
    let context: TimeContext
    /// The original text and its folding, to look at capitals the folding has removed.
    let source: String
    let folded: FoldedText

    init(source: String, folded: FoldedText, context: TimeContext) {
        self.source = source
        self.folded = folded
        self.context = context
        self.tokens = TimeTokenizer.tokens(of: folded.bytes)
    }

    func matches() -> [TimeMatch] {
        var found: [TimeMatch] = []
        var index = 0
        var toldEnd: Int?
        // The end of a bracket that names the day just read another way ("(nhằm ngày 20/12 Âm lịch)").
        var glossEnd = 0
        while index < tokens.count {
            if let match = match(at: index) {
                if isToldEventDay(match) || glossesToldDay(match, toldEnd: toldEnd) {
                    toldEnd = match.tokens.upperBound
                } else if !match.isPassedOver, match.tokens.lowerBound >= glossEnd {
                    found.append(match)
                }
                glossEnd = max(glossEnd, self.glossEnd(after: match.tokens.upperBound) ?? 0)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private func match(at index: Int) -> TimeMatch? {
        // Cheap test first: every phrase starts with a vocabulary word, a number or "(".
        let token = tokens[index]
        guard token.word != nil || token.kind == .number || token.value == Mark.open else { return nil }
        return recurrence(at: index)
            ?? fromTo(at: index)
            ?? tetPhrase(at: index)
            ?? dueDate(at: index)
            ?? window(at: index)
            ?? eventDay(at: index)
    }
}

/// Punctuation bytes the readers look for.
enum Mark {
    static let slash = Int(UInt8(ascii: "/"))
    static let hyphen = Int(UInt8(ascii: "-"))
    static let dot = Int(UInt8(ascii: "."))
    static let comma = Int(UInt8(ascii: ","))
    static let colon = Int(UInt8(ascii: ":"))
    static let open = Int(UInt8(ascii: "("))
    static let close = Int(UInt8(ascii: ")"))
    /// Marks that end a clause: after one, a new action (and a new milestone) may start.
    static let clauseBoundaries: Set<Int> = Set(",;:.()!?".utf8.map(Int.init)).union([hyphen])
}

// MARK: - Token access

extension TimePhraseScanner {
    func word(_ index: Int) -> TimeWord? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
        return tokens[index].word
    }

    func isWord(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .word }

    /// True when the words at `index…` are exactly `words`.
    func words(_ index: Int, _ words: TimeWord...) -> Bool {
        for (offset, expected) in words.enumerated() where word(index + offset) != expected { return false }
        return true
    }

    func number(_ index: Int) -> TimeToken? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .number else { return nil }
        return tokens[index]
    }

    func mark(_ index: Int) -> Int? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .mark else { return nil }
        return tokens[index].value
    }

    /// True when token `index` and the next one touch, with no space between them.
    func touchesNext(_ index: Int) -> Bool {
        index >= 0 && index + 1 < tokens.count && tokens[index].end == tokens[index + 1].start
    }

    /// A four-digit year.
    func year(_ index: Int) -> Int? {
        guard let token = number(index), token.digitCount == 4, (1900...2199).contains(token.value) else { return nil }
        return token.value
    }

    /// True when a clause starts at `index`: at the start of the text or after a boundary mark.
    func isClauseStart(_ index: Int) -> Bool {
        index == 0 || mark(index - 1).map(Mark.clauseBoundaries.contains) == true
    }

    /// True when the word at `index` is written with a capital ("tháng Hai", not "tháng hai lần").
    func isCapitalized(_ index: Int) -> Bool {
        let offset = folded.origins[tokens[index].start]
        let utf8 = source.utf8
        let position = utf8.index(utf8.startIndex, offsetBy: offset)
        return source.unicodeScalars[position].properties.isUppercase
    }

    /// True when the word at `index` is written `spelling` (lowercase NFC), for words the folding
    /// merges ("mỗi" and "mới").
    func isSpelled(_ index: Int, _ spelling: String) -> Bool {
        self.spelling(index) == spelling
    }

    /// The word at `index` as written, lowercase NFC.
    func spelling(_ index: Int) -> String {
        let range = folded.originalRange(tokens[index].start..<tokens[index].end)
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(source[start..<end]).precomposedStringWithCanonicalMapping.lowercased()
    }

    /// A match over tokens `start..<end`.
    func matched(_ kind: Deadline.Kind, _ start: CivilDate?, _ end: CivilDate?, _ first: Int, _ next: Int) -> TimeMatch {
        TimeMatch(kind: kind, start: start, end: end, tokens: first..<next)
    }
}
