extension TimePhraseScanner {
    /// A day on which something happens:
    /// - "(03/02)" after an anniversary ("kỷ niệm Ngày thành lập Đảng (03/02)"), text with the brackets;
    /// - "vào (ngày) 15/3", "ngày 15/3: …", "ngày 15 tháng 3 năm 2026";
    /// - a lunar day: "Rằm tháng Giêng", "mùng 10 tháng 3 âm lịch", "23 tháng Chạp", "mùng 1 Tết";
    /// - a bare date with its year: "15.3.2026".
    /// "ngày 20 hằng tháng" repeats (recurring). Not read: a document's date ("Nghị quyết số
    /// 15-NQ/ĐU ngày 12/3/2025"), a number after "số", a bare year-less "15/3" or "1/2" (a fraction
    /// as often as a date), and old years (history, not plans).
    func eventDay(at index: Int) -> TimeMatch? {
        var phraseStart = index
        switch word(index) {
        case .vao:
            phraseStart = index + 1
        case .ngay, .ram, .mung, .mong:
            break
        case nil where mark(index) == Mark.open:
            guard let day = day(at: index + 1), mark(day.end) == Mark.close, !isHistorical(day) else { return nil }
            return matched(.event, date(of: day), date(of: day), index, day.end + 1)
        case nil where number(index) != nil:
            break
        default:
            return nil
        }
        guard let day = day(at: phraseStart, allowDayOnly: true) else { return nil }
        if let unitEnd = recurrenceUnitEnd(at: day.end) {
            return boundedRecurrence(from: index, to: unitEnd)
        }
        // "chiều ngày 17 và ngày 18/9/2020", "ngày 5 và 6/10": two days of one month written once are
        // one window, from the first to the second; so are two days in a row set apart by a comma
        // ("thời gian giao quân dự kiến từ ngày 16, 17-2-2022").
        let joined = word(day.end) == .va || mark(day.end) == Mark.comma
        if day.month == nil, joined, let second = self.day(at: day.end + 1), second.month != nil, !second.isLunar,
           word(day.end) == .va ? day.day < second.day : second.day == day.day + 1,
           recurrenceUnitEnd(at: second.end) == nil, !isHistorical(second) {
            let end = date(of: second)
            let start = end.flatMap { CivilDate(year: $0.year, month: $0.month, day: day.day) }
            return matched(.period, start, end, index, second.end)
        }
        // "Sáng ngày 28 tiêm ở thôn …" after "ngày 27 tháng 10": the schedule's month.
        if day.month == nil, word(index) == .ngay, let previous = context.scheduleDay, day.day > previous.day,
           let date = CivilDate(year: previous.year, month: previous.month, day: day.day) {
            return matched(.event, date, date, index, day.end)
        }
        guard day.month != nil, !isHistorical(day), !followsDocumentNumber(index) else { return nil }
        // Without "ngày", "vào" or a lunar word, a date must carry its year to be read.
        let isMarked = word(index) != nil || day.isLunar
        guard isMarked || day.year != nil else { return nil }
        let date = date(of: day)
        return matched(.event, date, date, index, day.end)
    }

    /// True when the phrase at `index` is a document's number or issue date: it follows "số"
    /// or a document code ("15-NQ/ĐU", "12/KH-UBND"), possibly with a comma between.
    func followsDocumentNumber(_ index: Int) -> Bool {
        var last = index - 1
        if mark(last) == Mark.comma { last -= 1 }
        guard last >= 0 else { return false }
        if word(last) == .so { return true }
        // "… 15-NQ/ĐU ngày 12/3/2025": the date after "ngày" belongs to the document too.
        if word(last) == .ngay { return followsDocumentNumber(last) }
        var first = last
        while first > 0, touchesNext(first - 1) { first -= 1 }
        var hasLetters = false
        var hasDigits = false
        var hasJoiners = false
        for token in tokens[first...last] {
            switch token.kind {
            case .word: hasLetters = true
            case .number: hasDigits = true
            case .mark: hasJoiners = hasJoiners || token.value == Mark.slash || token.value == Mark.hyphen
            }
        }
        if hasLetters && hasDigits && hasJoiners { return true }
        return first == last && number(last) != nil && word(last - 1) == .so
    }
}
