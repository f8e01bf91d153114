import Testing
@testable import BantinCore

/// A span still ahead frames its sentence as the coming period's work, however it is worded;
/// resolve asked for ("kiên quyết", "cương quyết", "quyết tâm") instructs.
struct ComingSpanTests {
    @Test func everySpanAheadFramesTheComingWork() {
        for text in [
            "Trong những ngày tới, Ban Chỉ huy Quân sự xã tiếp tục phối hợp với các thôn rà soát công dân",
            "Các tháng tiếp theo, Hội Nông dân xã tổ chức tập huấn kỹ thuật cho hội viên",
            "Trong tuần tới, các thôn ra quân tổng vệ sinh môi trường",
        ] {
            let reading = DirectiveGrammarTests.reading(text)
            #expect(reading.isFutureFramed && reading.isStrictDirective, "\(text)")
        }
        // A span behind tells what was done.
        #expect(!DirectiveGrammarTests.reading("Trong những ngày qua, các thôn đã ra quân tổng vệ sinh môi trường").isStrictDirective)
    }

    @Test func resolveAskedForInstructs() {
        #expect(DirectiveGrammarTests.reading("Kiên quyết xử lý các trường hợp lấn chiếm hành lang giao thông").isImperative)
        #expect(DirectiveGrammarTests.reading("Cương quyết xử lý công dân trốn khám sơ tuyển").isImperative)
        #expect(DirectiveGrammarTests.reading("Quyết tâm hoàn thành các chỉ tiêu kế hoạch năm 2024").isImperative)
    }
}
