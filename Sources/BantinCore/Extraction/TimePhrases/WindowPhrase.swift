import LunarCalendar

/// A span of time as written: "tháng 02/2026", "tháng Giêng", "quý II/2026", "6 tháng đầu năm",
/// "5 tháng cuối năm 2018", "năm 2026". Its year may be missing; it is settled when the dates are computed.
struct WindowPhrase: Sendable {
    enum Span: Sendable {
        case month(Int)
        case lunarMonth(Int)
        case quarter(Int)
        /// The first or last `months` months of a year: "6 tháng đầu năm", "5 tháng cuối năm".
        case part(months: Int, first: Bool)
        case year
    }

    var span: Span
    /// The written year; nil when not written (or "năm nay" with no meeting date).
    var year: Int?
    /// The index of the token after the phrase.
    var end: Int

    /// A solar or lunar month.
    var isMonth: Bool {
        switch span {
        case .month, .lunarMonth: true
        default: false
        }
    }

    var isPartOfYear: Bool {
        if case .part = span { return true }
        return false
    }

    var isWholeYear: Bool {
        if case .year = span { return true }
        return false
    }

    /// The first month, from which a missing year is inferred.
    var firstMonth: Int {
        switch span {
        case .month(let month), .lunarMonth(let month): month
        case .quarter(let quarter): quarter * 3 - 2
        case .part(let months, let first): first ? 1 : 13 - months
        case .year: 1
        }
    }
}

extension TimePhraseScanner {
    /// Reads a window at `index`: "tháng …", "quý …", "6 tháng đầu/cuối năm …", "năm YYYY".
    /// Plans and reviews count months from either end of the year, not only by halves: "5 tháng
    /// cuối năm 2018", "9 tháng đầu năm", "sáu tháng cuối năm".
    func windowPhrase(at index: Int) -> WindowPhrase? {
        switch word(index) {
        case .thang: return monthWindow(at: index)
        case .quy:
            let quarter: Int
            if let roman = word(index + 1)?.romanNumber {
                quarter = roman
            } else if let digit = number(index + 1), digit.digitCount == 1, (1...4).contains(digit.value) {
                quarter = digit.value
            } else {
                return nil
            }
            return withYear(WindowPhrase(span: .quarter(quarter), year: nil, end: index + 2))
        case .nam:
            if let year = year(index + 1) { return WindowPhrase(span: .year, year: year, end: index + 2) }
            if word(index + 1) == .nay, let meeting = context.meetingDate {
                return WindowPhrase(span: .year, year: meeting.year, end: index + 2)
            }
            return nil
        case .sau:  // "sáu tháng đầu năm"
            return partOfYear(months: 6, at: index + 1)
        default:
            guard let count = number(index), (1...11).contains(count.value), count.digitCount <= 2 else { return nil }
            return partOfYear(months: count.value, at: index + 1)
        }
    }

    /// The first and last days of a window; nil when its year cannot be known.
    func dates(of window: WindowPhrase, year: Int? = nil) -> (start: CivilDate, end: CivilDate)? {
        if case .lunarMonth(let month) = window.span {
            guard let lunarYear = window.year ?? year ?? context.lunarYear(forMonth: month) else { return nil }
            return context.lunarMonth(year: lunarYear, month: month)
        }
        guard let solarYear = window.year ?? year ?? (window.isWholeYear ? nil : context.solarYear(forMonth: window.firstMonth)),
            let start = CivilDate(year: solarYear, month: window.firstMonth, day: 1)
        else { return nil }
        let months: Int
        switch window.span {
        case .month: months = 1
        case .quarter: months = 3
        case .part(let count, _): months = count
        case .year, .lunarMonth: months = 12
        }
        return (start, start.startOfMonth(adding: months).adding(days: -1))
    }

    /// True when the window ended before the meeting: a period under review ("kết quả trong
    /// tháng 01/2026" read in March), not a time limit.
    func isPast(_ dates: (start: CivilDate, end: CivilDate)?) -> Bool {
        guard let dates, let meeting = context.meetingDate else { return false }
        return dates.end < meeting
    }

    private func monthWindow(at index: Int) -> WindowPhrase? {
        guard let month = monthName(at: index + 1) else { return nil }
        if month.isWord {
            // "tháng Hai" is a month only when capitalised and not "tháng hai lần".
            if !month.isLunarName, !isCapitalized(index + 1) || word(month.end) == .lan { return nil }
        } else if mark(month.end) == Mark.slash, touchesNext(month.end - 1), year(month.end + 1) == nil {
            return nil  // "tháng 3/15…" is not a month and a year
        }
        var window = withYear(WindowPhrase(span: .month(month.number), year: nil, end: month.end))
        if month.isLunarName {
            window.span = .lunarMonth(month.number)
        }
        if let markerEnd = lunarMarkerEnd(at: window.end) {
            window.span = .lunarMonth(month.number)
            window.end = markerEnd
        }
        return window
    }

    /// "tháng đầu năm (2026)", "tháng cuối năm", after the number of months at `index - 1`.
    private func partOfYear(months: Int, at index: Int) -> WindowPhrase? {
        guard word(index) == .thang, word(index + 2) == .nam, let half = word(index + 1), half == .dau || half == .cuoi
        else { return nil }
        var window = WindowPhrase(span: .part(months: months, first: half == .dau), year: nil, end: index + 3)
        if let year = year(index + 3) {
            window.year = year
            window.end = index + 4
        } else if word(index + 3) == .nay {
            window.year = context.meetingDate?.year
            window.end = index + 4
        }
        return window
    }

    private func withYear(_ window: WindowPhrase) -> WindowPhrase {
        guard let suffix = yearSuffix(at: window.end) else { return window }
        var window = window
        window.year = suffix.value
        window.end = suffix.end
        return window
    }
}
