import Foundation
import Testing
import ZIPFoundation
@testable import BantinFormats
@testable import BantinKit

/// The `.docx` reader on small packages written here part by part, each testing one thing Word does:
/// numbering (formats, levels, restarts, style-linked lists), runs, fields, revisions, comments.
@Suite struct DocxReaderTests {
    static let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    /// A package from a body and optional styles and numbering parts.
    static func docx(_ body: String, styles: String? = nil, numbering: String? = nil, extra: [String: String] = [:]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts = ["word/document.xml": "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(namespace)><w:body>\(body)</w:body></w:document>"]
        if let styles { parts["word/styles.xml"] = "<w:styles \(namespace)>\(styles)</w:styles>" }
        if let numbering { parts["word/numbering.xml"] = "<w:numbering \(namespace)>\(numbering)</w:numbering>" }
        for (path, text) in extra { parts[path] = text }
        for path in parts.keys.sorted() {
            let data = Data(parts[path]!.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(try #require(archive.data))
    }

    static func p(_ text: String, _ properties: String = "") -> String {
        "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    static func numbered(_ text: String, num: Int, level: Int = 0) -> String {
        p(text, "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(num)\"/></w:numPr>")
    }

    static let numbering = """
        <w:abstractNum w:abstractNumId="1">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
          <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="2">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
        """

    @Test func numberingBecomesTheMarkersOnPaper() throws {
        let body = [
            Self.numbered("Kết quả", num: 1),
            Self.numbered("Công tác xây dựng Đảng", num: 1, level: 1),
            Self.numbered("chi bộ", num: 1, level: 2),
            Self.numbered("chi bộ khác", num: 1, level: 2),
            Self.numbered("Kinh tế", num: 1, level: 1),
            Self.numbered("Hạn chế", num: 1),
            Self.numbered("Một", num: 1, level: 1),
        ].joined()
        let markdown = try DocxReader.convert(try Self.docx(body, numbering: Self.numbering)).markdown
        #expect(markdown == """
            I. Kết quả

            1. Công tác xây dựng Đảng

            a) chi bộ

            b) chi bộ khác

            2. Kinh tế

            II. Hạn chế

            1. Một

            """)
    }

    /// Lists of one definition continue one count; a list instance with a start override restarts;
    /// "%1.%2." shows both levels.
    @Test func restartsAndContinuations() throws {
        let body = [
            Self.numbered("a", num: 2), Self.numbered("b", num: 2), Self.p("Đoạn xen giữa."),
            Self.numbered("c", num: 4),            // same definition, no override: goes on (3.)
            Self.numbered("c.1", num: 4, level: 1),
            Self.p("Đoạn khác."),
            Self.numbered("d", num: 3),            // restarts at 1
        ].joined()
        let markdown = try DocxReader.convert(try Self.docx(body, numbering: Self.numbering)).markdown
        #expect(markdown.contains("1. a\n\n2. b\n\nĐoạn xen giữa.\n\n3. c\n\n3.1. c.1"))
        #expect(markdown.hasSuffix("Đoạn khác.\n\n1. d\n"))
    }

    /// "List Number" style: the numbering comes from the paragraph style (styles.xml), the paragraph
    /// names only the style. Heading styles become `#` headings, also through `w:basedOn`.
    @Test func styleLinkedNumberingAndHeadings() throws {
        let styles = """
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:rPr><w:b/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="Tiêu đề mục"/><w:basedOn w:val="Heading2"/></w:style>
            """
        let body = Self.p("Nhiệm vụ trọng tâm", "<w:pStyle w:val=\"MyHeading\"/>")
            + Self.p("Một việc", "<w:pStyle w:val=\"ListNumber\"/>") + Self.p("Việc nữa", "<w:pStyle w:val=\"ListNumber\"/>")
        let markdown = try DocxReader.convert(try Self.docx(body, styles: styles, numbering: Self.numbering)).markdown
        #expect(markdown == "## Nhiệm vụ trọng tâm\n\n1. Một việc\n\n2. Việc nữa\n")
    }

    /// Bold, italic and underlined runs; line breaks, tabs, smart quotes, NFD text; fields, deleted
    /// and inserted revisions, comments, footnote references and hidden text.
    @Test func runsFieldsAndRevisions() throws {
        let nfd = "Ủy ban".decomposedStringWithCanonicalMapping
        let body = """
            <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>T/M BAN THƯỜNG VỤ</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:br/><w:t>BÍ THƯ</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">\(nfd) </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>nhân dân</w:t></w:r><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve"> xã</w:t></w:r><w:r><w:tab/><w:t>“ Sổ tay”</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">Giữ </w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>chữ bỏ </w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve">chữ thêm </w:t></w:r></w:ins><w:commentRangeStart w:id="3"/><w:r><w:t>và</w:t></w:r><w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>6</w:t></w:r></w:fldSimple><w:fldSimple w:instr=" MERGEFIELD ten "><w:r><w:t>Xuân Hưng</w:t></w:r></w:fldSimple></w:p>
            """
        let comments = "<w:comments \(Self.namespace)><w:comment w:id=\"3\"><w:p><w:r><w:t>ý kiến góp ý</w:t></w:r></w:p></w:comment></w:comments>"
        let footer = "<w:ftr \(Self.namespace)><w:p><w:r><w:t>Chân trang</w:t></w:r></w:p></w:ftr>"
        let markdown = try DocxReader.convert(try Self.docx(body, extra: ["word/comments.xml": comments, "word/footer1.xml": footer])).markdown
        #expect(markdown == "**T/M BAN THƯỜNG VỤ\\\nBÍ THƯ**\n\nỦy ban *nhân dân* xã “ Sổ tay”\n\nGiữ chữ thêm và\n\nTrang Xuân Hưng\n")
        #expect(markdown.unicodeScalars.elementsEqual(markdown.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(!markdown.contains("ý kiến") && !markdown.contains("Chân trang") && !markdown.contains("chữ bỏ") && !markdown.contains("ẩn"))
    }

    /// Characters Markdown would read as syntax stay text: raw HTML, emphasis, links, headings.
    @Test func markdownSyntaxIsEscaped() throws {
        let body = Self.p("&lt;script&gt;alert(1)&lt;/script&gt; **không đậm** _x_ [a](b) &amp;amp;") + Self.p("# không phải tiêu đề")
            + Self.p("*") + Self.p("1) mục gõ tay") + Self.p("-----")
        let markdown = try DocxReader.convert(try Self.docx(body)).markdown
        #expect(markdown == "\\<script>alert(1)\\</script> \\*\\*không đậm\\*\\* \\_x\\_ \\[a\\](b) \\&amp;\n\n\\# không phải tiêu đề\n\n\\*\n\n1) mục gõ tay\n\n-----\n")
    }

    /// The HD36 header and signature, two-column tables, are read column by column; a task table
    /// becomes the reader's `nhiem-vu` block; another table stays a table (a pipe table).
    @Test func tables() throws {
        func cell(_ paragraphs: String...) -> String { "<w:tc>" + paragraphs.joined() + "</w:tc>" }
        let header = "<w:tbl><w:tr>" + cell(Self.p("ĐẢNG BỘ TỈNH THANH HÓA"), Self.p("ĐẢNG ỦY XÃ XUÂN HƯNG"), Self.p("*"), Self.p("Số 15-TB/ĐU"))
            + cell(Self.p("ĐẢNG CỘNG SẢN VIỆT NAM"), Self.p("Xuân Hưng, ngày 30 tháng 01 năm 2026")) + "</w:tr></w:tbl>"
        let tasks = "<w:tbl><w:tr>" + cell(Self.p("TT")) + cell(Self.p("Đơn vị")) + cell(Self.p("Nhiệm vụ")) + cell(Self.p("Thời hạn")) + "</w:tr>"
            + "<w:tr>" + cell(Self.p("1")) + cell(Self.p("UBND xã (chủ trì)"), Self.p("Công an xã")) + cell(Self.p("Ra quân | dọn dẹp")) + cell(Self.p("trước 10/02/2026")) + "</w:tr></w:tbl>"
        let data = "<w:tbl><w:tr>" + cell(Self.p("Chỉ tiêu")) + cell(Self.p("Kết quả")) + "</w:tr><w:tr>" + cell(Self.p("Thu ngân sách")) + cell(Self.p("102%")) + "</w:tr></w:tbl>"
        let signature = "<w:tbl><w:tr>" + cell(Self.p("Nơi nhận:"), Self.p("- Như trên,"), Self.p("- Lưu VPĐU."))
            + cell(Self.p("T/L BAN THƯỜNG VỤ"), Self.p("CHÁNH VĂN PHÒNG"), Self.p(""), Self.p("Trần Văn Điệp")) + "</w:tr></w:tbl>"
        let markdown = try DocxReader.convert(try Self.docx(header + Self.p("THÔNG BÁO") + tasks + data + signature)).markdown
        #expect(markdown == """
            ĐẢNG BỘ TỈNH THANH HÓA

            ĐẢNG ỦY XÃ XUÂN HƯNG

            \\*

            Số 15-TB/ĐU

            ĐẢNG CỘNG SẢN VIỆT NAM

            Xuân Hưng, ngày 30 tháng 01 năm 2026

            THÔNG BÁO

            ```nhiem-vu
            TT | Đơn vị | Nhiệm vụ | Thời hạn
            1 | UBND xã (chủ trì); Công an xã | Ra quân / dọn dẹp | trước 10/02/2026
            ```

            | Chỉ tiêu | Kết quả |
            |---|---|
            | Thu ngân sách | 102% |

            Nơi nhận:

            - Như trên,

            - Lưu VPĐU.

            T/L BAN THƯỜNG VỤ

            CHÁNH VĂN PHÒNG

            Trần Văn Điệp

            """)
        // On the bulletin, the data table is a table.
        let bytes = try Self.docx(header + Self.p("THÔNG BÁO") + Self.p("Kết luận hội nghị") + data + signature)
        let output = try SiteBuild.build(SiteInput(sources: [.init(path: "kl.docx", relativePath: "kl.docx", bytes: bytes)])).get()
        let page = try #require(output.file("ket-luan/kl.html"))
        #expect(page.contains("<table class=\"data-table\">\n<thead>\n<tr><th>Chỉ tiêu</th><th>Kết quả</th></tr>\n</thead>\n<tbody>\n<tr><td>Thu ngân sách</td><td>102%</td></tr>"))
    }

    @Test func paragraphNumbersAreTheLines() throws {
        let converted = try DocxReader.convert(try Self.docx(Self.p("Một") + Self.p("") + Self.p("Ba")))
        #expect(converted.markdown == "Một\n\nBa\n")
        #expect(converted.sourceLine(1) == 1)
        #expect(converted.sourceLine(3) == 3)
    }

    @Test(arguments: [
        ([UInt8](), "không phải tài liệu Word .docx"),
        (Array("PK\u{03}\u{04}rác".utf8), "bị hỏng hoặc không trọn vẹn"),
    ])
    func badPackages(bytes: [UInt8], message: String) {
        #expect(throws: FormatError.self) { try DocxReader.convert(bytes) }
        do {
            _ = try DocxReader.convert(bytes)
        } catch {
            #expect(error.message.contains(message))
        }
    }

    @Test func emptyDocumentSaysSo() throws {
        let bytes = try Self.docx("<w:p/><w:sectPr/>")
        #expect(throws: FormatError.self) { try DocxReader.convert(bytes) }
    }

    @Test(arguments: [(1, "decimal", "1"), (4, "lowerLetter", "d"), (28, "lowerLetter", "bb"), (14, "upperRoman", "XIV"),
                      (9, "lowerRoman", "ix"), (3, "decimalZero", "03"), (2, "upperLetter", "B")])
    func numberFormats(value: Int, format: String, shown: String) {
        #expect(DocxNumbering.format(value, format) == shown)
    }
}
