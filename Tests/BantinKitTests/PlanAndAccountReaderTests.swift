import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit

/// Texts that tell what was done beside what is to be done — statistics of a period, a visit and
/// what it agreed, plan steps with no doer named — read as a clerk would (Fixtures/real 401–421).
struct PlanAndAccountReaderTests {
    // "UBND huyện giao 412 nhiệm vụ cho …" counts what was given over the period reviewed: no task,
    // and the period it counts over is no deadline (a provincial paper's overdue-task story).
    @Test func aCountOfTasksGivenIsStatisticsNotAnAssignment() throws {
        let text = """
        Đôn đốc các nhiệm vụ chậm tiến độ

        Từ ngày 1.3 đến ngày 30.6, UBND huyện giao 412 nhiệm vụ cho các phòng, ban, ngành và các xã; trong đó có 57 nhiệm vụ chậm tiến độ.

        Chủ tịch UBND huyện yêu cầu các phòng, ban, ngành khẩn trương hoàn thành các nhiệm vụ chậm tiến độ trước ngày 15.7.2021.
        """
        let (_, tasks, _) = try ProseReaderTests.extract(text)
        #expect(tasks.map { String($0.text.prefix(20)) } == ["Chủ tịch UBND huyện "])
        #expect(tasks.flatMap(\.deadlines).compactMap { $0.end?.iso } == ["2021-07-15"])
    }

    // "Giao Ban Văn hóa …" still assigns: only a number right after "giao" counts.
    @Test func anAssignmentWithItsDoerStaysATask() throws {
        let (_, tasks, _) = try ProseReaderTests.extract("""
        Giao ban tháng 5

        Giao Công an xã tăng cường tuần tra bảo đảm an ninh trật tự trong dịp lễ.
        """)
        #expect(tasks.count == 1)
    }

    // A reply to a citizen: the dated visit it tells was done; the work is what the visit agreed.
    @Test func theVisitAnOutcomeLooksBackOnIsAnAccount() throws {
        let text = """
        Trả lời phản ánh về đoạn mương bị lấp

        Kính gửi: Ông Nguyễn Văn A.
        Vấn đề ông phản ánh, UBND xã xin thông báo kết quả như sau:
        Ngày 12/5/2024, UBND xã phối hợp cùng Trưởng thôn Đông tiến hành kiểm tra thực tế đoạn mương bị lấp. Qua kiểm tra, thống nhất nạo vét lại đoạn mương trước mùa mưa. Đồng thời, tăng cường tuyên truyền người dân không đổ rác xuống mương.

        Trân trọng./.
        """
        let (_, tasks, _) = try ProseReaderTests.extract(text)
        #expect(tasks.map { String($0.text.prefix(14)) } == ["Qua kiểm tra, ", "Đồng thời, tăn"])
        #expect(tasks.flatMap(\.deadlines).allSatisfy { $0.end?.iso != "2024-05-12" })
    }
}

extension PlanAndAccountReaderTests {
    // One dash before a whole paragraph of directives is the paragraph pasted with a dash: each
    // directive sentence (and each ';' part opening with its verb) is a task; "phối hợp cùng X"
    // makes X a partner as "phối hợp với X" does.
    @Test func aLoneBulletHoldingAParagraphOfDirectivesIsReadAsRunningText() throws {
        let text = """
        Giao ban Hội Nông dân tháng 8

        Kết thúc hội nghị, đồng chí Chủ tịch Hội Nông dân huyện kết luận như sau:

        - Trong tháng 9, Hội Nông dân các xã tiếp tục vận động hội viên chăm sóc lúa mùa. Hướng dẫn các chi hội xây dựng mô hình kinh tế tập thể; tổ chức hội thi nhà nông giỏi. Phối hợp cùng Đoàn Thanh niên ra quân làm sạch kênh mương nội đồng.
        """
        let (_, tasks, _) = try ProseReaderTests.extract(text)
        #expect(tasks.map { String($0.text.prefix(12)) } == ["Trong tháng ", "Hướng dẫn cá", "tổ chức hội ", "Phối hợp cùn"])
        #expect(tasks.last?.units.first { $0.unitID == "doan" }?.role == .support)
    }

    // A list of several items keeps each item whole, follow-up sentences included.
    @Test func bulletsOfAListKeepTheirFollowUps() throws {
        let text = """
        Giao ban Hội Nông dân tháng 8

        Đồng chí Chủ tịch Hội Nông dân huyện kết luận như sau:

        - Tiếp tục vận động hội viên chăm sóc lúa mùa. Chú ý phòng trừ sâu bệnh. Báo cáo kết quả về Hội.
        - Tổ chức hội thi nhà nông giỏi.
        """
        let (_, tasks, _) = try ProseReaderTests.extract(text)
        #expect(tasks.count == 2)
    }
}

extension PlanAndAccountReaderTests {
    // A district leader's reported speech: a second request after ", đồng thời (đồng chí) yêu cầu"
    // is a task of its own with its own addressee; "Cắt cử cán bộ …" instructs as "Bố trí …" does.
    @Test func aSecondRequestAfterDongThoiIsATaskOfItsOwn() throws {
        let text = """
        Chủ tịch UBND huyện kiểm tra công tác chống hạn

        Chiều ngày 12/4, tại xã Đông Lâm, đồng chí Chủ tịch UBND huyện đã yêu cầu các hợp tác xã điều tiết nước hợp lý, đồng thời đồng chí yêu cầu các xã huy động lực lượng nạo vét kênh mương. Cắt cử cán bộ theo dõi từng trạm bơm.
        """
        let (_, tasks, _) = try ProseReaderTests.extract(text)
        #expect(tasks.map { String($0.text.prefix(16)) } == ["Chiều ngày 12/4,", "đồng thời đồng c", "Cắt cử cán bộ th"])
        #expect(tasks[1].units.map(\.unitID) == ["ubnd"])
    }
}

extension PlanAndAccountReaderTests {
    // A plan account goes on in the paragraphs of its stages ("Đợt 1 …", "Trong đó, từ ngày …"),
    // its time line and what it will do next ("… sẽ tổ chức …"), past photo captions written as
    // sentences; the hours after the first ";" of its time line are no tasks.
    @Test func aPlanAccountGoesOnThroughItsStagesAndCaptions() throws {
        let text = """
        Xã Bình Minh ra quân làm sạch đường làng

        Sáng 2/3, UBND xã Bình Minh tổ chức lễ ra quân làm sạch đường làng.

        Theo kế hoạch, đợt ra quân diễn ra từ ngày 3/3/2026 - 30/5/2026.

        Bí thư Đảng ủy xã phát biểu tại lễ ra quân.

        Đợt 1 tổ chức phát quang bụi rậm từ ngày 3/3 - 31/3/2026. Trong đó, từ ngày 3/3 - 10/3 tuyên truyền, vận động các hộ dân tự dọn trước nhà.

        Thời gian thực hiện: Buổi sáng từ 6h00 - 8h00; buổi chiều từ 16h00 - 18h00.

        Các đại biểu dự lễ ra quân.

        Kết thúc đợt 1 sẽ tổ chức sơ kết, rút kinh nghiệm.
        """
        let (_, tasks, _) = try ProseReaderTests.extract(text)
        #expect(tasks.map { String($0.text.prefix(14)) } == ["Theo kế hoạch,", "Đợt 1 tổ chức ", "Trong đó, từ n", "Kết thúc đợt 1"])
        #expect(tasks.first?.deadlines.map(\.kind) == [.period])
        #expect(tasks[2].text.contains("buổi chiều"))
    }
}

extension PlanAndAccountReaderTests {
    // A write-up tells the chairman's instruction in its past: "… đã chỉ đạo X tiếp tục …" gives X the
    // work, and the sentence after it ("Song song đó, thực hiện …") is his too.
    @Test func aPersonWhoDaChiDaoInstructs() throws {
        let text = """
        Huyện họp Ban Chỉ đạo phòng chống dịch

        Sáng 5/6, UBND huyện tổ chức họp Ban Chỉ đạo phòng chống dịch bệnh trên đàn gia súc.

        Tại cuộc họp, Chủ tịch UBND huyện đã chỉ đạo các xã, thị trấn tiếp tục rà soát tổng đàn gia súc. Song song đó, thực hiện tốt công tác tiêm phòng vắc xin.
        """
        let (_, tasks, _) = try ProseReaderTests.extract(text)
        #expect(tasks.map { String($0.text.prefix(12)) } == ["Tại cuộc họp", "Song song đó"])
        #expect(tasks.first?.units.map(\.unitID) == ["ubnd"])
        // "công tác lãnh đạo, chỉ đạo" is the noun: no instruction.
        let (_, none, _) = try ProseReaderTests.extract("""
        Đảng ủy xã họp

        Đồng chí Bí thư đã đánh giá công tác lãnh đạo, chỉ đạo các chi bộ trong 6 tháng đầu năm.
        """)
        #expect(none.isEmpty)
    }

    // In a plan's write-up, work a body "đã phân công" is the plan's, still to be done, and a paragraph
    // that opens with a measure and no subject goes on with the plan.
    @Test func aPlanAccountKeepsItsAssignmentsAndMeasures() throws {
        let text = """
        Phường triển khai kế hoạch bảo đảm trật tự vỉa hè

        Theo kế hoạch, UBND phường tăng cường tuyên truyền trên loa truyền thanh. Bên cạnh đó UBND phường đã phân công cán bộ, công an phường đến từng hộ kinh doanh để nhắc nhở.

        Phối hợp chặt chẽ với Ủy ban MTTQ phường tuyên truyền cho hội viên.
        """
        let (_, tasks, _) = try ProseReaderTests.extract(text)
        #expect(tasks.map { String($0.text.prefix(12)) } == ["Theo kế hoạc", "Bên cạnh đó ", "Phối hợp chặ"])
        #expect(tasks.last?.units.first { $0.unitID == "mttq" }?.role == .support)
    }
}

extension PlanAndAccountReaderTests {
    // What a session will adopt ("Kỳ họp sẽ thông qua các báo cáo, tờ trình …, như: …") is its agenda:
    // the documents listed are no tasks, and the bodies in their titles no units.
    @Test func aSessionsAgendaIsNoList() throws {
        let text = """
        Chuẩn bị kỳ họp HĐND xã cuối năm

        Kỳ họp sẽ thông qua nhiều báo cáo, tờ trình quan trọng, như: báo cáo tình hình kinh tế - xã hội năm 2025; báo cáo công tác của UBND xã; tờ trình về việc sáp nhập thôn.

        Kết luận hội nghị, đồng chí Chủ tịch HĐND xã đề nghị các ban HĐND hoàn thiện các báo cáo thẩm tra.
        """
        let (_, tasks, _) = try ProseReaderTests.extract(text)
        #expect(tasks.map { String($0.text.prefix(14)) } == ["Kết luận hội n"])
    }

    // The object put first, then the request about it ("Những …, yêu cầu X …"), asks X; bodies in a
    // list of targets ("hộ gia đình, cơ quan, đơn vị") are the bodies named.
    @Test func aFrontedObjectAndItsRequestAreATask() throws {
        let text = """
        Bí thư Huyện ủy kiểm tra phòng chống bão

        Chiều 3/9, đồng chí Bí thư Huyện ủy yêu cầu các xã chủ động phòng chống bão. Những biển quảng cáo trên các tuyến đường yêu cầu lực lượng dân quân tự vệ tháo dỡ ngay. Tuyên truyền đến hộ gia đình, cơ quan, đơn vị về phương án di dời.
        """
        let (_, tasks, _) = try ProseReaderTests.extract(text)
        #expect(tasks.map { String($0.text.prefix(12)) } == ["Chiều 3/9, đ", "Những biển q", "Tuyên truyền"])
        #expect(tasks[1].units.map(\.unitID) == ["bchqs"])
        #expect(tasks[2].units.map(\.unitID) == ["cac-co-quan-don-vi"])
    }
}

extension PlanAndAccountReaderTests {
    // "… khóa IX. Theo đó, …": a Roman numeral that ends a name ends its sentence (an initial does not);
    // the plan after it, said in the passive with its day ("… sẽ được tổ chức trước ngày …"), is a task.
    @Test func aDatedPlanInThePassiveAfterARomanNumeralIsATask() throws {
        let sentence = ProseText("Đồng chí triển khai Điều lệ Hội khóa IX. Theo đó, Nguyễn V. Anh phụ trách.")
        #expect(ProseSegmenter.sentences(of: sentence, in: 0..<sentence.bytes.count).count == 2)
        let text = """
        Hội Nông dân xã chuẩn bị đại hội chi hội

        Ngày 2/3/2026, Hội Nông dân xã họp triển khai kế hoạch đại hội.

        Tại hội nghị, đồng chí Chủ tịch Hội đã triển khai Điều lệ Hội Nông dân Việt Nam khóa VIII. Theo đó, đại hội các chi hội nhiệm kỳ 2026 - 2031 của các thôn trong toàn xã sẽ được tổ chức trước ngày 30/4/2026.
        """
        let (_, tasks, _) = try ProseReaderTests.extract(text)
        #expect(tasks.map { String($0.text.prefix(18)) } == ["Theo đó, đại hội c"])
        #expect(tasks.first?.deadlines.compactMap { $0.end?.iso } == ["2026-04-30"])
    }

    // "Đại hội chi bộ cần thực hiện tốt 2 nội dung: Tổng kết …. Bầu …": an introduction that instructs
    // is the first item's lead words.
    @Test func anIntroductionThatInstructsLeadsItsFirstItem() throws {
        let text = """
        Đảng ủy xã triển khai kế hoạch đại hội chi bộ

        Theo đó, đại hội chi bộ cần thực hiện tốt 2 nội dung: Tổng kết nhiệm kỳ qua và xác định phương hướng nhiệm kỳ tới. Bầu Ban Chấp hành, Bí thư, Phó Bí thư chi bộ nhiệm kỳ 2026 - 2031.
        """
        let (_, tasks, _) = try ProseReaderTests.extract(text)
        #expect(tasks.map { String($0.text.prefix(18)) } == ["Theo đó, đại hội c", "Bầu Ban Chấp hành,"])
    }
}

extension PlanAndAccountReaderTests {
    // A chairman who praises and points out shortcomings, "… và yêu cầu X <làm> …", asks X at the end;
    // "nội dung và yêu cầu của kỳ họp" stays a noun.
    @Test func aRequestAfterPraiseJoinedByVaAsks() throws {
        let (_, tasks, _) = try ProseReaderTests.extract("""
        UBND xã họp thường kỳ tháng 3

        Đồng chí Chủ tịch UBND xã đánh giá cao sự cố gắng của các bộ phận, đồng thời chỉ ra những tồn tại cần được khắc phục và yêu cầu các bộ phận chuyên môn hoàn thiện dự thảo kế hoạch.
        """)
        #expect(tasks.count == 1)
        #expect(tasks.first?.units.map(\.unitID) == ["phong-chuyen-mon"])
        let (_, none, _) = try ProseReaderTests.extract("""
        HĐND xã họp

        Đồng chí Chủ tịch HĐND xã đánh giá cao nội dung và yêu cầu của kỳ họp.
        """)
        #expect(none.isEmpty)
    }
}

extension PlanAndAccountReaderTests {
    // A congress that opens its clause as the subject of its own plan is held by the body it is of
    // ("Đại hội các chi bộ còn lại sẽ diễn ra từ …"); named inside a phrase ("chào mừng Đại hội
    // Đảng bộ xã") it stays the event.
    @Test func aBodyHoldsTheCongressThatOpensItsClause() throws {
        let (_, tasks, _) = try ProseReaderTests.extract("""
        Đảng ủy xã triển khai kế hoạch đại hội

        Theo kế hoạch, chi bộ thôn Đông tổ chức đại hội điểm trong tháng 7/2026. Đại hội các chi bộ còn lại sẽ diễn ra từ ngày 10/8/2026 đến ngày 30/8/2026. Các đoàn thể xây dựng công trình chào mừng Đại hội Đảng bộ xã.
        """)
        #expect(tasks.count == 3)
        #expect(tasks[1].units.map(\.unitID) == ["chi-bo"])
        #expect(tasks[1].units.first?.role == .lead)
        #expect(tasks.last?.units.map(\.unitID) == ["doan-the"])
    }
}

extension PlanAndAccountReaderTests {
    // The topics the delegates raised ("các đại biểu … tập trung nhấn mạnh về một số vấn đề như: …")
    // report the discussion: no list of work; the closing request after them is the task.
    @Test func theTopicsOfADiscussionAreNoList() throws {
        let (_, tasks, _) = try ProseReaderTests.extract("""
        Tiểu ban Nhân sự họp phiên thứ nhất

        Tại cuộc họp, các đại biểu đã tham gia đóng góp ý kiến, tập trung nhấn mạnh về một số vấn đề như: tiêu chuẩn, cơ cấu, số lượng ủy viên Ban Chấp hành.

        Kết luận cuộc họp, đồng chí Bí thư Đảng ủy đề nghị các thành viên Tiểu ban hoàn thiện phương án nhân sự.
        """)
        #expect(tasks.map { String($0.text.prefix(16)) } == ["Kết luận cuộc họ"])
    }
}

extension PlanAndAccountReaderTests {
    // The communes named as places ("tại các xã", "các xã bạn") are no unit; addressed, they are.
    @Test func communesNamedAsPlacesAreNoUnit() throws {
        let (_, tasks, _) = try ProseReaderTests.extract("""
        Huyện ủy giao ban tháng 9

        Đồng chí Bí thư Huyện ủy yêu cầu Ban Tuyên giáo Huyện ủy tổ chức tham quan, học tập kinh nghiệm tại các xã bạn. Đồng thời yêu cầu các xã, thị trấn rà soát hộ nghèo.
        """)
        #expect(tasks.map { $0.units.map(\.unitID) } == [["ban-tuyen-giao-huyen-uy"], ["ubnd"]])
    }
}
