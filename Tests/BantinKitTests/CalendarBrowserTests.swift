import Foundation
import LunarCalendar
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// Month pages in a real browser (headless Chromium): screen, print, and the date marks that the
/// script adds (the pages themselves stay the same whatever the day).
@Suite(.serialized) struct CalendarBrowserTests {
    typealias F = CalendarFixture

    static func pages(_ name: String) -> Int {
        Int(name.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
    }

    @Test func monthPrintsOnOneA4LandscapePage() throws {
        let root = try F.exampleSite().writeToTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for month in ["2026-02", "2026-03"] {
            let page = root.appendingPathComponent("lich/\(month).html")
            let pdf = root.appendingPathComponent("\(month).pdf")
            try Browser.printToPDF(page, to: pdf)
            let info = try Browser.pdfInfo(pdf)
            #expect(Self.pages(info) == 1, "\(month): \(info)")
            #expect(info.contains("841.92 x 594.96 pts (A4)"), "\(info)")  // landscape
            let text = try Browser.pdfText(pdf)
            #expect(!text.contains("Trang chủ") && !text.contains("theo ngày"))
            if month == "2026-02" {
                #expect(text.contains("Tháng 02/2026"))
                #expect(text.contains("Tết Nguyên đán Bính"))
                #expect(text.contains("14 tháng Chạp"))
            }
        }
        // The year overview prints on one landscape page too.
        let overview = root.appendingPathComponent("lich-index.pdf")
        try Browser.printToPDF(root.appendingPathComponent("lich/index.html"), to: overview)
        #expect(Self.pages(try Browser.pdfInfo(overview)) == 1)

        let png = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-lich-2026-02.png")
        try Browser.screenshot(root.appendingPathComponent("lich/2026-02.html"), to: png, width: 1200, height: 1400)
        let size = (try FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
        #expect(size > 50_000, "screenshot at \(png.path)")
    }

    /// Today's cell and an overdue deadline are marked by the script, from the reader's clock.
    @Test func todayAndOverdueMarkedInTheBrowser() throws {
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        let today = try #require(CivilDate(year: now.year!, month: now.month!, day: now.day!))
        let past = today.startOfMonth  // on the 1st, "past" is today: then only the today mark is checked
        let tasks = [
            F.task("kl-nv-1", "Một là, báo cáo hôm nay", label: "Một là", deadlines: [Deadline(kind: .due, start: nil, end: today, text: "hôm nay")]),
            F.task("kl-nv-2", "Hai là, báo cáo đầu tháng", label: "Hai là", deadlines: [Deadline(kind: .due, start: nil, end: past, text: "đầu tháng")]),
        ]
        let input = SiteInput(sources: [])
        let root = try F.render([F.conclusion("kl", date: past, tasks: tasks)], input: input).writeToTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let dom = try Browser.dumpDOM(root.appendingPathComponent("lich/\(today.yearMonth).html").absoluteString)
        let cell = try #require(dom.between("<td ", ">").first { $0.contains("data-date=\"\(today.iso)\"") })
        #expect(cell.contains("is-today"), "\(cell)")
        if past < today {
            #expect(dom.contains("part-single is-overdue\" href=\"../ket-luan/kl.html#nv-2\""))
            #expect(!dom.contains("is-overdue\" href=\"../ket-luan/kl.html#nv-1\""))
        }
        #expect(dom.contains("agenda-day is-today"))
    }
}
