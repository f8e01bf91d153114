import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender

/// What a document is decides how its page looks: a People's Committee notice carries the state
/// header (Nghị định 30/2020), a write-up of a meeting is an article, titles come from the text.
struct DocumentKindPageTests {
    static let notice = """
    ỦY BAN NHÂN DÂN
    XÃ TÂN LẬP

    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc

    Số: 58/TB-UBND

    Tân Lập, ngày 06 tháng 4 năm 2026

    THÔNG BÁO

    Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 4 năm 2026

    Chiều ngày 03/4/2026, đồng chí Phạm Minh Đức, Chủ tịch UBND xã chủ trì cuộc họp giao ban.

    Chủ tịch UBND xã kết luận, chỉ đạo như sau:

    1. Phòng Kinh tế hướng dẫn Nhân dân gieo cấy lúa vụ Xuân, hoàn thành trước ngày 20/4/2026.

    2. Giao Công an xã tăng cường tuần tra, bảo đảm an ninh trật tự.

    Nơi nhận:
    - Lưu: VT.

    TL. CHỦ TỊCH
    CHÁNH VĂN PHÒNG

    Vũ Thị Lan
    """

    static let writeUp = """
    Đảng ủy xã Quảng Phú triển khai nhiệm vụ tháng 4/2026

    Sáng 31/3, Ban Chấp hành Đảng bộ xã Quảng Phú tổ chức hội nghị thường kỳ triển khai nhiệm vụ trọng tâm tháng 4/2026.

    Kết luận hội nghị, đồng chí Bí thư Đảng ủy yêu cầu các chi bộ thực hiện tốt một số nhiệm vụ sau: Thứ nhất, tổ chức kiểm điểm việc thực hiện nghị quyết quý I. Thứ hai, UBND xã đẩy nhanh giải phóng mặt bằng trước ngày 25/4.

    Tin, ảnh: Minh Châu
    """

    static func build(_ files: [String: String]) throws -> BuildOutput {
        let site = try TemporarySite(files)
        defer { site.remove() }
        return try SiteBuild.build(try SiteLoader.load(SiteLayout(root: site.root), environment: [:])).get()
    }

    @Test func aPeoplesCommitteeNoticePrintsWithTheStateHeader() throws {
        let output = try Self.build(["content/tb-58.md": Self.notice])
        let conclusion = try #require(output.conclusions.first)
        #expect(conclusion.meta.kind == .state)
        #expect(conclusion.tasks.count == 2)
        let page = try #require(output.file("ket-luan/tb-58.html"))
        #expect(page.contains("<article class=\"document doc-nha-nuoc\""))
        #expect(page.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(page.contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(!page.contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(page.contains("ỦY BAN NHÂN DÂN"))
        #expect(page.contains("Vũ Thị Lan"))
    }

    @Test func aWriteUpIsShownAsAnArticleTitledByItsHeadline() throws {
        let output = try Self.build(["content/tin-thang-4.md": Self.writeUp])
        let conclusion = try #require(output.conclusions.first)
        #expect(conclusion.meta.kind == .article)
        #expect(conclusion.title == "Đảng ủy xã Quảng Phú triển khai nhiệm vụ tháng 4/2026")
        #expect(conclusion.meta.meetingDate == CivilDate(year: 2026, month: 3, day: 31))
        let page = try #require(output.file("ket-luan/tin-thang-4.html"))
        #expect(page.contains("<article class=\"news-article\""))
        #expect(page.contains("<h1 class=\"article-title\">Đảng ủy xã Quảng Phú triển khai nhiệm vụ tháng 4/2026</h1>"))
        #expect(page.contains("Ngày 31/03/2026"))
        // Never a signed document: no header, no recipients, no signature.
        #expect(!page.contains("doc-header"))
        #expect(!page.contains("doc-footer"))
        #expect(!page.contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
        // The headline is the title, not repeated as the first paragraph.
        #expect(!page.contains("<p>Đảng ủy xã Quảng Phú triển khai nhiệm vụ tháng 4/2026</p>"))
        #expect(page.contains("Bảng nhiệm vụ"))
    }

    @Test func frontMatterKindOverridesTheText() throws {
        let output = try Self.build(["content/tin.md": "---\nkind: nha-nuoc\n---\n" + Self.writeUp])
        #expect(output.conclusions.first?.meta.kind == .state)
        let bad = try TemporarySite(["content/tin.md": "---\nkind: bao-chi\n---\nText.\n"])
        defer { bad.remove() }
        let result = SiteBuild.build(try SiteLoader.load(SiteLayout(root: bad.root), environment: [:]))
        guard case .failure(let failure) = result else { Issue.record("an unknown kind must stop the build"); return }
        #expect(failure.errors.first?.description.contains("content/tin.md:2:") == true, "\(failure.errors)")
    }

    @Test func theExampleConclusionKeepsItsPartyHeader() throws {
        let page = try #require(try ExampleSite.build().file("ket-luan/ket-luan-thang-02-2026.html"))
        #expect(page.contains("<article class=\"document doc-dang\""))
        #expect(page.contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
    }

    @Test func theBuildSummaryNamesConclusionsWithProblems() throws {
        let output = try Self.build(["content/tb-58.md": Self.notice, "content/tin-thang-4.md": Self.writeUp])
        let lines = ReadingSummary.lines(output.conclusions)
        #expect(lines.contains { $0.hasSuffix("content/tb-58.md: 2 nhiệm vụ, 0 không có đơn vị, 1 không có thời hạn") }, "\(lines)")
        // Every task of the write-up has a unit and a deadline (the planned month): nothing to say.
        #expect(!lines.contains { $0.contains("tin-thang-4.md") }, "\(lines)")
    }
}
