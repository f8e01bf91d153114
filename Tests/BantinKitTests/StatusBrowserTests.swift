import Foundation
import LunarCalendar
import Testing
@testable import BantinCore
@testable import BantinKit

/// What a unit head sees in a real browser (headless Chromium, from file://) once the office has
/// recorded statuses: a done task is never "quá hạn" on the bulletin, the unit page, the calendar
/// or the home page; the unit chosen as "Đơn vị của tôi" is remembered after the browser closes,
/// and the home page opens on its tasks of this month, overdue first. Dates are set from the
/// reader's clock, as the pages compute them.
@Suite(.serialized) struct StatusBrowserTests {
    static let id = "kl-thang-nay"

    /// Three tasks of Ban CHQS: two due in the middle of last month (one done, one not), one due
    /// at the end of this month.
    static func site() throws -> (site: TemporarySite, lastMonth: String) {
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        let today = CivilDate(year: now.year!, month: now.month!, day: now.day!)!
        let thisMonth = today.startOfMonth
        let lastMonth = thisMonth.adding(days: -1).startOfMonth
        let past = lastMonth.adding(days: 14)
        let end = thisMonth.adding(days: 40).startOfMonth.adding(days: -1)
        func numeric(_ date: CivilDate) -> String { date.vietnameseNumeric }
        let month = String(numeric(lastMonth).dropFirst(3))
        let markdown = """
            ---
            slug: \(id)
            ---

            THÔNG BÁO

            Kết luận hội nghị tháng \(month)

            Ngày 01 tháng \(month.prefix(2)) năm \(lastMonth.year), BCH Đảng bộ xã tổ chức Hội nghị triển khai chương trình công tác.

            I. Nhiệm vụ trọng tâm tháng \(month)

            Một là, Ban CHQS xã hoàn thành hồ sơ tuyển quân trước ngày \(numeric(past)).

            Hai là, Ban CHQS xã tổ chức huấn luyện dân quân trước ngày \(numeric(end)).

            Ba là, Ban CHQS xã báo cáo sơ kết công tác quân sự địa phương trước ngày \(numeric(past)).

            """
        var files = ["content/\(id).md": markdown,
                     "tien-do.csv": "Mã nhiệm vụ;Mã đơn vị;Tình trạng;Ngày báo cáo\n\(id)-nv-3;bchqs;hoàn thành;\(numeric(past))\n"]
        for name in ["bantin.yml", "units.yml"] {
            files[name] = try String(contentsOf: Package.root.appendingPathComponent(name), encoding: .utf8)
        }
        // A page of the test (not of bantin) that presses the unit page's button, as a person would.
        files["public-test/chon.html"] = """
            <!doctype html><meta charset="utf-8"><body><iframe src="../public/don-vi/bchqs.html" onload="var b = this.contentDocument.querySelector('[data-my-unit]'); b.click(); document.body.setAttribute('data-chosen', b.getAttribute('aria-pressed'));"></iframe></body>
            """
        let site = try TemporarySite(files)
        let build = try site.run(["build", "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        return (site, lastMonth.yearMonth)
    }

    /// The opening tag of the element of `dom` that holds `marker`, searching back to `tag`.
    static func element(_ dom: String, _ tag: String, around marker: String) -> Substring? {
        guard let at = dom.range(of: marker) else { return nil }
        guard let start = dom[..<at.lowerBound].range(of: "<\(tag) ", options: .backwards) else { return nil }
        return dom[start.lowerBound..<at.lowerBound]
    }

    @Test func aDoneTaskIsNeverOverdue() throws {
        let (site, lastMonth) = try Self.site()
        defer { site.remove() }
        let page = { (path: String) in site.root.appendingPathComponent("public/" + path).absoluteString }

        let bulletin = try Browser.dumpDOM(page("ket-luan/\(Self.id).html"))
        let one = try #require(Self.element(bulletin, "tr", around: "<td class=\"ordinal\">Một là</td>"))
        let three = try #require(Self.element(bulletin, "tr", around: "<td class=\"ordinal\">Ba là</td>"))
        #expect(one.contains("is-overdue"), "\(one)")
        #expect(three.contains("data-status=\"hoan-thanh\"") && !three.contains("is-overdue"), "\(three)")

        let unit = try Browser.dumpDOM(page("don-vi/bchqs.html"))
        let unitOne = try #require(Self.element(unit, "li", around: "<strong>Một là</strong>"))
        let unitThree = try #require(Self.element(unit, "li", around: "<strong>Ba là</strong>"))
        #expect(unitOne.contains("is-overdue"), "\(unitOne)")
        #expect(!unitThree.contains("is-overdue"), "\(unitThree)")
        #expect(unit.contains("progress-hoan-thanh"))

        let calendar = try Browser.dumpDOM(page("lich/\(lastMonth).html"))
        let entries = calendar.components(separatedBy: "<a class=\"entry ").dropFirst()
        let doneEntries = entries.filter { $0.contains("#nv-3\"") }
        let openEntries = entries.filter { $0.contains("#nv-1\"") }
        #expect(!doneEntries.isEmpty && doneEntries.allSatisfy { !$0.prefix(80).contains("is-overdue") }, "\(doneEntries)")
        #expect(openEntries.contains { $0.prefix(80).contains("is-overdue") }, "\(openEntries)")

        let home = try Browser.dumpDOM(page("index.html"))
        let overdue = try #require(home.range(of: "class=\"overdue-list\"")).upperBound
        let overdueList = home[overdue...].components(separatedBy: "</ul>").first ?? ""
        #expect(overdueList.contains("#nv-1\""), "\(overdueList)")
        #expect(!overdueList.contains("#nv-3\""), "a done task is not overdue: \(overdueList)")
    }

    @Test func myUnitSurvivesAReloadAndOpensOnItsTasksOverdueFirst() throws {
        let site = try Self.site().site
        defer { site.remove() }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let chosen = try Browser.dumpDOM(site.root.appendingPathComponent("public-test/chon.html").absoluteString, profile: profile)
        #expect(chosen.contains("data-chosen=\"true\""), "\(chosen)")

        // Another run of the browser with the same profile: a reload, the next day.
        let home = try Browser.dumpDOM(site.root.appendingPathComponent("public/index.html").absoluteString, profile: profile)
        let panel = try #require(home.range(of: "<div class=\"my-unit-tasks\"")).upperBound
        let mine = String(home[panel...].prefix(3000))
        #expect(mine.contains("của <a href=\"don-vi/bchqs.html\">Ban Chỉ huy Quân sự xã</a>"), "\(mine)")
        let one = try #require(mine.range(of: "<strong>Một là</strong>"), "\(mine)")
        let two = try #require(mine.range(of: "<strong>Hai là</strong>"), "\(mine)")
        #expect(one.lowerBound < two.lowerBound, "overdue first")
        #expect(!mine.contains("<strong>Ba là</strong>"), "last month's done task is not carried over")
        #expect(mine.contains("Quá hạn · "))

        // A fresh browser remembers nothing: the panel waits for a choice.
        let fresh = try Browser.dumpDOM(site.root.appendingPathComponent("public/index.html").absoluteString)
        #expect(!fresh.contains("của <a href=\"don-vi/bchqs.html\">"))
    }
}
