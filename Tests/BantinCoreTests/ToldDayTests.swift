import LunarCalendar
import Testing
@testable import BantinCore

/// Days a write-up tells something happened on, as a clerk reads them: the day of an event told,
/// the same day named again, and the day of an act told with "đã" are no time limits.
struct ToldDayTests {
    static func days(_ text: String, meeting: CivilDate? = CivilDate(year: 2024, month: 3, day: 20)) -> [String] {
        DeadlineExtractor(meetingDate: meeting).deadlines(in: text).map { deadline in
            "\(deadline.kind):\(deadline.start?.iso ?? "?")..\(deadline.end?.iso ?? "?")"
        }
    }

    @Test(arguments: [
        // "Cũng trong ngày …", "Cùng trong ngày …" ties the sentence to the event told before it.
        "Cũng trong ngày 5/3, các thôn đồng loạt tổ chức lễ ra quân làm sạch đường làng.",
        "Cùng trong ngày 12/3, Đoàn Thanh niên xã tổ chức lễ phát động Tháng Thanh niên.",
        "Cũng ngày 14/3, Hội Nông dân các xã tổ chức hội nghị sơ kết quý I.",
        // A day written again in brackets ("tức", "nhằm") is the same day told.
        "Sáng ngày 15/02/2024 (tức ngày mùng 6 Tết), tại trụ sở, UBND xã tổ chức Lễ phát động Tết trồng cây.",
        "Chiều ngày 24/02/2024 (nhằm Rằm tháng Giêng), Đảng ủy xã tổ chức hội nghị giao ban.",
        // A day after an act told with "đã" in its clause dates the act.
        "UBND xã đã có buổi làm việc ngày 05/3/2024 với các hộ dân, yêu cầu tháo dỡ lều quán.",
        "Trước đó, Công an xã đã mời chủ cơ sở lên làm việc ngày 10/3 và lập biên bản.",
    ])
    func toldDaysAreNoDeadlines(sentence: String) {
        let found = Self.days(sentence)
        #expect(found == [], "\(sentence) → \(found)")
    }

    // Still a deadline: a plan "vào ngày …", a day after the meeting, a day with no "đã", a day
    // before which the work is due, a sentence that opens with "Trong ngày" alone.
    @Test func plannedAndDueDaysStay() {
        #expect(Self.days("UBND xã đã thống nhất tổ chức hội nghị đối thoại vào ngày 25/3/2024.") == ["event:2024-03-25..2024-03-25"])
        #expect(Self.days("Đảng ủy đã chỉ đạo các chi bộ tổ chức đại hội ngày 28/3/2024.") == ["event:2024-03-28..2024-03-28"])
        #expect(Self.days("Các thôn báo cáo kết quả ngày 15/3/2024.") == ["event:2024-03-15..2024-03-15"])
        #expect(Self.days("UBND xã đã yêu cầu các hộ tháo dỡ trước ngày 30/3/2024.") == ["due:2024-03-30..2024-03-30"])
        #expect(Self.days("Trong ngày 25/3, các thôn tổ chức hội nghị cử tri.") == ["event:2024-03-25..2024-03-25"])
    }
}
