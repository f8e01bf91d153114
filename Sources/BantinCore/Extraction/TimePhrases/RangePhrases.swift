extension TimePhraseScanner {
    /// "từ ngày 14/2 đến hết ngày 22/2/2026", "từ ngày 14 đến ngày 22/2", "từ tháng 3 đến tháng
    /// 5/2026" → period; "từ ngày 1 đến ngày 5 hằng tháng" → recurring; "từ nay đến …" → due.
    /// The start borrows the end's month and year when it leaves them out.
    func fromTo(at index: Int) -> TimeMatch? {
        guard word(index) == .tu else { return nil }
        if word(index + 1) == .nay, word(index + 2) == .den, let due = dueDate(at: index + 2) {
            return matched(.due, due.start, due.end, index, due.tokens.upperBound)
        }
        if let first = day(at: index + 1, allowDayOnly: true), word(first.end) == .den {
            let secondIndex = word(first.end + 1) == .het ? first.end + 2 : first.end + 1
            guard let second = day(at: secondIndex, allowDayOnly: true) else { return nil }
            if let unitEnd = recurrenceUnitEnd(at: second.end) {
                return boundedRecurrence(from: index, to: unitEnd)
            }
            guard second.month != nil else { return nil }
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
