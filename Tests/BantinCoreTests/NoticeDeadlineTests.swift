import Testing
import LunarCalendar
@testable import BantinCore

/// Time phrases of web notices and write-ups (Fixtures/real/README.md conventions).
struct NoticeDeadlineTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var kind: Deadline.Kind
        var start: String?
        var end: String?
        var reference: String? = "2026-01-29"
        var testDescription: String { input }
    }

    static func deadlines(_ text: String, reference: String?) -> [Deadline] {
        DeadlineExtractor(meetingDate: reference.flatMap { CivilDate(iso: $0) }).deadlines(in: text)
    }

    // A title that names the Tết it is about, with its year, dates the bare "dịp Tết" of the items,
    // whatever the meeting's (here mistyped) year.
    @Test func theTetATitleNamesIsTheTetOfItsItems() throws {
        let title = "Châu Phong triển khai Kế hoạch tổ chức các hoạt động Tết Nguyên đán Bính Ngọ 2026"
        #expect(DeadlineExtractor.namedTetYear(in: title) == 2026)
        #expect(DeadlineExtractor.namedTetYear(in: "Kế hoạch tổng vệ sinh đón Tết Quý Mão") == 2023)
        #expect(DeadlineExtractor.namedTetYear(in: "Kế hoạch tổ chức các hoạt động trong dịp Tết") == nil)
        let found = DeadlineExtractor(meetingDate: CivilDate(iso: "2025-01-08"), occasionTetYear: 2026)
            .deadlines(in: "tổ chức văn nghệ phục vụ Nhân dân trong dịp Tết")
        let window = try #require(found.first)
        let tet = try #require(CivilDate(iso: "2026-02-17"))
        #expect(window.kind == .period && window.start! <= tet && tet <= window.end!)
    }

    @Test(arguments: [
        Case(input: "treo cờ từ 17 giờ ngày 27 tháng 4 năm 2015 đến hết ngày 01 tháng 5 năm 2015", kind: .period,
             start: "2015-04-27", end: "2015-05-01", reference: nil),
        Case(input: "treo Quốc kỳ từ chiều ngày 31/12/2025 đến hết ngày 01/01/2026", kind: .period, start: "2025-12-31", end: "2026-01-01", reference: nil),
        Case(input: "nghỉ từ thứ Năm ngày 01/9/2022 đến Chủ nhật ngày 04/9/2022", kind: .period, start: "2022-09-01", end: "2022-09-04", reference: nil),
        Case(input: "đợt 1 từ 07-09/4/2018: tổ chức tiêm phòng", kind: .period, start: "2018-04-07", end: "2018-04-09", reference: nil),
        Case(input: "Từ ngày 18-20/4/2018: tổ chức xử lý", kind: .period, start: "2018-04-18", end: "2018-04-20", reference: nil),
        // Tết with its year written as a number, "Tết Âm lịch", and the year of a later "Tết Quý Mão".
        Case(input: "xử lý công việc trong những ngày nghỉ Tết Âm lịch năm 2024", kind: .period, start: "2024-02-02", end: "2024-02-19", reference: nil),
        Case(input: "bảo đảm an ninh trước, trong và sau Đại hội Đảng toàn quốc lần thứ XIII và Tết Nguyên đán năm 2021", kind: .period,
             start: "2021-02-04", end: "2021-02-21", reference: nil),
        Case(input: "các hoạt động trước, trong và sau tết đảm bảo nhân dân đón Tết Quý Mão an lành", kind: .period,
             start: "2023-01-14", end: "2023-01-31", reference: nil),
        Case(input: "Trong thời gian còn lại đến tết Nguyên đán, UBND xã chỉ đạo các ban ấp", kind: .due, start: nil, end: "2021-02-11",
             reference: "2021-02-07"),
        Case(input: "có thể hoàn thành muộn nhất là trong năm 2020", kind: .due, start: nil, end: "2020-12-31", reference: "2019-06-14"),
        Case(input: "Trong thời gian nghỉ tết Dương lịch, các phòng bố trí trực", kind: .event, start: "2026-01-01", end: "2026-01-01",
             reference: "2025-12-31"),
        Case(input: "vào sáng thứ 7 hàng tuần, thời gian bắt đầu từ 7h", kind: .recurring, start: nil, end: nil),
        // A dash between two days, each with its month, reads as "đến": one period, not two events.
        Case(input: "chiến dịch diễn ra từ ngày 01/3/2026 - 30/6/2026", kind: .period, start: "2026-03-01", end: "2026-06-30", reference: nil),
        Case(input: "từ ngày 5/3 - 20/4/2026 ra quân dọn vệ sinh", kind: .period, start: "2026-03-05", end: "2026-04-20", reference: nil),
        Case(input: "từ ngày 10/02 – 15/02 trực Tết", kind: .period, start: "2026-02-10", end: "2026-02-15"),
        // Two days of one month written once: a two-day window.
        Case(input: "hoãn các cuộc họp trong chiều ngày 9 và ngày 10/3/2026", kind: .period, start: "2026-03-09", end: "2026-03-10",
             reference: nil),
    ])
    func readAsAClerkReadsThem(_ c: Case) {
        let found = Self.deadlines(c.input, reference: c.reference)
        #expect(found.count == 1, "\(found.map(\.text))")
        guard let deadline = found.first else { return }
        #expect(deadline.kind == c.kind)
        #expect(deadline.start?.iso == (c.kind == .due ? c.end : c.start))
        #expect(deadline.end?.iso == c.end)
    }

    @Test(arguments: [
        "02 ngày nghỉ lễ dịp Quốc khánh và 02 ngày là ngày nghỉ hàng tuần",
        "Đảng ủy xã tổ chức Hội nghị giao ban định kỳ tháng 1-2026",
        "bảo đảm trực 24/24 giờ",
        "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
        "Chỉ thị 02-CT/TU, ngày 23/12/2020 của Tỉnh ủy",
        "tham gia Tết trồng cây",
    ])
    func notDeadlines(text: String) {
        #expect(Self.deadlines(text, reference: "2026-01-29").isEmpty, "\(Self.deadlines(text, reference: "2026-01-29").map(\.text))")
    }

    // The 5th and the 20th of each month repeat: no window between them.
    @Test func twoDaysOfEachMonthAreNoWindow() {
        #expect(Self.deadlines("họp vào ngày 5 và 20 hằng tháng", reference: "2026-01-29").map(\.kind) == [.recurring])
    }

    @Test func aCanChiYearWithoutAnyDateIsOfTheCurrentCycle() {
        let found = Self.deadlines("chuẩn bị đón Tết Nguyên đán Bính Ngọ, trước Tết Quý Mão", reference: nil)
        #expect(found.last?.end == CivilDate(year: 2023, month: 1, day: 21))
    }
}
