import Testing
@testable import BantinCore

/// "X phân công Y …" hands work on by name, as "giao" does (725): after the body that assigns, or
/// after a frame; never as a noun, one verb of a series, or an act told with "đã".
struct AssignmentCueTests {
    @Test(arguments: [
        "Thường trực HĐND thị xã phân công các ban HĐND phối hợp với UBND trong quá trình chuẩn bị nội dung kỳ họp",
        "Đồng thời, phân công các thành viên bám sát địa bàn, làm tốt công tác vận động công dân",
        "UBND xã phân công Công an xã chủ trì giải quyết dứt điểm vụ việc",
    ])
    func aBodyThatAssignsAddressesWhomItNames(sentence: String) {
        let reading = DirectiveGrammarTests.reading(sentence)
        #expect(reading.cue.map { reading.words[$0].key } == "phan", "\(sentence)")
        #expect(reading.isStrictDirective, "\(sentence)")
    }

    @Test func aNounASeriesOrAToldActIsNoCue() {
        let notCues = [
            // 37: one "đã" tells both acts.
            "Xã Vĩnh Quang đã kiện toàn Hội đồng Nghĩa vụ quân sự xã và phân công nhiệm vụ cụ thể cho từng thành viên",
            // 106: the subject of a decision.
            "Quyết định số 168a/QĐ-UBND về việc phân công công chức tiếp công dân tại UBND xã",
            // 730: one verb of a series after the meeting's resolve.
            "Cuộc họp thống nhất triển khai đồng bộ các biện pháp, phân công lực lượng, phương tiện chủ động giải quyết",
            "Các đồng chí thực hiện theo sự phân công của Ban Chỉ đạo",
        ]
        for sentence in notCues {
            let reading = DirectiveGrammarTests.reading(sentence)
            #expect(reading.cue.map { reading.words[$0].key } != "phan", "\(sentence)")
        }
    }
}
