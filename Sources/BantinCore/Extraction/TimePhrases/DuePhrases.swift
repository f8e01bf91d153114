import LunarCalendar

extension TimePhraseScanner {
    /// A time limit introduced by a cue word:
    /// - "trước (ngày) 15/3", "trước 14 giờ, ngày 05/12/2017", "chậm nhất (là) (ngày) 25/3",
    ///   "đến (hết) ngày 15/3" → due on that day (domain.md §2.2: the written day is shown as due);
    /// - "trước tháng 6/2026", "trước quý III" → due the day before the window starts;
    /// - "đến hết tháng 3", "chậm nhất trong quý I", "(đến) cuối năm 2026", "đến tháng 9 hoàn thành"
    ///   → due the window's last day;
    /// - "trước ngày 20 hằng tháng" → recurring.
    ///
    /// A bare "đến năm 2030" is not read: it is usually a plan's horizon ("Quy hoạch … đến năm 2030").
    func dueDate(at index: Int) -> TimeMatch? {
        var next = index
        var before = false
        var windowNeedsEnd = false
        switch word(index) {
        case .truoc:
            before = true
            next += 1
        case .cham, .muon:
            // "chậm nhất", "muộn nhất": the latest day allowed.
            guard word(index + 1) == .nhat else { return nil }
            next += 2
            if word(next) == .la { next += 1 }
            if word(next) == .truoc || word(next) == .den || word(next) == .trong || word(next) == .vao { next += 1 }
        case .den:
            next += 1
            if word(next) == .het { next += 1 } else { windowNeedsEnd = true }
        case .cuoi:
            // "6 tháng cuối năm", "những tháng cuối năm" are spans, read elsewhere or not at all.
            if word(index - 1) == .thang { return nil }
            return windowEnd(at: index + 1, from: index, requireYear: true)
        default:
            return nil
        }
        if let timed = skippingTimeOfDay(at: next), let day = day(at: timed), day.month != nil {
            return dayDue(day, from: index)
        }
        if let day = day(at: next, allowDayOnly: true) {
            return dayDue(day, from: index)
        }
        if word(next) == .cuoi {
            return windowEnd(at: next + 1, from: index, requireYear: false)
        }
        guard let window = windowPhrase(at: next) else { return nil }
        // A bare "đến tháng 9" may be a span's end; "phấn đấu đến tháng 9 hoàn thành", "đến quý III
        // xong" is the work done by the window's end.
        if windowNeedsEnd, !(words(window.end, .hoan, .thanh) || word(window.end) == .xong) { return nil }
        let dates = dates(of: window)
        return matched(.due, nil, before ? dates?.start.adding(days: -1) : dates?.end, index, window.end)
    }

    /// The day's due match, or a recurring one when the day repeats ("trước ngày 20 hằng tháng").
    private func dayDue(_ day: DayPhrase, from index: Int) -> TimeMatch? {
        if let unitEnd = recurrenceUnitEnd(at: day.end) {
            return boundedRecurrence(from: index, to: unitEnd)
        }
        guard day.month != nil else { return nil }
        let date = date(of: day)
        return matched(.due, nil, date, index, day.end)
    }

    /// "cuối tháng 3", "cuối quý I", "cuối năm 2026": due on the window's last day. A bare "cuối
    /// năm" (no year) counts only after a cue ("đến cuối năm"); alone it is usually a label.
    private func windowEnd(at next: Int, from index: Int, requireYear: Bool) -> TimeMatch? {
        if let window = windowPhrase(at: next) {
            return matched(.due, nil, dates(of: window)?.end, index, window.end)
        }
        guard !requireYear, word(next) == .nam, let meeting = context.meetingDate else { return nil }
        return matched(.due, nil, CivilDate(year: meeting.year, month: 12, day: 31), index, next + 1)
    }

    /// "14 giờ(,)", "14 giờ 30 phút,", "14h00", "sáng", "chiều", "thứ Hai,", "Chủ nhật," and their
    /// runs ("17 giờ ngày …", "chiều ngày …", "thứ Năm ngày …"): the index after them, if any.
    func skippingTimeOfDay(at index: Int) -> Int? {
        var next = index
        while next < tokens.count {
            if let hour = number(next), hour.value <= 24, word(next + 1) == .gio || word(next + 1) == .h {
                next += 2
                if number(next) != nil {
                    next += 1
                    if word(next) == .phut { next += 1 }
                }
            } else if word(next) == .sang || word(next) == .chieu || word(next) == .trua {
                next += 1
            } else if word(next) == .thu, let day = word(next + 1), [.hai, .ba, .tu, .nam, .sau, .bay].contains(day) {
                next += 2
            } else if word(next) == .thu, let day = number(next + 1), (2...7).contains(day.value), day.digitCount == 1 {
                next += 2
            } else if word(next) == .chu, word(next + 1) == .nhat {
                next += 2
            } else {
                break
            }
            if mark(next) == Mark.comma { next += 1 }
        }
        return next > index ? next : nil
    }
}
