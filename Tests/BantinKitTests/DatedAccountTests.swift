import Foundation
import Testing
@testable import BantinCore

/// Days and periods as the texts of 2026-12-03 (Fixtures/real 501–539) write them, read as a clerk
/// reads them: the day a meeting was held or a letter sent is no time limit; a period is one.
struct DatedAccountTests {
    static func days(_ text: String, meeting: CivilDate? = CivilDate(year: 2024, month: 3, day: 20)) -> [String] {
        DeadlineExtractor(meetingDate: meeting).deadlines(in: text).map { deadline in
            "\(deadline.kind):\(deadline.start?.iso ?? "?")..\(deadline.end?.iso ?? "?")"
        }
    }

    // The sentence that tells the meeting or the ceremony opens with its day; the day is when it was held.
    @Test func theDayAMeetingWasHeldIsNoDeadline() {
        #expect(Self.days("Chiều ngày 12/3/2024, UBND xã An Phú họp phiên thường kỳ tháng 3.").isEmpty)
        #expect(Self.days("Sáng ngày 05/4/2024 Huyện đoàn tổ chức Lễ ra quân Tháng Thanh niên tại xã Bình Minh.").isEmpty)
        #expect(Self.days("Ngày 15/3/2024 tại hội trường, Đảng ủy xã tổ chức hội nghị sơ kết quý I.").isEmpty)
    }

    // A day with a body's act told in the past ("đã ban hành văn bản") dates the act, not the request in it.
    @Test func theDayALetterWasSentIsNoDeadline() {
        #expect(Self.days("Trước tình trạng trên, ngày 14/3, UBND xã đã có văn bản gửi Công ty Điện lực đề nghị khắc phục sự cố.").isEmpty)
    }

    // A plan for the day, a schedule line and a meeting still to come keep their day.
    @Test func aPlannedOrScheduledDayStaysADeadline() {
        #expect(Self.days("Ngày 25/3/2024, UBND xã sẽ tổ chức hội nghị đối thoại với nhân dân.") == ["event:2024-03-25..2024-03-25"])
        #expect(Self.days("Ngày 25/3/2024 tổ chức tiêm vắc xin cho trẻ tại Trạm Y tế xã.") == ["event:2024-03-25..2024-03-25"])
        #expect(Self.days("Các thôn hoàn thành hội nghị cử tri, ngày 28/3/2024 báo cáo kết quả về UBND xã.") == ["event:2024-03-28..2024-03-28"])
    }
}
