extension TimePhraseScanner {
    /// Windows that limit an action. A month is the unit a monthly plan is checked by, so a month
    /// that limits a task is due on its last day; a quarter, half-year or year is a period.
    /// - "trong tháng 3", "trong tháng 02/2026 hoàn thành dự thảo" → due at the month's end;
    /// - "trong quý II/2026", "trong 6 tháng đầu năm", "trong năm 2026" → period;
    /// - "phấn đấu 6 tháng cuối năm 2026 đạt …" (a target) reads like "trong";
    /// - a milestone: a month or quarter that opens a clause and leads an action ("…, tháng
    ///   03/2026 tổ chức lấy ý kiến …", "Quý II/2026 hoàn thành …") → due at the window's end;
    /// - a window alone in its clause, at a colon ("Tháng 3/2026: …", "Thời gian: quý I/2026") or
    ///   at the end of the text (a "Thời hạn" cell) → due for a month, period otherwise.
    ///
    /// When the window leads an action, the deadline's text takes the action's first words.
    /// A window that ended before the meeting is a period under review, not a limit, and is
    /// skipped; so is a bare "năm 2026", which names a campaign or plan ("phong trào thi đua năm
    /// 2026", "kế hoạch đầu tư công năm 2026") rather than limiting it.
    func window(at index: Int) -> TimeMatch? {
        switch word(index) {
        case .trong:
            guard let window = windowPhrase(at: index + 1) else { return nil }
            return limit(window, from: index)
        case .phan:
            // "phấn đấu trong …" is read at "trong".
            guard word(index + 1) == .dau, word(index + 2) != .trong, let window = windowPhrase(at: index + 2) else {
                return nil
            }
            return limit(window, from: index + 2)
        default:
            return standingWindow(at: index)
        }
    }

    /// A window after "trong" or "phấn đấu", quoted from `first`.
    private func limit(_ window: WindowPhrase, from first: Int) -> TimeMatch? {
        let dates = dates(of: window)
        guard !isPast(dates) else { return passedOver(first, window.end) }
        guard window.isMonth else { return matched(.period, dates?.start, dates?.end, first, window.end) }
        return matched(.due, nil, dates?.end, first, actionEnd(after: window.end) ?? window.end)
    }

    /// A window with no cue word, read only where it opens a clause.
    private func standingWindow(at index: Int) -> TimeMatch? {
        // After a colon any window is a labelled time ("Thời gian thực hiện: năm 2026").
        let afterColon = mark(index - 1) == Mark.colon
        guard afterColon || word(index) == .thang || word(index) == .quy, isClauseStart(index),
            let window = windowPhrase(at: index)
        else { return nil }
        let dates = dates(of: window)
        guard !isPast(dates) else { return passedOver(index, window.end) }
        if !window.isWholeYear, let actionEnd = actionEnd(after: window.end) {
            return matched(.due, nil, dates?.end, index, actionEnd)
        }
        let standsAlone = window.end == tokens.count || mark(window.end) == Mark.dot || isLineBreak(before: window.end)
        guard afterColon || standsAlone || mark(window.end) == Mark.colon else { return nil }
        return matched(window.isMonth ? .due : .period, dates?.start, dates?.end, index, window.end)
    }

    /// The end of the action a milestone leads, kept in the deadline's text so each milestone of a
    /// chain says what it is for. The rule: the words right after the window, at most five
    /// syllables (a verb and the head of its object: "hoàn thành dự thảo", "tổ chức lấy ý kiến"),
    /// ending early at punctuation, a line break, a number, a conjunction or preposition that starts
    /// a new part ("và", "để", "theo" …) or a time word. Nil when no such word follows.
    func actionEnd(after index: Int) -> Int? {
        var next = index
        while next < tokens.count, next - index < 5, tokens[next].kind == .word, !isLineBreak(before: next) {
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
