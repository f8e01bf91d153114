import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BantinKit
@testable import BantinRender

/// Text from content and configuration in feeds and exports (issue 13, points 5 and 7): each
/// format gets its own escaping, and `base_url` is checked when bantin.yml is read.
@Suite(.serialized) struct FeedSafetyTests {
    static let task = "THÔNG BÁO\n\nKết luận thử\n\nSáng ngày 05 tháng 3 năm 2026, hội nghị.\n\nIII. Nhiệm vụ trọng tâm\n\nMột là, UBND xã hoàn thành trước ngày 15/03/2026.\n"

    // Point 5: a line break in base_url injected properties into every .ics.
    @Test(arguments: ["http://a.xa/\\nATTACH:http://evil/x", "http://a.xa/\\r\\nX-EVIL:1", "http://a.xa/ b", "javascript:alert(1)",
                      "ftp://a.xa/", "http://", "//a.xa/", "http://a.xa/\\f", "http://a\\\"b/", "intranet.xa/bantin"])
    func aBadBaseURLIsAConfigurationError(_ url: String) throws {
        let site = try TemporarySite(["bantin.yml": "title: Thử\nbase_url: \"\(url)\"\n", "content/a.md": Self.task])
        defer { site.remove() }
        let result = try site.run(["build"])
        #expect(result.status == 1, "exit \(result.status) for \(url): \(result.stderr)")
        #expect(result.stderr.contains("bantin.yml:2:") && result.stderr.contains("base_url"), "\(result.stderr)")
        // The error and the closing summary: the line break in the value is shown, not printed.
        #expect(result.stderr.split(separator: "\n").count == 2, "\(result.stderr)")
    }

    @Test(arguments: ["https://intranet.xa/bantin/", "http://10.0.0.5:8080/bt", "HTTP://XA.VN"])
    func aGoodBaseURLIsAccepted(_ url: String) throws {
        let site = try TemporarySite(["bantin.yml": "base_url: \"\(url)\"\n", "content/a.md": Self.task])
        defer { site.remove() }
        let result = try site.run(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try site.read("public/lich/bantin.ics").contains("URL:" + url))
    }

    /// Every byte of an iCalendar file is printable or CRLF, and each line is a known property
    /// (or a folded continuation): nothing from content started a property of its own.
    static func checkICalendar(_ text: String) {
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\r" && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
        let known = ["BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "NAME", "X-WR-CALNAME", "DESCRIPTION",
                     "X-WR-CALDESC", "X-WR-TIMEZONE", "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "CATEGORIES",
                     "TRANSP", "URL", "ACTION", "TRIGGER"]
        for line in text.components(separatedBy: "\r\n") where !line.isEmpty && !line.hasPrefix(" ") {
            let name = String(line.prefix { $0 != ":" && $0 != ";" })
            #expect(known.contains(name), "unexpected property line: \(line.debugDescription)")
        }
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    // Point 5: a form feed, 0x01 or ESC in a front-matter title or number made feed.xml not
    // well-formed and went raw into the .ics.
    @Test func controlCharactersInTitlesLeaveFeedsValid() throws {
        let matter = "---\ntitle: \"Kết luận\\f thử\\x01 \\e[31mđỏ\\u0085\"\nnumber: \"15\\x01-TB/ĐU\\r\\nATTACH:x\"\ndate: 2026-03-06\n---\n"
        let site = try TemporarySite(["bantin.yml": "title: \"Trang\\x1b\"\nbase_url: \"http://a.xa/\"\n",
                                      "content/a.md": matter + Self.task])
        defer { site.remove() }
        let input = try SiteLoader.load(SiteLayout(root: site.root), environment: [:])
        let output = try SiteBuild.build(input).get()
        let feed = try #require(output.file("feed.xml"))
        #expect(XMLParser(data: Data(feed.utf8)).parse(), "feed.xml is not well-formed")
        #expect(feed.contains("Kết luận thử [31mđỏ"))
        let sitemap = try #require(output.file("sitemap.xml"))
        #expect(XMLParser(data: Data(sitemap.utf8)).parse())
        let feeds = output.files.filter { $0.path.hasSuffix(".ics") }
        #expect(!feeds.isEmpty)
        for file in feeds { Self.checkICalendar(String(decoding: file.contents, as: UTF8.self)) }
    }

    @Test func iCalendarTextEscaping() {
        #expect(ICalendarText.escape("a\r\nb\rc\nd;e,f\\g\u{1B}h\u{7F}i\u{85}j\tk") == "a\\nb\\nc\\nd\\;e\\,f\\\\ghij\tk")
        #expect(ICalendarText.uri("http://a.xa/x y\r\nATTACH:z") == "http://a.xa/xyATTACH:z")
        #expect(XMLText.escape("a\u{0C}b\u{01}<c>&\u{FFFE}\n") == "ab&lt;c&gt;&amp;\n")
    }

    // Point 7: a unit name starting with "=" went into the CSV as a formula.
    @Test(arguments: [("=1+1", "'=1+1"), ("+84 912", "'+84 912"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"),
                      ("\tx", "'\tx"), ("=A1,B1", "\"'=A1,B1\""), ("a=b", "a=b"), ("Ủy ban", "Ủy ban"), ("x\u{1B}y", "xy")])
    func csvCellsAreNeverFormulas(_ field: String, _ expected: String) {
        #expect(CSVField.escape(field) == expected)
    }

    @Test func aUnitNamedLikeAFormulaIsTextInTheCSV() throws {
        let units = "units:\n  - id: to-dac-biet\n    name: \"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\"\n    kind: khac\n    aliases: [Tổ công tác đặc biệt]\n"
        let body = Self.task.replacingOccurrences(of: "UBND xã hoàn thành", with: "Tổ công tác đặc biệt chủ trì, hoàn thành")
        let site = try TemporarySite(["units.yml": units, "content/a.md": body])
        defer { site.remove() }
        let result = try site.run(["tasks", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","), "\(result.stdout)")
        #expect(!result.stdout.contains(",=") && !result.stdout.contains(",\"="))
    }
}
