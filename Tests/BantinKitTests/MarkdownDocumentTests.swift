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

    /// Core CommonMark has no tables; pipe tables (as Word's tables are written) still show as
    /// tables, their cells escaped and rendered as Markdown inlines, in any container.
    @Test func pipeTablesRenderAsTables() throws {
        let source = """
            | Chỉ tiêu | Kết quả | Ghi chú |
            |:--|:-:|--:|
            | Thu **ngân sách** | 1 \\| 2 | <script>x</script> & "q" |
            | thiếu ô |

            - | A | B |
              |---|---|
              | c | d |

            > | q | r |
            > |--|--|

            | không phải | bảng |
            dòng hai
            """
        let doc = try MarkdownDocument(markdown: source)
        #expect(doc.blocks.map(\.kind) == [.table, .list(ordered: false, start: 0), .blockQuote, .paragraph])
        #expect(doc.blocks[0].line == 1 && doc.blocks[0].endLine == 4)
        #expect(doc.blocks[0].plainText.hasPrefix("| Chỉ tiêu | Kết quả | Ghi chú |\n|:--|:-:|--:|"))
        #expect(doc.blocks[1].children[0].children[0].kind == .table)
        #expect(doc.omittedRawHTMLLines.contains(1))
        let html = doc.renderHTML()
        #expect(html.contains("""
            <table class="data-table">
            <thead>
            <tr><th class="align-left">Chỉ tiêu</th><th class="align-center">Kết quả</th><th class="align-right">Ghi chú</th></tr>
            </thead>
            <tbody>
            <tr><td class="align-left">Thu <strong>ngân sách</strong></td><td class="align-center">1 | 2</td><td class="align-right">&lt;script&gt;x<!-- raw HTML omitted --> &amp; &quot;q&quot;</td></tr>
            <tr><td class="align-left">thiếu ô</td><td class="align-center"></td><td class="align-right"></td></tr>
            </tbody>
            </table>
            """))
        #expect(html.contains("<li>\n<table class=\"data-table\">\n<thead>\n<tr><th>A</th><th>B</th></tr>"))
        #expect(html.contains("<blockquote>\n<table class=\"data-table\">\n<thead>\n<tr><th>q</th><th>r</th></tr>\n</thead>\n</table>"))
        #expect(html.contains("<p>| không phải | bảng |\ndòng hai</p>"))
        #expect(!html.contains("<script"))
        // A cell is never a block: "# x", "- y", "1. z" stay text.
        let cells = try MarkdownDocument(markdown: "| # x | - y | 1. z |\n|---|---|---|\n").renderHTML()
        #expect(cells.contains("<th># x</th><th>- y</th><th>1. z</th>"))
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
