extension TimePhraseScanner {
    /// "từ ngày 14/2 đến hết ngày 22/2/2026", "từ ngày 14 đến ngày 22/2", "từ tháng 3 đến tháng
    /// 5/2026" → period; "từ ngày 1 đến ngày 5 hằng tháng" → recurring; "từ nay đến …" → due.
    /// The start borrows the end's month and year when it leaves them out.
    ///
    /// A span that ended before the meeting and is followed in its clause by "đã" ("lập danh sách
    /// những người … từ ngày 14/4/2021 đến ngày 04/5/2021 đã đến …") qualifies facts already past —
    /// who came, what happened — and never says when the work is due: it is passed over whole, so
    /// its "đến ngày …" is not read again as a limit.
    func fromTo(at index: Int) -> TimeMatch? {
        guard var match = span(at: index) else { return nil }
        if match.kind == .period, let start = match.start, let end = match.end, isPast((start, end)),
           qualifiesPastFact(after: match.tokens.upperBound) {
            match.isPassedOver = true
        }
        return match
    }

    /// True when "đã" follows within the clause (another span joined by "và" may come between).
    private func qualifiesPastFact(after index: Int) -> Bool {
        var next = index
        while next < tokens.count, next - index < 24 {
            if let mark = mark(next), Mark.clauseBoundaries.contains(mark) { return false }
            if isWord(next), isSpelled(next, "đã") { return true }
            next += 1
        }
        return false
    }

    private func span(at index: Int) -> TimeMatch? {
        guard word(index) == .tu else { return nil }
        if word(index + 1) == .nay, word(index + 2) == .den, let due = dueDate(at: index + 2) {
            return matched(.due, due.start, due.end, index, due.tokens.upperBound)
        }
        // "từ 17 giờ ngày 27 …", "từ chiều ngày 31/12/2025 …", "từ thứ Hai, ngày 16/02/2026 …".
        let firstIndex = skippingTimeOfDay(at: index + 1) ?? index + 1
        if let range = compactDayRange(at: firstIndex) {
            return matched(.period, range.start, range.end, index, range.next)
        }
        if let (first, second) = gluedDayPair(at: firstIndex) {
            return dayRange(first, second, from: index)
        }
        // "… cho đến hết ngày …" reads as "… đến hết ngày …"; in "từ ngày 30/01/2024 (nhằm ngày 20/12
        // Âm lịch) đến …" the bracket restates the first day and is left out of the phrase's text.
        let first = day(at: firstIndex, allowDayOnly: true)
        let restated = first.flatMap { first in glossEnd(after: first.end).map { first.end..<$0 } }
        let afterFirst = restated?.upperBound ?? first?.end ?? firstIndex
        if let first, word(afterFirst) == .den || word(afterFirst) == .cho && word(afterFirst + 1) == .den {
            let to = word(afterFirst) == .cho ? afterFirst + 1 : afterFirst
            var secondIndex = word(to + 1) == .het ? to + 2 : to + 1
            secondIndex = skippingTimeOfDay(at: secondIndex) ?? secondIndex
            // "từ ngày 12.3 đến 30.4": the "ngày" before the first day governs the second too.
            guard let second = day(at: secondIndex, allowDayOnly: true) ?? dottedDay(at: secondIndex, after: firstIndex) else { return nil }
            if let unitEnd = recurrenceUnitEnd(at: second.end) {
                return boundedRecurrence(from: index, to: unitEnd)
            }
            guard second.month != nil else { return nil }
            var match = dayRange(first, second, from: index)
            match.restated = restated
            return match
        }
        // "từ ngày 14/11 - 30/12/2025", "diễn ra từ ngày 15/11/2025 – 15/4/2026": a dash between two
        // days, each with its month, is "đến".
        if let first = day(at: firstIndex), first.month != nil, let dash = mark(first.end), dash == Mark.hyphen || dash == 0x80,
           let second = day(at: first.end + 1) ?? dottedDay(at: first.end + 1, after: firstIndex), second.month != nil {
            return dayRange(first, second, from: index)
        }
        if let first = windowPhrase(at: index + 1), word(first.end) == .den {
            let secondIndex = word(first.end + 1) == .het ? first.end + 2 : first.end + 1
            guard let second = windowPhrase(at: secondIndex) else { return nil }
            let end = dates(of: second)
            // The first window takes the second's year, a year earlier if its month is later.
            let startYear = end.map { first.firstMonth > second.firstMonth ? $0.start.year - 1 : $0.start.year }
            let start = dates(of: first, year: startYear)
            return matched(.period, start?.start, end?.end, index, second.end)
        }
        return nil
    }

    /// The second day of a range written as the newspapers write days, "từ ngày 12.3-30.4": a dotted
    /// day and month is a day (not a decimal) when the range's first day follows "ngày".
    private func dottedDay(at index: Int, after first: Int) -> DayPhrase? {
        guard word(first) == .ngay, mark(index + 1) == Mark.dot else { return nil }
        return numericDate(at: index, afterNgay: true)
    }

    /// "từ ngày 12.3-30.4", "từ ngày 14/11-30/12/2025": two days written alike and joined by a
    /// hyphen with no spaces, which alone would look like a code ("12/KH-UBND").
    private func gluedDayPair(at index: Int) -> (DayPhrase, DayPhrase)? {
        let start = word(index) == .ngay ? index + 1 : index
        guard let separator = mark(start + 1), separator == Mark.slash || separator == Mark.dot, mark(start + 3) == Mark.hyphen,
              mark(start + 5) == separator, (start..<start + 6).allSatisfy(touchesNext) else { return nil }
        var numbers: [Int] = []
        for offset in [0, 2, 4, 6] {
            guard let token = number(start + offset), token.digitCount <= 2 else { return nil }
            numbers.append(token.value)
        }
        guard (1...31).contains(numbers[0]), (1...12).contains(numbers[1]), (1...31).contains(numbers[2]), (1...12).contains(numbers[3])
        else { return nil }
        var end = start + 7
        var year: Int?
        if mark(end) == separator, touchesNext(end - 1), touchesNext(end), let written = self.year(end + 1) {
            year = written
            end += 2
        }
        // Glued to more letters or numbers, it is a code after all.
        if end < tokens.count, touchesNext(end - 1), isWord(end) || number(end) != nil { return nil }
        return (DayPhrase(day: numbers[0], month: numbers[1], year: year, isLunar: false, end: start + 3),
                DayPhrase(day: numbers[2], month: numbers[3], year: year, isLunar: false, end: end))
    }

    /// "từ 07-09/4/2018", "từ ngày 18-20/4/2018", "từ ngày 09 – 10/3/2019": after "từ", two days of
    /// one month joined by a dash (a hyphen or an en dash, with or without spaces), the month (and
    /// year) written once.
    func compactDayRange(at index: Int) -> (start: CivilDate?, end: CivilDate?, next: Int)? {
        let first = word(index) == .ngay ? index + 1 : index
        guard let d1 = number(first), let d2 = number(first + 2), let dash = mark(first + 1), dash == Mark.hyphen || dash == 0x80,
              d1.digitCount <= 2, d2.digitCount <= 2, (1...31).contains(d1.value), (1...31).contains(d2.value), d1.value < d2.value,
              mark(first + 3) == Mark.slash, touchesNext(first + 2), touchesNext(first + 3), let month = number(first + 4),
              month.digitCount <= 2, (1...12).contains(month.value) else { return nil }
        var next = first + 5
        var year: Int?
        if mark(next) == Mark.slash, touchesNext(next - 1), touchesNext(next), let written = self.year(next + 1) {
            year = written
            next += 2
        }
        let startPhrase = DayPhrase(day: d1.value, month: month.value, year: year, isLunar: false, end: next)
        let endPhrase = DayPhrase(day: d2.value, month: month.value, year: year, isLunar: false, end: next)
        return (date(of: startPhrase), date(of: endPhrase), next)
    }

    private func dayRange(_ first: DayPhrase, _ second: DayPhrase, from index: Int) -> TimeMatch {
        var first = first
        if first.month == nil {
            first.month = second.month
            first.isLunar = second.isLunar
        }
        let end = date(of: second)
        var startYear: Int?
        if let end, let firstMonth = first.month, let secondMonth = second.month {
            // A lunar range is counted in lunar years; its start is in the same or the previous one.
            let endYear = second.isLunar ? (second.year ?? context.lunarYear(forMonth: secondMonth)) : end.year
            startYear = endYear.map { firstMonth > secondMonth ? $0 - 1 : $0 }
        }
        let start = date(of: first, year: startYear)
        return matched(.period, start, end, index, second.end)
    }
}
