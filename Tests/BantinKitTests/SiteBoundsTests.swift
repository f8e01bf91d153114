import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// Issue 11, point 3: no file that grows with the site passes its bound. At 10,000 conclusions the
/// bound is 1 MiB; here the bench's generated corpus of 300 conclusions is built with the limits
/// scaled by 300/10,000, and every list, index shard, feed and sheet must keep what grows in it to
/// 1 MiB scaled the same way, plus the frame every page has whatever the site's size (header,
/// navigation, a month's grid: 32 KB on the one-conclusion example, so 40 KiB). Pages of one
/// conclusion and the templates' static files do not grow with the site: they keep to 1 MiB.
@Suite(.serialized) struct SiteBoundsTests {
    static let count = 300
    static let factor = Double(count) / 10_000
    static let frame = 40 << 10
    static let bound = Int(Double(1 << 20) * factor) + frame

    static func build() throws -> [OutputFile] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-bounds-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        // scripts/gen_corpus.py is a verbatim copy of ../shared/bench/gen_corpus.py, so CI needs no shared/.
        let generator = Package.root.appendingPathComponent("scripts/gen_corpus.py").path
        let made = try runTool("python3", [generator, "--count", "\(count)", "--out", folder.path, "--seed", "1", "--quiet"])
        #expect(made.status == 0, "\(made.error)")
        var input = try SiteLoader.load(SiteLayout(root: folder, content: folder), environment: [:])
        input.limits = SiteLimits.standard.scaled(factor)
        return try SiteBuild.build(input).get().files
    }

    /// Files whose size does not grow with the number of conclusions: a bulletin, the templates'
    /// static files, and the pages that have a cell per day or per unit
    /// and month (the calendars' year overviews with a count per day, the index of meeting sheets),
    /// which grow with the span of the site's months, not with what is in them.
    static func isPerDocument(_ path: String) -> Bool {
        path.hasPrefix("ket-luan/")
            || (path.hasPrefix("assets/") && !path.hasPrefix("assets/tim-kiem/") && !path.hasPrefix("assets/viec/"))
            || path == SitePaths.Calendar.overview || path.range(of: #"^lich/don-vi/[^/]+/index\.html$"#, options: .regularExpression) != nil
            || path == SitePaths.Sheets.index
    }

    @Test func noFileOfAGeneratedCorpusPassesItsBound() throws {
        let files = try Self.build()
        #expect(files.filter { $0.path.hasPrefix("ket-luan/") }.count == Self.count)
        // A file of texts for snippets that holds a single conclusion is that conclusion's size.
        func holdsOneText(_ file: OutputFile) -> Bool {
            file.path.hasPrefix("assets/tim-kiem/van-ban/") && String(decoding: file.contents, as: UTF8.self).components(separatedBy: ":{\"p\":[").count == 2
        }
        let over = files.filter { $0.contents.count > (Self.isPerDocument($0.path) || holdsOneText($0) ? 1 << 20 : Self.bound) }
            .map { "\($0.path): \($0.contents.count) bytes" }
        #expect(over.isEmpty, "over \(Self.bound) bytes: \(over.prefix(20))")

        // The bound is kept by cutting, not by luck: the lists go on over continuation pages,
        // the index is in several shards, and the feeds are cut to their window.
        let paths = Set(files.map(\.path))
        #expect(paths.contains { $0.hasPrefix("nhiem-vu/") && $0.range(of: #"-\d+\.html$"#, options: .regularExpression) != nil
            && $0.range(of: #"^nhiem-vu/\d{4}-\d{2}-\d+\.html$"#, options: .regularExpression) != nil }, "a month of tasks over several pages")
        #expect(paths.contains { $0.range(of: #"^don-vi/[^/]+/\d{4}(-\d+)?\.html$"#, options: .regularExpression) != nil }, "unit pages by year")
        #expect(paths.filter { $0.hasPrefix("assets/tim-kiem/tu-") }.count > 1, "word shards")
        #expect(paths.filter { $0.hasPrefix("assets/tim-kiem/ban-ghi-") }.count > 1, "record shards")
        #expect(paths.contains { $0.range(of: #"^assets/tim-kiem/van-ban/\d{4}-\d{2}-\d+\.js$"#, options: .regularExpression) != nil },
                "a month's texts over several files")
        // The home page lists the newest conclusions and links to a page per year that lists them all.
        let years = files.filter { $0.path.hasPrefix("luu-tru/") }
        #expect(years.count > 1, "conclusions by year")
        let listed = years.reduce(0) { $0 + String(decoding: $1.contents, as: UTF8.self).components(separatedBy: "href=\"../ket-luan/").count - 1 }
        #expect(listed == Self.count, "every conclusion on its year's page")
        let home = files.first { $0.path == SitePaths.home }.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
        #expect(home.contains("href=\"luu-tru/"), "the home page links to the years")
        let sizes = Dictionary(files.map { ($0.path, $0.contents.count) }, uniquingKeysWith: { a, _ in a })
        let feedBudget = SiteLimits.standard.scaled(Self.factor).feed
        #expect((sizes[SitePaths.Calendar.siteFeed] ?? 0) > feedBudget * 9 / 10, "the site feed is filled up to its budget")

        // Every continuation page is linked from the page before it.
        for file in files where file.path.range(of: #"^nhiem-vu/\d{4}-\d{2}-2\.html$"#, options: .regularExpression) != nil {
            let first = file.path.replacingOccurrences(of: "-2.html", with: ".html")
            let name = String(file.path.split(separator: "/").last!)
            let text = files.first { $0.path == first }.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
            #expect(text.contains("href=\"\(name)\"") || text.contains("href=\"../nhiem-vu/\(name)\""), "\(first) links to \(name)")
        }
    }
}
