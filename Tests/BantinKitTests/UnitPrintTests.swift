import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// A unit page printed by a real browser: only the follow-up sheet, on A4.
@Suite(.serialized) struct UnitPrintTests {
    @Test func theUnitPagePrintsTheFollowUpSheetOnA4() throws {
        let assets = TemplateSet.builtIn.assets.map { OutputFile(path: $0.path, contents: $0.contents) }
        let root = try writeTemporaryFolder(try PagesFixture.unitFiles() + assets)
        defer { try? FileManager.default.removeItem(at: root) }
        let pdf = root.appendingPathComponent("phieu.pdf")
        try Browser.printToPDF(root.appendingPathComponent("don-vi/chi-bo-xom-dong.html"), to: pdf)
        let info = try Browser.pdfInfo(pdf)
        #expect(info.contains("(A4)"), "\(info)")
        let text = try Browser.pdfText(pdf)
        #expect(text.contains("PHIẾU THEO DÕI THỰC HIỆN NHIỆM VỤ"), "\(text.prefix(400))")
        #expect(text.contains("Chi bộ xóm Đông"))
        #expect(text.contains("Tiến độ, kết quả"))
        #expect(text.contains("Hai là") && text.contains("Bốn là"))
        // The screen listing and the site frame stay off the paper.
        #expect(!text.contains("Còn gọi là") && !text.contains("Trang chủ") && !text.contains("Tháng 02/2026"))
    }
}
