import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// Every page of the example site (and of the hand-made unit pages) is valid HTML, and no internal
/// link is broken when the site is opened from a folder.
@Suite(.serialized) struct SiteQualityTests {
    static func exampleFolder(config: (inout SiteConfig) -> Void = { _ in }) throws -> URL {
        var input = try ExampleSite.input()
        config(&input.config)
        return try writeTemporaryFolder(try SiteBuild.build(input).get().files)
    }

    @Test func everyPageOfTheExampleSitePassesTheNuChecker() throws {
        let root = try Self.exampleFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let unitPages = try writeTemporaryFolder(try PagesFixture.unitFiles())
        defer { try? FileManager.default.removeItem(at: unitPages) }
        for folder in [root, unitPages] {
            let result = try NuChecker.validate(folder)
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test func noInternalLinkIsBroken() throws {
        let root = try Self.exampleFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (links, broken) = try LinkChecker.check(root)
        #expect(links > 50)
        #expect(broken.isEmpty, "\(broken)")
    }

    @Test func theLinkCheckerFindsBrokenLinks() throws {
        let root = try writeTemporaryFolder([
            OutputFile(path: "index.html", text: "<a href=\"a/b.html#x\">1</a><a href=\"missing.html\">2</a><a href=\"#nope\">3</a><a id=\"top\" href=\"#top\">4</a>"),
            OutputFile(path: "a/b.html", text: "<p id=\"y\"><a href=\"../index.html?q=1#top\">back</a><a href=\"https://example.org/\">out</a></p>"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let (links, broken) = try LinkChecker.check(root)
        #expect(links == 6)
        #expect(broken.map(\.link).sorted() == ["#nope", "a/b.html#x", "https://example.org/", "missing.html"])
    }

    @Test func everyPageHasTheSameHeaderLandmarksAndLanguage() throws {
        let output = try ExampleSite.build()
        let pages = output.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count >= 6)
        for file in pages {
            let html = String(decoding: file.contents, as: UTF8.self)
            #expect(html.contains("<html lang=\"vi\">"), "\(file.path)")
            #expect(html.contains("<nav class=\"site-nav\" aria-label=\"Điều hướng chính\">"), "\(file.path)")
            #expect(html.contains("<main id=\"noi-dung\">"), "\(file.path)")
            #expect(html.contains("tim-kiem.html\" method=\"get\" role=\"search\""), "\(file.path)")
            if file.path != "index.html" { #expect(html.contains("class=\"breadcrumbs\""), "\(file.path)") }
        }
    }

    @Test func theTaskPageHasEveryRowAndFiltersForTheBrowser() throws {
        let output = try ExampleSite.build()
        let page = try #require(output.file(SitePaths.tasks))
        let rows = page.components(separatedBy: "<tr data-order=").count - 1
        #expect(rows == output.conclusions.reduce(0) { $0 + $1.tasks.count })
        #expect(rows > 0)
        #expect(page.contains("<form class=\"filters no-print\" data-target=\"\(TaskListView.tableID)\" hidden>"))
        #expect(page.contains("<table class=\"task-table\" id=\"\(TaskListView.tableID)\">"))
        #expect(page.contains("<select name=\"unit\">") && page.contains("<select name=\"month\">") && page.contains("<select name=\"sort\">"))
        #expect(page.contains("<th scope=\"col\">"))
    }

    @Test func theNotFoundPageLinksAbsolutelyOnlyWithABaseURL() throws {
        var input = try ExampleSite.input()
        let relative = try #require(try SiteBuild.build(input).get().file(SitePaths.notFound))
        #expect(relative.contains("href=\"index.html\""))
        input.config.baseURL = "https://noibo.xa.vn/bantin"
        let absolute = try #require(try SiteBuild.build(input).get().file(SitePaths.notFound))
        #expect(absolute.contains("href=\"https://noibo.xa.vn/bantin/index.html\""))
        #expect(absolute.contains("href=\"https://noibo.xa.vn/bantin/assets/bantin.css\""))
    }
}
