import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit

/// Conclusions without a tasks section, read through the whole pipeline (Markdown included):
/// the directive part found by its formulas, split as a clerk would, and what the opening says.
struct ProseReaderTests {
    static func read(_ text: String) throws -> ConclusionDocument {
        let source = try SourceLoading.document(text, path: "content/tb.md", relativePath: "tb.md").document
        return try DocumentReading.read(source, options: .init()).document
    }

    static func extract(_ text: String, registry: UnitRegistry = .standard) throws -> (ConclusionDocument, [TaskItem], [Diagnostic]) {
        let document = try read(text)
        let source = try SourceLoading.document(text, path: "content/tb.md", relativePath: "tb.md").document
        let (tasks, diagnostics) = ConclusionExtraction.tasks(of: document, conclusionID: "tb", source: source, registry: registry)
        return (document, tasks, diagnostics)
    }

    /// The opening words of each task read.
    static func starts(_ text: String, length: Int = 24) throws -> [String] {
        try read(text).rawTasks.map { String($0.text.prefix(length)) }
    }

    // After ";" a modal with its instruction opens a directive of its own (Hòa Chính, 2019).
    @Test func aModalInstructionAfterASemicolonIsATaskOfItsOwn() throws {
        let text = """
        HĐND huyện giám sát tại xã

        Qua giám sát, Thường trực HĐND huyện đề nghị xã Hòa Chính cần tiếp tục chủ động khai thác các nguồn thu của địa phương, coi trọng quản lý đất công; cần tiếp tục đẩy mạnh hệ thống chăn nuôi.
        """
        #expect(try Self.starts(text, length: 14) == ["Qua giám sát, ", "cần tiếp tục đ"])
    }

    // A sentence said as a request but read as an account is reported at its line; a report is not.
    @Test func aRequestReadAsAnAccountIsWarnedAtItsLine() throws {
        let text = """
        Hội nghị giao ban tháng 3

        Đề nghị UBND xã đã tổ chức tốt hội nghị tiếp xúc cử tri.

        UBND xã đã tổ chức hội nghị triển khai kế hoạch.
        """
        let (_, tasks, diagnostics) = try Self.extract(text)
        #expect(tasks.isEmpty)
        let warned = diagnostics.filter { $0.message.contains("viết như một chỉ đạo") }
        #expect(warned.map(\.line) == [3])
    }

    // A person's speech told in the write-up's past, outside any directive part (Tân Hòa, 2020).
    @Test func aSpeechToldInThePastInstructs() throws {
        let text = """
        Sơ kết công tác Dân vận 6 tháng đầu năm 2020

        Ông Trần Phú Hữu, Phó Trưởng Ban Dân vận Huyện ủy đã phát biểu, chỉ đạo cần giữ vững những kết quả đạt được, phấn đấu hoàn thành nhiệm vụ 6 tháng cuối năm 2020.

        UBND xã đã tổ chức hội nghị triển khai kế hoạch.
        """
        #expect(try Self.starts(text, length: 12) == ["Ông Trần Phú"])
    }

    // The per-unit run-in of a plan (xã Hoài Đức, 2025): the name heads its line and the lines after it.
    @Test func aNameRunInBeforeItsWorkHeadsTheLinesAfterIt() throws {
        let text = """
        Ủy ban Mặt trận Tổ quốc Việt Nam xã: Chủ trì, phối hợp với các đơn vị liên quan trong công tác tuyên truyền, vận động Nhân dân.
        Huy động và phân công các tổ chức thành viên làm lực lượng nòng cốt.
        Hướng dẫn, giám sát việc thực hiện phong trào tại cơ sở.
        """
        let (_, tasks, _) = try Self.extract(text)
        #expect(tasks.map { String($0.text.prefix(12)) } == ["Ủy ban Mặt t", "Huy động và ", "Hướng dẫn, g"])
        #expect(tasks.allSatisfy { task in task.units.contains { $0.unitID == "mttq" && $0.role == .lead } })
    }

    @Test(arguments: ["Thời gian: từ ngày 19/8/2015 đến 28/8/2015", "Lưu ý: Tổ chức đúng giờ cho bà con",
                      "Chủ tịch UBND xã yêu cầu: tăng cường tuần tra"])
    func labelsAreNoRunInNames(line: String) {
        let prose = ProseText(line)
        #expect(DirectiveGrammar.doerRunIn(prose, 0..<prose.bytes.count) == nil)
    }

    @Test func oneParagraphAfterAColonSplitsAtSentencesAndLongSemicolonLists() throws {
        let text = """
        Chủ tịch UBND xã kết luận nội dung phiên họp như: Đề nghị cán bộ, công chức xã chấp hành tốt giờ giấc làm việc; đề cao tinh thần trách nhiệm. Tiếp tục tuyên truyền dịch vụ công trực tuyến; Giao Phòng Kinh tế rà soát hồ sơ đất đai; Ban Chỉ huy Quân sự xã chuẩn bị huấn luyện.
        """
        #expect(try Self.starts(text) == ["Đề nghị cán bộ, công chứ", "Tiếp tục tuyên truyền dị", "Giao Phòng Kinh tế rà so", "Ban Chỉ huy Quân sự xã c"])
    }

    @Test func runInOrdinalsKeepTheirFollowUpsUntilASpeakerSpeaks() throws {
        let text = """
        Đồng chí Phó Bí thư Thường trực Đảng ủy nêu rõ một số nhiệm vụ trọng tâm trong thời gian tới: Thứ nhất, tập trung triển khai Chỉ thị số 45-CT/TW. Thứ hai, triển khai Nghị quyết số 57-NQ/TW. Đồng thời, thống nhất các nhiệm vụ cấp bách trong tháng 7. Đồng chí nhấn mạnh, UBND xã cần tiếp tục kiện toàn bộ máy. Đồng thời, tập trung chỉ đạo sản xuất nông nghiệp.
        """
        let tasks = try Self.read(text).rawTasks
        #expect(tasks.map(\.label) == ["Thứ nhất", "Thứ hai", "", ""])
        #expect(tasks[1].text.contains("thống nhất các nhiệm vụ cấp bách"))
        #expect(tasks[2].text.hasPrefix("Đồng chí nhấn mạnh, UBND xã cần"))
        #expect(tasks[3].text.hasPrefix("Đồng thời, tập trung chỉ đạo"))
    }

    @Test func topicRunInsAreItems() throws {
        let text = """
        Trong đó nhấn mạnh một số nhiệm vụ trọng tâm cần thực hiện trong tháng tới gồm: Về sản xuất nông nghiệp: thường xuyên kiểm tra đồng ruộng; Về xây dựng nông thôn mới như: Tập trung chỉ đạo quyết liệt. Triển khai đề án xử lý rác thải; về công tác y tế: Cần quan tâm phòng chống dịch;Về công tác Đảng cần tập trung hoàn thành nhiệm vụ chính trị.
        """
        let tasks = try Self.read(text).rawTasks
        #expect(tasks.count == 4)
        #expect(tasks[1].text.contains("Triển khai đề án"))
        #expect(tasks[3].text.hasPrefix("Về công tác Đảng cần"))
    }

    @Test func aNoticeReadsOneDirectivePerLineAndLeavesOutEntitlementsAndTheClosing() throws {
        let text = """
        Thông báo treo Quốc kỳ và lịch nghỉ Tết

        Ủy ban nhân dân xã Nhơn Mỹ thông báo đến toàn thể cán bộ, công chức và Nhân dân như sau:

        Thời gian nghỉ Tết: 05 ngày liên tục, từ ngày 16/02/2026 đến hết ngày 20/02/2026
        Các cơ quan, đơn vị và hộ dân treo Quốc kỳ từ ngày 16/02/2026 đến hết ngày 20/02/2026. Yêu cầu các hộ dân thực hiện vệ sinh môi trường.
        Công an, Quân sự, Trạm Y tế đảm bảo trực 24/24.
        Ủy ban nhân dân xã yêu cầu thủ trưởng các cơ quan, đơn vị thực hiện nghiêm các nội dung tại Thông báo này./.
        Bích Trâm – Kiều Tiên
        """
        let (document, tasks, _) = try Self.extract(text)
        #expect(tasks.map { String($0.text.prefix(20)) } == ["Các cơ quan, đơn vị ", "Yêu cầu các hộ dân t", "Công an, Quân sự, Tr"])
        #expect(tasks[0].deadlines.first?.kind == .period)
        #expect(tasks[2].units.map(\.unitID) == ["cax", "bchqs", "tyt"])
        #expect(tasks[2].deadlines.isEmpty)  // "trực 24/24" is no date
        #expect(document.meta.subject == "Thông báo treo Quốc kỳ và lịch nghỉ Tết")
        #expect(document.meta.kind == .state)
    }

    @Test func linesIndentedByAWebPageAreProseAndTheirListsLists() throws {
        let text = """
                  Ủy ban nhân dân xã Vân Khánh thông báo phân công trực như sau:

                  1. Cán bộ, công chức được bố trí nghỉ 01 ngày, ngày 01/01/2026.

                  2. Các đơn vị: Công an, Quân sự, trạm Y tế phải đảm bảo nhân lực.

                  3. Giao Phòng Văn hóa - Xã hội kiểm tra việc treo cờ ở các ấp.
        """
        let (_, tasks, _) = try Self.extract(text)
        #expect(tasks.map(\.label) == ["2.", "3."])
        #expect(tasks[0].units.map(\.unitID) == ["cax", "bchqs", "tyt"])
        #expect(tasks[0].units.allSatisfy { $0.role == .lead })
        #expect(tasks[1].units.map(\.unitID) == ["phong-vhxh", "xom"])
    }

    @Test func aSpeechWithoutAColonKeepsItsInstructionsAndCommitmentsNotItsPraise() throws {
        let text = """
        Phát biểu kết luận buổi làm việc, đồng chí Đào Đức Minh, Chủ tịch UBND xã ghi nhận những đóng góp của các đồng chí trưởng thôn. Ghi nhận các ý kiến trao đổi tại hội nghị.
        Đồng chí Chủ tịch UBND xã khẳng định: Chính quyền xã sẽ tập trung rà soát, giải quyết các vấn đề còn tồn tại.
        Về nhiệm vụ trong thời gian tới, đồng chí đề nghị các phòng ban chuyên môn chủ động xây dựng kế hoạch, thường xuyên theo dõi các thôn.
        """
        let (_, tasks, diagnostics) = try Self.extract(text)
        #expect(tasks.map { String($0.text.prefix(16)) } == ["Chính quyền xã s", "Về nhiệm vụ tron"])
        #expect(tasks[0].units.map(\.unitID) == ["ubnd"])
        #expect(tasks[1].units.first?.unitID == "phong-chuyen-mon")
        #expect(tasks[1].deadlines.map(\.kind) == [.recurring])
        #expect(!diagnostics.contains { $0.message.contains("không đọc được") })
    }

    @Test func directivesBeforeTheirAfterwordAreTasks() throws {
        let text = """
        Thời gian qua, xã đã đạt được những kết quả nhất định

        Tiếp tục tăng cường củng cố niềm tin của nhân dân; ban hành quy chế làm việc; thực hiện tinh giản biên chế

        Đó là những nội dung trọng tâm đã được Thường trực Huyện ủy chỉ ra tại buổi làm việc sáng nay
        """
        #expect(try Self.starts(text, length: 12) == ["Tiếp tục tăn", "ban hành quy", "thực hiện ti"])
    }

    @Test func aReportWithoutDirectivesHasNoTaskAndNoWarning() throws {
        let text = """
        Hội Nông dân xã sơ kết 6 tháng đầu năm

        Ngày 15/7/2026, Hội Nông dân xã tổ chức hội nghị sơ kết. Trong 6 tháng đầu năm, Hội đã vận động 124 hội viên mới.

        Tại hội nghị, các đại biểu đã thảo luận, đề xuất nhiều giải pháp để thực hiện tốt nhiệm vụ trong thời gian tới.
        """
        let (document, tasks, diagnostics) = try Self.extract(text)
        #expect(tasks.isEmpty)
        #expect(diagnostics.isEmpty)
        #expect(document.meta.kind == .article)
        #expect(document.meta.meetingDate == CivilDate(year: 2026, month: 7, day: 15))
    }

    @Test func anIntroductionWithNothingReadAfterItIsReportedAtItsLine() throws {
        let text = """
        Hội nghị BCH Đảng bộ xã tháng 5

        Sáng ngày 5/5/2026, Ban Chấp hành Đảng bộ xã họp thường kỳ.

        Kết luận hội nghị, đồng chí Bí thư Đảng ủy nhấn mạnh một số nhiệm vụ trọng tâm như sau:

        Trong tháng qua, toàn xã đã hoàn thành 95% kế hoạch thu ngân sách.
        """
        let (_, tasks, diagnostics) = try Self.extract(text)
        #expect(tasks.isEmpty)
        let warning = diagnostics.first { $0.message.contains("không đọc được nhiệm vụ nào") }
        #expect(warning?.description.hasPrefix("content/tb.md:5: warning:") == true, "\(diagnostics)")
    }

    @Test func theExampleSiteHasNoUnreadDirectives() throws {
        let output = try ExampleSite.build()
        #expect(!output.warnings.contains { $0.message.contains("không đọc được nhiệm vụ nào") })
    }

    // MARK: - Opening

    @Test(arguments: [
        ("Chiều ngày 3/7, Đảng ủy xã tổ chức hội nghị triển khai nhiệm vụ trọng tâm tháng 7/2025.", "2025-07-03"),
        ("Sáng 30-1, Đảng ủy xã Hưng Long tổ chức Hội nghị giao ban định kỳ tháng 1-2026.", "2026-01-30"),
        ("Sáng ngày 01 /7/2022 Đảng ủy xã Sơn Trung tổ chức lễ chào cờ - giao ban tháng 7 năm 2022.", "2022-07-01"),
        ("Chiều ngày 8/9, HĐND xã triệu tập kỳ họp thứ 2, nhiệm kỳ 2021 - 2026. Báo cáo nhiệm vụ 6 tháng cuối năm 2021.", "2021-09-08"),
        ("Ngày 30/12/2025, UBND xã Chương Dương ban hành Thông báo số 149/TB-UBND về việc treo cờ.", "none"),
        ("Căn cứ Thông báo số 866/TB-UBND ngày 10 tháng 4 năm 2015 của UBND huyện, UBND xã thông báo như sau:", "none"),
        ("Ngày cập nhật 07/04/2018\n\nNgày 04/4/2018, UBND phường tổ chức triển khai kế hoạch tiêm phòng.", "2018-04-04"),
    ])
    func meetingDateFromTheSentenceThatTellsTheMeeting(text: String, expected: String) throws {
        #expect(try Self.read(text).meta.meetingDate?.iso ?? "none" == expected)
    }

    @Test(arguments: [
        ("đánh giá kết quả thực hiện các nhiệm vụ trong tháng 6 năm 2022 triển khai các nhiệm vụ trọng tâm tháng 7 năm 2022", "2022-07-01", "2022-07-31"),
        ("đồng chí chủ trì kết luận một số nhiệm vụ trọng tâm thực hiện cuối tháng 3 và trong tháng 4/2022, bao gồm", "2022-04-01", "2022-04-30"),
        ("đề nghị các đoàn thể tập trung các nhiệm vụ trong 6 tháng cuối năm 2023", "2023-07-01", "2023-12-31"),
        // Months counted from either end of the year, a quarter, a year right after a plan noun.
        ("yêu cầu tập trung thực hiện tốt một số nhiệm vụ trọng tâm 5 tháng cuối năm 2018 như sau", "2018-08-01", "2018-12-31"),
        ("triển khai các nhiệm vụ trọng tâm quý IV/2023", "2023-10-01", "2023-12-31"),
        ("tập trung thực hiện tốt một số nhiệm vụ trọng tâm năm 2024 như sau", "2024-01-01", "2024-12-31"),
    ])
    func plannedPeriodsAreThoseAPlanNames(sentence: String, start: String, end: String) {
        let found = ProseOpening.plannedWindows(in: sentence, reference: nil).last
        #expect(found?.period.lowerBound.iso == start)
        #expect(found?.period.upperBound.iso == end)
    }

    @Test func aReviewedWindowIsNoPlan() {
        #expect(ProseOpening.plannedWindows(in: "đánh giá kết quả công tác Dân vận 6 tháng đầu năm 2023", reference: nil).isEmpty)
        // A year that labels an action is no plan's period.
        #expect(ProseOpening.plannedWindows(in: "đồng chí Bí thư yêu cầu phát động phong trào thi đua năm 2024", reference: nil).isEmpty)
    }

    @Test(arguments: [
        ("II. NHIỆM VỤ TRỌNG TÂM 5 THÁNG CUỐI NĂM 2018", "2018-08-01", "2018-12-31"),
        ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31"),
        ("Nhiệm vụ 9 tháng đầu năm 2019", "2019-01-01", "2019-09-30"),
    ])
    func periodsOfTasksSectionTitles(title: String, start: String, end: String) {
        let found = ConclusionReader.period(in: title)
        #expect(found?.0.lowerBound.iso == start)
        #expect(found?.0.upperBound.iso == end)
    }

    @Test func aHorizonIsNoSectionPeriod() {
        #expect(ConclusionReader.period(in: "Nhiệm vụ phát triển đến năm 2030") == nil)
    }

    /// Found by `make fuzz`: a directive that is only its verb ran a range past the end of the words.
    @Test(arguments: [
        ("Đồng chí Bí thư đề nghị: Treo", ["Treo"]),
        ("Đồng chí Chủ tịch kết luận như sau:\n\n- Treo", ["Treo"]),
        ("Đề nghị các chi bộ trực", ["Đề nghị các chi bộ trực"]),
    ])
    func aDirectiveThatIsOnlyItsVerbIsRead(text: String, expected: [String]) throws {
        let (_, tasks, _) = try Self.extract(text)
        #expect(tasks.map(\.text) == expected)
    }
}
