import Testing
@testable import BantinCore

/// The rules of administrative usage the notices, schedules and working-session write-ups of
/// real commune portals need (Fixtures/real 100–119 showed each class), on plain strings.
struct NoticeGrammarTests {
    static func reading(_ text: String, narrated: Bool = false) -> DirectiveGrammar.Reading {
        let prose = ProseText(text)
        return DirectiveGrammar.read(prose, 0..<prose.bytes.count, narratedSpeech: narrated)
    }

    static func whole(_ text: String) -> (ProseText, Range<Int>) {
        let prose = ProseText(text)
        return (prose, 0..<prose.bytes.count)
    }

    // MARK: Headings that name the doer

    @Test(arguments: [
        ("Đối với UBND xã:", "UBND xã"),
        ("Đối với chi bộ, BĐH các thôn", "chi bộ, BĐH các thôn"),
        ("**Đối với Công an xã:**", "Công an xã"),
        ("Trách nhiệm của Ban Chỉ huy Quân sự xã", "Ban Chỉ huy Quân sự xã"),
        ("Yêu cầu đối với người dân:", "người dân"),
        ("Nhiệm vụ của các thôn, tổ dân phố:", "các thôn, tổ dân phố"),
        // An address with no work after it heads the work under it.
        ("Đề nghị các cơ quan, đơn vị thuộc xã và cơ quan, đơn vị đứng chân trên địa bàn xã",
         "các cơ quan, đơn vị thuộc xã và cơ quan, đơn vị đứng chân trên địa bàn xã"),
        ("Giao Ban Chỉ huy Quân sự xã:", "Ban Chỉ huy Quân sự xã"),
    ])
    func headingsNameTheirDoer(line: String, doer: String) {
        let (text, range) = Self.whole(line)
        #expect(DirectiveGrammar.doerHeading(text, range) == doer, "\(line)")
    }

    @Test(arguments: [
        "Đối với các trường hợp vi phạm, giao bộ phận địa chính kiểm tra, xử lý theo đúng quy định.",
        "Đối với UBND xã: tập trung chỉ đạo công tác phòng chống thiên tai",
        "Thời gian thu gom:",
        "Về công tác phòng chống thiên tai",
        "Đề nghị các hộ dân nghiêm túc chấp hành",
        "Giao Công an xã tăng cường tuần tra",
        "Giáo viên các trường học",
    ])
    func sentencesAndLabelsNameNoDoer(line: String) {
        let (text, range) = Self.whole(line)
        #expect(DirectiveGrammar.doerHeading(text, range) == nil, "\(line)")
    }

    // MARK: What is not a task

    @Test(arguments: [
        "Cán bộ, công chức nghỉ liên tục 03 ngày, từ thứ Sáu ngày 01/01/2021 đến hết Chủ nhật ngày 03/01/2021",
        "Các cơ quan, đơn vị không thực hiện lịch nghỉ cố định thứ Bảy, Chủ nhật hằng tuần thì bố trí lịch nghỉ cho phù hợp",
        "Người lao động được nghỉ 05 ngày",
    ])
    func daysOffAndTheirArrangementAreEntitlements(text: String) {
        let (prose, range) = Self.whole(text)
        #expect(DirectiveGrammar.isEntitlement(prose, range, prose.words(in: range)), "\(text)")
    }

    @Test func aDayOffNamedInAScheduleGrantsNothing() {
        let (prose, range) = Self.whole("Chủ tịch UBND xã tiếp công dân vào thứ Tư hằng tuần, nếu trùng vào ngày nghỉ theo quy định thì tiếp vào ngày làm việc liền kề")
        #expect(!DirectiveGrammar.isEntitlement(prose, range, prose.words(in: range)))
    }

    @Test(arguments: [
        "Trung tâm Dịch vụ tổng hợp xã đề nghị các hộ dân, cơ sở kinh doanh nghiêm túc thực hiện nhằm góp phần giữ gìn vệ sinh môi trường",
        "Đề nghị các hộ gia đình nghiêm túc thực hiện.",
        "UBND phường thông báo để các tổ chức, cá nhân được biết và chủ động thực hiện",
    ])
    func requestsToCarryOutTheNoticeClose(text: String) {
        #expect(Self.reading(text).isClosingFormula, "\(text)")
    }

    @Test(arguments: [
        "Đề nghị Tổ trưởng các tổ dân phố thông báo cho các hộ gia đình được biết và thực hiện đúng thời gian quy định",
        "Đề nghị các hộ nghiêm túc thực hiện việc phân loại rác tại nguồn",
    ])
    func requestsWithWorkOfTheirOwnDoNotClose(text: String) {
        #expect(!Self.reading(text).isClosingFormula, "\(text)")
    }

    @Test(arguments: ["Phí thu gom:", "Mọi thắc mắc xin liên hệ:", "Địa điểm thu gom:", "Lệ phí: không thu"])
    func feesPlacesAndContactsAreInformation(line: String) {
        let (text, range) = Self.whole(line)
        #expect(DirectiveGrammar.isInformationLine(text.words(in: range), text: text), "\(line)")
    }

    // MARK: Lines of a schedule

    @Test(arguments: ["Buổi sáng: Từ 08h00’ đến 11h00’", "Khung giờ: Từ 07 giờ đến 17 giờ.", "Buổi chiều: từ 14 giờ đến 16 giờ 30"])
    func hoursAreTimeLinesNotCaptions(line: String) {
        let (text, range) = Self.whole(line)
        #expect(DirectiveGrammar.isTimeLine(text.words(in: range), text: text), "\(line)")
        #expect(!DirectiveGrammar.isCaptionOrByline(text, range), "\(line)")
    }

    @Test func aDatedItemOfAScheduleIsNoTimeLine() {
        let (text, range) = Self.whole("Buổi sáng ngày 27 tháng 10 tiêm ở thôn Nà Cáy")
        #expect(!DirectiveGrammar.isTimeLine(text.words(in: range), text: text))
    }

    @Test(arguments: ["1.1. Lịch tiếp công dân định kỳ", "2.3. Thời gian tiếp nhận hồ sơ"])
    func numberedHeadingsAreNoCaptions(line: String) {
        let (text, range) = Self.whole(line)
        #expect(!DirectiveGrammar.isCaptionOrByline(text, range), "\(line)")
    }

    // MARK: Who speaks

    @Test(arguments: [
        "UBND xã Thuận Lợi đề nghị các cơ quan, đơn vị chủ động sắp xếp công việc",
        "UBND phường Phú Lợi đề nghị các hộ dân treo cờ Tổ quốc",
    ])
    func aPlaceNameLikeLoiIsNoNounBeforeTheCue(text: String) {
        #expect(Self.reading(text).cue != nil, "\(text)")
        #expect(Self.reading(text).isStrictDirective, "\(text)")
    }

    @Test(arguments: [
        "Phát biểu chỉ đạo tại hội nghị, đồng chí Bí thư Huyện ủy đã yêu cầu Đảng ủy xã cần bám sát kế hoạch",
        "Kết luận buổi làm việc, đ/c Chủ tịch UBND huyện đã đề nghị xã tập trung giải ngân vốn đầu tư công",
    ])
    func aSpeechToldInThePastStillInstructs(text: String) {
        #expect(Self.reading(text).cue == nil, "\(text)")
        let told = Self.reading(text, narrated: true)
        #expect(told.cue != nil && !told.isReport, "\(text)")
    }

    @Test func aBodyReportingItsRequestIsNoSpeech() {
        let told = Self.reading("Xã đã đề nghị UBND huyện sớm hỗ trợ kinh phí sửa chữa đường giao thông", narrated: true)
        #expect(told.cue == nil)
    }

    @Test(arguments: [
        ("Tại cuộc họp, đồng chí Phó Bí thư Thường trực Huyện ủy yêu cầu các ban phối hợp tham mưu", true),
        ("Chủ tịch UBND huyện yêu cầu UBND xã phải cập nhật thường xuyên các văn bản mới", true),
        ("UBND xã đề nghị các hộ dân chủ động nhốt gia súc", false),
    ])
    func aPersonWhoInstructsMayGoOn(text: String, person: Bool) {
        #expect(Self.reading(text).spokenByPerson == person, "\(text)")
    }

    @Test(arguments: [
        "đ/c Bùi Văn An - Phó bí thư; Chủ tịch UBND xã; Chủ tịch Hội đồng NVQS xã nhấn mạnh",
        "Ông Trần Văn Bình – Bí thư Đảng ủy; Chủ tịch HĐND xã phát biểu",
    ])
    func aPersonsTitlesAreOneClause(text: String) {
        let (prose, range) = Self.whole(text)
        #expect(DirectiveGrammar.joiningTitles(prose, ProseSegmenter.clauses(of: prose, in: range)).count == 1, "\(text)")
    }

    @Test func directivesToOfficialsStaySeparate() {
        let (prose, range) = Self.whole("Giao Văn phòng rà soát hồ sơ; Chủ tịch Hội Nông dân xã chỉ đạo các chi hội")
        #expect(DirectiveGrammar.joiningTitles(prose, ProseSegmenter.clauses(of: prose, in: range)).count == 2)
    }

    // MARK: Lead-ins without a colon

    @Test(arguments: [
        "Nhiệm vụ trước mắt là phối hợp ngành giáo dục vận động học sinh ra lớp",
        "Nhiệm vụ trọng tâm trong thời gian tới là tập trung chỉ đạo thu hoạch lúa",
        "Giải pháp thời gian tới là đẩy mạnh cải cách hành chính",
    ])
    func aPlanNounOfTheComingPeriodIntroducesWithoutAColon(text: String) {
        let (prose, range) = Self.whole(text)
        #expect(DirectiveGrammar.planCopula(prose.words(in: range), from: 0) != nil, "\(text)")
        #expect(!DirectiveGrammar.isCaptionOrByline(prose, range), "\(text)")
    }

    @Test(arguments: ["Nhiệm vụ trọng tâm là phát triển kinh tế nông nghiệp", "Nhiệm vụ trước mắt là rất nặng nề"])
    func aPlanNounAloneReportsOrStates(text: String) {
        let (prose, range) = Self.whole(text)
        #expect(DirectiveGrammar.planCopula(prose.words(in: range), from: 0) == nil, "\(text)")
    }
}

/// Units a notice or a write-up names in passing, and the days of a schedule.
struct NoticeUnitAndScheduleTests {
    @Test(arguments: [
        "lãnh đạo triển khai thực hiện Nghị quyết Đại hội đảng bộ các cấp",
        "chuẩn bị tốt công tác nhân sự Đại hội đại biểu Hội Nông dân",
        "dự kiến các chức danh lãnh đạo Hội đồng nhân dân và Ủy ban nhân dân các cấp",
        "đẩy mạnh công tác dân vận chính quyền",
    ])
    func bodiesInEventNamesAndAtEveryLevelAreNoUnits(text: String) {
        #expect(UnitRegistry.standard.matches(in: text).isEmpty, "\(text)")
    }

    @Test func aBodyBeforeItsOwnWorkIsStillAUnit() {
        #expect(UnitRegistry.standard.matches(in: "Hội Nông dân xã tổ chức đại hội chi hội").map(\.unitID) == ["hnd"])
    }

    @Test(arguments: [
        ("Sáng ngày 28 tiêm ở thôn Lủng Lỳ", "2023-10-27", "2023-10-28"),
        ("Buổi sáng ngày 29 tiêm ở thôn Thôm Phụ", "2023-10-28", "2023-10-29"),
    ])
    func aDayWrittenAloneInAScheduleIsInTheMonthBefore(text: String, previous: String, expected: String) {
        let found = DeadlineExtractor(meetingDate: CivilDate(iso: "2023-10-17"), scheduleDay: CivilDate(iso: previous)).deadlines(in: text)
        #expect(found.map(\.kind) == [.event])
        #expect(found.first?.end == CivilDate(iso: expected))
    }

    @Test func aDayAloneWithoutAScheduleOrBeforeItIsNoDate() {
        #expect(DeadlineExtractor(meetingDate: CivilDate(iso: "2023-10-17")).deadlines(in: "Sáng ngày 28 tiêm ở thôn Lủng Lỳ").isEmpty)
        #expect(DeadlineExtractor(meetingDate: nil, scheduleDay: CivilDate(iso: "2023-10-27")).deadlines(in: "ngày 15 họp thôn").isEmpty)
    }

    @Test(arguments: [
        "Thực hiện Thông báo số 703/TB-UBND ngày 21 tháng 12 năm 2020 của Ủy ban nhân dân Quận 9, Ủy ban nhân dân phường thông báo việc treo cờ như sau",
        "Tại hội nghị các đại biểu tập trung thảo luận vào các văn bản như: Báo cáo tháng 01 và nhiệm vụ tháng 02/2021",
    ])
    func citedDaysAndDocumentTitlesPlanNoMonth(sentence: String) {
        #expect(ProseOpening.plannedPeriod(introductions: [], opening: [sentence], reference: CivilDate(iso: "2021-01-27")) == nil, "\(sentence)")
    }
}
