import Testing
@testable import BantinCore

/// A sentence that asks more than once gives more than one piece of work: a cue repeated after a
/// comma or "và", a doer named again after ";", a People's Council's "kiến nghị".
struct RepeatedRequestTests {
    static func pieces(_ text: String) -> [String] {
        let prose = ProseText(text)
        var lower = 0
        var pieces: [String] = []
        for start in DirectiveGrammar.laterRequests(prose, 0..<prose.bytes.count) {
            pieces.append(prose.string(prose.trimmed(lower..<start, marks: [UInt8(ascii: ",")])))
            lower = start
        }
        pieces.append(prose.string(lower..<prose.bytes.count))
        return pieces.map { String($0.prefix(18)) }
    }

    static func opensWithDoer(_ text: String) -> Bool {
        let prose = ProseText(text)
        let reading = DirectiveGrammar.read(prose, 0..<prose.bytes.count)
        return DirectiveGrammar.opensWithDoer(reading.words, from: reading.head, text: prose)
    }

    @Test func aCueRepeatedAfterACommaOrAndAsksAgain() {
        #expect(Self.pieces("Bà Chủ tịch HĐND đề nghị UBND xã bổ sung số liệu vào báo cáo, kiến nghị UBND xã tiếp tục rà soát hồ sơ đất đai.")
            == ["Bà Chủ tịch HĐND đ", "kiến nghị UBND xã "])
        #expect(Self.pieces("Hội nghị đề nghị Công an xã tăng cường tuần tra và đề nghị các thôn vận động nhân dân giữ gìn trật tự.")
            == ["Hội nghị đề nghị C", "và đề nghị các thô"])
        #expect(Self.pieces("Đồng chí Bí thư yêu cầu các chi bộ rà soát đảng viên, yêu cầu Văn phòng tổng hợp báo cáo trước ngày 10.")
            == ["Đồng chí Bí thư yê", "yêu cầu Văn phòng "])
    }

    // A cue used as a noun, or said only once, asks nothing more.
    @Test func aNounOrASingleCueStaysOneRequest() {
        #expect(Self.pieces("Đề nghị UBND xã giải quyết dứt điểm các ý kiến, kiến nghị của cử tri trong tháng 5.").count == 1)
        #expect(Self.pieces("Cử tri nếu có kiến nghị, đề nghị phản ánh trực tiếp với Tổ bầu cử nơi cư trú.").count == 1)
        #expect(Self.pieces("UBND xã đề nghị các hộ dân đáp ứng yêu cầu của đoàn kiểm tra và phối hợp thực hiện.").count == 1)
    }

    @Test func aDoerNamedAfterASemicolonOpensAnItem() {
        #expect(Self.opensWithDoer("hai ban HĐND xã tăng cường công tác giám sát theo chương trình"))
        #expect(Self.opensWithDoer("các chi hội tổ chức sinh hoạt chuyên đề"))
        #expect(Self.opensWithDoer("Công an xã chủ động nắm tình hình địa bàn"))
        // A noun phrase, a condition, a place: no doer.
        #expect(!Self.opensWithDoer("lễ phát động Tết trồng cây đầu xuân"))
        #expect(!Self.opensWithDoer("nếu tiếp tục khó khăn thì báo cáo huyện"))
        #expect(!Self.opensWithDoer("các hộ dân tại thôn 3 tham gia đầy đủ"))
    }

    // "Kiến nghị X …" asks when it opens the clause or a person says it; a body's own proposal to
    // the level above, and the citizens' "kiến nghị", give no work.
    @Test func kienNghiAsksOnlyAsTheVerbOfTheOneWhoDirects() {
        #expect(DirectiveGrammarTests.reading("Kiến nghị UBND xã tiếp tục nâng cao chất lượng tiếp công dân").isStrictDirective)
        #expect(DirectiveGrammarTests.reading("Ông Trưởng ban Kinh tế - Xã hội kiến nghị UBND xã khẩn trương hoàn thiện hồ sơ").cue != nil)
        #expect(DirectiveGrammarTests.reading("Đồng thời xã cũng kiến nghị UBND huyện sớm triển khai xây dựng trụ sở").cue == nil)
        #expect(!DirectiveGrammarTests.reading("Kiến nghị của cử tri về việc sửa chữa tuyến đường liên thôn").isStrictDirective)
    }

    // "có giải pháp / biện pháp / phương án …" and "nỗ lực …" instruct as "có kế hoạch", "phấn đấu" do.
    @Test(arguments: ["có giải pháp xử lý dứt điểm tình trạng lấn chiếm", "có phương án di dời các hộ ven sông", "nỗ lực hoàn thành các chỉ tiêu năm 2024"])
    func aPlanOrAnEffortAskedForIsAnInstruction(text: String) {
        #expect(DirectiveGrammarTests.reading(text).isImperative, "\(text)")
    }

    // The delegates' remarks, "các vị đại biểu", "quý vị đại biểu", are opinions reported.
    @Test func delegatesRemarksAreOpinions() {
        let prose = ProseText("Các vị đại biểu cơ bản thống nhất với dự thảo báo cáo")
        #expect(DirectiveGrammar.reportsOpinions(prose.words(in: 0..<prose.bytes.count), from: 0))
        let other = ProseText("Quý vị đại biểu góp ý thêm về tình hình an ninh")
        #expect(DirectiveGrammar.reportsOpinions(other.words(in: 0..<other.bytes.count), from: 0))
    }
}
