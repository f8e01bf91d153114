import Testing
import LunarCalendar
@testable import BantinCore
@testable import BantinKit

/// Year-less dates take their year from the document's own time; where it gives none the clerk
/// is told; a plan's account ("Theo kế hoạch, …") holds its dated work (round 10).
struct DocumentYearReaderTests {
    private static func deadlines(_ text: String) throws -> [[Deadline]] {
        try ProseReaderTests.extract(text).1.map(\.deadlines)
    }

    private static func undatedWarnings(_ text: String) throws -> [Diagnostic] {
        try ProseReaderTests.extract(text).2.filter { $0.message.contains("không ghi năm") }
    }

    // 814-vanhuong-bch-danguy-phuong-duyet-daihoi-2025: the congress opens the term 2025-2030, so
    // "24 và 25-2" is in 2025.
    @Test func aCongressIsHeldInTheFirstYearOfItsTerm() throws {
        let text = """
        Đại hội đại biểu Đảng bộ phường Vạn Hương lần thứ 10 diễn ra trong hai ngày 24 và 25-2

        Ngày 17-2, Ban Chấp hành Đảng bộ phường Vạn Hương tổ chức duyệt chương trình tổ chức Đại hội đại biểu Đảng bộ phường lần thứ 10, nhiệm kỳ 2025-2030.

        Theo kế hoạch, Đại hội đại biểu Đảng bộ phường Vạn Hương lần thứ 10 sẽ diễn ra trong hai ngày 24 và 25-2.
        """
        let dates = try Self.deadlines(text).flatMap { $0 }.filter { $0.text.contains("24 và 25-2") }
        #expect(!dates.isEmpty)
        #expect(dates.allSatisfy { $0.start == CivilDate(iso: "2025-02-24") && $0.end == CivilDate(iso: "2025-02-25") })
        #expect(try Self.undatedWarnings(text).isEmpty)
    }

    // 825-hoian-hccb-tongket-phongtrao-2019: a review of the phase 2014 – 2019 is held in 2019.
    @Test func aReviewIsHeldInTheLastYearOfItsPhase() throws {
        let text = """
        Hội Cựu Chiến binh toàn thành phố tổng kết phong trào thi đua “Cựu Chiến binh gương mẫu” giai đoạn 2014 – 2019

        Sau khi tuyến cơ sở hoàn thành, dự kiến đến cuối tháng 6, Hội Cựu chiến binh thành phố cũng sẽ tổ chức tổng kết phong trào Cựu Chiến binh gương mẫu cấp thành phố.
        """
        let dates = try Self.deadlines(text).flatMap { $0 }
        #expect(dates.map(\.end) == [CivilDate(iso: "2019-06-30")])
    }

    // A term named with no congress, election or review ("đại biểu khóa XII, nhiệm kỳ 2021 - 2026",
    // "sơ kết giai đoạn") dates nothing: the year-less month stays undated, and the clerk is told
    // at its line (605-thainguyentv-chibo-xom-thang9 has no year at all).
    @Test func aTermAloneGivesNoYearAndTheClerkIsTold() throws {
        let text = """
        Sinh hoạt chi bộ

        Đồng chí đại biểu HĐND huyện khóa XII, nhiệm kỳ 2021 - 2026 dự sinh hoạt và sơ kết giai đoạn 2021 - 2025 của chi bộ.

        Trong tháng 9, Chi bộ tiếp tục chỉ đạo Đoàn thanh niên tổ chức tổng kết hoạt động hè.
        """
        let dates = try Self.deadlines(text).flatMap { $0 }
        #expect(dates.count == 1)
        #expect(dates.first?.end == nil)
        let warnings = try Self.undatedWarnings(text)
        #expect(warnings.count == 1)
        #expect(warnings.first?.line == 5)
        #expect(warnings.first?.message.contains("Trong tháng 9") == true)
    }

    // 829-giangthanh-mttqhuyen-kehoach-daihoi-2018: what the plan holds, told with its month, is a
    // task even with a verb that is no instruction ("chọn … làm điểm").
    @Test func aPlansDatedWorkIsATask() throws {
        let text = """
        28.11.2018

        Đến nay, công tác chuẩn bị Đại hội MTTQ các cấp trên địa bàn huyện đang được triển khai đúng tiến độ.

        Theo kế hoạch, Ban Thường trực Ủy ban MTTQ huyện chọn Ủy ban MTTQ xã Vĩnh Điều làm điểm chỉ đạo Đại hội cấp xã vào tháng 12/2018.
        """
        let tasks = try ProseReaderTests.extract(text).1
        #expect(tasks.map { String($0.text.prefix(14)) } == ["Theo kế hoạch,"])
        #expect(tasks.first?.deadlines.map(\.kind) == [.period])
    }

    // 44-phucla-ubnd-phuong-thaobangron-2019: a body's plan told ("Theo kế hoạch của UBND phường
    // thời gian treo …") informs; it is no task.
    @Test func aBodysPlanToldInformsOnly() throws {
        let text = """
        Tháo dỡ băng rôn

        Theo kế hoạch của UBND phường thời gian treo băng zôn, khẩu hiệu từ ngày 25/8/2019 đến hết ngày 3/9/2019.
        """
        #expect(try ProseReaderTests.extract(text).1.isEmpty)
    }

    // 822-kiengiang-pctubndtinh-tet-atty-2025: the province's departments given work are a unit;
    // guiding or consulted, they are not.
    @Test func theDepartmentsAreNoUnitWhereTheyOnlyGuide() throws {
        let text = """
        Hội nghị kết luận như sau:

        - Đề nghị các sở, ngành, địa phương quan tâm công tác bình ổn thị trường.
        - Đề nghị UBND xã triển khai thực hiện theo hướng dẫn của cấp trên và các sở, ngành liên quan.
        - UBND xã lấy ý kiến các sở, ngành liên quan về quy hoạch.
        """
        let units = try ProseReaderTests.extract(text).1.map { $0.units.map(\.unitID) }
        #expect(units == [["so-nganh"], ["ubnd"], ["ubnd"]])
    }
}

/// A body's commitment after a long purpose, and a promise that goes on to name its work (round 10).
struct CommitmentAfterPurposeReaderTests {
    // 824-vixuyen-congan-xa-tuantra-2025: the purpose has commas of its own; the body is named right
    // before "sẽ", and "tiếp tục" goes on to the work ("tham mưu …, phối hợp …").
    @Test func aBodysCommitmentAfterALongPurposeIsATask() throws {
        let text = """
        Công an xã thành lập tổ tuần tra nhân dân

        Công an xã nhanh chóng thành lập tổ tuần tra nhân dân và trang bị công cụ hỗ trợ.

        Để nâng cao hiệu quả hoạt động của công tác tuần tra, đảm bảo an ninh, trật tự trên địa bàn trong thời gian tới, Công an xã sẽ tiếp tục tham mưu cho cấp ủy, chính quyền, phối hợp với các ban, ngành, đoàn thể tại địa phương chủ động nắm bắt, trao đổi thông tin tội phạm.
        """
        let tasks = try ProseReaderTests.extract(text).1
        #expect(tasks.map { String($0.text.prefix(10)) } == ["Để nâng ca"])
        #expect(tasks.first.map { Set($0.units.map(\.unitID)) } == ["cax", "dang-uy", "ubnd", "doan-the"])
    }

    // A long purpose before a body that only goes on caring, or a "sẽ" far from any body, is no task.
    @Test func aVaguePromiseOrAFarWillIsNoTask() throws {
        let text = """
        Công an xã thành lập tổ tuần tra nhân dân

        Để nâng cao hiệu quả hoạt động của công tác tuần tra, đảm bảo an ninh, trật tự trên địa bàn trong thời gian tới, Công an xã sẽ tiếp tục quan tâm hơn nữa.

        Sau khi hoàn thành việc rà soát danh sách các hộ dân trên địa bàn toàn xã, trong năm tới việc cấp đổi giấy chứng nhận quyền sử dụng đất cho các hộ sẽ thuận lợi hơn.
        """
        #expect(try ProseReaderTests.extract(text).1.isEmpty)
    }
}

/// A body that hands out work goes on assigning in the paragraphs after (round 10).
struct BodyAssignmentReaderTests {
    // 818-tphcm-ubndtp-treoco-tetbinhngo-2026: the city's notice as a paper tells it.
    @Test func theParagraphsAfterABodysAssignmentCarryItOn() throws {
        let text = """
        UBND thành phố thông báo treo cờ Tổ quốc

        UBND TPHCM giao Chủ tịch UBND phường, xã, đặc khu, Thủ trưởng các cơ quan, đơn vị thực hiện vận động, nhắc nhở việc treo cờ Tổ quốc ở địa bàn dân cư.

        Sở Nông nghiệp và Môi trường chủ trì, phối hợp các sở ngành, đơn vị, hướng dẫn UBND phường, xã, đặc khu thực hiện tốt công tác vận động Nhân dân giữ gìn vệ sinh.

        Năm 2025, các phường, xã đã thực hiện tốt việc treo cờ Tổ quốc.
        """
        let tasks = try ProseReaderTests.extract(text).1
        #expect(tasks.map { String($0.text.prefix(12)) } == ["UBND TPHCM g", "Sở Nông nghi"])
        #expect(tasks.last.map { $0.units.map(\.unitID).contains("so-nganh") } == true)
    }

    // A person's assignment ends with its paragraph: the next one, subject-led, tells the meeting.
    @Test func aPersonsAssignmentEndsWithItsParagraph() throws {
        let text = """
        Hội nghị triển khai công tác bầu cử

        Đồng chí Chủ tịch UBND xã giao Văn phòng HĐND và UBND xã chuẩn bị tài liệu hội nghị.

        Ủy ban MTTQ xã chủ trì hội nghị hiệp thương lần thứ nhất với 45 đại biểu tham dự.
        """
        let tasks = try ProseReaderTests.extract(text).1
        #expect(tasks.map { String($0.text.prefix(12)) } == ["Đồng chí Chủ"])
    }
}

/// A dated plan told in the passive inside a plan's account is its work (round 10).
struct PassivePlanInAccountReaderTests {
    // 820-binhdinh-mttq-tinh-kehoach-daihoi-2014: the second sentence, "Việc tổ chức … sẽ hoàn
    // thành trước tháng 5.2014 …", opened the account and was then dropped as a statement.
    @Test func aPassiveDatedPlanIsATask() throws {
        let text = """
        6 Mặt trận cấp xã tổ chức xong đại hội nhiệm kỳ mới

        Theo kế hoạch tổ chức đại hội MTTQ Việt Nam các cấp trong tỉnh, đại hội Mặt trận cấp xã tổ chức từ quý IV/2013 và hoàn thành trước tháng 3.2014. Việc tổ chức đại hội Mặt trận cấp huyện sẽ hoàn thành trước tháng 5.2014 và Đại hội MTTQ Việt Nam tỉnh hoàn thành trước tháng 7.2014.
        """
        let (_, tasks, diagnostics) = try ProseReaderTests.extract(text)
        #expect(tasks.map { String($0.text.prefix(12)) } == ["Theo kế hoạc", "Việc tổ chức"])
        #expect(tasks.last?.deadlines.compactMap(\.end) == ["2014-04-30", "2014-06-30"].compactMap { CivilDate(iso: $0) })
        #expect(!diagnostics.contains { $0.message.contains("không đọc được nhiệm vụ") })
    }

    // Told as done, the same sentence is an account.
    @Test func aPassivePlanToldAsDoneIsNoTask() throws {
        let text = """
        Mặt trận các cấp tổ chức xong đại hội

        Việc tổ chức đại hội Mặt trận cấp huyện đã hoàn thành trước tháng 5.2014.
        """
        #expect(try ProseReaderTests.extract(text).1.isEmpty)
    }
}
