import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// The seed conclusion, read against the hand-checked gold file (shared/gold).
struct SeedReaderTests {
    static func readSeed() throws -> ConclusionDocument {
        let url = Bundle.module.url(forResource: "Fixtures/seed", withExtension: "md")!
        let bytes = Array(try Data(contentsOf: url))
        let text = try SourceText.decode(bytes, path: "seed.md", maximumBytes: 1 << 20)
        let source = try SourceLoading.document(text, path: "seed.md", relativePath: "seed.md").document
        return try DocumentReading.read(source, options: .init()).document
    }

    @Test func meta() throws {
        let meta = try Self.readSeed().meta
        #expect(meta.typeName == "THÔNG BÁO")
        #expect(meta.subject == "Kết luận hội nghị triển khai chương trình công tác tháng 02/2026")
        #expect(meta.meetingDate == CivilDate(year: 2026, month: 1, day: 29))
        #expect(meta.period == CivilDate(year: 2026, month: 2, day: 1)!...CivilDate(year: 2026, month: 2, day: 28)!)
        #expect(meta.chair == "Trần Văn Vy")
        #expect(meta.signer == "Trần Văn Điệp")
        #expect(meta.signerTitle == "CHÁNH VĂN PHÒNG")
        #expect(meta.signingAuthority == "T/L BAN THƯỜNG VỤ")
    }

    @Test func structure() throws {
        let document = try Self.readSeed()
        #expect(document.sections.map(\.title) == [
            "Kết quả thực hiện nhiệm vụ tháng 01/2026", "Những tồn tại, hạn chế", "Nhiệm vụ trọng tâm tháng 02/2026",
        ])
        #expect(document.sections[0].subsections.count == 2)
        #expect(document.sections[1].items.count == 6)
        #expect(document.rawTasks.map(\.label) == ["Một là", "Hai là", "Ba là", "Bốn là", "Năm là", "Sáu là", "Bảy là", "Tám là"])
        #expect(document.recipients.count == 5)
        #expect(document.closing.first?.hasPrefix("Yêu cầu Thủ trưởng các cơ quan, đơn vị, các chi bộ, các xóm") == true)
    }

    @Test func pageBreakJoins() throws {
        let document = try Self.readSeed()
        #expect(document.pageBreakJoins.count == 2)
        #expect(document.sections[1].items[5].contains("một bộ phận giáo viên còn hạn chế kỹ năng sử dụng học liệu số"))
        let nam = document.rawTasks[4].text
        #expect(nam.contains("kế hoạch tuyên truyền cải cách hành chính năm\n2026. Trung tâm Phục vụ hành chính công")
            || nam.contains("kế hoạch tuyên truyền cải cách hành chính năm 2026. Trung tâm Phục vụ hành chính công"))
    }
}
