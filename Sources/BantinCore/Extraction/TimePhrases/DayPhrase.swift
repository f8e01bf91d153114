import LunarCalendar

/// A day as written, before its year is settled: "15/3", "15.3.2026", "ngày 15 tháng 3 năm 2026",
/// "Rằm tháng Giêng", "mùng 10 tháng 3 âm lịch", "23 tháng Chạp", or "ngày 20" with no month.
struct DayPhrase: Sendable {
    var day: Int
    var month: Int?
    var year: Int?
    var isLunar: Bool
    /// The index of the token after the phrase.
    var end: Int
}

extension TimePhraseScanner {
    /// Reads a day at `index`, after an optional "ngày". A day with no month ("ngày 20") is read
    /// only when `allowDayOnly`; the caller must then find what it repeats with ("hằng tháng").
    ///
    /// A day is lunar only when marked so: "âm lịch" after it, the months Giêng and Chạp, or the
    /// day words rằm and mùng/mồng with a spelled-out month ("mùng 10 tháng 3"). "Mồng 2/9"
    /// written with a slash is the everyday way to name a solar holiday, so it stays solar.
    func day(at index: Int, allowDayOnly: Bool = false) -> DayPhrase? {
        var i = index
        let saysNgay = word(i) == .ngay
        if saysNgay { i += 1 }
        var phrase: DayPhrase?
        if word(i) == .ram, word(i + 1) == .thang, let month = monthName(at: i + 2) {
            phrase = DayPhrase(day: 15, month: month.number, year: nil, isLunar: true, end: month.end)
        } else if word(i) == .mung || word(i) == .mong, let day = number(i + 1), (1...30).contains(day.value) {
            if word(i + 2) == .tet {
                phrase = DayPhrase(day: day.value, month: 1, year: nil, isLunar: true, end: i + 3)
            } else if let numeric = numericDate(at: i + 1) {
                phrase = numeric
            } else if word(i + 2) == .thang, let month = monthName(at: i + 3) {
                phrase = DayPhrase(day: day.value, month: month.number, year: nil, isLunar: true, end: month.end)
            } else if allowDayOnly {
                // "từ mùng 6 đến hết mùng 8 tháng Giêng": the first day borrows the second's month.
                phrase = DayPhrase(day: day.value, month: nil, year: nil, isLunar: true, end: i + 2)
            }
        } else if let day = number(i), (1...31).contains(day.value) {
            if let numeric = numericDate(at: i, afterNgay: saysNgay) {
                phrase = numeric
            } else if word(i + 1) == .thang, let month = monthName(at: i + 2) {
                // A month spelled as a word ("tháng Tám") is accepted only if the day turns out lunar.
                phrase = DayPhrase(
                    day: day.value, month: month.number, year: nil, isLunar: month.isLunarName, end: month.end)
                if let year = yearSuffix(at: month.end, allowSlash: false) {
                    phrase?.year = year.value
                    phrase?.end = year.end
                }
                if month.isWord, !month.isLunarName, !hasLunarMarker(at: phrase!.end) { return nil }
            } else if saysNgay, allowDayOnly {
                phrase = DayPhrase(day: day.value, month: nil, year: nil, isLunar: false, end: i + 1)
            }
        }
        guard var phrase else { return nil }
        if let markerEnd = lunarMarkerEnd(at: phrase.end) {
            phrase.isLunar = true
            phrase.end = markerEnd
        }
        return isPossible(phrase) ? phrase : nil
    }

    /// "15/3", "15-3", "15/03/2026", "15.3.2026": day and month (and year) joined by one kind of
    /// separator with no spaces. A dotted date needs its year ("1.5" is a decimal). A date that is
    /// glued to letters or more numbers is part of a code ("12/KH-UBND", "15/3/QĐ") and is refused.
    /// `afterNgay`: the number follows "ngày", so "25.3" is a day and a month (the newspapers' D.M,
    /// "trước ngày 25.3"), not a decimal; without "ngày" a dotted date needs its year ("15.3.2026").
    func numericDate(at index: Int, afterNgay: Bool = false) -> DayPhrase? {
        guard let day = number(index), let separator = mark(index + 1), let month = number(index + 2),
            [Mark.slash, Mark.hyphen, Mark.dot].contains(separator), touchesNext(index), touchesNext(index + 1),
            (1...31).contains(day.value), (1...12).contains(month.value), day.digitCount <= 2, month.digitCount <= 2
        else { return nil }
        var phrase = DayPhrase(day: day.value, month: month.value, year: nil, isLunar: false, end: index + 3)
        if mark(index + 3) == separator, touchesNext(index + 2), touchesNext(index + 3), number(index + 4) != nil {
            guard let year = year(index + 4) else { return nil }
            phrase.year = year
            phrase.end = index + 5
        }
        if separator == Mark.dot, phrase.year == nil, !afterNgay { return nil }
        if isGluedToCode(before: index) || isGluedToCode(after: phrase.end) { return nil }
        return phrase
    }

    /// A month after "tháng": a number, or a word (Giêng, Hai … Mười một, Chạp).
    func monthName(at index: Int) -> (number: Int, isWord: Bool, isLunarName: Bool, end: Int)? {
        if let month = number(index) {
            guard (1...12).contains(month.value), month.digitCount <= 2 else { return nil }
            return (month.value, false, false, index + 1)
        }
        guard let name = word(index), let month = name.monthNumber else { return nil }
        if name == .muoi, word(index + 1) == .mot { return (11, true, false, index + 2) }
        return (month, true, name == .gieng || name == .chap, index + 1)
    }

    /// "/2026", "-2026", ".2026" glued to the month, or "năm 2026"; "năm nay" is the meeting's year.
    /// `value` is nil for "năm nay" when the meeting date is unknown.
    func yearSuffix(at index: Int, allowSlash: Bool = true) -> (value: Int?, end: Int)? {
        // "tháng 5.2020": the newspapers' dot before a year.
        if allowSlash, let separator = mark(index), separator == Mark.slash || separator == Mark.hyphen || separator == Mark.dot,
            touchesNext(index - 1), touchesNext(index), let year = year(index + 1)
        {
            return (year, index + 2)
        }
        if word(index) == .nam {
            if let year = year(index + 1) { return (year, index + 2) }
            if word(index + 1) == .nay { return (context.meetingDate?.year, index + 2) }
        }
        return nil
    }

    /// The end of "âm lịch" or "(âm lịch)" at `index`, if it is there.
    func lunarMarkerEnd(at index: Int) -> Int? {
        if words(index, .am, .lich) { return index + 2 }
        if mark(index) == Mark.open, words(index + 1, .am, .lich), mark(index + 3) == Mark.close { return index + 4 }
        return nil
    }

    func hasLunarMarker(at index: Int) -> Bool { lunarMarkerEnd(at: index) != nil }

    /// The solar day a phrase names. The year is the written one, else `year`, else inferred from
    /// the meeting; nil when it cannot be known or the lunar day does not exist that year.
    func date(of phrase: DayPhrase, year: Int? = nil) -> CivilDate? {
        guard let month = phrase.month else { return nil }
        if phrase.isLunar {
            guard let lunarYear = phrase.year ?? year ?? context.lunarYear(forMonth: month) else { return nil }
            return context.solarDate(lunarYear: lunarYear, month: month, day: phrase.day)
        }
        guard let solarYear = phrase.year ?? year ?? context.solarYear(forMonth: month) else { return nil }
        return CivilDate(year: solarYear, month: month, day: phrase.day)
    }

    /// True when the text names an old year (more than a year before the meeting): a date of
    /// history or of a document ("thành lập Đảng 3/2/1930"), not a time limit.
    func isHistorical(_ phrase: DayPhrase) -> Bool {
        guard let year = phrase.year, let meeting = context.meetingDate else { return false }
        return year < meeting.year - 1
    }

    private func isPossible(_ phrase: DayPhrase) -> Bool {
        guard let month = phrase.month else { return true }
        if phrase.isLunar { return phrase.day <= 30 }
        // 29/2 with no year is possible; the year check comes when the year is known.
        return phrase.day <= CivilDate.daysIn(month: month, year: phrase.year ?? 2024)
    }

    private func isGluedToCode(before index: Int) -> Bool {
        guard touchesNext(index - 1) else { return false }
        if isWord(index - 1) || number(index - 1) != nil { return true }
        return [Mark.slash, Mark.hyphen, Mark.dot].contains(mark(index - 1) ?? 0) && touchesNext(index - 2)
    }

    private func isGluedToCode(after index: Int) -> Bool {
        guard touchesNext(index - 1), index < tokens.count else { return false }
        if isWord(index) || number(index) != nil { return true }
        guard [Mark.slash, Mark.hyphen].contains(mark(index) ?? 0), touchesNext(index) else { return false }
        return isWord(index + 1) || number(index + 1) != nil
    }
}
