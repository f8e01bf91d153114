import Testing
@testable import BantinCore

/// "X chỉ đạo <instruction verb> …" in the present gives the work, even outside a directive part
/// (727); told with "đã", in a headline, or as a noun it gives none.
struct PresentDirectionTests {
    @Test(arguments: [
        "Dự báo tình hình sẽ có nhiều diễn biến phức tạp, vì thế UBND huyện chỉ đạo tập trung đẩy mạnh công tác tuyên truyền, vận động Nhân dân.",
        "Theo đó, Ban Chỉ đạo xã chỉ đạo triển khai ngay các biện pháp phòng dịch.",
    ])
    func aBodyDirectingNowGivesWork(sentence: String) {
        #expect(DirectiveGrammarTests.reading(sentence).isPresentDirection, "\(sentence)")
        #expect(DirectiveGrammarTests.reading(sentence).isStrictDirective, "\(sentence)")
    }

    @Test func aToldDirectionAHeadlineOrANounGivesNone() {
        let notDirections = [
            "Trong năm, UBND xã đã chỉ đạo triển khai thực hiện tốt công tác tuyển quân.",
            // 726: the headline has no full stop.
            "Chủ tịch UBND huyện chỉ đạo đảm bảo an ninh, trật tự, an toàn trong dịp nghỉ lễ Quốc khánh 02/9/2023",
            // 520: a series of nouns.
            "Cung cấp Dự thảo Báo cáo kết quả tham mưu, lãnh đạo, chỉ đạo thực hiện nhiệm vụ quân sự tại Đảng bộ.",
            "Dưới sự chỉ đạo của Đảng ủy xã, các thôn triển khai tổng vệ sinh.",
        ]
        for sentence in notDirections {
            #expect(!DirectiveGrammarTests.reading(sentence).isPresentDirection, "\(sentence)")
        }
    }

    // 724: the letter just sent that asks is the request itself.
    @Test(arguments: [
        "Chi cục Kiểm lâm vừa có công văn yêu cầu các Hạt Kiểm lâm địa phương tăng cường tuyên truyền, nâng cao nhận thức cho người dân",
        "UBND xã vừa ban hành văn bản đề nghị các thôn rà soát, lập danh sách hộ nghèo",
    ])
    func aLetterJustSentAsks(sentence: String) {
        #expect(DirectiveGrammarTests.reading(sentence).isStrictDirective, "\(sentence)")
    }

    // A letter that asked in the past, or news of something else just done, asks nothing now.
    @Test func aLetterToldOrOtherNewsAsksNothing() {
        #expect(!DirectiveGrammarTests.reading("Trước đó, Chi cục Kiểm lâm đã có công văn yêu cầu các Hạt Kiểm lâm tăng cường tuyên truyền").isStrictDirective)
        #expect(!DirectiveGrammarTests.reading("UBND xã vừa tổ chức hội nghị tổng kết, yêu cầu đạt được đã vượt kế hoạch").isStrictDirective)
    }
}
