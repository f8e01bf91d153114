import LunarCalendar
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

@Suite struct ICalendarWriterTests {
    typealias F = CalendarFixture

    static let entries = try! F.entries([F.conclusion("kl-02", date: day(29, 1, 2026), tasks: [
        F.task("kl-02-nv-4", "Bốn là, hoàn thành đợt 1 hỗ trợ nhà ở (14 căn); bàn giao, nghiệm thu \\ báo cáo", label: "Bốn là",
               deadlines: [Deadline(kind: .due, start: nil, end: day(16, 2, 2026), text: "trước Tết Nguyên đán")]),
        F.task("kl-02-nv-7", "Bảy là, lấy ý kiến Nhân dân về Quy hoạch chung đô thị Xuân Hưng", label: "Bảy là",
               deadlines: [Deadline(kind: .period, start: day(1, 3, 2026), end: day(31, 3, 2026), text: "tháng 03/2026")]),
    ])])

    let writer = ICalendarWriter(name: "Lịch hạn nhiệm vụ — Đảng ủy xã", description: "Hạn, sự kiện", stamp: day(29, 1, 2026),
                                 alarmDaysBefore: [3], baseURL: "https://intranet.xa/bantin")

    @Test func linesAreCRLFAndFoldedWithinUTF8() {
        let text = writer.write(Self.entries)
        let bytes = Array(text.utf8)
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        // Every LF is preceded by CR; every line is at most 75 octets and valid UTF-8 on its own.
        for (index, byte) in bytes.enumerated() where byte == 0x0A { #expect(index > 0 && bytes[index - 1] == 0x0D) }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true).map { $0.dropLast() }
        for line in lines {
            #expect(line.count <= 75)
            #expect(String(validating: Array(line), as: UTF8.self) != nil)
        }
        #expect(lines.contains { $0.first == 0x20 })  // something was folded
        // Unfolding gives back the logical lines.
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:Hoàn thành đợt 1 hỗ trợ nhà ở (14 căn)\\; bàn giao\\, nghiệm thu \\\\ báo cáo\r\n"))
    }

    @Test func allDayEventsAndStableUIDs() {
        let text = writer.write(Self.entries).replacingOccurrences(of: "\r\n ", with: "")
        #expect(text.contains("UID:kl-02-nv-4-1@bantin\r\nDTSTAMP:20260129T000000Z\r\nDTSTART;VALUE=DATE:20260216\r\nDTEND;VALUE=DATE:20260217\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20260301\r\nDTEND;VALUE=DATE:20260401\r\n"))
        #expect(text.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P3D\r\n"))
        #expect(text.contains("URL:https://intranet.xa/bantin/ket-luan/kl-02.html#nv-4\r\n"))
        #expect(text.contains("X-WR-CALNAME:Lịch hạn nhiệm vụ — Đảng ủy xã\r\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
        #expect(writer.write(Self.entries) == writer.write(Self.entries))
    }

    @Test func noAlarmsNoURLWhenNotConfigured() {
        let plain = ICalendarWriter(name: "Lịch", description: "", stamp: day(1, 1, 2026))
        let text = plain.write(Self.entries)
        #expect(!text.contains("VALARM") && !text.contains("URL:"))
    }

    @Test(arguments: [
        ("a;b,c\\d\ne", "a\\;b\\,c\\\\d\\ne"),
        ("Ngày 03/02", "Ngày 03/02"),
    ])
    func textEscaping(raw: String, escaped: String) {
        #expect(ICalendarText.escape(raw) == escaped)
    }

    @Test func foldNeverSplitsACharacter() {
        // 40 × "ệ" (3 octets each): a split inside a character would leave invalid UTF-8.
        let folded = ICalendarText.fold("SUMMARY:" + String(repeating: "ệ", count: 40))
        let lines = Array(folded.utf8).split(separator: 0x0A).map { Array($0.dropLast()) }
        #expect(lines.count == 2)
        #expect(lines[0].count == 74)  // 8 + 22 × 3; one more character would make 77
        #expect(lines.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
    }
}
