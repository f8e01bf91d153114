import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// The bulletin printed by a real browser, as a clerk prints it for a chi bộ meeting.
@Suite(.serialized) struct BulletinPrintTests {
    @Test func bulletinPrintsOnA4WithTheDocumentParts() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try OutputPublisher.publish(try ExampleSite.build().files, layout: SiteLayout(root: site.root))
        let page = site.root.appendingPathComponent("public/ket-luan/ket-luan-thang-02-2026.html")
        let pdf = site.root.appendingPathComponent("bulletin.pdf")
        try Browser.printToPDF(page, to: pdf)

        let info = try Browser.pdfInfo(pdf)
        #expect(info.contains("(A4)"), "\(info)")
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
        // Issue 10: the example bulletin prints on at most 6 pages (5 today).
        #expect((3...6).contains(pages), "\(pages) pages")

        let text = try Browser.pdfText(pdf)
        #expect(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(text.contains("Kết luận hội nghị triển khai chương trình công tác tháng 02/2026"))
        #expect(text.contains("Nơi nhận:"))
        #expect(text.contains("Trần Văn Điệp"))
        #expect(text.contains("T/L BAN THƯỜNG VỤ"))
        // No navigation on paper.
        #expect(!text.contains("Trang chủ"))
        #expect(!text.contains("Bỏ qua phần điều hướng"))
        // Page numbers from page 2 on, centred at the top; none on page 1.
        let first = try Browser.pdfText(pdf, page: 1).trimmingCharacters(in: .whitespacesAndNewlines)
        let second = try Browser.pdfText(pdf, page: 2).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(first.hasPrefix("ĐẢNG CỘNG SẢN VIỆT NAM"), "\(first.prefix(80))")
        #expect(second.hasPrefix("2"), "\(second.prefix(80))")
    }
}
