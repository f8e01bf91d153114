import Foundation
import Testing
@testable import BantinCore

/// The layers of the prose reader, each on plain strings: segmentation, the function-word
/// grammar, introductions, captions.
struct ProseSegmentationTests {
    static func sentences(_ text: String) -> [String] {
        let prose = ProseText(text)
        return ProseSegmenter.sentences(of: prose, in: 0..<prose.bytes.count).map(prose.string)
    }

    @Test(arguments: [
        // A missing space after a full stop still ends the sentence.
        ("trên địa bàn xã.Phát biểu tại hội nghị, đồng chí Lan nêu rõ.", ["trên địa bàn xã.", "Phát biểu tại hội nghị, đồng chí Lan nêu rõ."]),
        ("Tổ chức ngày 15.3.2026 tại xã.", ["Tổ chức ngày 15.3.2026 tại xã."]),
        ("Đoàn công tác từ TP.HCM về Q. 1 làm việc.", ["Đoàn công tác từ TP.HCM về Q. 1 làm việc."]),
        ("Đồng chí Nguyễn V. An chủ trì.", ["Đồng chí Nguyễn V. An chủ trì."]),
        ("để người dân sớm ổn định cuộc sống./. Huyền Linh", ["để người dân sớm ổn định cuộc sống./.", "Huyền Linh"]),
        ("Mức thu 50.000 đồng. Thời gian tiêm từ ngày 7/4.", ["Mức thu 50.000 đồng.", "Thời gian tiêm từ ngày 7/4."]),
    ])
    func sentencesEndWhereAClerkReadsThem(text: String, expected: [String]) {
        #expect(Self.sentences(text) == expected)
    }

    @Test func clausesSplitAtSemicolonsOutsideBrackets() {
        let prose = ProseText("tuyên truyền (a; b); vận động Nhân dân;Về công tác Đảng cần tập trung")
        #expect(ProseSegmenter.clauses(of: prose, in: 0..<prose.bytes.count).map(prose.string)
            == ["tuyên truyền (a; b)", "vận động Nhân dân", "Về công tác Đảng cần tập trung"])
    }

    @Test(arguments: [
        ("- Các ấp tập trung chỉ đạo", "-"), ("• Phòng Kinh tế khẩn trương", "•"), ("– Trưởng các thôn vận động", "–"),
        ("1. Cán bộ, công chức", "1."), ("2) Công an xã", "2)"), ("1/ Tất cả các cơ quan", "1/"), ("a) Rà soát hồ sơ", "a)"),
        ("Thứ nhất, tập trung triển khai", "Thứ nhất"), ("Một là, tiếp tục", "Một là"), ("Thứ ba, là triển khai", "Thứ ba"),
    ])
    func itemMarkers(line: String, label: String) {
        let prose = ProseText(line)
        #expect(ProseSegmenter.marker(of: prose, in: 0..<prose.bytes.count)?.marker.label == label)
    }

    @Test(arguments: ["2/9 là ngày Quốc khánh", "1.5 triệu đồng", "Về treo cờ Tổ quốc", "15/3/2026 tổ chức bầu cử"])
    func notMarkers(line: String) {
        let prose = ProseText(line)
        let marker = ProseSegmenter.marker(of: prose, in: 0..<prose.bytes.count)?.marker
        #expect(marker == nil || marker == .topic && line.contains(":"))
    }

    @Test(arguments: ["Về sản xuất nông nghiệp: thường xuyên kiểm tra", "về công tác y tế: Cần quan tâm", "Về xây dựng Nông thôn mới như: Tập trung"])
    func topicRunIns(line: String) {
        let prose = ProseText(line)
        #expect(ProseSegmenter.marker(of: prose, in: 0..<prose.bytes.count)?.marker == .topic)
    }
}

struct DirectiveGrammarTests {
    static func reading(_ text: String) -> DirectiveGrammar.Reading {
        let prose = ProseText(text)
        return DirectiveGrammar.read(prose, 0..<prose.bytes.count)
    }

    @Test(arguments: [
        "Đề nghị Ủy ban MTTQ xã vận động hội viên tham gia",
        "UBND thị trấn Thanh Miện đề nghị các cơ quan, đơn vị treo cờ Tổ quốc",
        "Thời gian tới xã cần đánh giá lại cách làm",
        "Bà con hãy thường xuyên theo dõi dự báo thời tiết",
        "Giao Ban Văn hóa – Thông tin kiểm tra, báo cáo kết quả",
        "Các đơn vị: Công an, Quân sự, trạm Y tế phải đảm bảo nhân lực",
        "Thời gian tới, đồng chí Bí thư Huyện ủy đề nghị Đảng bộ xã tập trung rà soát",
        "đồng thời yêu cầu các chi bộ tiếp tục bám sát nghị quyết",
        "Trong tháng 9, Chi bộ tiếp tục chỉ đạo Đoàn thanh niên tổ chức tổng kết hoạt động hè",
    ])
    func strictDirectives(text: String) {
        #expect(Self.reading(text).isStrictDirective, "\(text)")
    }

    @Test(arguments: [
        "UBND xã đã tổ chức hội nghị triển khai kế hoạch",
        "Hội đồng Nghĩa vụ quân sự xã đang triển khai các bước tuyển chọn",
        "Các ý kiến cơ bản thống nhất với định hướng phát triển của đồ án",
        "các đồng chí trong Đoàn công tác có ý kiến đề nghị xã làm rõ thêm một số vấn đề",
        "Dự hội nghị có đồng chí Lê Văn Bính, Bí thư Đảng ủy xã",
        "Cán bộ, công chức và người lao động được nghỉ 04 ngày",
        "Thời gian nghỉ Tết: 05 ngày liên tục",
        "Trên đây là thông báo về việc tháo băng rôn, đề nghị các tổ dân phố thực hiện tốt",
        "Ủy ban nhân dân xã yêu cầu thủ trưởng các cơ quan, đơn vị thực hiện nghiêm các nội dung tại Thông báo này",
        "Đồng chí Bí thư ghi nhận và đánh giá cao kết quả xã đã đạt được",
        "Nhân dịp này, các đồng chí lãnh đạo xã tặng hoa chúc mừng các cơ quan, đoàn thể",
        "Đảng ủy xã tổ chức Hội nghị giao ban định kỳ tháng 1-2026",
        "Việc tiêm phòng vắc xin dại nhằm hạn chế bệnh dại",
        "Theo quy định của Luật Nghĩa vụ quân sự, công dân đủ 18 tuổi được gọi nhập ngũ",
        // The plan a body set ("kế hoạch X giao"), with no one addressed after "giao".
        "Các nhiệm vụ được giữ vững, thu ngân sách đạt 120% kế hoạch HĐND huyện giao, VHXH có nhiều chuyển biến",
        "thu ngân sách đạt 120% kế hoạch HĐND huyện giao và 99% kế hoạch HĐND xã giao",
        // One "đã" tells both verbs.
        "Trưởng đoàn chỉ đạo phong trào xã đã phát biểu và giao nhiệm vụ cho BCH và lãnh đạo địa phương thời gian tới",
    ])
    func notDirectives(text: String) {
        #expect(!Self.reading(text).isStrictDirective, "\(text)")
    }

    @Test func leadersGivingFlowersArePraiseNotWork() {
        let reading = Self.reading("Nhân dịp này, các đồng chí lãnh đạo xã tặng hoa chúc mừng các cơ quan, đoàn thể")
        #expect(reading.isPraise)
        #expect(!reading.isDirective(inSpeech: true))
    }

    @Test func aSpeakerWhoPraisesFirstTellsHowTheSessionWent() {
        let reading = Self.reading("Phát biểu kết luận Hội nghị, đồng chí Phạm Thị Ngọc - Bí thư Đảng ủy, Chủ tịch HĐND phường, đánh giá cao "
            + "tinh thần trách nhiệm của các đại biểu trong quá trình thảo luận, thống nhất nội dung chuẩn bị cho kỳ họp")
        #expect(!reading.isDirective(inSpeech: true))
        // A request after the praise still asks.
        #expect(Self.reading("Đồng chí Bí thư đánh giá cao kết quả của xã, đồng thời đề nghị Công an xã tăng cường tuần tra").isStrictDirective)
    }

    @Test func aModalAfterTheCommaOfAStatementStatesAGoal() {
        #expect(!Self.reading("Do đó, các nhiệm vụ về phát triển kinh tế - xã hội là rất quan trọng, phải thực hiện cho được khu phố sáng, xanh, sạch, đẹp").hasModal)
        #expect(Self.reading("Công tác tuyển quân là nhiệm vụ quan trọng, Hội đồng nghĩa vụ quân sự xã cần tập trung chỉ đạo").hasModal)
    }

    @Test func aClauseEndingWithTheVerbOfConcludingOpensASpeech() {
        let prose = ProseText("Đồng chí Bí thư Đảng ủy đã ghi nhận ý kiến chỉ đạo và đồng thời kết luận")
        #expect(DirectiveGrammar.opensSpeech(prose.words(in: 0..<prose.bytes.count)))
        let report = ProseText("Hội nghị đã thông qua kết luận của đồng chí Bí thư về công tác cán bộ")
        #expect(!DirectiveGrammar.opensSpeech(report.words(in: 0..<report.bytes.count)))
    }

    // A promise to go on or to focus that names no work instructs only in a speech; one that goes on
    // to name the work (54: "… sẽ tập trung rà soát, giải quyết …") is a commitment anywhere.
    @Test func aVagueCommitmentInstructsOnlyInASpeech() {
        let reading = Self.reading("Chính quyền xã sẽ tập trung mọi nguồn lực cho phát triển kinh tế")
        #expect(reading.isDirective(inSpeech: true))
        #expect(!reading.isStrictDirective)
        #expect(!Self.reading("xã sẽ tiếp tục quan tâm hơn nữa đến công tác này").isStrictDirective)
        #expect(Self.reading("Chính quyền xã sẽ tập trung rà soát, giải quyết các vấn đề còn tồn tại").isStrictDirective)
    }

    // A commitment or a plan of a report with the day it is due is work for the coming period.
    @Test(arguments: [
        "Chủ tịch UBND xã Chí Minh sẽ tổ chức Hội nghị đối thoại trực tiếp với Nhân dân vào 07 giờ 30 phút, ngày 29/10/2025",
        "xã sẽ hoàn thành việc chi trả chế độ trước ngày 20/12",
        "Đại hội Đảng bộ xã Tân Việt dự kiến tổ chức trước ngày 25.3",
        // A long basis with a comma inside its topic (Chí Minh, 2025).
        "Thực hiện Luật Tổ chức chính quyền địa phương năm 2025 và Hướng dẫn số 13-HD/BTGDVTU ngày 06/8/2025 của Ban Tuyên giáo và Dân vận Thành ủy về công tác đối thoại giữa người đứng đầu cấp ủy, chính quyền cấp xã với Nhân dân, Chủ tịch UBND xã Chí Minh sẽ tổ chức Hội nghị đối thoại vào 07 giờ 30 phút, ngày 29/10/2025",
        "Huyện ủy chỉ đạo các đơn vị trên chỉnh sửa, hoàn thiện dự thảo báo cáo chính trị trước ngày 15.3",
        // Polite and soft addresses.
        "Thường trực UBMTTQVN phường kính mong các đồng chí lãnh đạo cơ quan tham gia góp ý vào dự thảo",
        "Khuyến khích nhân dân hạn chế sử dụng túi nilon khó phân hủy",
        // Handing the coming work on (Hoằng Trạch, 2018).
        "Đảng ủy, UBND xã tiếp tục chỉ đạo các đoàn thể, hội viên, nhân dân tiếp tục duy trì thực hiện tốt công tác vệ sinh môi trường",
        // A demand made by someone of an activity worded as a statement (Lào Cai, 2025).
        "UBND thành phố yêu cầu việc bàn giao công việc, giải quyết hồ sơ bảo đảm không làm gián đoạn công việc",
    ])
    func datedCommitmentsAndPoliteRequests(text: String) {
        #expect(Self.reading(text).isStrictDirective, "\(text)")
    }

    @Test(arguments: [
        "Thời gian ngừng điện (dự kiến): Thứ Sáu, ngày 21 tháng 11 năm 2025",
        "UBND xã đã chỉ đạo các thôn ra quân ngày 21/10/2018",
        "UBND xã đã tiếp tục chỉ đạo các thôn duy trì vệ sinh môi trường",
        "xã sẽ tiếp tục quan tâm đến công tác này",
    ])
    func undatedOrPastPlansStayReports(text: String) {
        #expect(!Self.reading(text).isStrictDirective, "\(text)")
    }

    @Test func aMonitoringTaskOnTheDocumentIsNoClosingFormula() {
        #expect(!Self.reading("Giao Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện kết luận này").isClosingFormula)
        #expect(Self.reading("Đề nghị các cơ quan, đơn vị thực hiện tốt nội dung Thông báo này").isClosingFormula)
    }

    @Test(arguments: [
        "Chủ tịch UBND xã kết luận nội dung phiên họp như",
        "Trước diễn biến phức tạp của bão, Thường trực Đảng ủy xã Tiên Phước yêu cầu",
        "Để đảm bảo công tác trang trí, đúng quy định, UBND phường Phúc La thông báo",
        "Trong đó nhấn mạnh một số nhiệm vụ trọng tâm cần thực hiện trong tháng tới gồm",
        "Kết luận hội nghị, đồng chí Nguyễn Minh Hải nhấn mạnh một số công việc trọng tâm, cụ thể như sau",
        // The meeting itself concludes.
        "Qua triển khai và các ý kiến thảo luận tại cuộc họp, cuộc họp thống nhất kết luận và chỉ đạo như sau",
        "Hội nghị thống nhất kết luận như sau",
    ])
    func introductions(text: String) {
        let prose = ProseText(text)
        #expect(DirectiveGrammar.introduction(prose, 0..<prose.bytes.count) != nil, "\(text)")
    }

    @Test(arguments: [
        "Nội dung thông báo", "Thời gian treo cờ tổ quốc", "Về sản xuất nông nghiệp", "Các cấp ủy, chính quyền, Mặt trận và đoàn thể",
        "Thực hiện Kế hoạch số", "Người ký văn bản",
    ])
    func labelsAreNoIntroductions(text: String) {
        let prose = ProseText(text)
        #expect(DirectiveGrammar.introduction(prose, 0..<prose.bytes.count) == nil, "\(text)")
    }

    @Test(arguments: [
        "Quang cảnh hội nghị", "Ảnh: Duy Trinh", "Tác giả: Trúc Luy", "Bích Trâm – Kiều Tiên", "Hữu Hoàn.",
        "Đ/c Trần Song Hào - BTĐU đánh giá kết quả thực hiện nhiệm vụ trong tháng 6",
        "THONG-BAO-TREO-CO-TO-QUOC-30-4-669(28.04.2025_10h14p37)_signed638814338274518958.pdf",
    ])
    func captionsAndBylines(line: String) {
        let prose = ProseText(line)
        #expect(DirectiveGrammar.isCaptionOrByline(prose, 0..<prose.bytes.count), "\(line)")
    }

    @Test(arguments: ["Thời gian tới xã cần đánh giá lại cách làm, phát huy được điểm mạnh", "Tiếp tục tăng cường củng cố niềm tin của nhân dân"])
    func directiveLinesWithoutAFullStopAreNoCaptions(line: String) {
        let prose = ProseText(line)
        #expect(!DirectiveGrammar.isCaptionOrByline(prose, 0..<prose.bytes.count))
    }
}

struct ShortcomingReadingTests {
    /// Shortcomings stated, a value a speaker stresses, the meeting's own resolve: no work given.
    @Test(arguments: [
        "Tình trạng học sinh bỏ học, đi học không chuyên cần tại các trường học vẫn còn tồn tại",
        "Tình hình tai nạn giao thông, trộm cắp tài sản vẫn còn xảy ra trên địa bàn xã.",
        "Phát biểu kết luận, đồng chí Phùng Việt Hưng nhấn mạnh vai trò, trách nhiệm của đội ngũ cán bộ thôn trong công tác tuyên truyền, vận động nhân dân",
        "Hội nghị thống nhất tiếp tục phát huy tinh thần đoàn kết, quyết tâm hoàn thành thắng lợi các chỉ tiêu năm 2025.",
    ])
    func isNoDirective(text: String) {
        let prose = ProseText(text)
        let reading = DirectiveGrammar.read(prose, 0..<prose.bytes.count)
        #expect(!reading.isDirective(inSpeech: true), "\(reading)")
    }

    @Test func anInstructionAboutAPersistingProblemStillInstructs() {
        let prose = ProseText("Khắc phục tình trạng học sinh bỏ học vẫn còn xảy ra ở các thôn.")
        #expect(!DirectiveGrammar.read(prose, 0..<prose.bytes.count).isReport)
    }
}

/// One sentence that gives work to one doer after another, joined by commas.
struct DoerChainTests {
    static func parts(_ text: String) -> [String] {
        let prose = ProseText(text)
        return DirectiveGrammar.doerChain(prose, 0..<prose.bytes.count).map(prose.string)
    }

    @Test func eachDoerWithItsOwnVerbIsAPart() {
        let text = "Chủ tịch Hội đồng đề nghị các ấp rà soát lại các trường hợp bỏ địa phương, Công an, Quân sự và Tư pháp cần phối hợp "
            + "chặt chẽ trong việc xử lý công dân chống khám, thành viên Hội đồng nghĩa vụ quân sự xã thường xuyên xuống địa bàn vận động công dân chấp hành pháp luật, "
            + "Đài Truyền thanh xã tăng cường công tác tuyên truyền."
        #expect(Self.parts(text).map { String($0.prefix(16)) } == ["Chủ tịch Hội đồn", "Công an, Quân sự", "thành viên Hội đ", "Đài Truyền thanh"])
    }

    @Test(arguments: [
        // An instruction with its audience, partners or purpose after the commas.
        "Tuyên truyền, vận động Nhân dân, Hội viên tích cực tham gia giữ gìn vệ sinh môi trường",
        "Công an, quân sự xã chủ động xây dựng kế hoạch và phối hợp với các thôn, các cơ quan, đơn vị để có phương án chủ động",
        "Giao công an phường, tổ thanh tra xây dựng phối hợp với MTTQ phường, các đoàn thể và các tổ dân phố tổ chức giải tỏa",
        "Thường trực UBMTTQVN phường kính mong các đồng chí lãnh đạo cơ quan, BCĐ xây dựng Đề án tham gia góp ý vào dự thảo",
        "Đồng chí Chủ tịch tiếp thu ý kiến và chỉ đạo cho các ngành, các tổ chức chính trị, trong những tháng cuối năm cần phấn đấu",
    ])
    func aSingleInstructionStaysWhole(text: String) {
        #expect(Self.parts(text).count == 1, "\(text)")
    }
}
