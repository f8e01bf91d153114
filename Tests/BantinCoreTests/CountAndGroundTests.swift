import LunarCalendar
import Testing
@testable import BantinCore

/// Days and months a write-up gives for what it tells, never time limits of the work (the held-out
/// set of 2026-12-04, cases 904, 907, 926): the day a count is made to, the day a letter is issued,
/// and the plan an event told carries out.
struct CountAndGroundTests {
    static func days(_ text: String, meeting: CivilDate? = CivilDate(year: 2020, month: 7, day: 14)) -> [String] {
        ToldDayTests.days(text, meeting: meeting)
    }

    // 907: "Tính đến ngày 13.7" opens the figures of an outbreak.
    @Test(arguments: [
        "Tính đến ngày 13.7, trên địa bàn huyện Đồng Văn có 3 xã, thị trấn xuất hiện bệnh dịch tả lợn châu Phi.",
        "Tính từ ngày 01/01/2020 đến nay, toàn xã đã tiêm phòng cho 5.200 con gia súc.",
    ])
    func theDayACountIsMadeToIsNoTimeLimit(sentence: String) {
        #expect(Self.days(sentence).isEmpty, "\(Self.days(sentence))")
    }

    // Counter-example: a time limit without "tính" stays one.
    @Test func aTimeLimitStays() {
        #expect(Self.days("Các thôn hoàn thành tiêm phòng đến ngày 30/7/2020.") == ["due:2020-07-30..2020-07-30"])
    }

    // 904: the district chairman's letter is dated; the work it gives is not.
    @Test func theDayALetterIsIssuedIsTold() {
        let text = "Ngày 29/12/2017, Chủ tịch UBND huyện Mộ Đức ban hành Công văn số 1423/UBND-NC về việc giao nhiệm vụ cho các cơ quan tham mưu."
        #expect(Self.days(text, meeting: CivilDate(year: 2017, month: 12, day: 29)).isEmpty)
        // Counter-example: a letter still to be issued by a day is a time limit.
        #expect(Self.days("UBND xã ban hành kế hoạch trước ngày 15/01/2018.", meeting: CivilDate(year: 2017, month: 12, day: 29))
            == ["due:2018-01-15..2018-01-15"])
    }

    // 926: the month of the plan the meeting carried out is its ground, not the directives' period.
    @Test func thePlanAnEventCarriesOutIsItsGround() {
        let sentence = "Thực hiện kế hoạch hoạt động tháng 08/2022, ngày 17/8/2022 chi hội phụ nữ thôn Ngọc Mỹ tổ chức sinh hoạt chuyên đề."
        #expect(ProseOpening.plannedPeriod(introductions: [], opening: [sentence], reference: CivilDate(iso: "2022-08-17")) == nil)
        // Counter-example: the month the meeting plans for stays the directives' period.
        let plan = "Hội nghị thống nhất triển khai nhiệm vụ trọng tâm tháng 9/2022 như sau:"
        #expect(ProseOpening.plannedPeriod(introductions: [], opening: [plan], reference: CivilDate(iso: "2022-08-17"))?.text == "tháng 9/2022")
    }
}
