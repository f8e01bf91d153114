import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// The Atom feed and the sitemap.
struct FeedTests {
    static func wellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }

    @Test func theFeedListsConclusionsWithRelativeLinksWithoutABaseURL() throws {
        let output = try ExampleSite.build()
        let feed = try #require(output.file(SitePaths.atomFeed))
        #expect(Self.wellFormed(feed))
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">"))
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"ket-luan/ket-luan-thang-02-2026.html\"/>"))
        #expect(feed.contains("<id>urn:bantin:ban-tin-dang-uy-xa:ket-luan/ket-luan-thang-02-2026.html</id>"))
        #expect(feed.contains("<updated>2026-01-29T00:00:00+07:00</updated>") || feed.contains("<updated>2026-"))
        #expect(output.file(SitePaths.sitemap) == nil, "no sitemap without base_url")
        #expect(output.file("index.html")?.contains("<link rel=\"alternate\" type=\"application/atom+xml\"") == true)
    }

    @Test func withABaseURLLinksAreAbsoluteAndTheSitemapListsEveryPage() throws {
        var input = try ExampleSite.input()
        input.config.baseURL = "https://noibo.xa.vn/bantin"
        let output = try SiteBuild.build(input).get()
        let feed = try #require(output.file(SitePaths.atomFeed))
        #expect(Self.wellFormed(feed))
        #expect(feed.contains("<id>https://noibo.xa.vn/bantin/ket-luan/ket-luan-thang-02-2026.html</id>"))
        #expect(feed.contains("href=\"https://noibo.xa.vn/bantin/feed.xml\""))
        let sitemap = try #require(output.file(SitePaths.sitemap))
        #expect(Self.wellFormed(sitemap))
        let pages = output.files.map(\.path).filter { $0.hasSuffix(".html") && $0 != SitePaths.notFound }
        #expect(sitemap.components(separatedBy: "<loc>").count - 1 == pages.count)
        #expect(sitemap.contains("<loc>https://noibo.xa.vn/bantin/index.html</loc>"))
        #expect(!sitemap.contains("404.html"))
    }

    @Test func titlesAreEscapedInTheFeed() throws {
        var config = SiteConfig()
        config.title = "A & B <script>"
        var conclusion = PagesFixture.conclusion
        conclusion.document.meta.subject = "Kết luận \"đặc biệt\" & <b>"
        let feed = AtomFeed.make(try assembled([conclusion], config: config))
        #expect(Self.wellFormed(feed))
        #expect(feed.contains("<title>A &amp; B &lt;script&gt;</title>"))
        #expect(!feed.contains("<b>"))
    }
}
