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

    // The newspapers' dotted days: a range glued by a hyphen ("từ ngày 05.4-20.5") and a month with
    // its year after a dot ("trong tháng 6.2024"); a code with a hyphen stays no date.
    @Test func dottedRangesAndMonthsArePeriods() {
        #expect(Self.days("Các thôn tổ chức tiêm phòng cho đàn gia súc từ ngày 05.4-20.5.") == ["period:2024-04-05..2024-05-20"])
        #expect(Self.days("Hoàn thành việc chỉnh trang nghĩa trang từ ngày 01/4-15/5/2024.") == ["period:2024-04-01..2024-05-15"])
        #expect(Self.days("Hội Nông dân xã tổ chức tập huấn từ ngày 10.4 đến 25.4.") == ["period:2024-04-10..2024-04-25"])
        #expect(Self.days("Đảng ủy xã hoàn thành việc kiểm điểm trong tháng 6.2024.") == ["due:2024-06-30..2024-06-30"])
        #expect(Self.days("Thực hiện Kế hoạch số 12/3-KH của UBND xã.").isEmpty)
    }

    // "định kỳ đợt 2" names the round of a periodic campaign; "định kỳ hằng quý" says how often.
    @Test func aPeriodicCampaignsRoundIsNoRepeat() {
        #expect(Self.days("Các thôn tổ chức tiêm phòng dại cho chó định kỳ đợt 1 năm 2024.").isEmpty)
        #expect(Self.days("Hội Nông dân xã báo cáo định kỳ hằng quý.") == ["recurring:?..?"])
    }

    // Two months named together ("trong tháng 9, 10", "trong tháng 9 và tháng 10/2024") are one period;
    // a count after the comma is no month.
    @Test func twoMonthsNamedTogetherAreOnePeriod() {
        #expect(Self.days("Các xã tổ chức tiêm phòng đại trà trong tháng 9, 10.") == ["period:2024-09-01..2024-10-31"])
        #expect(Self.days("Hoàn thành việc rà soát hộ nghèo trong tháng 11 và tháng 12/2024.") == ["period:2024-11-01..2024-12-31"])
        #expect(Self.days("Trong tháng 9, 10 hộ dân được hỗ trợ sửa nhà.") == ["due:2024-09-30..2024-09-30"])
    }
}

extension DatedAccountTests {
    // "Để … đạt kết quả, huyện đã yêu cầu X …": a demand told in the past for a purpose still ahead
    // asks for the work to come, and the instructions after it in the paragraph are its own.
    @Test func aDemandForAPurposeAheadIsATask() throws {
        let text = """
        Chuẩn bị cho đợt cao điểm phòng chống dịch

        Để công tác phòng dịch đạt hiệu quả huyện đã yêu cầu Trạm Y tế các xã chuẩn bị đủ thuốc men. Các thôn ra soát các hộ có nguy cơ. Thực hiện tốt việc phun thuốc khử trùng tại các điểm nguy cơ.
        """
        let (_, tasks, _) = try ProseReaderTests.extract(text)
        #expect(tasks.map { String($0.text.prefix(12)) } == ["Để công tác ", "Các thôn ra ", "Thực hiện tố"])
        #expect(tasks.first?.units.map(\.unitID).contains("tyt") == true)
        // Told with no purpose, the demand is what was done.
        let (_, none, _) = try ProseReaderTests.extract("""
        Kết quả phòng dịch

        Tháng qua, huyện đã yêu cầu Trạm Y tế các xã chuẩn bị đủ thuốc men.
        """)
        #expect(none.isEmpty)
    }
}

extension DatedAccountTests {
    // "X sẽ <instruction verb> …" states work X takes on, dated or not; the instructions after it in
    // its paragraph carry it on. "sẽ" before a verb that only hopes is no commitment.
    @Test func aBodyThatSeTakesWorkOnHasATask() throws {
        let text = """
        Hội nghị triển khai kế hoạch hè

        Theo đó Đoàn Thanh niên xã sẽ tổ chức các hoạt động vui chơi cho thiếu nhi trong dịp hè. Tăng cường công tác giữ gìn an toàn cho trẻ em ở các khu vực ao hồ.

        Mô hình sẽ góp phần giảm các vụ đuối nước trên địa bàn.
        """
        let (_, tasks, _) = try ProseReaderTests.extract(text)
        #expect(tasks.map { String($0.text.prefix(12)) } == ["Theo đó Đoàn", "Tăng cường c"])
        #expect(tasks.first?.units.map(\.unitID) == ["doan"])
    }
}

extension DatedAccountTests {
    // A visiting delegation speaks ("Đoàn kiểm tra yêu cầu X …"): X is the addressee, even when its
    // work starts with a verb that also introduces speech ("nghiêm túc quán triệt …").
    @Test func aDelegationThatRequestsIsTheSpeaker() throws {
        let (_, tasks, _) = try ProseReaderTests.extract("""
        Kiểm tra công tác phòng cháy

        Đoàn kiểm tra yêu cầu Hội Cựu chiến binh xã nghiêm túc quán triệt các quy định về phòng cháy.
        """)
        #expect(tasks.first?.units.map(\.unitID) == ["hccb"])
    }

    // The agricultural service centres of the years before 2025 are the service centre of today.
    @Test func anAgriculturalServiceCentreIsTheServiceCentre() throws {
        let (_, tasks, _) = try ProseReaderTests.extract("""
        Tiêm phòng vụ thu

        Đề nghị Trung tâm Dịch vụ nông nghiệp huyện cung ứng đủ vắc xin cho các xã trước ngày 15/9/2024.
        """)
        #expect(tasks.first?.units.map(\.unitID).first == "ttdvsnc")
    }
}

extension DatedAccountTests {
    // The news of an instruction just given ("… vừa giao X …") hands X the work; what a body "vừa"
    // did is still an account.
    @Test func anInstructionJustGivenIsATask() throws {
        let (_, tasks, _) = try ProseReaderTests.extract("""
        Chuẩn bị phòng chống hạn vụ đông xuân

        Chủ tịch UBND xã vừa giao Ban Chỉ huy Quân sự xã xây dựng phương án chống hạn cho vụ đông xuân.

        UBND xã vừa tổ chức hội nghị sơ kết công tác phòng chống hạn.
        """)
        #expect(tasks.map { String($0.text.prefix(14)) } == ["Chủ tịch UBND "])
        #expect(tasks.first?.units.map(\.unitID) == ["bchqs"])
    }
}

extension DatedAccountTests {
    // "… thông qua nghị quyết về chương trình giám sát năm 2025. Trong đó, X giám sát …": the items
    // of a programme adopted are its work, one paragraph each.
    @Test func theItemsOfAProgrammeAdoptedAreTasks() throws {
        let (_, tasks, _) = try ProseReaderTests.extract("""
        Kỳ họp thứ 5 HĐND xã

        Kỳ họp đã thông qua nghị quyết về chương trình giám sát năm 2025.

        Trong đó, Thường trực HĐND xã giám sát việc giải quyết đơn thư của công dân.

        Ban Pháp chế HĐND xã chủ trì giám sát công tác bảo đảm an ninh trật tự.
        """)
        #expect(tasks.map { String($0.text.prefix(12)) } == ["Trong đó, Th", "Ban Pháp chế"])
        #expect(tasks.allSatisfy { $0.units.map(\.unitID).contains("hdnd") })
    }
}

extension DatedAccountTests {
    // "Qua đó, <a person> yêu cầu X …" draws the request from what the visit showed: a task. "Qua đó"
    // before an account stays an account.
    @Test func aRequestDrawnFromAVisitIsATask() throws {
        let (_, tasks, _) = try ProseReaderTests.extract("""
        Kiểm tra các công trình thủy lợi

        Đoàn đã kiểm tra các tuyến kênh mương trên địa bàn xã. Qua đó, Phó Chủ tịch UBND huyện yêu cầu Hợp tác xã nạo vét kênh mương trước mùa mưa.

        Qua đó, các hộ dân đã hiểu rõ hơn về công tác thủy lợi.
        """)
        #expect(tasks.map { String($0.text.prefix(8)) } == ["Qua đó, "])
        #expect(tasks.first?.text.contains("Hợp tác xã") == true)
    }
}

extension DatedAccountTests {
    // "Tham dự đầy đủ …" in a speech asks someone to attend; "Tham dự hội nghị có …" tells who came.
    @Test func toAttendInFullIsAnInstruction() throws {
        let (_, tasks, _) = try ProseReaderTests.extract("""
        Giao ban công tác dân vận

        Tham dự hội nghị có đại diện các đoàn thể xã.

        Đồng chí Bí thư Đảng ủy yêu cầu Hội Phụ nữ xã chủ động nắm tình hình hội viên. Tham dự đầy đủ các buổi sinh hoạt tại khu dân cư.
        """)
        #expect(tasks.map { String($0.text.prefix(10)) } == ["Đồng chí B", "Tham dự đầ"])
    }
}
