import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// A unit's page and its meeting sheet printed by a real browser (headless Chromium, A4), on the
/// example site with the commune's header filled in as a commune would.
@Suite(.serialized) struct UnitPrintTests {
    static func site() throws -> URL {
        var input = try ExampleSite.input()
        input.config.superior = "ĐẢNG BỘ TỈNH THANH HÓA"
        input.config.issuer = "ĐẢNG ỦY XÃ XUÂN HƯNG"
        return try writeTemporaryFolder(try SiteBuild.build(input).get().files)
    }

    /// The layout's line breaks and columns folded into single spaces.
    static func flowing(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{0C}" }).joined(separator: " ")
    }

    static func pages(_ info: String) -> Int {
        Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
    }

    /// "Một là" names Ban CHQS in its last words: the printed unit page holds it whole.
    static let firstTaskEnd = "kiện toàn tổ chức bộ máy, cán bộ tại các đơn vị: Trung tâm Dịch vụ Sự nghiệp công, Ban CHQS, Ban Quản lý dự án và Trạm Y tế xã."

    @Test func theBanCHQSPagePrintsTheWholeTextOfItsTasks() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let pdf = root.appendingPathComponent("bchqs.pdf")
        try Browser.printToPDF(root.appendingPathComponent("don-vi/bchqs.html"), to: pdf)
        #expect(try Browser.pdfInfo(pdf).contains("(A4)"))
        // pdftotext sets a space before a comma that follows a marked part; the words are what count.
        let text = Self.flowing(try Browser.pdfText(pdf)).replacingOccurrences(of: " ,", with: ",")
        #expect(text.contains("Ban Chỉ huy Quân sự xã"))
        #expect(text.contains("Một là, tiếp tục tăng cường công tác xây dựng Đảng"))
        #expect(text.contains(Self.firstTaskEnd), "\(text.prefix(1500))")
        #expect(text.contains("Sáu là, triển khai quyết liệt các nhiệm vụ quốc phòng - an ninh"))
        #expect(text.contains("phòng, chống tham nhũng, tiêu cực."))
        #expect(text.contains("suy ra từ “nhập ngũ”"), "the inferred unit says from which words")
        #expect(!text.contains(" …"), "nothing is cut")
        #expect(!text.contains("Trang chủ"), "the site frame stays off the paper")
    }

    /// The meeting sheet of one unit and month: A4 (landscape, for the progress column), with the
    /// Party header, the month, the unit, each task's whole text, deadlines labelled by kind, the
    /// four statuses to tick and the two signature lines, on one sheet of paper.
    @Test func theMeetingSheetOfAUnitAndMonthPrintsOnA4() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let pdf = root.appendingPathComponent("phieu.pdf")
        try Browser.printToPDF(root.appendingPathComponent(SitePaths.Sheets.unitMonth("bchqs", "2026-02")), to: pdf)
        let info = try Browser.pdfInfo(pdf)
        #expect(info.contains("841.92 x 594.96 pts (A4)"), "\(info)")
        #expect(Self.pages(info) == 1, "\(info)")
        let raw = try Browser.pdfText(pdf)
        let text = Self.flowing(raw).replacingOccurrences(of: " ,", with: ",")
        for words in ["ĐẢNG BỘ TỈNH THANH HÓA", "ĐẢNG ỦY XÃ XUÂN HƯNG", "ĐẢNG CỘNG SẢN VIỆT NAM",
                      "PHIẾU THEO DÕI THỰC HIỆN NHIỆM VỤ", "Tháng 02/2026", "Đơn vị: Ban Chỉ huy Quân sự xã",
                      "Tiến độ, kết quả thực hiện", "NGƯỜI BÁO CÁO", "XÁC NHẬN CỦA CHI BỘ", "(Ký, ghi rõ họ tên)"] {
            #expect(text.contains(words), "\(words): \(text.prefix(800))")
        }
        #expect(text.contains(Self.firstTaskEnd))
        #expect(text.contains("phòng, chống tham nhũng, tiêu cực."))
        // Deadlines by kind: Sáu là has a period ("dịp Tết") and the month's end.
        #expect(raw.contains("thời gian:") && raw.contains("hạn: 28/02/2026"), "\(raw)")
        for status in ["chưa thực hiện", "đang thực hiện", "hoàn thành", "chuyển kỳ sau"] {
            #expect(text.contains(status))
        }
        #expect(!text.contains("Trang chủ") && !text.contains(" …"))
    }

    /// On a phone (390 px wide) the sheet is one labelled block per task, with nothing wider than
    /// the screen. A page of the test holds the sheet in a frame of that width and reads its layout.
    @Test func theMeetingSheetIsReadableOnAPhone() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let probe = root.appendingPathComponent("dien-thoai.html")
        try Data("""
            <!doctype html><meta charset="utf-8"><body><iframe style="width:390px;height:800px;border:0" src="\(SitePaths.Sheets.unitMonth("bchqs", "2026-02"))" onload="var d = this.contentDocument; document.body.setAttribute('data-width', d.documentElement.scrollWidth); document.body.setAttribute('data-head', getComputedStyle(d.querySelector('.sheet-table thead')).display); document.body.setAttribute('data-label', getComputedStyle(d.querySelector('.sheet-table td.sheet-due'), '::before').content);"></iframe></body>
            """.utf8).write(to: probe)
        let dom = try Browser.dumpDOM(probe.absoluteString)
        let body = try #require(dom.range(of: "<body ").map { dom[$0.lowerBound...].prefix { $0 != ">" } })
        let width = Int(body.components(separatedBy: "data-width=\"").dropFirst().first?.prefix { $0.isNumber } ?? "") ?? .max
        #expect(width <= 390, "\(body)")
        #expect(body.contains("data-head=\"none\""), "the column heads give way to labels: \(body)")
        #expect(body.contains("Thời hạn: "), "each cell says what it is: \(body)")
    }
}
