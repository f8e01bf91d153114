import LunarCalendar
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

@Suite struct CalendarModelTests {
    typealias F = CalendarFixture

    @Test func configurationChoosesListsAndAddsLocalEvents() {
        var options = SiteConfig.CalendarOptions()
        options.holidayLists = ["statutory"]
        options.events = [
            .init(date: day(15, 3, 2026), title: "Bầu cử"),
            .init(date: day(14, 10, 2026), endDate: day(16, 10, 2026), title: "Tuần lễ công tác Đảng"),
        ]
        let catalog = HolidayCatalog(options)
        let march = catalog.holidays(from: day(1, 3, 2026), through: day(31, 3, 2026)).map(\.name)
        #expect(march == ["Bầu cử"])  // no anniversaries (8/3, 26/3), no Rằm tháng Giêng
        let october = catalog.holidays(from: day(1, 10, 2026), through: day(31, 10, 2026))
        #expect(october.map(\.date) == [day(14, 10, 2026), day(15, 10, 2026), day(16, 10, 2026)])
        let all = HolidayCatalog(SiteConfig.CalendarOptions())
        #expect(all.holidays(from: day(3, 3, 2026), through: day(3, 3, 2026)).map(\.name) == ["Rằm tháng Giêng (Tết Nguyên tiêu)"])
        #expect(all.holidays(from: day(15, 3, 2026), through: day(15, 3, 2026)).isEmpty)
    }

    @Test func entriesOnePerDatedDeadline() throws {
        let task = F.task("kl-nv-7", "Bảy là, đẩy nhanh tiến độ quy hoạch; tháng 03/2026 lấy ý kiến", label: "Bảy là", units: ["ubnd"], deadlines: [
            Deadline(kind: .due, start: day(1, 2, 2026), end: day(28, 2, 2026), text: "trong tháng 02/2026"),
            Deadline(kind: .period, start: day(1, 3, 2026), end: day(31, 3, 2026), text: "tháng 03/2026"),
            Deadline(kind: .recurring, start: nil, end: nil, text: "thường xuyên"),
        ])
        let entries = try F.entries([F.conclusion("kl", date: day(29, 1, 2026), tasks: [task])])
        #expect(entries.map(\.id) == ["kl-nv-7-1", "kl-nv-7-2"])
        // A due date is its last day, even when the phrase named a month.
        #expect(entries[0].start == day(28, 2, 2026) && entries[0].end == day(28, 2, 2026))
        #expect(entries[1].days == day(1, 3, 2026)...day(31, 3, 2026))
        #expect(entries[0].title == "Đẩy nhanh tiến độ quy hoạch; tháng 03/2026 lấy ý kiến")
        #expect(entries[0].href == "ket-luan/kl.html#nv-7")
    }

    @Test func groupTaskReachesEveryMember() throws {
        let task = F.task("kl-nv-1", "Các chi bộ triển khai", units: ["cac-chi-bo"],
                          deadlines: [Deadline(kind: .due, start: nil, end: day(10, 3, 2026), text: "trước ngày 10/3")])
        let group = UnitRegistry(units: [BantinCore.Unit(id: "cac-chi-bo", name: "Các chi bộ", kind: .other, members: ["chi-bo-1", "chi-bo-2"])],
                                 topics: [])
        let entries = try F.entries([F.conclusion("kl", date: day(1, 3, 2026), tasks: [task])], registry: group)
        let calendar = DeadlineCalendar(entries: entries, holidays: HolidayCatalog())
        #expect(calendar.restricted(toUnit: "chi-bo-2").entries.count == 1)
        #expect(calendar.restricted(toUnit: "cac-chi-bo").entries.count == 1)
        #expect(calendar.restricted(toUnit: "ubnd").entries.isEmpty)
    }

    @Test func february2026Grid() throws {
        let task = F.task("kl-nv-4", "Bốn là, hỗ trợ nhà ở", label: "Bốn là",
                          deadlines: [Deadline(kind: .due, start: nil, end: day(16, 2, 2026), text: "trước Tết Nguyên đán")])
        let calendar = DeadlineCalendar(entries: try F.entries([F.conclusion("kl", date: day(29, 1, 2026), tasks: [task])]),
                                        holidays: HolidayCatalog())
        let february = calendar.month(year: 2026, month: 2)
        // 01/02/2026 is a Sunday: six empty cells, then five rows in all.
        #expect(february.weeks.count == 5)
        #expect(february.weeks.allSatisfy { $0.count == 7 })
        #expect(february.weeks[0].prefix(6).allSatisfy { $0 == nil })
        #expect(february.days.count == 28)
        let byDay = Dictionary(uniqueKeysWithValues: february.days.map { ($0.date.day, $0) })
        #expect(byDay[1]!.lunarLabel == "14 tháng Chạp")  // first cell names the lunar month
        #expect(byDay[2]!.lunarLabel == "15")
        #expect(byDay[16]!.lunarLabel == "29")
        #expect(byDay[17]!.lunarLabel == "1 tháng Giêng")
        #expect(byDay[16]!.entries.map(\.entry.title) == ["Hỗ trợ nhà ở"])
        #expect(byDay[3]!.holidays.map(\.name) == ["Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930)"])
        #expect(byDay[17]!.holidays.map(\.name) == ["Tết Nguyên đán Bính Ngọ (mùng 1)"])
        #expect(calendar.months == [day(1, 2, 2026)])
    }

    @Test func periodSpansItsDaysWithALabelPerWeekRow() throws {
        let task = F.task("kl-nv-2", "Lấy ý kiến", deadlines: [Deadline(kind: .period, start: day(28, 2, 2026), end: day(10, 3, 2026), text: "từ 28/2 đến 10/3")])
        let calendar = DeadlineCalendar(entries: try F.entries([F.conclusion("kl", date: day(1, 2, 2026), tasks: [task])]),
                                        holidays: HolidayCatalog(include: []))
        #expect(calendar.months == [day(1, 2, 2026), day(1, 3, 2026)])
        let march = calendar.month(year: 2026, month: 3)
        let placed = march.days.filter { !$0.entries.isEmpty }
        #expect(placed.map(\.date.day) == Array(1...10))
        #expect(placed.first!.entries[0].part == .middle && placed.first!.entries[0].showsLabel)  // first of the month
        #expect(placed.last!.entries[0].part == .end)
        // Labels on 01/03 (month start) and on Monday 02/03 and 09/03 only.
        #expect(placed.filter { $0.entries[0].showsLabel }.map(\.date.day) == [1, 2, 9])
        #expect(calendar.years == [2026])
    }

    @Test func noEntriesNoMonths() {
        let calendar = DeadlineCalendar(entries: [], holidays: HolidayCatalog())
        #expect(calendar.months.isEmpty && calendar.years.isEmpty)
    }

    @Test func pathsAreStable() {
        #expect(SitePaths.Calendar.month("2026-02") == "lich/2026-02.html")
        #expect(SitePaths.Calendar.unitFeed("ubnd") == "lich/don-vi-ubnd.ics")
        #expect(SitePaths.Calendar.unitOverview("ubnd") == "lich/don-vi/ubnd/index.html")
        #expect(SitePaths.Calendar.unitMonth("ubnd", "2026-03") == "lich/don-vi/ubnd/2026-03.html")
    }
}

@Suite struct CalendarInferredDeadlineTests {
    @Test func monthFallbackGivesWayToAStatedDueDate() throws {
        let month = Deadline(kind: .due, start: nil, end: day(28, 2, 2026), text: "tháng 02/2026", inferred: true)
        let stated = CalendarFixture.task("kl-nv-4", "Bốn là, hỗ trợ nhà ở", label: "Bốn là", deadlines: [
            Deadline(kind: .due, start: nil, end: day(16, 2, 2026), text: "trước Tết Nguyên đán"), month])
        let event = CalendarFixture.task("kl-nv-2", "Hai là, kỷ niệm", label: "Hai là", deadlines: [
            Deadline(kind: .event, start: day(3, 2, 2026), end: day(3, 2, 2026), text: "(03/02)"), month])
        let entries = try CalendarFixture.entries([CalendarFixture.conclusion("kl", date: day(29, 1, 2026), tasks: [stated, event])])
        // UIDs keep the deadline's position in the task, even when one is left out.
        #expect(entries.map(\.id) == ["kl-nv-2-1", "kl-nv-4-1", "kl-nv-2-2"])
    }
}
