import LunarCalendar
import Testing
@testable import BantinCore

/// A bracket that names a day another way ("(nhằm ngày 20/12 Âm lịch)", "(tức …)") restates the
/// date before it: it is never a second date of the work, and a span it interrupts is still one
/// span. And a span of two days of one month may be written with a spaced en dash after "từ".
struct RestatedDayTests {
    static func days(_ text: String, meeting: CivilDate? = CivilDate(year: 2024, month: 1, day: 22)) -> [String] {
        ToldDayTests.days(text, meeting: meeting)
    }

    // 722: the lunar equivalents of both ends of the window.
    @Test func restatedDaysInsideAndAfterASpan() {
        let text = "Thời gian sử dụng: Từ ngày 30/01/2024 (nhằm ngày 20/12 Âm lịch) đến 17h00 ngày 09/02/2024 (nhằm ngày 30/12 Âm lịch)."
        #expect(Self.days(text) == ["period:2024-01-30..2024-02-09"])
        let deadline = DeadlineExtractor(meetingDate: nil).deadlines(in: text)
        #expect(deadline.map(\.text) == ["Từ ngày 30/01/2024 đến 17h00 ngày 09/02/2024"])
    }

    // 730: a comma before the bracket; several lunar days in it.
    @Test func restatedDaysAfterACommaAreOneGloss() {
        let text = "Từ ngày 07 – 09/12, (nhằm ngày 14, 15 và 16 tháng 11 âm lịch) sẽ diễn ra Lễ tưởng niệm."
        #expect(Self.days(text, meeting: CivilDate(year: 2022, month: 12, day: 1)) == ["period:2022-12-07..2022-12-09"])
    }

    // 710: "từ ngày 09 – 10/3/2019", "Từ ngày 12 – 22/3/2019".
    @Test(arguments: [
        ("Theo kế hoạch từ ngày 09 – 10/3/2019, thành phố tiến hành tiêm phòng.", "period:2019-03-09..2019-03-10"),
        ("Từ ngày 12 – 22/3/2019, tiến hành tiêm phòng đồng khởi.", "period:2019-03-12..2019-03-22"),
        ("Từ ngày 18-20/4/2018, các thôn ra quân.", "period:2018-04-18..2018-04-20"),
    ])
    func spacedDashSpans(sentence: String, expected: String) {
        #expect(Self.days(sentence, meeting: nil) == [expected])
    }

    // Counter-examples: a bracket that adds a second day of its own ("(và ngày …)") stays a date, and
    // a bare "09 – 10/3" without "từ" is not read as a span.
    @Test func otherBracketsAndBareDashesStay() {
        #expect(Self.days("Tổ chức tiêm phòng ngày 25/01/2024 (và ngày 27/01/2024 tại thôn Đông).")
            == ["event:2024-01-25..2024-01-25", "event:2024-01-27..2024-01-27"])
        #expect(!Self.days("Tiêm cho 09 – 10/3/2019 con.", meeting: nil).contains("period:2019-03-09..2019-03-10"))
    }
}

/// "đến <window> hoàn thành": the work is done by the window's end (713); a bare "đến tháng 9" may
/// close a span and is not read alone.
struct DoneByWindowTests {
    @Test func aWindowFollowedByItsCompletionIsDue() {
        #expect(ToldDayTests.days("Còn lại 5 chỉ tiêu Hội Nông dân xã dự kiến phấn đấu đến tháng 9 hoàn thành.",
                                  meeting: CivilDate(year: 2022, month: 4, day: 20)) == ["due:2022-09-30..2022-09-30"])
        #expect(ToldDayTests.days("Các thôn đến quý III xong việc chỉnh trang nhà văn hóa.",
                                  meeting: CivilDate(year: 2022, month: 4, day: 20)) == ["due:2022-09-30..2022-09-30"])
    }

    @Test func aBareWindowAfterDenIsNotReadAlone() {
        #expect(ToldDayTests.days("Duy trì hoạt động của tổ tự quản đến tháng 9 và báo cáo kết quả.",
                                  meeting: CivilDate(year: 2022, month: 4, day: 20)).isEmpty)
    }
}
