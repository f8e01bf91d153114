import Testing
@testable import LunarCalendar

private func civil(_ day: Int, _ month: Int, _ year: Int) -> CivilDate {
    CivilDate(year: year, month: month, day: day)!
}

@Suite struct CanChiTests {
    @Test(arguments: [(2026, "Bính Ngọ"), (2025, "Ất Tỵ"), (2027, "Đinh Mùi"), (1984, "Giáp Tý"), (1985, "Ất Sửu"), (2033, "Quý Sửu")])
    func yearNames(year: Int, name: String) {
        #expect(CanChi.year(year).description == name)
    }

    @Test func tetBinhNgoIsANhamTuatDayInACanhDanMonth() {
        let tet = civil(17, 2, 2026)
        #expect(CanChi.day(tet).description == "Nhâm Tuất")
        #expect(VietnameseLunarCalendar.lunarDate(for: tet).monthCanChi.description == "Canh Dần")
        #expect(CanChi.day(civil(1, 1, 2000)).description == "Mậu Ngọ")
    }

    @Test func meetingDayStillBelongsToAtTy() {
        let lunar = VietnameseLunarCalendar.lunarDate(for: civil(29, 1, 2026))
        #expect(lunar.yearCanChi.description == "Ất Tỵ")
        #expect(lunar.monthCanChi.description == "Kỷ Sửu")  // tháng Chạp is always a Sửu month
    }

    @Test func leapMonthRepeatsTheCanChiOfItsNamesake() {
        let leap = LunarDate(year: 2025, month: 6, day: 1, isLeapMonth: true)
        #expect(leap.monthCanChi == LunarDate(year: 2025, month: 6, day: 1).monthCanChi)
        #expect(leap.monthCanChi.description == "Quý Mùi")
    }

    @Test func daysCycleThroughSixtyNames() {
        var seen = Set<CanChi>()
        for offset in 0..<60 { seen.insert(CanChi.day(civil(17, 2, 2026).adding(days: offset))) }
        #expect(seen.count == 60)
        #expect(CanChi.day(civil(17, 2, 2026).adding(days: 60)) == CanChi.day(civil(17, 2, 2026)))
    }
}

@Suite struct LunarTextTests {
    @Test(arguments: [(1, "mùng 1"), (10, "mùng 10"), (11, "11"), (15, "rằm"), (30, "30")])
    func dayNames(day: Int, name: String) {
        #expect(VietnameseNames.lunarDayName(day) == name)
    }

    @Test func monthNames() {
        let names = (1...12).map(VietnameseNames.lunarMonthName)
        #expect(names == ["Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười một", "Chạp"])
    }

    @Test func longForms() {
        #expect(LunarDate(year: 2026, month: 1, day: 1).vietnameseText == "mùng 1 tháng Giêng năm Bính Ngọ (1/1/2026 âm lịch)")
        #expect(LunarDate(year: 2025, month: 12, day: 11).vietnameseText == "11 tháng Chạp năm Ất Tỵ (11/12/2025 âm lịch)")
        #expect(
            LunarDate(year: 2025, month: 6, day: 26, isLeapMonth: true).vietnameseText
                == "26 tháng Sáu nhuận năm Ất Tỵ (26/6/2025 âm lịch, tháng nhuận)")
        #expect(LunarDate(year: 2025, month: 6, day: 26, isLeapMonth: true).dayMonthText == "26/6 nhuận")
        #expect(LunarDate(year: 2026, month: 1, day: 15).vietnameseText.hasPrefix("rằm tháng Giêng"))
    }

    @Test func weekdaysAndPaddedSolarDates() {
        #expect(VietnameseNames.weekdayName(civil(17, 2, 2026)) == "Thứ Ba")
        #expect(VietnameseNames.weekdayName(civil(15, 3, 2026)) == "Chủ nhật")
        #expect(civil(3, 2, 2026).vietnameseNumeric == "03/02/2026")
    }
}

@Suite struct AmLichTests {
    @Test func solarToLunarLine() {
        #expect(
            AmLich.describe(solar: civil(17, 2, 2026))
                == "17/02/2026 (Thứ Ba) = mùng 1 tháng Giêng năm Bính Ngọ (1/1/2026 âm lịch), ngày Nhâm Tuất, tháng Canh Dần")
        #expect(AmLich.describe(solar: civil(16, 2, 2026)).contains("= 29 tháng Chạp năm Ất Tỵ"))
    }

    @Test func lunarToSolarLine() throws {
        let line = try AmLich.describe(lunar: LunarDate(year: 2026, month: 1, day: 1)).get()
        #expect(line == "mùng 1 tháng Giêng năm Bính Ngọ (1/1/2026 âm lịch) = 17/02/2026 (Thứ Ba), ngày Nhâm Tuất, tháng Canh Dần")
        let leap = try AmLich.describe(lunar: LunarDate(year: 2025, month: 6, day: 26, isLeapMonth: true)).get()
        #expect(leap.contains("= 19/08/2025 (Thứ Ba)"))
    }

    @Test func lunarDatesThatDoNotExistAreExplained() {
        let no30Tet = LunarDate(year: 2025, month: 12, day: 30)
        #expect(throws: LunarDateError.dayOutOfRange(no30Tet, daysInMonth: 29)) { try AmLich.describe(lunar: no30Tet).get() }
        #expect(LunarDateError.dayOutOfRange(no30Tet, daysInMonth: 29).description.contains("chỉ có 29 ngày"))

        let wrongLeap = LunarDate(year: 2025, month: 5, day: 1, isLeapMonth: true)
        #expect(throws: LunarDateError.noSuchLeapMonth(wrongLeap, leapMonthOfYear: 6)) { try AmLich.describe(lunar: wrongLeap).get() }
        let noLeap = LunarDate(year: 2026, month: 5, day: 1, isLeapMonth: true)
        #expect(throws: LunarDateError.noSuchLeapMonth(noLeap, leapMonthOfYear: nil)) { try AmLich.describe(lunar: noLeap).get() }
        #expect(throws: LunarDateError.monthOutOfRange(13)) { try AmLich.describe(lunar: LunarDate(year: 2026, month: 13, day: 1)).get() }
    }

    @Test(arguments: ["2026-02-17", "17/02/2026", "17/2/2026", " 2026-02-17 "])
    func solarInputForms(text: String) throws {
        #expect(try DateTextParser.solarDate(text).get() == civil(17, 2, 2026))
    }

    @Test(arguments: [
        ("17-02-2026", DateTextParser.Failure.unreadable("17-02-2026", expected: "YYYY-MM-DD hoặc DD/MM/YYYY")),
        ("ngày mai", .unreadable("ngày mai", expected: "YYYY-MM-DD hoặc DD/MM/YYYY")),
        ("31/02/2026", .noSuchDay("31/02/2026")),
        ("01/01/2101", .yearOutOfRange(2101)),
    ])
    func badSolarInput(text: String, failure: DateTextParser.Failure) {
        #expect(throws: failure) { try DateTextParser.solarDate(text).get() }
    }

    @Test func lunarInput() throws {
        #expect(try DateTextParser.lunarDate("1/1/2026").get() == LunarDate(year: 2026, month: 1, day: 1))
        #expect(try DateTextParser.lunarDate("26/6/2025", isLeapMonth: true).get() == LunarDate(year: 2025, month: 6, day: 26, isLeapMonth: true))
        #expect(throws: DateTextParser.Failure.self) { try DateTextParser.lunarDate("2026-01-01").get() }
    }

    @Test func todayInVietnamIsUTCPlusSeven() {
        // 2026-02-16T17:30:00Z is already 00:30 on 17/02 in Hà Nội.
        let instant: Int64 = 1_771_263_000
        #expect(CivilDate(secondsSince1970: instant, utcOffsetSeconds: 7 * 3600) == civil(17, 2, 2026))
        #expect(CivilDate(secondsSince1970: instant, utcOffsetSeconds: 0) == civil(16, 2, 2026))
        #expect(CivilDate(secondsSince1970: -1, utcOffsetSeconds: 0) == civil(31, 12, 1969))
    }
}
