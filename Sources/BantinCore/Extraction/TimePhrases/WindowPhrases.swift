extension TimePhraseScanner {
    /// Windows that limit an action, read as the corpus README's clerk reads them:
    /// - "trong tháng 3", "trong tháng 02/2026 hoàn thành dự thảo" → due on the month's last day:
    ///   a month is the unit a plan is checked by, so work "in March" is late on 1 April;
    /// - "trong quý II/2026", "trong 6 tháng đầu năm", "trong năm 2026" → period: a quarter or
    ///   more is the span the work runs through, also after "hoàn thành";
    /// - "6 tháng đầu/cuối năm" without "trong" ("phấn đấu 6 tháng cuối năm 2026 đạt …") → period,
    ///   unless it names a review ("sơ kết 6 tháng đầu năm", "kết quả 6 tháng");
    /// - a milestone: a month or quarter that opens a clause and leads an action
    ///   ("…, tháng 03/2026 tổ chức lấy ý kiến …") → due at the window's end;
    ///   followed by a colon ("Tháng 3/2026: …", a schedule line) → period.
    ///
    /// A window that ended before the meeting is a period under review, not a limit, and is
    /// skipped; so is a bare "năm 2026", which names a campaign or plan ("phong trào thi đua năm
    /// 2026", "kế hoạch đầu tư công năm 2026") rather than limiting it.
    func window(at index: Int) -> TimeMatch? {
        if word(index) == .trong {
            guard let window = windowPhrase(at: index + 1) else { return nil }
            let dates = dates(of: window)
            guard !isPast(dates), !namesAchievement(before: index) else { return nil }
            guard window.isMonth else { return matched(.period, dates?.start, dates?.end, index, window.end) }
            if let (last, end) = secondMonth(after: window) {
                let lastDates = self.dates(of: last, year: last.year ?? dates?.start.year)
                let start = window.year == nil && last.year != nil ? self.dates(of: window, year: last.year)?.start : dates?.start
                return matched(.period, start, lastDates?.end, index, end)
            }
            // The action a leading month limits stays in the text ("trong tháng 02/2026 hoàn thành dự thảo").
            return matched(.due, dates?.start, dates?.end, index, actionEnd(after: window.end) ?? window.end)
        }
        // "… làm điểm chỉ đạo Đại hội cấp xã vào tháng 12/2018", "… vào quý IV/2026": an event set in
        // a month or a quarter takes place within it, so the window is its period (not a due day).
        if word(index) == .vao, let window = windowPhrase(at: index + 1), !window.isPartOfYear, !window.isWholeYear {
            let dates = dates(of: window)
            guard !isPast(dates) else { return nil }
            return matched(.period, dates?.start, dates?.end, index, window.end)
        }
        if word(index) == .sau || number(index) != nil, let window = windowPhrase(at: index), window.isPartOfYear {
            let dates = dates(of: window)
            guard !isPast(dates), !namesReview(before: index) else { return nil }
            return matched(.period, dates?.start, dates?.end, index, window.end)
        }
        guard word(index) == .thang || word(index) == .quy, isClauseStart(index),
            let window = windowPhrase(at: index)
        else { return nil }
        let dates = dates(of: window)
        guard !isPast(dates) else { return nil }
        if let actionEnd = actionEnd(after: window.end) {
            return matched(.due, dates?.start, dates?.end, index, actionEnd)
        }
        if mark(window.end) == Mark.colon {
            return matched(.period, dates?.start, dates?.end, index, window.end)
        }
        return nil
    }

    /// "trong tháng 9, 10", "trong tháng 9 và tháng 10/2022": two months named together are one
    /// period from the first to the end of the second. A bare number after the comma must end the
    /// phrase ("trong tháng 9, 10 hộ dân …" counts households).
    private func secondMonth(after first: WindowPhrase) -> (WindowPhrase, Int)? {
        guard case .month(let firstMonth) = first.span else { return nil }
        var index = first.end
        guard mark(index) == Mark.comma || word(index) == .va else { return nil }
        index += 1
        let saysThang = word(index) == .thang
        if saysThang { index += 1 }
        guard let month = number(index), month.digitCount <= 2, month.value > firstMonth, month.value <= 12 else { return nil }
        var window = WindowPhrase(span: .month(month.value), year: first.year, end: index + 1)
        if let suffix = yearSuffix(at: index + 1), let year = suffix.value {
            window.year = year
            window.end = suffix.end
        } else if !saysThang, window.end < tokens.count, mark(window.end) == nil {
            return nil
        }
        return (window, window.end)
    }

    /// "sơ kết / tổng kết / kết quả / báo cáo … 6 tháng": the span is what is reviewed, not a limit.
    /// "kết quả 6 tháng đầu năm", "sơ kết 6 tháng đầu năm", "những kết quả đạt được trong 6 tháng
    /// đầu năm": the window reviewed, not work to do in it.
    private func namesReview(before index: Int) -> Bool {
        if word(index - 1) == .trong { return namesAchievement(before: index - 1) }
        guard let previous = word(index - 1) else { return false }
        return previous == .ket || previous == .qua || previous == .cua || previous == .cao || previous == .dat || previous == .duoc
    }

    /// "… đạt được trong tháng 6", "kết quả trong 6 tháng đầu năm": what was achieved in the window
    /// ("sơ kết trong tháng 3" still plans a review within March).
    private func namesAchievement(before index: Int) -> Bool {
        guard let previous = word(index - 1) else { return false }
        return previous == .dat || previous == .duoc || previous == .qua
    }

    /// The end of the action a milestone leads, kept in the deadline's text so each milestone of a
    /// chain says what it is for. The rule: the words right after the window, at most five
    /// syllables (a verb and the head of its object: "hoàn thành dự thảo", "tổ chức lấy ý kiến"),
    /// ending early at punctuation, a number, a conjunction or preposition that starts a new part
    /// ("và", "để", "theo" …) or a time word. Nil when no such word follows.
    func actionEnd(after index: Int) -> Int? {
        var next = index
        while next < tokens.count, next - index < 5, tokens[next].kind == .word {
            if let word = tokens[next].word, Self.actionStopWords.contains(word) { break }
            next += 1
        }
        return next > index ? next : nil
    }

    static let actionStopWords: Set<TimeWord> = [
        .va, .hoac, .de, .nham, .voi, .theo, .cua, .tai, .truoc, .trong, .sau, .den, .ngay, .thang, .quy, .nam,
        .tet, .dip, .cham, .cuoi, .nay, .lan, .hang, .moi, .dinh, .thuong,
    ]
}
