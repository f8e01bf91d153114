import Foundation
import LunarCalendar
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// The calendars of the example site, built by the whole pipeline.
@Suite(.serialized) struct CalendarAcceptanceTests {
    typealias F = CalendarFixture
    static let conclusionPage = "../ket-luan/ket-luan-thang-02-2026.html"

    static func exampleFiles(events: Bool = true) throws -> [OutputFile] {
        try F.exampleSite(events: events)
    }

    @Test func februaryPage() throws {
        let page = try #require(try Self.exampleFiles().text("lich/2026-02.html"))
        let founding = try #require(AgendaDay(page, "2026-02-03"))
        #expect(founding.lunar == "16 tháng Chạp")
        #expect(founding.holidays == ["Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930)"])
        let housing = try #require(AgendaDay(page, "2026-02-16"))
        #expect(housing.lunar == "29 tháng Chạp")
        #expect(housing.entries.map(\.href) == ["\(Self.conclusionPage)#nv-4"])
        // The agenda holds each task's whole text, not a cut title.
        #expect(housing.entries[0].title.hasPrefix("Bốn là, tiếp tục chăm lo đời sống Nhân dân"))
        #expect(housing.entries[0].title.hasSuffix("hỗ trợ nhà ở cho các hộ khó khăn (14 căn) trước Tết Nguyên đán."))
        let tet = try #require(AgendaDay(page, "2026-02-17"))
        #expect(tet.lunar == "mùng 1 tháng Giêng")
        #expect(tet.holidays == ["Tết Nguyên đán Bính Ngọ (mùng 1)"])
        // The month-end deadline of every task that states no date of its own, and the draft of Bảy là.
        let monthEnd = try #require(AgendaDay(page, "2026-02-28"))
        #expect(monthEnd.entries.map(\.href) == [1, 2, 3, 5, 6, 7, 8].map { "\(Self.conclusionPage)#nv-\($0)" })
        // In the grid: the lunar month named on the first cell and on mùng 1.
        #expect(page.contains("<span class=\"lunar lunar-month\">14 tháng Chạp</span>"))
        #expect(page.contains("<span class=\"lunar lunar-month\">1 tháng Giêng</span>"))
        #expect(page.contains("href=\"../lich/bantin.ics\""))
    }

    @Test func marchPageShowsTheElectionOnlyFromTheConfiguration() throws {
        let march = try #require(try Self.exampleFiles().text("lich/2026-03.html"))
        #expect(try #require(AgendaDay(march, "2026-03-03")).holidays == ["Rằm tháng Giêng (Tết Nguyên tiêu)"])
        let milestone = try #require(AgendaDay(march, "2026-03-31"))
        #expect(milestone.entries.map(\.href) == ["\(Self.conclusionPage)#nv-7"])
        let election = "Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031"
        #expect(try #require(AgendaDay(march, "2026-03-15")).holidays == [election])
        let without = try #require(try Self.exampleFiles(events: false).text("lich/2026-03.html"))
        #expect(!without.contains("Bầu cử"))
        #expect(AgendaDay(without, "2026-03-15") == nil)
    }

    @Test func pagesFromFirstToLastMonthWithADeadline() throws {
        let files = try Self.exampleFiles()
        let months = files.map(\.path).filter { $0.hasPrefix("lich/20") }
        #expect(months == ["lich/2026-02.html", "lich/2026-03.html", "lich/2026-04.html", "lich/2026-05.html"])
        let overview = try #require(files.text("lich/index.html"))
        for month in ["02", "03", "04", "05"] { #expect(overview.contains("href=\"../lich/2026-\(month).html\"")) }
        #expect(!overview.contains("href=\"../lich/2026-01.html\""))
        // Ủy ban MTTQ leads Tám là: its own calendar, linked from the overview, with its feed.
        let mttq = try #require(files.text("lich/don-vi/mttq/2026-02.html"))
        #expect(mttq.contains("#nv-8") && !mttq.contains("#nv-4\""))
        #expect(overview.contains("href=\"../lich/don-vi/mttq/index.html\""))
        #expect(mttq.contains("href=\"../../../lich/don-vi-mttq.ics\""))
        // Its list of tasks is the unit page, not a second agenda.
        #expect(mttq.contains("href=\"../../../don-vi/mttq.html\"") && !mttq.contains("class=\"agenda\""))
        #expect(try #require(files.text("don-vi/mttq.html")).contains("href=\"../lich/don-vi/mttq/index.html\""))
    }

    @Test func februaryGolden() throws {
        let page = try #require(try Self.exampleFiles().text("lich/2026-02.html"))
        #expect(try matchesGolden(page, named: "lich-2026-02.html"))
    }

    @Test func buildsAreIdentical() throws {
        let first = try Self.exampleFiles().filter { $0.path.hasPrefix("lich/") }
        let second = try Self.exampleFiles().filter { $0.path.hasPrefix("lich/") }
        #expect(first == second)
    }
}

/// One day of a month page's agenda list, read back from the HTML.
struct AgendaDay: Equatable {
    struct Entry: Equatable {
        var href: String
        var title: String
        var span: String?
    }

    var lunar: String
    var holidays: [String]
    var entries: [Entry]

    init?(_ page: String, _ iso: String) {
        guard let start = page.range(of: "<li class=\"agenda-day\" data-date=\"\(iso)\">") else { return nil }
        let rest = page[start.upperBound...]
        let block = rest[..<(rest.range(of: "</ul>")?.lowerBound ?? rest.endIndex)]
        lunar = block.between("<span class=\"agenda-lunar\">(", ")</span>").first ?? ""
        holidays = block.between("<li class=\"holiday holiday-", "</li>").map { String($0.drop { $0 != ">" }.dropFirst()).htmlUnescaped }
        entries = block.between("<li class=\"entry kind-", "</li>").map { item in
            let href = item.between("<a href=\"", "\"").first ?? ""
            let title = (item.between("<a href=\"\(href)\">", "</a>").first ?? "").htmlUnescaped
            let small = item.between("<small>(", ":").first ?? ""
            let span = small.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init)
            return Entry(href: href, title: title, span: span)
        }
    }

    /// Every agenda day of a page.
    static func all(_ page: String) -> [(date: String, day: AgendaDay)] {
        page.between("<li class=\"agenda-day\" data-date=\"", "\"").compactMap { iso in AgendaDay(page, iso).map { (iso, $0) } }
    }
}

extension StringProtocol {
    /// The texts between each `open` and the next `close`.
    func between(_ open: String, _ close: String) -> [String] {
        var found: [String] = []
        var rest = self[...]
        while let o = rest.range(of: open) {
            let after = rest[o.upperBound...]
            guard let c = after.range(of: close) else { break }
            found.append(String(after[..<c.lowerBound]))
            rest = after[c.upperBound...]
        }
        return found
    }

    var htmlUnescaped: String {
        var text = String(self)
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&#x2F;", "/"), ("&#x3D;", "="), ("&#x60;", "`"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: char)
        }
        return text
    }
}
