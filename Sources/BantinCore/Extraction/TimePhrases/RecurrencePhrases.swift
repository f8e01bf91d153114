extension TimePhraseScanner {
    /// "thường xuyên", "hằng/hàng/mỗi ngày|tuần|tháng|quý|năm", "định kỳ (hằng tháng | 6 tháng)".
    /// A repeat has no dates unless a year bounds it: "hằng tháng trong năm 2026".
    func recurrence(at index: Int) -> TimeMatch? {
        // "ngày nghỉ hàng tuần" is a day off, and "giao ban định kỳ", "họp định kỳ", "hội nghị định
        // kỳ" with no frequency after them a kind of meeting: neither says how often a task repeats.
        if word(index - 1) == .nghi, word(index) == .hang || word(index) == .moi { return nil }
        if let previous = word(index - 1), previous == .ban || previous == .hop || previous == .nghi, words(index, .dinh, .ky),
           recurrenceUnitEnd(at: index + 2) == nil, number(index + 2) == nil {
            return nil
        }
        // "tiêm phòng định kỳ đợt 2 năm 2022": the round of a periodic campaign, not how often the task repeats.
        if words(index, .dinh, .ky), index + 2 < tokens.count, isWord(index + 2), isSpelled(index + 2, "đợt") { return nil }
        var end: Int
        if words(index, .thuong, .xuyen) {
            end = index + 2
        } else if let unitEnd = recurrenceUnitEnd(at: index) {
            end = unitEnd
        } else if words(index, .dinh, .ky) {
            end = index + 2
            if let unitEnd = recurrenceUnitEnd(at: end) {
                end = unitEnd
            } else if number(end) != nil, word(end + 1)?.isRecurrenceUnit == true {
                end += 2  // "định kỳ 6 tháng"
            }
        } else {
            return nil
        }
        return boundedRecurrence(from: index, to: end)
    }

    /// The end of "hằng tháng" (or "hàng/mỗi" + ngày, tuần, tháng, quý, năm) at `index`.
    func recurrenceUnitEnd(at index: Int) -> Int? {
        guard let word = word(index), word == .hang || word == .moi, self.word(index + 1)?.isRecurrenceUnit == true
        else { return nil }
        // "mới" (new) folds like "mỗi" (every): "khởi công mới năm 2027" repeats nothing.
        if word == .moi, !isSpelled(index, "mỗi") { return nil }
        return index + 2
    }

    /// A recurring match over `start..<end`, stretched over a following "trong năm 2026" or
    /// "trong quý I" that bounds it.
    func boundedRecurrence(from start: Int, to end: Int) -> TimeMatch {
        if word(end) == .trong, let window = windowPhrase(at: end + 1), let dates = dates(of: window) {
            return matched(.recurring, dates.start, dates.end, start, window.end)
        }
        return matched(.recurring, nil, nil, start, end)
    }
}
