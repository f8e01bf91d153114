import BantinCore
import Foundation

/// Reads a Word `.docx` into the Markdown a careful clerk would have typed for it.
///
/// - paragraphs and runs: bold and italic kept (`**`, `*`); underline has no Markdown and is left;
///   line breaks (`w:br`, `w:cr`) are hard breaks, tabs spaces; text is made NFC;
/// - Heading styles (`heading 1`…, or an outline level) become `#` headings;
/// - automatic numbering becomes the markers a reader sees ("1.", "a)", "I.", bullets), with
///   levels and restarts (`DocxNumbering`), directly or through the paragraph style;
/// - the HD36 header and the signature, two-column borderless tables, are read column by column as
///   the header block and the footer; a table of tasks (Đơn vị | Nhiệm vụ | Thời hạn) becomes a
///   `nhiem-vu` block; other tables stay tables (pipe tables in the Markdown);
/// - left out: headers, footers, page-number fields, comments, footnotes, deleted revisions and
///   moved-away text; inserted revisions are kept.
///
/// Messages point to paragraphs: "line" N of a `.docx` is its N-th paragraph (table cells count).
public enum DocxReader {
    public struct Options: Sendable {
        public var maximumUnpackedBytes: Int

        public init(maximumUnpackedBytes: Int = 64 << 20) {
            self.maximumUnpackedBytes = maximumUnpackedBytes
        }
    }

    public static func convert(_ bytes: [UInt8], options: Options = Options()) throws(FormatError) -> ConvertedDocument {
        let package = try DocxPackage.unpack(bytes, limits: .init(maximumUnpackedBytes: options.maximumUnpackedBytes))
        guard let document = XMLTree.parse(package.document), let body = document.child("body") else {
            throw DocxPackage.corrupt
        }
        var walker = BodyWalker(styles: DocxStyles(package.styles.flatMap(XMLTree.parse)),
                                numbering: DocxNumbering(package.numbering.flatMap(XMLTree.parse)))
        walker.walk(body.children)
        let blocks = DocxLayout.arrange(walker.blocks)
        guard blocks.contains(where: { !$0.plainText.trimmed(of: " \n").isEmpty }) else {
            throw FormatError("tài liệu Word không có chữ nào (có thể chỉ có hình ảnh bản quét); hãy dùng tệp Word gốc có chữ, hoặc gõ lại nội dung")
        }
        return MarkdownWriter.write(blocks)
    }
}

/// A paragraph or a table of the body, in document order, before layout decisions.
enum DocxItem {
    case paragraph(DocxParagraph)
    case table([[[DocxParagraph]]])   // rows → cells → paragraphs
}

struct DocxParagraph {
    var spans: [Span]
    var headingLevel: Int?
    /// The marker of Word's numbering, as shown ("1.", "a)", "-").
    var marker: String?
    var markerLevel = 0
    /// Left indentation in twentieths of a point (`w:ind`), which tells nesting between lists.
    var indent = 0
    var number: Int

    var plainText: String { spans.map { $0.isLineBreak ? "\n" : $0.text }.joined() }
}

/// Walks `w:body` in document order, collecting paragraphs and tables.
struct BodyWalker {
    var styles: DocxStyles
    var numbering: DocxNumbering
    var items: [DocxItem] = []
    var paragraphCount = 0

    var blocks: [DocxItem] { items }

    mutating func walk(_ nodes: [XMLNode]) {
        for node in nodes {
            switch node.name {
            case "p": items.append(.paragraph(paragraph(node)))
            case "tbl": items.append(.table(table(node)))
            case "sdt": walk(node.child("sdtContent")?.children ?? [])
            case "customXml", "ins", "moveTo", "smartTag": walk(node.children)
            default: break   // sectPr, bookmarks, deleted and moved-away blocks
            }
        }
    }

    mutating func table(_ node: XMLNode) -> [[[DocxParagraph]]] {
        var rows: [[[DocxParagraph]]] = []
        for row in node.children where row.name == "tr" || row.name == "sdt" || row.name == "customXml" {
            let rowNodes = row.name == "tr" ? [row] : (row.descendant("sdtContent")?.children("tr") ?? row.children("tr"))
            for tr in rowNodes {
                var cells: [[DocxParagraph]] = []
                for cell in tr.children where cell.name == "tc" || cell.name == "sdt" {
                    let tc = cell.name == "tc" ? cell : (cell.descendant("tc") ?? cell)
                    // A vertically merged continuation cell is empty on paper.
                    if let merge = tc.child("tcPr")?.child("vMerge"), merge["val"] != "restart" {
                        cells.append([])
                        continue
                    }
                    var paragraphs: [DocxParagraph] = []
                    for child in tc.children {
                        switch child.name {
                        case "p": paragraphs.append(paragraph(child))
                        case "tbl":
                            // A table inside a cell: its cells' paragraphs, in reading order.
                            for nestedRow in table(child) { for nestedCell in nestedRow { paragraphs += nestedCell } }
                        case "sdt":
                            for p in child.child("sdtContent")?.children("p") ?? [] { paragraphs.append(paragraph(p)) }
                        default: break
                        }
                    }
                    cells.append(paragraphs)
                }
                rows.append(cells)
            }
        }
        return rows
    }

    mutating func paragraph(_ node: XMLNode) -> DocxParagraph {
        paragraphCount += 1
        let properties = node.child("pPr")
        let styleID = properties?.child("pStyle")?["val"] ?? styles.defaultParagraphStyle
        let styleBold = styles.resolve(styleID) { $0.bold }
        let styleItalic = styles.resolve(styleID) { $0.italic }
        var result = DocxParagraph(spans: [], headingLevel: styles.headingLevel(styleID), marker: nil, number: paragraphCount)
        if let level = properties?.child("outlineLvl")?["val"].flatMap(Int.init), (0...5).contains(level) {
            result.headingLevel = level + 1
        }
        // Numbering: the paragraph's own, else its style's (the style may give the list and the
        // paragraph only the level).
        let own = NumberingReference(properties?.child("numPr"))
        let fromStyle = styles.resolve(styleID) { $0.numbering }
        if let numID = own?.numID ?? fromStyle?.numID {
            let level = own?.level ?? fromStyle?.level ?? 0
            if let marker = numbering.nextMarker(numID: numID, level: level), !marker.isEmpty {
                result.marker = marker
                result.markerLevel = level
                result.indent = numbering.indent(numID: numID, level: level) ?? 0
            }
        }
        if let own = DocxStyles.indent(properties?.child("ind")) ?? styles.resolve(styleID, { $0.indent }) {
            result.indent = own
        }
        var runs = RunCollector(styles: styles, paragraphBold: styleBold ?? false, paragraphItalic: styleItalic ?? false)
        runs.collect(node.children)
        result.spans = runs.spans
        return result
    }
}

/// The text of a paragraph's runs, with fields, deletions, comments and notes left out.
struct RunCollector {
    var styles: DocxStyles
    var paragraphBold: Bool
    var paragraphItalic: Bool
    var spans: [Span] = []
    /// Inside a complex field: `true` while reading its instruction, then whether its result is shown.
    private var fieldStack: [(inInstruction: Bool, instruction: String)] = []

    init(styles: DocxStyles, paragraphBold: Bool, paragraphItalic: Bool) {
        self.styles = styles
        self.paragraphBold = paragraphBold
        self.paragraphItalic = paragraphItalic
    }

    /// Page numbers and similar fields say nothing of the document's content.
    static func isHiddenField(_ instruction: String) -> Bool {
        let word = instruction.trimmed(of: " ").split(separator: " ").first.map { $0.uppercased() } ?? ""
        return ["PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "PAGEREF", "XE", "TC"].contains(word)
    }

    var showingText: Bool {
        !fieldStack.contains { $0.inInstruction || Self.isHiddenField($0.instruction) }
    }

    mutating func collect(_ nodes: [XMLNode]) {
        for node in nodes {
            switch node.name {
            case "r": run(node)
            case "ins", "moveTo", "hyperlink", "smartTag", "customXml", "bdo", "dir": collect(node.children)
            case "sdt": collect(node.child("sdtContent")?.children ?? [])
            case "fldSimple":
                if !Self.isHiddenField(node["instr"] ?? "") { collect(node.children) }
            default: break   // del, moveFrom, pPr, bookmarks, comment ranges, proofErr
            }
        }
    }

    private mutating func run(_ node: XMLNode) {
        let properties = node.child("rPr")
        let characterStyle = properties?.child("rStyle")?["val"]
        let bold = DocxStyles.toggle(properties?.child("b")) ?? styles.resolve(characterStyle) { $0.bold } ?? paragraphBold
        let italic = DocxStyles.toggle(properties?.child("i")) ?? styles.resolve(characterStyle) { $0.italic } ?? paragraphItalic
        // Hidden text (w:vanish) is not on paper.
        if DocxStyles.toggle(properties?.child("vanish")) == true { return }
        for child in node.children {
            switch child.name {
            case "fldChar":
                switch child["fldCharType"] {
                case "begin": fieldStack.append((true, ""))
                case "separate": if !fieldStack.isEmpty { fieldStack[fieldStack.count - 1].inInstruction = false }
                case "end": _ = fieldStack.popLast()
                default: break
                }
            case "instrText":
                if !fieldStack.isEmpty { fieldStack[fieldStack.count - 1].instruction += child.text }
            case "t":
                if showingText { spans.append(Span(text: child.text, bold: bold, italic: italic)) }
            case "tab", "ptab":
                if showingText { spans.append(Span(text: "\t", bold: bold, italic: italic)) }
            case "br", "cr":
                // A page or column break inside a paragraph separates words, no more.
                if showingText { spans.append(child["type"] == nil || child["type"] == "textWrapping" ? .lineBreak : Span(text: " ")) }
            case "noBreakHyphen":
                if showingText { spans.append(Span(text: "-", bold: bold, italic: italic)) }
            case "sym":
                break   // a glyph of a symbol font, not text
            default:
                break   // delText, footnote and comment references, drawings
            }
        }
    }
}
