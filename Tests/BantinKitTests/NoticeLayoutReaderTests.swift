import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit

/// How notices and working-session write-ups of commune portals state who does what and when,
/// read through the whole pipeline (Markdown included): per-unit headings, labelled schedules,
/// time lines, lead-ins without a colon, a speaker who goes on instructing.
struct NoticeLayoutReaderTests {
    static func extract(_ text: String) throws -> (ConclusionDocument, [TaskItem]) {
        let (document, tasks, _) = try ProseReaderTests.extract(text)
        return (document, tasks)
    }

    static func starts(_ tasks: [TaskItem], length: Int = 20) -> [String] {
        tasks.map { String($0.text.prefix(length)) }
    }

    @Test func headingsThatNameTheDoerGovernTheItemsUnderThem() throws {
        let text = """
        Nhiệm vụ phòng chống lụt bão năm 2026

        1. Đối với UBND xã:
        - Tăng cường tuyên truyền để nhân dân chủ động phòng tránh.
        - Chỉ đạo các hộ nuôi trồng thủy sản có phương án bảo vệ lồng bè.
        2. Trách nhiệm của Ban Chỉ huy Quân sự xã
        - Xây dựng phương án huy động lực lượng xung kích.
        - Các chi bộ đưa kế hoạch vào sinh hoạt
        """
        let (_, tasks) = try Self.extract(text)
        #expect(Self.starts(tasks) == ["Tăng cường tuyên tru", "Chỉ đạo các hộ nuôi ", "Xây dựng phương án h", "Các chi bộ đưa kế ho"])
        try #require(tasks.count == 4)
        #expect(tasks[0].units.map(\.unitID) == ["ubnd"])
        #expect(tasks[0].units.first?.role == .lead)
        #expect(tasks[1].units.map(\.unitID) == ["ubnd"])
        #expect(tasks[2].units.map(\.unitID) == ["bchqs"])
        #expect(tasks[3].units.map(\.unitID).contains("chi-bo"))
    }

    @Test func aLabelledNoticeReadsItsScheduleAndRequestsAndLeavesOutPlaceFeeAndContact() throws {
        let text = """
        THÔNG BÁO

        Về việc thu gom rác thải sinh hoạt

        Trung tâm Dịch vụ tổng hợp xã thông báo lịch thu gom rác thải trên địa bàn như sau:
        + Thời gian thu gom:
        Từ ngày 03 tháng 8 năm 2025
        Định kỳ: 3 lần/tuần (vào các ngày thứ 2, thứ 4 và thứ 6)
        + Địa điểm thu gom:
        Tại các tuyến đường chính của các ấp.
        + Yêu cầu đối với người dân:
        Để rác đúng giờ, đúng nơi quy định.
        Không đổ rác xuống kênh, rạch.
        + Phí thu gom:
        Theo quy định hiện hành.
        Trung tâm Dịch vụ tổng hợp xã đề nghị các hộ dân nghiêm túc thực hiện nhằm giữ gìn vệ sinh môi trường.
        """
        let (_, tasks) = try Self.extract(text)
        #expect(Self.starts(tasks) == ["Thời gian thu gom:\nT", "Để rác đúng giờ, đún", "Không đổ rác xuống k"])
        try #require(tasks.count == 3)
        #expect(tasks[0].deadlines.contains { $0.kind == .event && $0.end == CivilDate(iso: "2025-08-03") })
        #expect(tasks[0].deadlines.contains { $0.kind == .recurring })
    }

    @Test func aScheduleRunIntoOneParagraphDatesEachDay() throws {
        let text = """
        Ngày 02/4/2024 UBND xã ban hành Công văn số 45/UBND về lịch tiêm phòng cho đàn gia súc.

        UBND xã xây dựng lịch tiêm phòng lở mồm long móng đợt 1 năm 2024 như sau: Buổi sáng ngày 10 tháng 4 tiêm ở thôn Nà Pẻn; buổi chiều tiêm thôn Bản Chang; Sáng ngày 11 tiêm ở thôn Khuổi Ỏ: buổi chiều tiêm ở thôn Nà Mòn. UBND xã đề nghị các hộ gia đình chủ động nhốt trâu, bò để tiêm phòng theo đúng lịch.
        """
        let (_, tasks) = try Self.extract(text)
        let days = tasks.compactMap { $0.deadlines.first { $0.kind == .event }?.end }
        #expect(days == [CivilDate(iso: "2024-04-10"), CivilDate(iso: "2024-04-11")])
        #expect(tasks.last?.text.hasPrefix("UBND xã đề nghị các hộ gia đình") == true)
    }

    @Test func hoursUnderALabelAndNumberedHeadingsKeepTheListOpen() throws {
        let text = """
        Chủ tịch UBND xã thông báo lịch tiếp công dân như sau:

        1. Thời gian:

        - Tiếp công dân định kỳ vào ngày 15 hằng tháng.

        Buổi sáng: Từ 07h30’ đến 11h00’

        - Tiếp công dân đột xuất khi có vụ việc phức tạp.

        2. Địa điểm: Phòng tiếp công dân, trụ sở UBND xã.

        3. Giao Văn phòng HĐND và UBND xã đăng tải thông báo này trên trang thông tin điện tử của xã.
        """
        let (_, tasks) = try Self.extract(text)
        #expect(tasks.contains { $0.text.hasPrefix("Tiếp công dân định kỳ") && $0.deadlines.contains { $0.kind == .recurring } })
        #expect(tasks.contains { $0.text.hasPrefix("Tiếp công dân đột xuất") })
        #expect(tasks.contains { $0.text.hasPrefix("Giao Văn phòng HĐND và UBND xã đăng tải") && $0.units.map(\.unitID) == ["vp-hdnd-ubnd"] })
        #expect(!tasks.contains { $0.text.hasPrefix("Địa điểm") })
    }

    @Test func aPersonWhoInstructsGoesOnToTheEndOfTheParagraph() throws {
        let text = """
        Tại buổi làm việc, đồng chí Phó Bí thư Thường trực Huyện ủy yêu cầu Đảng ủy xã lãnh đạo tổ chức thành công đại hội chi bộ; chỉ đạo rà soát công tác nhân sự. Tiếp tục nắm chắc tình hình tư tưởng của cán bộ, đảng viên.

        Năm 2025, xã đã hoàn thành 15/18 chỉ tiêu. Tổ chức tốt các hoạt động văn hóa, văn nghệ.
        """
        let (_, tasks) = try Self.extract(text)
        #expect(Self.starts(tasks) == ["Tại buổi làm việc, đ", "chỉ đạo rà soát công", "Tiếp tục nắm chắc tì"])
        try #require(tasks.count == 3)
        #expect(tasks[0].units.map(\.unitID) == ["dang-uy"])
    }

    @Test func aSpeechToldInThePastAndAPraiseBeforeTheRequest() throws {
        let text = """
        Huyện ủy làm việc với xã về công tác chuẩn bị đại hội

        Phát biểu chỉ đạo tại hội nghị, đồng chí Bí thư Huyện ủy đã yêu cầu Ban Chỉ đạo đại hội của xã cần bám sát kế hoạch của Huyện ủy. Tổ chức tốt việc duyệt văn kiện đại hội.

        Thay mặt lãnh đạo huyện, đồng chí Trưởng Công an huyện đã ghi nhận những kết quả xã đạt được đồng thời đề nghị xã cần tập trung giữ vững an ninh trật tự; tăng cường tuyên truyền, vận động Nhân dân tố giác tội phạm.
        """
        let (_, tasks) = try Self.extract(text)
        try #require(tasks.count == 4)
        #expect(tasks[1].text.hasPrefix("Tổ chức tốt việc duyệt"))
        #expect(tasks[3].text.hasPrefix("tăng cường tuyên truyền"))
    }

    @Test func aLeadInWithoutAColonIntroducesItsList() throws {
        let text = """
        Đoàn công tác làm việc với xã về chương trình hành động năm 2025

        Nhiệm vụ trước mắt là phối hợp ngành giáo dục vận động học sinh ra lớp; tuyên truyền Nhân dân tham gia bảo hiểm y tế; rà soát hộ nghèo.
        """
        let (_, tasks) = try Self.extract(text)
        #expect(Self.starts(tasks) == ["Nhiệm vụ trước mắt l", "tuyên truyền Nhân dâ", "rà soát hộ nghèo."])
    }

    @Test func anIntroductionAskingForWorkIsDatedByTheTimeLineAfterIt() throws {
        let text = """
        Thông báo treo cờ Tổ quốc

        Cán bộ, công chức nghỉ liên tục 03 ngày, từ ngày 01/01/2026 đến hết ngày 03/01/2026.

        Ủy ban nhân dân phường đề nghị các cơ quan, đơn vị, các hộ dân thực hiện treo cờ Tổ quốc đúng quy định như sau:

        Thời gian treo cờ bắt đầu từ ngày 31/12/2025 đến hết ngày 03/01/2026

        Các khu dân cư tăng cường tuần tra, đảm bảo an ninh trật tự.

        Lưu ý: Thời gian treo cờ có thể thay đổi theo hướng dẫn của cấp trên.
        """
        let (_, tasks) = try Self.extract(text)
        try #require(tasks.count == 2)
        #expect(tasks[0].text.hasPrefix("Ủy ban nhân dân phường đề nghị"))
        let first = try #require(tasks[0].deadlines.first { !$0.inferred })
        #expect(first.kind == .period && first.start == CivilDate(iso: "2025-12-31") && first.end == CivilDate(iso: "2026-01-03"))
        #expect(tasks[1].deadlines.allSatisfy { $0.inferred })
    }

    // A write-up of a plan's deployment tells the plan's work after "Theo kế hoạch, …"; a photo
    // caption between its paragraphs does not end it when the next one carries on ("Bên cạnh đó, …").
    @Test func aPlanAccountReadsItsWorkAcrossAPhotoCaption() throws {
        let text = """
        Xã triển khai kế hoạch phòng chống dịch bệnh mùa mưa

        Chiều ngày 08/5/2026, UBND xã tổ chức triển khai kế hoạch phòng chống dịch bệnh mùa mưa.

        Theo kế hoạch, xã sẽ tổ chức ra quân diệt lăng quăng tại các ấp; phối hợp Trạm Y tế xã phun hóa chất tại các ổ dịch. Đồng thời, địa phương tập trung tuyên truyền Nhân dân giữ vệ sinh môi trường.

        quang canh cuoc hop

        Bên cạnh đó, xã chú trọng kiểm tra các cơ sở kinh doanh thực phẩm.

        Quang cảnh buổi lễ

        Các đại biểu dự hội nghị chụp ảnh lưu niệm và tặng quà cho các hộ nghèo.

        Buổi lễ diễn ra trang trọng, các đoàn viên thanh niên tham gia đông đủ.
        """
        let (_, tasks) = try Self.extract(text)
        #expect(Self.starts(tasks) == ["Theo kế hoạch, xã sẽ t", "phối hợp Trạm Y tế xã ", "Đồng thời, địa phương", "Bên cạnh đó, xã chú t"].map { String($0.prefix(20)) })
    }

    @Test func aPlanCitedWithItsNumberOpensNoPlanAccount() throws {
        let text = """
        Xã tổng kết công tác tuyển quân

        Theo Kế hoạch số 12/KH-UBND, xã sẽ tổ chức lễ giao quân cho thanh niên.
        """
        let (_, tasks) = try Self.extract(text)
        #expect(tasks.isEmpty)
        // A plan told without work is no introduction that failed.
        let (_, none, diagnostics) = try ProseReaderTests.extract("""
        Xã tổng kết công tác tuyển quân

        Theo kế hoạch, năm 2024 xã được giao chỉ tiêu 25 thanh niên nhập ngũ.
        """)
        #expect(none.isEmpty)
        #expect(!diagnostics.contains { $0.message.contains("không đọc được nhiệm vụ nào") })
    }

    // A letter's numbered sections name the bodies their bullets are for: "1. Đề nghị X" (an address
    // with no work) heads its items, and the bare name of the next section heads its own.
    @Test func numberedAddressHeadingsNameTheDoersOfTheirItems() throws {
        let text = """
        Về việc tuyên truyền phục vụ Đại hội

        UBND xã đề nghị các cơ quan, đơn vị, Chi bộ các thôn và Ban nhân dân các thôn triển khai một số nội dung sau:

        1. Đề nghị các cơ quan, đơn vị đóng trên địa bàn xã
        - Thực hiện treo cờ và băng rôn tại trụ sở cơ quan.
        - Thông báo cán bộ, công chức trong cơ quan treo cờ Tổ quốc.
        2. Ban nhân dân các thôn
        - Vận động các hộ gia đình treo cờ Tổ quốc.
        """
        let (_, tasks) = try Self.extract(text)
        #expect(Self.starts(tasks) == ["Thực hiện treo cờ và", "Thông báo cán bộ, cô", "Vận động các hộ gia "])
        try #require(tasks.count == 3)
        #expect(tasks[0].units.map(\.unitID) == ["cac-co-quan-don-vi"])
        #expect(tasks[2].units.map(\.unitID) == ["xom"])
    }

    // A plan's schedule told in one sentence, day then work: one task with a day per step. A day
    // followed by a comma and the body that met that day is told, not planned.
    @Test func aScheduleToldInOneSentenceIsATaskWithADayPerStep() throws {
        let text = """
        Hội đồng nghĩa vụ quân sự xã triển khai kế hoạch tuyển quân năm 2016

        Ngày 7/01/2016, Hội đồng nghĩa vụ quân sự xã họp triển khai kế hoạch tuyển quân. Ngày 11/01/2016 tổ chức xét duyệt chính trị cấp xã, ngày 04/02/2016 trao lệnh gọi nhập ngũ và ngày 26/02/2016 tổ chức giao quân tại huyện.

        Ngày 5/01/2016 tổ chức hội nghị sơ kết công tác khám tuyển tại hội trường xã.
        """
        let (_, tasks) = try Self.extract(text)
        try #require(tasks.count == 1)
        #expect(tasks[0].text.hasPrefix("Ngày 11/01/2016 tổ chức"))
        #expect(tasks[0].deadlines.filter { $0.kind == .event }.compactMap(\.end)
            == ["2016-01-11", "2016-02-04", "2016-02-26"].compactMap { CivilDate(iso: $0) })
    }

    // "… yêu cầu X tập trung …, điển hình như: a, b, c" gives examples of its own instruction: one
    // task, not the introduction of a list (capitalised sentences after "như:" are its items).
    @Test func examplesAfterNhuBelongToTheInstructionTheyIllustrate() throws {
        let examples = """
        Hội nghị triển khai nhiệm vụ 6 tháng cuối năm

        Bí thư Đảng ủy phường yêu cầu các chi bộ tập trung chỉnh trang đô thị, điển hình như: cải thiện thu gom rác, làm sạch hè phố. Ủy ban MTTQ phường cần vận động Nhân dân tham gia.
        """
        let (_, tasks) = try Self.extract(examples)
        #expect(Self.starts(tasks) == ["Bí thư Đảng ủy phườn", "Ủy ban MTTQ phường c"])
        let items = """
        Hội nghị triển khai nhiệm vụ tháng 12

        Đồng chí Chủ tịch UBND xã phát biểu triển khai các nhiệm vụ trọng tâm cần thực hiện, như: Tập trung cấp giấy chứng nhận quyền sử dụng đất. Rà soát hộ nghèo đúng đối tượng.
        """
        let (_, listed) = try Self.extract(items)
        #expect(Self.starts(listed) == ["Tập trung cấp giấy c", "Rà soát hộ nghèo đún"])
    }

    // "… ghi nhận những đóng góp của X. Đồng thời, đề nghị trong thời gian tới cần …": the request
    // names no one, so it asks the bodies just praised; a request that names its addressee keeps it.
    @Test func aRequestThatNamesNoOneAsksTheBodiesJustPraised() throws {
        let text = """
        Đảng ủy xã làm việc với Ủy ban MTTQ xã

        Phát biểu tại buổi làm việc, đồng chí Bí thư Đảng ủy xã ghi nhận những đóng góp tích cực của Ủy ban MTTQ xã. Đồng thời, đề nghị trong thời gian tới cần triển khai công tác bảo vệ môi trường; xây dựng công trình chào mừng Đại hội.

        Đồng chí cũng biểu dương kết quả của Ủy ban MTTQ xã. Đề nghị Công an xã tăng cường tuần tra.
        """
        let (_, tasks) = try Self.extract(text)
        try #require(tasks.count == 3)
        #expect(tasks[0].units.map(\.unitID) == ["mttq"])
        #expect(tasks[0].units.first?.role == .requested)
        #expect(tasks[2].units.map(\.unitID) == ["cax"])
    }

    // "1. Tuyên truyền cổ động trực quan:" titles the bullets under it, each a task; "1. Tổ chức treo
    // cờ như sau:" announces the details of its own work, which stay in it.
    @Test func aNumberedTitleWithAColonHeadsItsBulletsAndIsNoTask() throws {
        let titled = """
        Về việc tuyên truyền đón đoàn thẩm định

        Chủ tịch UBND xã yêu cầu các ông trưởng thôn thực hiện một số nhiệm vụ như sau:

        1. Tuyên truyền cổ động trực quan:

        - Phát động toàn thể nhân dân treo cờ Tổ quốc từ 25/6 đến hết ngày 29/6;

        - Bổ sung hệ thống cờ trên nóc nhà văn hóa thôn.
        """
        let (_, tasks) = try Self.extract(titled)
        #expect(Self.starts(tasks) == ["Phát động toàn thể n", "Bổ sung hệ thống cờ "])
        let detailed = """
        Về việc treo cờ Tổ quốc

        Chủ tịch UBND xã yêu cầu các ông trưởng thôn thực hiện một số nhiệm vụ như sau:

        1. Tổ chức treo cờ Tổ quốc như sau:

        - Thời gian: từ ngày 25/6 đến hết ngày 29/6;

        - Địa điểm: nhà văn hóa các thôn.
        """
        let (_, details) = try Self.extract(detailed)
        try #require(details.count == 1)
        #expect(details[0].text.hasPrefix("Tổ chức treo cờ Tổ quốc như sau:"))
    }

    // A dated plan's next entries after ";" — elliptical or with "sẽ" — are tasks of their own.
    @Test func theEntriesOfADatedPlanAfterSemicolonsAreTasks() throws {
        let text = """
        Huyện chọn hai đảng bộ tổ chức đại hội điểm

        Đại hội Đảng bộ xã Tân Việt dự kiến tổ chức trước ngày 25.3.2020; Đại hội Đảng bộ Xí nghiệp thủy lợi huyện trước ngày 5.4.2020. Đại hội Đảng bộ cấp cơ sở dự kiến diễn ra từ tháng 4 đến hết tháng 5/2020; đầu tháng 8/2020 sẽ tổ chức Đại hội Đảng bộ huyện.
        """
        let (_, tasks) = try Self.extract(text)
        #expect(Self.starts(tasks) == ["Đại hội Đảng bộ xã T", "Đại hội Đảng bộ Xí n", "Đại hội Đảng bộ cấp ", "đầu tháng 8/2020 sẽ "])
    }

    // A body that asks goes on asking to the end of its paragraph, as a person does.
    @Test func aBodyThatAsksGoesOnToTheEndOfTheParagraph() throws {
        let text = """
        Xã phát động tổng vệ sinh môi trường

        Theo đó, UBND xã yêu cầu các cơ quan, đơn vị và toàn thể Nhân dân đồng loạt ra quân tổng vệ sinh môi trường. Mỗi hộ gia đình tự giác thu gom, xử lý rác thải sinh hoạt. Ủy ban MTTQ xã và các tổ chức thành viên hướng dẫn, giám sát phong trào tại từng thôn.

        Kết quả, các thôn đã ra quân dọn vệ sinh.
        """
        let (_, tasks) = try Self.extract(text)
        #expect(Self.starts(tasks) == ["Theo đó, UBND xã yêu", "Mỗi hộ gia đình tự g", "Ủy ban MTTQ xã và cá"])
    }

    // A report that ends in a promise with its day: the promise is a task, the report is not; an
    // undated promise stays part of the report.
    @Test func aDatedPromiseAtTheEndOfAReportIsATask() throws {
        let text = """
        Hội đồng nghĩa vụ quân sự xã sơ tuyển công dân nhập ngũ

        Theo báo cáo, kết quả đã khám 124 công dân, đạt sức khỏe là 80 công dân, còn 44 công dân chưa đến khám, địa phương sẽ tiếp tục điều động công dân đi khám sức khỏe vào ngày 28/11/2019 để đảm bảo số lượng được giao.

        Kết quả, xã đã tuyển chọn 20 thanh niên, các thôn sẽ tiếp tục tuyên truyền cho thanh niên.
        """
        let (_, tasks) = try Self.extract(text)
        try #require(tasks.count == 1)
        #expect(tasks[0].text.hasPrefix("địa phương sẽ tiếp tục điều động"))
        #expect(tasks[0].deadlines.contains { $0.end == CivilDate(iso: "2019-11-28") })
    }

    // "… còn nhiều khó khăn tuy nhiên nhiệm vụ trước mắt là khắc phục …": the plan copula after what it
    // rests on starts the task.
    @Test func aPlanCopulaAfterItsGroundsStartsTheTask() throws {
        let text = """
        Đảng ủy xã họp triển khai nhiệm vụ những tháng cuối năm

        Phát biểu kết luận hội nghị, đồng chí Bí thư Đảng ủy nhận định tình hình những tháng cuối năm còn nhiều khó khăn tuy nhiên nhiệm vụ trước mắt là khắc phục các tiêu chí nông thôn mới chưa đạt.
        """
        let (_, tasks) = try Self.extract(text)
        try #require(tasks.count == 1)
        #expect(tasks[0].text.hasPrefix("nhiệm vụ trước mắt là khắc phục"))
    }
}
