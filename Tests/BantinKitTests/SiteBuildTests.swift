import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// The example site as a whole.
struct ExampleSiteTests {
    @Test func bulletinPageMatchesGoldenFile() throws {
        let output = try ExampleSite.build()
        let page = try #require(output.file("ket-luan/ket-luan-thang-02-2026.html"))
        #expect(try matchesGolden(page, named: "ket-luan-thang-02-2026.html"))
    }

    @Test func twoBuildsGiveIdenticalBytes() throws {
        let first = try ExampleSite.build().files
        let second = try ExampleSite.build().files
        #expect(first.map(\.path) == second.map(\.path))
        #expect(first == second)
    }

    @Test func pagesCarryNoBuildDateUnlessSourceDateEpochSaysSo() throws {
        let plain = try ExampleSite.build()
        #expect(plain.file("index.html")?.contains("Trang tạo bởi bantin.") == true)
        let dated = try SiteBuild.build(try ExampleSite.input(buildDate: CivilDate(year: 2026, month: 1, day: 30))).get()
        #expect(dated.file("index.html")?.contains("Trang tạo bởi bantin ngày 30/01/2026.") == true)
    }

    @Test func indexLeadsToTheConclusion() throws {
        let index = try #require(try ExampleSite.build().file("index.html"))
        #expect(index.contains("href=\"ket-luan/ket-luan-thang-02-2026.html\""))
        #expect(index.contains("Kết luận hội nghị triển khai chương trình công tác tháng 02/2026"))
    }

    @Test func everyLinkIsRelative() throws {
        for file in try ExampleSite.build().files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            for attribute in ["href=\"/", "src=\"/", "href=\"http", "src=\"http", "//"] where attribute != "//" {
                #expect(!html.contains(attribute), "\(file.path) has \(attribute)")
            }
        }
    }

    @Test func bulletinShowsTheDocumentParts() throws {
        let page = try #require(try ExampleSite.build().file("ket-luan/ket-luan-thang-02-2026.html"))
        #expect(page.contains("<span class=\"type-name\">THÔNG BÁO</span>"))
        #expect(page.contains("<p class=\"recipients-label\">Nơi nhận:</p>"))
        #expect(page.contains("<li>- TT Đảng ủy (để bc),</li>"))
        #expect(page.contains("<li>- Lưu VPĐU.</li>"))
        #expect(page.contains("<p class=\"authority\">T/L BAN THƯỜNG VỤ</p>"))
        #expect(page.contains("<p class=\"signer\">Trần Văn Điệp</p>"))
        // Nothing the text does not say: no number, no issuer, no date line.
        #expect(!page.contains("class=\"number\""))
        #expect(!page.contains("class=\"issuer\""))
        #expect(!page.contains("class=\"date-line\""))
        // The signature and recipients are not repeated in the body.
        #expect(page.components(separatedBy: "Trần Văn Điệp").count == 2)
    }

    @Test func builtInTemplatesAreTheShippedOnes() throws {
        let folder = Package.root.appendingPathComponent("templates")
        var shipped: [String: [UInt8]] = [:]
        for relative in try DiskReading.files(in: folder, display: { $0 }).files {
            shipped[relative] = Array(try Data(contentsOf: folder.appendingPathComponent(relative)))
        }
        #expect(shipped == TemplateSet.builtIn.files, "run scripts/embed-templates.sh after editing templates/")
    }

    @Test func aSiteWithoutTemplatesBuildsTheSamePages() throws {
        var input = try ExampleSite.input()
        let withFolder = try SiteBuild.build(input).get().files
        input.templates = .builtIn
        input.templatesPath = "(mẫu mặc định)"
        #expect(try SiteBuild.build(input).get().files == withFolder)
    }
}

/// Whole-pipeline safety: everything from content and front matter is escaped.
struct EscapingTests {
    @Test func scriptInTitleBodyAndFrontMatterNeverRuns() throws {
        let source = """
        ---
        title: "<script>alert('t')</script> & \\"x\\""
        signer: "<img src=x onerror=alert(1)>"
        ---
        THÔNG BÁO

        Kết luận <b>đậm</b>

        I. Nhiệm vụ trọng tâm tháng 3/2026

        Một là, <script>alert(2)</script> [bấm](javascript:alert(3)) và <img src=x onerror=alert(4)>.
        """
        let input = SiteInput(sources: [.init(path: "content/x.md", relativePath: "x.md", bytes: Array(source.utf8))])
        let output = try SiteBuild.build(input).get()
        let page = try #require(output.file("ket-luan/x.html"))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img src=x"))
        #expect(!page.contains("javascript:"))
        #expect(!page.contains("<b>"))
        #expect(page.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &quot;x&quot;") || page.contains("&lt;script&gt;alert('t')&lt;/script&gt; &amp; &quot;x&quot;"))
        #expect(output.warnings.contains { $0.description.hasPrefix("content/x.md:7: warning:") })
    }
}
