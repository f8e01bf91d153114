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

    /// Words of a PDF's text with the layout's line breaks and columns folded into single spaces.
    static func flowing(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{0C}" }).joined(separator: " ")
    }

    /// A month prints its grid on one A4 landscape sheet, then the day list with every task's whole
    /// text: nothing the grid has no room for is lost on paper.
    @Test func monthPrintsItsGridOnOneA4LandscapePageAndTheWholeTextsAfter() throws {
        let root = try F.exampleSite().writeToTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for month in ["2026-02", "2026-03"] {
            let page = root.appendingPathComponent("lich/\(month).html")
            let pdf = root.appendingPathComponent("\(month).pdf")
            try Browser.printToPDF(page, to: pdf)
            let info = try Browser.pdfInfo(pdf)
            #expect(info.contains("841.92 x 594.96 pts (A4)"), "\(info)")  // landscape
            let grid = try Browser.pdfText(pdf, page: 1)
            #expect(!grid.contains("Trang chủ"))
            #expect(!grid.contains("\(month.suffix(2))/\(month.prefix(4)) theo ngày"), "the day list starts on a sheet of its own")
            if month == "2026-02" {
                #expect(grid.contains("Tháng 02/2026"))
                #expect(grid.contains("Tết Nguyên đán Bính"))
                #expect(grid.contains("14 tháng Chạp"))
                #expect(Self.pages(info) > 1, "\(info)")
                let list = try Browser.pdfText(pdf, page: 2)
                #expect(list.contains("Tháng 02/2026 theo ngày"))
                let all = Self.flowing(try Browser.pdfText(pdf))
                // Bốn là, whole, from its first words to its deadline; and each of the 8 tasks.
                #expect(all.contains("Bốn là, tiếp tục chăm lo đời sống Nhân dân, bảo đảm an sinh xã hội;"))
                #expect(all.contains("hoàn thành đợt 1 kế hoạch hỗ trợ nhà ở cho các hộ khó khăn (14 căn) trước Tết Nguyên đán."))
                for label in ["Một là", "Hai là", "Ba là", "Bốn là", "Năm là", "Sáu là", "Bảy là", "Tám là"] {
                    #expect(all.contains("\(label), "), "\(label)")
                }
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
