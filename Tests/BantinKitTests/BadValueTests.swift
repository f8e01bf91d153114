import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit

/// Values that used to be accepted (issue 13, point 7): dates past what a conclusion can mean,
/// ranges written backwards, configuration of the wrong type, a UTF-16 file cut short.
@Suite(.serialized) struct BadValueTests {
    static let opening = "THÔNG BÁO\n\nKết luận thử\n\nSáng ngày 05 tháng 3 năm 2026, hội nghị.\n\nIII. Nhiệm vụ trọng tâm\n\n"

    func run(_ files: [String: String], _ arguments: [String] = ["tasks", "--format", "json"]) throws -> (status: Int32, stdout: String, stderr: String) {
        let site = try TemporarySite(files)
        defer { site.remove() }
        return try site.run(arguments)
    }

    /// Every date in a JSON export, and whether each start is on or before its end.
    static func dates(inExport json: String) throws -> (dates: [CivilDate], ordered: Bool) {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        var dates: [CivilDate] = []
        var ordered = true
        func visit(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                if let start = (dictionary["start"] as? String).flatMap(CivilDate.init(iso:)),
                   let end = (dictionary["end"] as? String).flatMap(CivilDate.init(iso:)), start > end { ordered = false }
                dictionary.values.forEach(visit)
            } else if let array = value as? [Any] {
                array.forEach(visit)
            } else if let text = value as? String, text.count == 10, let date = CivilDate(iso: text) {
                dates.append(date)
            }
        }
        visit(object)
        return (dates, ordered)
    }

    // Point 7: 9999-12-30 plus "(03/02)" exported 10000-02-03 and wrote lich/10000-0.html.
    @Test func aFrontMatterDateOutOfRangeIsAnError() throws {
        let result = try run(["content/a.md": "---\ndate: 9999-12-30\n---\n" + Self.opening + "Một là, kỷ niệm ngày thành lập Đảng (03/02).\n"],
                             ["build"])
        #expect(result.status == 1, "exit \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("content/a.md:2:") && result.stderr.contains("ngoài khoảng 1900–2100"), "\(result.stderr)")
    }

    @Test func datesFromTheTextStayInRange() throws {
        let body = "THÔNG BÁO\n\nKết luận thử\n\nSáng ngày 30 tháng 12 năm 2100, hội nghị.\n\nIII. Nhiệm vụ trọng tâm\n\n"
            + "Một là, kỷ niệm ngày thành lập Đảng (03/02).\n\nHai là, UBND xã hoàn thành trước ngày 15/03/9999.\n"
        let result = try run(["content/a.md": body])
        #expect(result.status == 0, "\(result.stderr)")
        let (dates, ordered) = try Self.dates(inExport: result.stdout)
        #expect(dates.allSatisfy(DateBounds.contains), "\(dates)")
        #expect(ordered)
        #expect(result.stderr.contains("ngoài khoảng 1900–2100"), "\(result.stderr)")
    }

    // Point 7: "từ ngày 15/03/2026 đến ngày 01/01/2026" exported start after end with no warning.
    @Test func aRangeWrittenBackwardsIsOrderedAndReported() throws {
        let result = try run(["content/a.md": Self.opening + "Một là, UBND xã tổ chức kiểm tra từ ngày 15/03/2026 đến ngày 01/01/2026.\n"])
        #expect(result.status == 0, "\(result.stderr)")
        let (dates, ordered) = try Self.dates(inExport: result.stdout)
        #expect(ordered)
        #expect(dates.contains(CivilDate(year: 2026, month: 1, day: 1)!) && dates.contains(CivilDate(year: 2026, month: 3, day: 15)!))
        #expect(result.stderr.contains("warning:") && result.stderr.contains("sau ngày kết thúc"), "\(result.stderr)")
    }

    // Point 7: a string where a list belongs removed every holiday; events "x" and a negative
    // reminder were ignored.
    @Test(arguments: [
        ("calendar:\n  holidays: \"statutory\"\n", "bantin.yml:2:", "phải là một danh sách"),
        ("calendar:\n  events: \"x\"\n", "bantin.yml:2:", "phải là một danh sách"),
        ("calendar:\n  events:\n    - x\n", "bantin.yml:3:", "khóa: giá trị"),
        ("calendar:\n  alarm_days_before: -5\n", "bantin.yml:2:", "alarm_days_before"),
        ("calendar:\n  alarm_days_before: [3, 400]\n", "bantin.yml:2:", "alarm_days_before"),
        ("calendar:\n  events:\n    - {date: 2026-03-15, title: x, end_date: 2026-03-01}\n", "bantin.yml:3:", "end_date"),
        ("calendar:\n  events:\n    - {date: 1800-03-15, title: x}\n", "bantin.yml:3:", "ngoài khoảng 1900–2100"),
        ("calendar: [statutory]\n", "bantin.yml:1:", "khóa: giá trị"),
    ])
    func calendarSettingsOfTheWrongKindAreErrors(_ yaml: String, _ place: String, _ message: String) throws {
        let result = try run(["bantin.yml": yaml, "content/a.md": Self.opening], ["build"])
        #expect(result.status == 1, "exit \(result.status) for \(yaml): \(result.stderr)")
        #expect(result.stderr.contains(place) && result.stderr.contains(message), "\(yaml) → \(result.stderr)")
    }

    @Test func goodCalendarSettingsStillRead() throws {
        let yaml = "calendar:\n  holidays: [statutory]\n  events:\n    - {date: 2026-03-15, title: Bầu cử}\n  alarm_days_before: 3\n"
        let site = try TemporarySite(["bantin.yml": yaml])
        defer { site.remove() }
        try site.write("content/a.md", Array(Self.opening.utf8))
        let input = try SiteLoader.load(SiteLayout(root: site.root), environment: [:])
        #expect(input.config.calendar.holidayLists == ["statutory"])
        #expect(input.config.calendar.events.map(\.title) == ["Bầu cử"])
        #expect(input.config.calendar.alarmDaysBefore == [3])
    }

    // Point 7: a UTF-16 file with an odd byte count lost its last byte.
    @Test func aUTF16FileCutShortIsAnError() throws {
        let text = Array(Self.opening.utf16)
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let site = try TemporarySite(bytes: ["content/a.md": bytes + [0x41]])
        defer { site.remove() }
        let result = try site.run(["build"])
        #expect(result.status == 1, "exit \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("content/a.md:") && result.stderr.contains("UTF-16 bị cắt cụt"), "\(result.stderr)")
        // Whole, it reads.
        try site.write("content/a.md", bytes)
        #expect(try site.run(["build"]).status == 0)
        // A lone surrogate is damage too.
        try site.write("content/a.md", bytes + [0x00, 0xD8])
        #expect(try site.run(["build"]).stderr.contains("UTF-16 bị hỏng"))
    }
}
