import LunarCalendar

/// What the extractor knows about "now": the meeting date. Years missing from a phrase come from it;
/// without it a year-less phrase is still found but gets no date (a date is never invented).
struct TimeContext: Sendable {
    var meetingDate: CivilDate?
    /// The last day a schedule named before this text ("Buổi sáng ngày 27 tháng 10 …"): a later
    /// day written alone ("Sáng ngày 28 …") is in its month, as a schedule runs forward.
    var scheduleDay: CivilDate? = nil
    /// The lunar year of the Tết the document is about, when its title names it with its year
    /// ("Kế hoạch … Tết Nguyên đán Bính Ngọ 2026"): a bare "dịp Tết" in its items is that Tết, even
    /// when the meeting's date is mistyped.
    var occasionTetYear: Int? = nil

    /// The year of a year-less solar month: the meeting's year, or the next one when the month is
    /// more than six months before the meeting's month ("tháng 1" written in a December conclusion).
    func solarYear(forMonth month: Int) -> Int? {
        guard let meeting = meetingDate else { return nil }
        return month < meeting.month - 6 ? meeting.year + 1 : meeting.year
    }

    /// The same rule on the lunar calendar: "Rằm tháng Giêng" written in tháng Chạp is next year's.
    func lunarYear(forMonth month: Int) -> Int? {
        guard let meetingLunar else { return nil }
        return month < meetingLunar.month - 6 ? meetingLunar.year + 1 : meetingLunar.year
    }

    /// The lunar year of the coming Tết: the first mùng 1 tháng Giêng on or after the meeting.
    var comingTetYear: Int? {
        guard let lunar = meetingLunar else { return nil }
        return lunar.month == 1 && lunar.day == 1 && !lunar.isLeapMonth ? lunar.year : lunar.year + 1
    }

    /// A year named by its can-chi ("Bính Ngọ"): the one nearest the coming Tết, since plans speak
    /// of this Tết or the next, not of one sixty years away.
    func year(stem: Int, branch: Int) -> Int? {
        // Stem and branch advance together, so they name a year only if they share parity.
        guard stem % 2 == branch % 2 else { return nil }
        // Without a date to go by, the current sexagenary cycle (Giáp Tý 1984 – Quý Hợi 2043),
        // in which every text bantin reads was written.
        let reference = comingTetYear ?? meetingDate?.year ?? 2013
        // (year + 6) % 10 is the stem, (year + 8) % 12 the branch: 2026 → Bính (2), Ngọ (6).
        for offset in 0..<60 {
            for year in [reference + offset, reference - offset] where (year + 6) % 10 == stem && (year + 8) % 12 == branch {
                return year
            }
        }
        return nil
    }

    /// The solar day of a lunar date, nil when it does not exist or is out of the calendar's range.
    func solarDate(lunarYear year: Int, month: Int, day: Int) -> CivilDate? {
        guard VietnameseLunarCalendar.supportedYears.contains(year) else { return nil }
        return VietnameseLunarCalendar.solarDate(for: LunarDate(year: year, month: month, day: day))
    }

    /// The first and last solar days of a lunar month.
    func lunarMonth(year: Int, month: Int) -> (start: CivilDate, end: CivilDate)? {
        guard let start = solarDate(lunarYear: year, month: month, day: 1),
            let length = VietnameseLunarCalendar.daysInMonth(month, ofLunarYear: year)
        else { return nil }
        return (start, start.adding(days: length - 1))
    }

    func tet(ofLunarYear year: Int) -> CivilDate? {
        guard VietnameseLunarCalendar.supportedYears.contains(year) else { return nil }
        return VietnameseLunarCalendar.tet(ofLunarYear: year)
    }

    private var meetingLunar: LunarDate? {
        guard let meeting = meetingDate, VietnameseLunarCalendar.supportedYears.contains(meeting.year) else { return nil }
        return VietnameseLunarCalendar.lunarDate(for: meeting)
    }
}
