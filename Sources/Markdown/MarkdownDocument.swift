import CCmark
import DocumentTree

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place bantin talks to libcmark (the CommonMark reference library, through `CCmark`).
///
/// A `MarkdownDocument` owns the C node tree and frees it when it goes away; it is non-copyable so
/// the tree has exactly one owner. Everything it hands out is a Swift value: `blocks` for reading
/// structure, and HTML strings from `renderHTML`. No `OpaquePointer` leaves this file, and nothing
/// here knows about Vietnamese or conclusions.
public struct MarkdownDocument: ~Copyable {
    public struct Options: Hashable, Sendable {
        /// Pass raw HTML in the Markdown through to the page. Off by default: cmark then replaces it
        /// with a comment, and `rawHTML` lists where it was so the caller can warn.
        public var allowRawHTML: Bool
        /// Documents larger than this are refused. Debian's cmark 0.30.2 has inputs on which parsing
        /// time grows with the square of the size; a cap keeps one bad file from stalling a build.
        public var maximumBytes: Int
        /// Turn straight quotes and `--` into typographic ones.
        public var smartPunctuation: Bool

        public init(allowRawHTML: Bool = false, maximumBytes: Int = 2 << 20, smartPunctuation: Bool = false) {
            self.allowRawHTML = allowRawHTML
            self.maximumBytes = maximumBytes
            self.smartPunctuation = smartPunctuation
        }
    }

    public enum Failure: Error, Hashable, Sendable {
        case tooLarge(bytes: Int, limit: Int)
        case parserFailed
    }

    private let root: OpaquePointer
    public let options: Options
    /// The document's blocks, copied out of the C tree once at parse time.
    public let blocks: [DocumentBlock]

    /// Parses Markdown text (a Swift string is valid UTF-8 by construction) and reads its blocks.
    public init(markdown: String, options: Options = Options()) throws(Failure) {
        try self.init(markdown, options: options, readingBlocks: true)
    }

    /// Parses Markdown text only to render it: no blocks are copied out (`blocks` is empty).
    public init(forRendering markdown: String, options: Options = Options()) throws(Failure) {
        try self.init(markdown, options: options, readingBlocks: false)
    }

    private init(_ markdown: String, options: Options, readingBlocks: Bool) throws(Failure) {
        let bytes = Array(markdown.utf8)
        guard bytes.count <= options.maximumBytes else {
            throw .tooLarge(bytes: bytes.count, limit: options.maximumBytes)
        }
        var flags = CMARK_OPT_SOURCEPOS
        if options.allowRawHTML { flags |= CMARK_OPT_UNSAFE }
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }
        // The exact byte count: the text may contain NUL bytes, which cmark replaces.
        let terminated = bytes + [0]
        let parsed = terminated.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress!, bytes.count, flags)
            }
        }
        guard let parsed else { throw .parserFailed }
        // Adjacent text nodes are merged so that one run of text is one node: the plain-text
        // offsets in `blocks` and the ones used by `renderHTML` then agree.
        cmark_consolidate_text_nodes(parsed)
        let tables = Self.replacePipeTables(in: parsed, source: bytes, renderFlags: Self.renderFlags(options))
        self.root = parsed
        self.options = options
        self.blocks = readingBlocks ? Self.children(of: parsed, path: [], tables: tables) : []
    }

    deinit { cmark_node_free(root) }

    /// Source lines (1-based) of raw HTML that safe mode leaves out of the page. Empty when raw HTML is allowed.
    public var omittedRawHTMLLines: [Int] {
        guard !options.allowRawHTML else { return [] }
        var lines: [Int] = []
        func visit(_ blocks: [DocumentBlock]) {
            for block in blocks {
                if case .htmlBlock = block.kind { lines.append(block.line) }
                if case .table = block.kind, Self.mayHoldHTML(block.literal) { lines.append(block.line) }
                if block.inlines.contains(where: Self.containsHTML) { lines.append(block.line) }
                visit(block.children)
            }
        }
        visit(blocks)
        return lines
    }

    /// A table's cells were rendered apart from the tree: "<" before a letter, "/", "!" or "?" is
    /// where cmark may have seen a tag.
    private static func mayHoldHTML(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.indices.dropLast().contains { index in
            guard bytes[index] == UInt8(ascii: "<") else { return false }
            let next = bytes[index + 1]
            return (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z") || next == UInt8(ascii: "/")
                || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
        }
    }

    private static func containsHTML(_ inline: DocumentInline) -> Bool {
        switch inline {
        case .html: return true
        case .emphasis(let c), .strong(let c), .link(_, let c), .image(_, let c): return c.contains(where: containsHTML)
        default: return false
        }
    }

    /// Renders the top-level blocks in `range` to HTML, with `annotations` applied.
    ///
    /// Annotations change the C tree, so this consumes the document: render once, at the end.
    public consuming func renderHTML(topLevel range: Range<Int>? = nil, annotations: [TextAnnotation] = []) -> String {
        renderBlocksHTML(topLevel: range, annotations: annotations).joined()
    }

    /// Like `renderHTML`, one string for each top-level block in `range`.
    public consuming func renderBlocksHTML(topLevel range: Range<Int>? = nil, annotations: [TextAnnotation] = []) -> [String] {
        var byBlock: [[Int]: [TextAnnotation]] = [:]
        for annotation in annotations { byBlock[annotation.path, default: []].append(annotation) }
        for path in byBlock.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            if let node = node(at: path) { Self.apply(byBlock[path]!, to: node) }
        }
        let renderFlags = Self.renderFlags(options)
        let wanted = range ?? 0..<Int.max
        var html: [String] = []
        var index = 0
        var child = cmark_node_first_child(root)
        while let node = child, index < wanted.upperBound {
            if wanted.contains(index), let rendered = cmark_render_html(node, renderFlags) {
                html.append(String(cString: rendered))
                free(rendered)
            }
            index += 1
            child = cmark_node_next(node)
        }
        return html
    }

    private static func renderFlags(_ options: Options) -> Int32 {
        options.allowRawHTML ? CMARK_OPT_DEFAULT | CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
    }

    // MARK: - Pipe tables

    /// Core CommonMark has no tables: a paragraph that is a pipe table (see `PipeTable`) is replaced
    /// by a custom block holding the table's HTML, each cell's text rendered by cmark itself (so it
    /// is escaped, and raw HTML left out in safe mode, like any other text). Returns the rows of each
    /// table, by its node, for the block values.
    /// What the block value of a replaced table needs: cmark gives a new node no source position.
    private struct TableSource {
        var rows: String
        var line: Int
        var column: Int
        var endLine: Int
    }

    private static func replacePipeTables(in root: OpaquePointer, source: [UInt8], renderFlags: Int32) -> [OpaquePointer: TableSource] {
        var candidates: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH,
                  let first = cmark_node_first_child(node), cmark_node_get_type(first) == CMARK_NODE_TEXT,
                  cmark_node_get_literal(first)?.pointee == CChar(UInt8(ascii: "|")) else { continue }
            candidates.append(node)
        }
        guard !candidates.isEmpty else { return [:] }
        let lines = source.split(separator: 0x0A, omittingEmptySubsequences: false)
        var tables: [OpaquePointer: TableSource] = [:]
        for paragraph in candidates {
            let start = Int(cmark_node_get_start_line(paragraph)), end = Int(cmark_node_get_end_line(paragraph))
            guard start >= 1, end >= start, end <= lines.count else { continue }
            let column = max(Int(cmark_node_get_start_column(paragraph)) - 1, 0)
            let rows = (start...end).map { number -> String in
                let line = lines[number - 1]
                // The first line starts at the paragraph's column (after a list marker or "> ");
                // later lines lose their container's indentation and quote marks.
                let text = number == start ? line.dropFirst(min(column, line.count)) : withoutContainerPrefix(line)
                var trimmed = text
                while let last = trimmed.last, last == 0x20 || last == 0x09 || last == 0x0D { trimmed = trimmed.dropLast() }
                return String(decoding: trimmed, as: UTF8.self)
            }
            guard let table = PipeTable(lines: rows) else { continue }
            let html = table.html { cell in inlineHTML(cell, flags: renderFlags) }
            guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(block, html)
            cmark_node_set_on_exit(block, "")
            cmark_node_insert_before(paragraph, block)
            cmark_node_unlink(paragraph)
            cmark_node_free(paragraph)
            tables[block] = TableSource(rows: rows.joined(separator: "\n"), line: start, column: column + 1, endLine: end)
        }
        return tables
    }

    private static func withoutContainerPrefix(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var rest = line
        while let first = rest.first, first == 0x20 || first == 0x09 || first == UInt8(ascii: ">") { rest = rest.dropFirst() }
        return rest
    }

    /// One cell's Markdown as inline HTML: cmark's paragraph without its `<p>` and `</p>`.
    private static func inlineHTML(_ text: String, flags: Int32) -> String {
        guard !text.isEmpty else { return "" }
        let bytes = inlineOnly(Array(text.utf8))
        guard let rendered = bytes.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_markdown_to_html($0.baseAddress!, bytes.count, flags) }
        }) else { return "" }
        defer { free(rendered) }
        var html = String(cString: rendered)
        if html.hasPrefix("<p>") { html.removeFirst(3) }
        while html.hasSuffix("\n") { html.removeLast() }
        if html.hasSuffix("</p>") { html.removeLast(4) }
        return html
    }

    /// A cell is inline text: a backslash before what would start a block ("# ", "- ", "1. ", "<div",
    /// "> ", a fence) keeps cmark from reading the cell as a heading, list, HTML block or quote.
    private static func inlineOnly(_ bytes: [UInt8]) -> [UInt8] {
        guard let first = bytes.first else { return bytes }
        if "#>-+*=_~`<".utf8.contains(first) { return [UInt8(ascii: "\\")] + bytes }
        let digits = bytes.prefix(while: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }).count
        if digits > 0, digits < bytes.count, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")") {
            return Array(bytes[..<digits]) + [UInt8(ascii: "\\")] + Array(bytes[digits...])
        }
        return bytes
    }

    // MARK: - Reading the C tree

    private func node(at path: [Int]) -> OpaquePointer? {
        var current: OpaquePointer? = root
        for index in path {
            var child = current.flatMap { cmark_node_first_child($0) }
            for _ in 0..<index { child = child.flatMap { cmark_node_next($0) } }
            current = child
        }
        return current
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func children(of node: OpaquePointer, path: [Int], tables: [OpaquePointer: TableSource]) -> [DocumentBlock] {
        var result: [DocumentBlock] = []
        var child = cmark_node_first_child(node)
        var index = 0
        while let current = child {
            if let block = block(current, path: path + [index], tables: tables) { result.append(block) }
            index += 1
            child = cmark_node_next(current)
        }
        return result
    }

    private static func block(_ node: OpaquePointer, path: [Int], tables: [OpaquePointer: TableSource]) -> DocumentBlock? {
        let kind: DocumentBlock.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_CUSTOM_BLOCK:
            guard let table = tables[node] else { return nil }
            return DocumentBlock(kind: .table, path: path, line: table.line, column: table.column, endLine: table.endLine,
                                 literal: table.rows)
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_LIST:
            kind = .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)))
        case CMARK_NODE_ITEM: kind = .item
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
        case CMARK_NODE_CODE_BLOCK: kind = .codeBlock(info: string(cmark_node_get_fence_info(node)))
        case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        default: return nil
        }
        var inlines: [DocumentInline] = []
        var literal = ""
        var children: [DocumentBlock] = []
        switch kind {
        case .paragraph, .heading: inlines = inlineChildren(of: node)
        case .codeBlock, .htmlBlock: literal = string(cmark_node_get_literal(node))
        case .list, .item, .blockQuote: children = Self.children(of: node, path: path, tables: tables)
        case .thematicBreak, .table: break
        }
        return DocumentBlock(
            kind: kind, path: path,
            line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            inlines: inlines, literal: literal, children: children)
    }

    private static func inlineChildren(of node: OpaquePointer) -> [DocumentInline] {
        var result: [DocumentInline] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            if let inline = inline(current) { result.append(inline) }
            child = cmark_node_next(current)
        }
        return result
    }

    private static func inline(_ node: OpaquePointer) -> DocumentInline? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: return .emphasis(inlineChildren(of: node))
        case CMARK_NODE_STRONG: return .strong(inlineChildren(of: node))
        case CMARK_NODE_LINK: return .link(destination: string(cmark_node_get_url(node)), children: inlineChildren(of: node))
        case CMARK_NODE_IMAGE: return .image(source: string(cmark_node_get_url(node)), children: inlineChildren(of: node))
        default: return nil
        }
    }

    // MARK: - Annotating

    /// A text node with the UTF-8 range it covers in its block's plain text.
    private struct TextRun {
        let node: OpaquePointer
        let range: Range<Int>
    }

    /// Walks the inline descendants of `block` in document order, counting plain-text bytes exactly
    /// as `DocumentInline.plainText` does.
    private static func textRuns(in block: OpaquePointer) -> [TextRun] {
        var runs: [TextRun] = []
        var offset = 0
        func walk(_ node: OpaquePointer) {
            var child = cmark_node_first_child(node)
            while let current = child {
                switch cmark_node_get_type(current) {
                case CMARK_NODE_TEXT:
                    let length = Int(strlen(cmark_node_get_literal(current)))
                    runs.append(TextRun(node: current, range: offset..<offset + length))
                    offset += length
                case CMARK_NODE_CODE: offset += Int(strlen(cmark_node_get_literal(current)))
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: offset += 1
                case CMARK_NODE_HTML_INLINE: break
                default: walk(current)
                }
                child = cmark_node_next(current)
            }
        }
        walk(block)
        return runs
    }

    private static func apply(_ annotations: [TextAnnotation], to block: OpaquePointer) {
        let runs = textRuns(in: block)
        // Right to left, so that splitting a node leaves the offsets of earlier annotations valid.
        var taken: [Range<Int>] = []
        let ordered = annotations.sorted { ($0.range.lowerBound, $0.range.upperBound) > ($1.range.lowerBound, $1.range.upperBound) }
        for annotation in ordered {
            let range = annotation.range
            guard !taken.contains(where: { $0.overlaps(range) }),
                  let run = runs.first(where: { $0.range.lowerBound <= range.lowerBound && range.upperBound <= $0.range.upperBound })
            else { continue }
            taken.append(range)
            wrap(run, range: range, opening: annotation.openingHTML, closing: annotation.closingHTML)
        }
    }

    /// Splits the text node of `run` into before / wrapped / after, the middle inside a custom inline
    /// node that renders `opening` and `closing` around it. Runs are split right to left, so the
    /// node's current literal always starts at `run.range.lowerBound`.
    private static func wrap(_ run: TextRun, range: Range<Int>, opening: String, closing: String) {
        let bytes = Array(string(cmark_node_get_literal(run.node)).utf8)
        let start = range.lowerBound - run.range.lowerBound
        let end = range.upperBound - run.range.lowerBound
        guard start >= 0, end <= bytes.count else { return }
        func text(_ slice: ArraySlice<UInt8>) -> String { String(decoding: slice, as: UTF8.self) }
        let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
        cmark_node_set_on_enter(custom, opening)
        cmark_node_set_on_exit(custom, closing)
        if end > start {
            let middle = cmark_node_new(CMARK_NODE_TEXT)!
            cmark_node_set_literal(middle, text(bytes[start..<end]))
            cmark_node_append_child(custom, middle)
        }
        if end < bytes.count {
            let after = cmark_node_new(CMARK_NODE_TEXT)!
            cmark_node_set_literal(after, text(bytes[end...]))
            cmark_node_insert_after(run.node, after)
        }
        cmark_node_insert_after(run.node, custom)
        cmark_node_set_literal(run.node, text(bytes[..<start]))
    }
}
