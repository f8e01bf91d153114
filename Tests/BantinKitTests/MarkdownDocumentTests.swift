import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite
import Markdown

/// The cmark wrapper: structure out, HTML out, safe by default.
struct MarkdownDocumentTests {
    @Test func readsBlocksWithSourcePositions() throws {
        let doc = try MarkdownDocument(markdown: "# Tiêu đề\n\nĐoạn *một*\ndòng hai.\n\n1. mục\n2. mục hai\n")
        #expect(doc.blocks.count == 3)
        #expect(doc.blocks[0].kind == .heading(level: 1))
        #expect(doc.blocks[1].line == 3)
        #expect(doc.blocks[1].plainText == "Đoạn một\ndòng hai.")
        #expect(doc.blocks[2].kind == .list(ordered: true, start: 1))
        #expect(doc.blocks[2].children[1].children[0].path == [2, 1, 0])
    }

    @Test func rawHTMLIsOmittedAndReportedBySafeMode() throws {
        let source = "Chào\n\n<script>alert(1)</script>\n\nvà <b>đậm</b> [x](javascript:alert(1))\n"
        let doc = try MarkdownDocument(markdown: source)
        #expect(doc.omittedRawHTMLLines == [3, 5])
        let html = doc.renderHTML()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("javascript:"))
    }

    @Test func rawHTMLPassesWhenAllowed() throws {
        let doc = try MarkdownDocument(markdown: "a <b>b</b>\n", options: .init(allowRawHTML: true))
        #expect(doc.omittedRawHTMLLines.isEmpty)
        #expect(doc.renderHTML().contains("<b>b</b>"))
    }

    @Test func annotationsWrapExactTextRanges() throws {
        let text = "Giao Trạm Y tế xã chủ trì, **Công an xã** phối hợp trước ngày 15/3."
        let doc = try MarkdownDocument(markdown: text)
        let plain = doc.blocks[0].plainText
        func range(_ s: String) -> Range<Int> {
            let r = plain.range(of: s)!
            return plain.utf8.distance(from: plain.startIndex, to: r.lowerBound)..<plain.utf8.distance(from: plain.startIndex, to: r.upperBound)
        }
        let html = doc.renderHTML(annotations: [
            TextAnnotation(path: [0], range: range("Trạm Y tế xã"), openingHTML: "<a href=\"tyt.html\">", closingHTML: "</a>"),
            TextAnnotation(path: [0], range: range("Công an xã"), openingHTML: "<a href=\"ca.html\">", closingHTML: "</a>"),
            TextAnnotation(path: [0], range: range("trước ngày 15/3"), openingHTML: "<time datetime=\"2026-03-15\">", closingHTML: "</time>"),
            TextAnnotation(path: [0], range: 0..<0, openingHTML: "<span id=\"nv-1\"></span>", closingHTML: ""),
        ])
        #expect(html == "<p><span id=\"nv-1\"></span>Giao <a href=\"tyt.html\">Trạm Y tế xã</a> chủ trì, <strong><a href=\"ca.html\">Công an xã</a></strong> phối hợp <time datetime=\"2026-03-15\">trước ngày 15/3</time>.</p>\n")
    }

    @Test func annotationsAcrossInlineBoundariesAreSkipped() throws {
        let doc = try MarkdownDocument(markdown: "ab *cd* ef")
        let html = doc.renderHTML(annotations: [TextAnnotation(path: [0], range: 1..<5, openingHTML: "<x>", closingHTML: "</x>")])
        #expect(html == "<p>ab <em>cd</em> ef</p>\n")
    }

    @Test func textIsEscaped() throws {
        let html = try MarkdownDocument(markdown: "a & b < c \"d\"").renderHTML()
        #expect(html == "<p>a &amp; b &lt; c &quot;d&quot;</p>\n")
    }

    @Test func oversizedDocumentsAreRefused() {
        #expect(throws: MarkdownDocument.Failure.tooLarge(bytes: 11, limit: 10)) {
            _ = try MarkdownDocument(markdown: "0123456789a", options: .init(maximumBytes: 10))
        }
    }

    @Test(arguments: [
        ([0x41, 0x80], 1), ([0xE0, 0x80, 0x80], 0), ([0xED, 0xA0, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0), ([0xE1, 0xBA], 0),
    ] as [([UInt8], Int)])
    func malformedUTF8IsFound(bytes: [UInt8], offset: Int) {
        #expect(UTF8Validation.firstInvalidOffset(bytes) == offset)
    }

    @Test func wellFormedUTF8Passes() {
        #expect(UTF8Validation.firstInvalidOffset(Array("Đảng ủy 🇻🇳".utf8)) == nil)
    }
}
