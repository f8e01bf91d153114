import Testing
@testable import LunarCalendar

private func civil(_ day: Int, _ month: Int, _ year: Int) -> CivilDate {
    CivilDate(year: year, month: month, day: day)!
}

@Suite struct ConversionTests {
    @Test func tetBinhNgoIsTuesday17February2026() {
        let tet = VietnameseLunarCalendar.tet(ofLunarYear: 2026)
        #expect(tet == civil(17, 2, 2026))
        #expect(tet.isoWeekday == 2)
        #expect(VietnameseLunarCalendar.lunarDate(for: tet) == LunarDate(year: 2026, month: 1, day: 1))
    }

    @Test func meetingDayIsEleventhOfChapAtTy() {
        #expect(VietnameseLunarCalendar.lunarDate(for: civil(29, 1, 2026)) == LunarDate(year: 2025, month: 12, day: 11))
    }

    @Test func atTyEndsOn29ChapWithNo30Tet() {
        #expect(VietnameseLunarCalendar.lunarDate(for: civil(16, 2, 2026)) == LunarDate(year: 2025, month: 12, day: 29))
        #expect(VietnameseLunarCalendar.lastDay(ofLunarYear: 2025) == civil(16, 2, 2026))
        #expect(VietnameseLunarCalendar.daysInMonth(12, ofLunarYear: 2025) == 29)
        #expect(VietnameseLunarCalendar.solarDate(for: LunarDate(year: 2025, month: 12, day: 30)) == nil)
        #expect(VietnameseLunarCalendar.solarDate(for: LunarDate(year: 2025, month: 12, day: 29)) == civil(16, 2, 2026))
    }

    @Test func leapSixthMonthOfAtTy() {
        #expect(
            VietnameseLunarCalendar.lunarDate(for: civil(19, 8, 2025))
                == LunarDate(year: 2025, month: 6, day: 26, isLeapMonth: true))
        #expect(VietnameseLunarCalendar.solarDate(for: LunarDate(year: 2025, month: 6, day: 1, isLeapMonth: true)) == civil(25, 7, 2025))
        #expect(VietnameseLunarCalendar.solarDate(for: LunarDate(year: 2025, month: 7, day: 1)) == civil(23, 8, 2025))
        // Ất Tỵ lasted 384 days; Bính Ngọ has no leap month and lasts 354.
        let atTy = VietnameseLunarCalendar.tet(ofLunarYear: 2026).julianDayNumber - VietnameseLunarCalendar.tet(ofLunarYear: 2025).julianDayNumber
        #expect(atTy == 384)
        #expect(VietnameseLunarCalendar.leapMonth(ofLunarYear: 2026) == nil)
        #expect(VietnameseLunarCalendar.lastDay(ofLunarYear: 2026) == civil(5, 2, 2027))
    }

    @Test(arguments: [(2023, 2), (2025, 6), (2028, 5), (2033, 11), (2020, 4), (2017, 6), (2014, 9)])
    func leapMonths(year: Int, month: Int) {
        #expect(VietnameseLunarCalendar.leapMonth(ofLunarYear: year) == month)
        #expect(VietnameseLunarCalendar.leapMonth(ofLunarYear: year + 1) == nil)
        #expect(VietnameseLunarCalendar.daysInMonth(month, isLeapMonth: true, ofLunarYear: year) != nil)
        #expect(VietnameseLunarCalendar.daysInMonth(month % 12 + 1, isLeapMonth: true, ofLunarYear: year) == nil)
    }

    @Test func leapEleventhMonthOf2033StartsOn22December() {
        let start = VietnameseLunarCalendar.solarDate(for: LunarDate(year: 2033, month: 11, day: 1, isLeapMonth: true))
        #expect(start == civil(22, 12, 2033))
        #expect(VietnameseLunarCalendar.lunarDate(for: civil(22, 12, 2033)) == LunarDate(year: 2033, month: 11, day: 1, isLeapMonth: true))
        #expect(VietnameseLunarCalendar.tet(ofLunarYear: 2034) == civil(19, 2, 2034))
    }

    /// Years whose Tết differs between Vietnam (UTC+7) and China (UTC+8).
    @Test(arguments: [
        (1985, civil(21, 1, 1985), civil(20, 2, 1985)),
        (2007, civil(17, 2, 2007), civil(18, 2, 2007)),
        (2030, civil(2, 2, 2030), civil(3, 2, 2030)),
        (2053, civil(18, 2, 2053), civil(19, 2, 2053)),
    ])
    func vietnamAndChinaDiffer(year: Int, vietnam: CivilDate, china: CivilDate) {
        #expect(VietnameseLunarCalendar.tet(ofLunarYear: year) == vietnam)
        #expect(VietnameseLunarCalendar.solarDate(for: LunarDate(year: year, month: 1, day: 1), timeZoneHours: 8) == china)
    }

    @Test func invalidLunarDatesHaveNoSolarDay() {
        #expect(VietnameseLunarCalendar.solarDate(for: LunarDate(year: 2026, month: 3, day: 1, isLeapMonth: true)) == nil)
        #expect(VietnameseLunarCalendar.solarDate(for: LunarDate(year: 2026, month: 13, day: 1)) == nil)
        #expect(VietnameseLunarCalendar.solarDate(for: LunarDate(year: 2026, month: 0, day: 1)) == nil)
        #expect(VietnameseLunarCalendar.solarDate(for: LunarDate(year: 2026, month: 1, day: 0)) == nil)
        #expect(VietnameseLunarCalendar.solarDate(for: LunarDate(year: 2026, month: 1, day: 31)) == nil)
    }

    /// Every day of 1900-01-31 … 2100-12-31 survives solar → lunar → solar, and consecutive days
    /// advance the lunar day by one or start a new month on day 1.
    @Test func everyDayRoundTrips() {
        var date = civil(31, 1, 1900)
        let end = civil(31, 12, 2100)
        var previous = VietnameseLunarCalendar.lunarDate(for: date)
        var failures: [String] = []
        while date < end {
            let lunar = VietnameseLunarCalendar.lunarDate(for: date)
            if VietnameseLunarCalendar.solarDate(for: lunar) != date { failures.append("\(date) → \(lunar)") }
            if date.year > 1900 || date.month > 1 {
                let continues = lunar.day == previous.day + 1 && lunar.month == previous.month && lunar.year == previous.year
                let startsMonth = lunar.day == 1 && (previous.day == 29 || previous.day == 30)
                if !continues && !startsMonth && date != civil(31, 1, 1900) { failures.append("step \(previous) → \(lunar) at \(date)") }
            }
            previous = lunar
            date = date.adding(days: 1)
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }
}
