import Testing
import LunarCalendar
@testable import BantinCore

/// An event set "vào" a month or a quarter, and the province's departments as a body (round 10).
struct PlannedMonthAndDepartmentsTests {
    private static func deadlines(_ text: String, meeting: String?) -> [Deadline] {
        DeadlineExtractor(meetingDate: meeting.flatMap { CivilDate(iso: $0) }).deadlines(in: text)
    }

    // 829-giangthanh-mttqhuyen-kehoach-daihoi-2018: the pilot congress is held within December.
    @Test func anEventSetInAMonthHasTheMonthAsItsPeriod() throws {
        let found = Self.deadlines("Ban Thường trực Ủy ban MTTQ huyện chọn Ủy ban MTTQ xã Vĩnh Điều làm điểm chỉ đạo Đại hội cấp xã vào tháng 12/2018",
                                   meeting: "2018-11-28")
        #expect(found.map(\.kind) == [.period])
        #expect(found.first?.start == CivilDate(iso: "2018-12-01"))
        #expect(found.first?.end == CivilDate(iso: "2018-12-31"))
        #expect(found.first?.text == "vào tháng 12/2018")
        // A quarter likewise.
        let quarter = Self.deadlines("Đại hội điểm cấp xã tổ chức vào quý IV/2026", meeting: "2026-07-01")
        #expect(quarter.map(\.kind) == [.period])
        #expect(quarter.first?.end == CivilDate(iso: "2026-12-31"))
    }

    // A month already past at the meeting is what happened, and "vào cuối tháng", "vào năm 2026"
    // are not this reading.
    @Test func aPastMonthOrAnotherSpanIsNotThisPeriod() {
        #expect(Self.deadlines("xã đã tổ chức đại hội điểm vào tháng 5/2025", meeting: "2026-01-10").isEmpty)
        #expect(Self.deadlines("hoàn thành kế hoạch vào năm 2026", meeting: "2026-01-10").allSatisfy { $0.kind != .period })
    }

    @Test(arguments: [
        // 822-kiengiang-pctubndtinh-tet-atty-2025, 408-quangnam-ctubndtinh-nhiemvu-quahan-2020,
        // 818-tphcm-ubndtp-treoco-tetbinhngo-2026.
        ("Phó Chủ tịch UBND tỉnh Kiên Giang chỉ đạo các sở, ngành, địa phương quan tâm công tác bình ổn thị trường", ["so-nganh"]),
        ("Chủ tịch UBND tỉnh yêu cầu giám đốc các sở, ban, ngành và chủ tịch UBND các huyện", ["so-nganh"]),
        ("Sở Nông nghiệp và Môi trường chủ trì, phối hợp các sở ngành, đơn vị", ["so-nganh"]),
        // Workshops and trades are no departments.
        ("hỗ trợ các cơ sở, ngành nghề nông thôn phát triển", [String]()),
    ])
    func theProvincesDepartmentsAreABody(text: String, expected: [String]) {
        #expect(UnitRegistry.standard.matches(in: text).map(\.unitID).filter { $0 == "so-nganh" } == expected, "\(text)")
    }
}

/// A plan's day written without "ngày", after the word that sets its time (round 10).
struct DayWithoutNgayTests {
    @Test(arguments: [
        // 811-phutho-bochqs-taphuan-dqtv-2026: a range "5-9/1" after "từ".
        ("Trong thời gian 5 ngày từ 5-9/1, cán bộ Dân quân tự vệ sẽ được truyền đạt các nội dung trọng tâm về công tác quốc phòng", true),
        // 725-sontay-tthdnd-thixa-chuanbi-kyhop10-2019: the day after its weekday.
        ("Dự kiến thời gian tổ chức kỳ họp vào chiều thứ sáu, 11/10/2019 tại Hội trường 1 – UBND thị xã", true),
        // A count is no day, and a dateline sets no time.
        ("Có 3/3 Tổ đại biểu sẽ được tham dự hội nghị tiếp xúc cử tri", false),
        ("Thứ Hai, 28/04/2025 Hội nghị sẽ được tổ chức tại hội trường UBND xã", false),
    ])
    func aDaySetByATimeWordDatesAPlan(text: String, plans: Bool) {
        #expect(DirectiveGrammarTests.reading(text).isStrictDirective == plans, "\(text)")
    }
}

/// A time limit fronted before its doer binds the work as "sẽ" does (round 10).
struct FrontedTimeLimitTests {
    @Test(arguments: [
        // 827-baucu-2026-ubndxa-thanhlap-tobaucu: the consultation "sau khi thống nhất với …" is a step
        // before the act, not a speech that would move the act's start past the day.
        ("Chậm nhất ngày 31/1 (43 ngày trước ngày bầu cử), UBND cấp xã sau khi thống nhất với Thường trực HĐND và Ban Thường trực Ủy ban MTTQ Việt Nam cùng cấp quyết định thành lập Tổ bầu cử", true),
        // 508-phutan-ubndhuyen-keodai-truongap-2020: the limit at the end of the work.
        ("UBND các xã, thị trấn phối hợp với UBMTTQVN xã cùng cấp xây dựng kế hoạch kéo dài nhiệm kỳ hoạt động Trưởng ấp, đảm bảo hoàn thành trước ngày 21/6", true),
        // Told with "đã", it is what was done by then.
        ("Chậm nhất ngày 31/1, các xã đã thành lập xong Tổ bầu cử", false),
        ("Trước ngày 21/6, UBND các xã đã xây dựng xong kế hoạch", false),
        // The limit of a plan cited is no work of this text.
        ("Theo Kế hoạch số 12/KH-UBND, chậm nhất ngày 31/1 các xã báo cáo kết quả", false),
    ])
    func aFrontedLimitDatesItsWork(text: String, binds: Bool) {
        #expect(DirectiveGrammarTests.reading(text).isStrictDirective == binds, "\(text)")
    }
}

/// A speaker's wish of someone ("mong muốn X …") asks, as "kính mong" does (round 10).
struct WishAsRequestTests {
    @Test(arguments: [
        // 812-anphudong-danguy-phuong-hopmat-bithuchibo-2026 and 803-hongthai-hdndtinh-tiepxuccutri-2024.
        ("Bí thư Đảng ủy phường An Phú Đông bày tỏ mong muốn các bí thư chi bộ khu phố tiếp tục phát huy tinh thần trách nhiệm", true),
        ("Qua buổi hội nghị, Đại biểu HĐND mong muốn cử tri trên địa bàn xã tiếp tục giám sát hoạt động của các tổ đại biểu", true),
        // A wish held is no request.
        ("Theo đại diện ban tổ chức, với mong muốn mỗi người dân là một Đại sứ xanh, 1.500 cây xanh sẽ góp phần giảm ô nhiễm", false),
        ("Những mong muốn của Nhân dân về đường giao thông đã được UBND xã tiếp thu", false),
    ])
    func aWishOfSomeoneAsks(text: String, asks: Bool) {
        #expect((DirectiveGrammarTests.reading(text).cue != nil) == asks, "\(text)")
    }

    @Test func theBodyWishedOfIsRequested() {
        #expect(UnitRoleTests.roles("Bí thư Đảng ủy phường bày tỏ mong muốn các bí thư chi bộ khu phố tiếp tục phát huy tinh thần trách nhiệm.")["chi-bo"] == .requested)
    }
}

/// "các công chức được phân công …" names who acts; it is no passive statement (round 10).
struct AssignedOnesTests {
    // 821-hungthuan-hdnd-xa-hoplientruc-kyhop6-2018.
    @Test func theOnesAssignedAreAskedToAct() {
        let reading = DirectiveGrammarTests.reading("Ông Nguyễn Văn Hoàng – Chủ tịch HĐND – Chủ trì cuộc họp nhấn mạnh yêu cầu các ngành, các công chức được phân công chuẩn bị đầy đủ nội dung theo dự kiến chương trình họp, gửi về văn phòng UBND theo đúng thời gian quy định.")
        #expect(!reading.isStatement)
        #expect(reading.isStrictDirective)
    }

    // Another passive still states a fact.
    @Test func anotherPassiveStatesAFact() {
        #expect(DirectiveGrammarTests.reading("Các công chức được khen thưởng đột xuất vì thành tích trong năm").isStatement)
    }
}

/// An item number glued to the capital of its item ("1.Chọn …"), as pasted text has it (round 10).
struct GluedItemNumberTests {
    private static func label(_ line: String) -> String? {
        let prose = ProseText(line)
        guard let (marker, _) = ProseSegmenter.marker(of: prose, in: 0..<prose.bytes.count), case .number(let label) = marker else { return nil }
        return label
    }

    // 808-phucloi-bcd-ddk-hoinghidbnd-2017: "… nhấn mạnh một số nhiệm vụ sau:⏎1.Chọn tổ dân phố số 06 …".
    @Test func aNumberGluedToACapitalIsAnItem() {
        #expect(Self.label("1.Chọn tổ dân phố số 06 là tổ làm điểm") == "1.")
        #expect(Self.label("2.Đề nghị các tổ dân phố tổ chức hội nghị") == "2.")
    }

    // A decimal, a thousands group or a word in lower case after the dot is no item.
    @Test func aNumberBeforeADigitOrALowerCaseWordIsNoItem() {
        #expect(Self.label("1.5 triệu đồng mỗi hộ") == nil)
        #expect(Self.label("3.000 hộ dân được hỗ trợ") == nil)
        #expect(Self.label("2.sau đó tiếp tục") == nil)
    }
}

/// Assignments told in the passive and the state reached so far are accounts (round 10).
struct ToldAssignmentAndStateSoFarTests {
    @Test(arguments: [
        // 814-vanhuong-bch-danguy-phuong-duyet-daihoi-2025.
        "Đảng bộ phường Vạn Hương là đơn vị được Quận ủy giao nhiệm vụ tổ chức Đại hội điểm khối Đảng bộ các phường.",
        "Đến thời điểm này, Đảng bộ phường Vạn Hương chuẩn bị kỹ lưỡng về nội dung, nhân sự, cơ sở vật chất và các điều kiện cần thiết.",
        // 829-giangthanh-mttqhuyen-kehoach-daihoi-2018.
        "Đến nay, công tác chuẩn bị Đại hội MTTQ các cấp trên địa bàn huyện triển khai đúng tiến độ.",
    ])
    func anAccountIsNoDirective(text: String) {
        #expect(!DirectiveGrammarTests.reading(text).isStrictDirective, "\(text)")
    }

    // The active assignment, and "từ nay đến …" ahead, still instruct.
    @Test func anAssignmentMadeStillInstructs() {
        #expect(DirectiveGrammarTests.reading("Quận ủy giao Đảng bộ phường Vạn Hương tổ chức Đại hội điểm khối Đảng bộ các phường.").isStrictDirective)
        #expect(DirectiveGrammarTests.reading("Từ nay đến cuối năm, UBND xã cần tập trung hoàn thành các chỉ tiêu.").isStrictDirective)
    }
}

/// In a person's words, a passive modal ("… phải được thực hiện …") demands (round 10).
struct PassiveModalInSpeechTests {
    @Test(arguments: [
        // 822-kiengiang-pctubndtinh-tet-atty-2025.
        ("Phó Chủ tịch UBND tỉnh Kiên Giang Lê Trung Hồ nhấn mạnh, chính sách an sinh xã hội phải được thực hiện không chỉ với đối tượng chính sách", true),
        // A need a body reports, and one told with "đã", ask nothing.
        ("UBND xã cho biết, các khó khăn về mặt bằng cần được tháo gỡ trong thời gian tới", false),
        ("Đồng chí Bí thư nhấn mạnh, các vướng mắc đã được tháo gỡ kịp thời", false),
        // Nothing after the verb of speaking.
        ("Đồng chí Bí thư nhấn mạnh", false),
    ])
    func aPassiveModalInAPersonsWordsDemands(text: String, demands: Bool) {
        #expect(DirectiveGrammarTests.reading(text).hasModal == demands, "\(text)")
    }
}

/// A plan's time in its lead ("Theo kế hoạch từ ngày …, X …") dates the plan's work (round 10).
struct PlanTimeInItsLeadTests {
    @Test(arguments: [
        // 710-backan-tp-tiemphongdai-dot1-2019 (514, 717 likewise).
        ("Theo kế hoạch từ ngày 09 – 10/3/2019, thành phố tiến hành tiêm phòng đồng khởi cho đàn chó, mèo tại các phường", true),
        // A numbered plan's date is the plan's, not the work's.
        ("Theo kế hoạch số 12/KH-UBND ngày 5/3/2019, thành phố tiến hành tiêm phòng đồng khởi cho đàn chó, mèo", false),
    ])
    func aPlansTimeInItsLeadDatesTheWork(text: String, dated: Bool) {
        #expect(DirectiveGrammarTests.reading(text).isDatedPlan == dated, "\(text)")
    }
}

/// Two days in a row set apart by a comma ("ngày 16, 17-2-2022") are one window (round 10).
struct TwoDaysByACommaTests {
    private static func deadlines(_ text: String) -> [Deadline] {
        DeadlineExtractor(meetingDate: CivilDate(iso: "2021-11-02")).deadlines(in: text)
    }

    // 626-bacai-hdnvqs-huyen-tuyenquan-2022.
    @Test func twoDaysInARowAreOneWindow() {
        let found = Self.deadlines("thời gian giao quân dự kiến từ ngày 16, 17-2-2022")
        #expect(found.map(\.kind) == [.period])
        #expect(found.first?.start == CivilDate(iso: "2022-02-16"))
        #expect(found.first?.end == CivilDate(iso: "2022-02-17"))
    }

    // Days that are not in a row, and a count after the comma, are not one window.
    @Test func daysApartOrACountAreNot() {
        #expect(Self.deadlines("giao quân vào ngày 16, 18-2-2022").allSatisfy { $0.kind != .period })
        #expect(Self.deadlines("ngày 5, 10 hộ dân được hỗ trợ").allSatisfy { $0.kind != .period })
    }
}
