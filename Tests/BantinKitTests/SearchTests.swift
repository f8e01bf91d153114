import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// The offline search: the index script and the search page in a real browser from file://.
@Suite(.serialized) struct SearchTests {
    static var records: [SearchIndex.Record] {
        let site = try! PagesFixture.site()
        return SearchIndex.records(units: site.units.all, names: site.units.names,
                                   conclusions: site.conclusions, assignments: site.assignments)
    }

    @Test func recordsCarryFoldedTextForUnitsConclusionsAndTasks() throws {
        let records = Self.records
        #expect(records.filter { $0.kind == "don-vi" }.count == PagesFixture.units.count)
        #expect(records.filter { $0.kind == "ket-luan" }.count == 1)
        #expect(records.filter { $0.kind == "nhiem-vu" }.count == PagesFixture.tasks.count)
        let script = SearchIndex.script(records)
        #expect(script.hasPrefix("/* Chỉ mục tìm kiếm do bantin tạo; không sửa tay. */\nwindow.BANTIN_SEARCH = [\n"))
        #expect(script.contains("\"t\":\"Trạm Y tế xã\",\"u\":\"don-vi/tyt.html\""))
        #expect(script.contains("\"f\":\"tram y te xa | tram y te | tyt\""))
        #expect(script.contains("\"n\":\"dang uy xa\""))
        #expect(script.contains("\"u\":\"ket-luan/kl-02.html#nv-2\""))
    }

    @Test(arguments: [
        ("a\"b\\c", "\"a\\\"b\\\\c\""),
        ("dòng\nmới", "\"dòng\\nmới\""),
        ("</script>", "\"<\\/script>\""),
        ("\u{2028}\u{1}", "\"\\u2028\\u0001\""),
    ])
    func stringsAreSafeJavaScript(text: String, literal: String) {
        #expect(SearchIndex.jsonString(text) == literal)
    }

    /// The example site in a folder, as a clerk opens it from a shared drive.
    static func siteFolder() throws -> URL {
        try writeTemporaryFolder(try ExampleSite.build().files)
    }

    @Test func theSearchPageFindsTramYTeWithoutDiacriticsFromFile() throws {
        let root = try Self.siteFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let page = root.appendingPathComponent("tim-kiem.html").absoluteString
        let dom = try Browser.dumpDOM(page + "?q=tram%20y%20te")
        let results = try #require(dom.range(of: "<ol id=\"ket-qua\""))
        let list = dom[results.lowerBound...]
        #expect(list.contains("Trạm Y tế xã</a>"), "\(list.prefix(600))")
        #expect(list.contains("href=\"don-vi/tyt.html\""))
        #expect(dom.contains("value=\"tram y te\"") || dom.contains("Tìm thấy"), "the query is shown")

        let party = try Browser.dumpDOM(page + "?q=dang%20uy")
        let partyResults = try #require(party.range(of: "<ol id=\"ket-qua\""))
        #expect(party[partyResults.lowerBound...].contains("Đảng ủy"))
        // Typed with diacritics in NFD and a different tone placement ("Uỷ"), it still matches.
        let decomposed = "Trạm Y tế".decomposedStringWithCanonicalMapping
            .addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? ""
        let nfd = try Browser.dumpDOM(page + "?q=" + decomposed)
        let nfdResults = try #require(nfd.range(of: "<ol id=\"ket-qua\""))
        #expect(nfd[nfdResults.lowerBound...].contains("Trạm Y tế xã</a>"))
        let none = try Browser.dumpDOM(page + "?q=khongcogi")
        #expect(none.contains("Không tìm thấy kết quả nào"))
    }
}
