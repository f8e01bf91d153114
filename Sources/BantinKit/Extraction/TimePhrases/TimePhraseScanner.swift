import LunarCalendar

/// A time phrase found by the scanner: its reading and the tokens it spans.
struct TimeMatch: Sendable {
    var kind: Deadline.Kind
    var start: CivilDate?
    var end: CivilDate?
    var tokens: Range<Int>
    /// A phrase read only to be passed over whole: a span under review ("từ ngày 08/6 đến ngày
    /// 19/6/2026" before the meeting), whose parts must not be read again as deadlines.
    var isPassedOver = false
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
        while index < tokens.count {
            if let match = match(at: index) {
                if !match.isPassedOver { found.append(match) }
                index = restatementEnd(after: match) ?? match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// The end of a bracket right after `match` that says the same time again, which is not a
    /// second deadline: "(tức …)" in the other calendar ("mùng 9 tháng Giêng (tức ngày
    /// 25/02/2026)"), or any phrase with the same dates ("dịp Tết Trung thu (Rằm tháng Tám)").
    private func restatementEnd(after match: TimeMatch) -> Int? {
        let open = match.tokens.upperBound
        guard mark(open) == Mark.open else { return nil }
        if word(open + 1) == .tuc {
            var next = open + 2
            while next < tokens.count, next < open + 24 {
                if mark(next) == Mark.close { return next + 1 }
                next += 1
            }
            return nil
        }
        // The bracket is part of an anniversary phrase ("(25/9)") or around another phrase.
        if let inner = self.match(at: open), mark(inner.tokens.upperBound - 1) == Mark.close,
            inner.start == match.start, inner.end == match.end
        {
            return inner.tokens.upperBound
        }
        guard open + 1 < tokens.count, let inner = self.match(at: open + 1), mark(inner.tokens.upperBound) == Mark.close,
            inner.start == match.start, inner.end == match.end
        else { return nil }
        return inner.tokens.upperBound + 1
    }

    private func match(at index: Int) -> TimeMatch? {
        // Cheap test first: every phrase starts with one of a few words, a number or "(".
        let token = tokens[index]
        switch token.kind {
        case .word: guard token.word?.startsPhrase == true else { return nil }
        case .mark: guard token.value == Mark.open else { return nil }
        case .number: break
        }
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

    /// "/", "-" or ".": what joins the parts of a numeric date or a document code.
    static func isJoiner(_ mark: Int?) -> Bool { mark == slash || mark == hyphen || mark == dot }
    /// Marks that end a clause: after one, a new action (and a new milestone) may start. "|"
    /// separates the cells of a task table row.
    static let clauseBoundaries: Set<Int> = Set(",;:.()!?|".utf8.map(Int.init)).union([hyphen])
}

// MARK: - Token access

extension TimePhraseScanner {
    func word(_ index: Int) -> TimeWord? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
        return tokens[index].word
    }

    func isWord(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .word }

    /// True when the words at `index…` are exactly the ones given. (Fixed arities, not a
    /// variadic list: this runs for most tokens, and a variadic call allocates an array.)
    func words(_ index: Int, _ first: TimeWord, _ second: TimeWord) -> Bool {
        word(index) == first && word(index + 1) == second
    }

    func words(_ index: Int, _ first: TimeWord, _ second: TimeWord, _ third: TimeWord) -> Bool {
        words(index, first, second) && word(index + 2) == third
    }

    func words(_ index: Int, _ first: TimeWord, _ second: TimeWord, _ third: TimeWord, _ fourth: TimeWord) -> Bool {
        words(index, first, second, third) && word(index + 3) == fourth
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

    /// True when a clause starts at `index`: at the start of the text or of a line, or after a
    /// boundary mark.
    func isClauseStart(_ index: Int) -> Bool {
        index == 0 || mark(index - 1).map(Mark.clauseBoundaries.contains) == true || isLineBreak(before: index)
    }

    /// True when the original text breaks the line between token `index - 1` and token `index`
    /// (folding made the break a space): a list item or a table row ends there.
    func isLineBreak(before index: Int) -> Bool {
        guard index > 0, index < tokens.count else { return false }
        let from = folded.origins[tokens[index - 1].end]
        let to = folded.origins[tokens[index].start]
        guard from < to else { return false }
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: from)
        return utf8[start..<utf8.index(start, offsetBy: to - from)].contains(0x0A)
    }

    /// True when the word at `index` is written with a capital ("tháng Hai", not "tháng hai lần").
    func isCapitalized(_ index: Int) -> Bool {
        let offset = folded.origins[tokens[index].start]
        let utf8 = source.utf8
        let position = utf8.index(utf8.startIndex, offsetBy: offset)
        return source.unicodeScalars[position].properties.isUppercase
    }

    /// A phrase over tokens `first..<next` that gives no deadline.
    func passedOver(_ first: Int, _ next: Int) -> TimeMatch {
        TimeMatch(kind: .period, start: nil, end: nil, tokens: first..<next, isPassedOver: true)
    }

    /// A match over tokens `first..<next`. A due deadline is one day: its start is its end.
    func matched(_ kind: Deadline.Kind, _ start: CivilDate?, _ end: CivilDate?, _ first: Int, _ next: Int) -> TimeMatch {
        TimeMatch(kind: kind, start: kind == .due ? end : start, end: end, tokens: first..<next)
    }
}
