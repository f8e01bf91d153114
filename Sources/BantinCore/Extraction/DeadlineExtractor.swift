import LunarCalendar

/// Finds time expressions in a task's text and normalises them (domain.md §2.2).
///
/// The text is folded (diacritics, case, NFC/NFD and tone placement do not matter) and cut into
/// words, numbers and marks; `TimePhraseScanner` reads the phrases left to right. Each deadline
/// keeps the exact source phrase and its UTF-8 range in `text` (a bracket inside it that restates
/// one of its days, "(nhằm ngày 20/12 Âm lịch)", is left out of the phrase, not of the range).
///
/// What is read, in short: due dates ("trước ngày 15/3", "chậm nhất ngày 25/3", "trước Tết"),
/// event days ("(03/02)", "Rằm tháng Giêng"), periods ("trong quý I", "dịp Tết", "từ … đến …"),
/// month milestones ("tháng 03/2026 tổ chức lấy ý kiến"), repeats ("hằng tháng", "định kỳ").
/// What is never read as a deadline: terms of office ("nhiệm kỳ 2026-2031"), document numbers and
/// their dates, a bare "năm 2026" naming a campaign, counts and percentages, urgency words.
public struct DeadlineExtractor: Sendable {
    /// The meeting date: years missing from a date are taken from it (rolling into the next year
    /// across December), and "trước Tết" means the Tết after it.
    public var meetingDate: CivilDate?

    /// The last day of a schedule read before this text (see `TimeContext.scheduleDay`).
    public var scheduleDay: CivilDate?

    /// The lunar year of the Tết the document's title names (see `TimeContext.occasionTetYear`).
    public var occasionTetYear: Int?

    public init(meetingDate: CivilDate?, scheduleDay: CivilDate? = nil, occasionTetYear: Int? = nil) {
        self.meetingDate = meetingDate
        self.scheduleDay = scheduleDay
        self.occasionTetYear = occasionTetYear
    }

    /// The lunar year of the first Tết `title` names with its year, if any.
    public static func namedTetYear(in title: String) -> Int? {
        let folded = FoldedText(title)
        return TimePhraseScanner(source: title, folded: folded, context: TimeContext(meetingDate: nil)).firstNamedTetYear()
    }

    /// Every deadline in `text`, in text order, each with its UTF-8 range in `text`.
    public func deadlines(in text: String) -> [Deadline] {
        let folded = FoldedText(text)
        let scanner = TimePhraseScanner(source: text, folded: folded, context: TimeContext(meetingDate: meetingDate, scheduleDay: scheduleDay, occasionTetYear: occasionTetYear))
        return scanner.matches().map { match in
            let first = scanner.tokens[match.tokens.lowerBound]
            let last = scanner.tokens[match.tokens.upperBound - 1]
            let range = folded.originalRange(first.start..<last.end)
            var phrase = Self.slice(text, range)
            if let restated = match.restated {
                let open = folded.originalRange(scanner.tokens[restated.lowerBound].start..<scanner.tokens[restated.upperBound - 1].end)
                var before = Self.slice(text, range.lowerBound..<open.lowerBound)
                while before.last?.isWhitespace == true { before.removeLast() }
                phrase = before + " " + Self.slice(text, open.upperBound..<range.upperBound).drop(while: \.isWhitespace)
            }
            return Deadline(kind: match.kind, start: match.start, end: match.end, text: phrase, range: range)
        }
    }

    private static func slice(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(text[start..<end])
    }
}
