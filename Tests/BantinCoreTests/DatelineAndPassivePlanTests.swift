import Testing
@testable import BantinCore

/// A news headline after its place, an event scheduled in the passive, a verb that is part of a name.
struct DatelineAndPassivePlanTests {
    static func isDateline(_ line: String) -> Bool {
        let prose = ProseText(line)
        return ProseOpening.isDateline(prose, 0..<prose.bytes.count)
    }

    @Test func aHeadlineAfterItsPlaceIsADateline() {
        #expect(Self.isDateline("Hòa Bình: Ra quân tổng vệ sinh môi trường đón Tết"))
        #expect(Self.isDateline("Xã Đông Hưng: Phát động phong trào thi đua năm 2024"))
        #expect(Self.isDateline("Kon Tum: Triển khai kế hoạch bầu cử trưởng thôn"))
        // A body's run-in names a level in lowercase, or goes on as a sentence; a label is no place.
        #expect(!Self.isDateline("Công an xã: tăng cường tuần tra, kiểm soát địa bàn."))
        #expect(!Self.isDateline("Ủy ban MTTQ xã: Chủ trì, phối hợp với các đoàn thể tổ chức"))
        #expect(!Self.isDateline("Thời gian: Từ ngày 15/3 đến 30/3"))
    }

    @Test(arguments: [
        ("Đại hội Chi bộ thôn 2 được tổ chức vào ngày 20/5/2024 tại nhà văn hóa.", true),
        ("Chương trình “Tháng hành động” được triển khai từ nay đến hết tháng 6 năm 2024.", true),
        ("Lễ giao nhận quân được tiến hành trong ngày 25/02/2025.", true),
        // A standing timetable, and an event told with "đã", are no plans.
        ("Giờ tiếp nhận hồ sơ buổi sáng được thực hiện từ ngày 01/4 đến ngày 30/9.", false),
        ("Hội nghị đã được tổ chức vào ngày 12/3/2024 với sự tham dự của 80 đại biểu.", false),
    ])
    func anEventScheduledInThePassiveIsAPlan(text: String, plans: Bool) {
        #expect(DirectiveGrammarTests.reading(text).isStrictDirective == plans, "\(text)")
    }

    // "Tân Thành", "Bình Trao" … are names, not "tán thành", "trao".
    @Test func aVerbWrittenWithACapitalInsideTheSentenceIsAName() {
        #expect(!DirectiveGrammarTests.reading("Lễ ra quân tại xã Tân Thành A được tổ chức vào ngày 02/3/2024.").isPraise)
        #expect(DirectiveGrammarTests.reading("Các đại biểu tán thành dự thảo nghị quyết").isPraise)
    }
}
