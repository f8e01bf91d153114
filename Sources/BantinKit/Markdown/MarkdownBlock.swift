/// Markdown as plain Swift values, copied out of libcmark's tree by `MarkdownDocument`.
///
/// Nothing here knows about Vietnamese or about conclusions: it is CommonMark structure with
/// source positions, so that readers can work on values and never on C pointers.

/// An inline element of a paragraph or heading.
public indirect enum MarkdownInline: Hashable, Sendable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    /// Raw inline HTML. Omitted from the page in safe mode; it contributes nothing to plain text.
    case html(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case link(destination: String, children: [MarkdownInline])
    case image(source: String, children: [MarkdownInline])

    /// The text a reader sees. Line breaks become "\n". The UTF-8 offsets of this text are the
    /// offsets that `TextAnnotation` uses.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): return s
        case .softBreak, .lineBreak: return "\n"
        case .html: return ""
        case .emphasis(let c), .strong(let c), .link(_, let c), .image(_, let c):
            return c.map(\.plainText).joined()
        }
    }
}

extension Array where Element == MarkdownInline {
    public var plainText: String { map(\.plainText).joined() }
}

/// A block of a Markdown document with its position in the source.
public struct MarkdownBlock: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case paragraph
        case heading(level: Int)
        case list(ordered: Bool, start: Int)
        case item
        case blockQuote
        case codeBlock(info: String)
        case htmlBlock
        case thematicBreak
    }

    public var kind: Kind
    /// Child indexes from the document root: `[3]` is the fourth top-level block, `[3, 0, 1]` the
    /// second block of the first item of that list. Used to address blocks for annotation.
    public var path: [Int]
    /// 1-based source line and column of the block's start, and the line it ends on.
    public var line: Int
    public var column: Int
    public var endLine: Int
    /// Inline content of paragraphs and headings.
    public var inlines: [MarkdownInline]
    /// Literal content of code and HTML blocks.
    public var literal: String
    /// Child blocks of lists, list items and block quotes.
    public var children: [MarkdownBlock]

    /// Plain text of a paragraph or heading (see `MarkdownInline.plainText`); for containers,
    /// the plain text of the children separated by blank lines; for code, its literal.
    public var plainText: String {
        switch kind {
        case .paragraph, .heading: return inlines.plainText
        case .codeBlock: return literal
        case .htmlBlock, .thematicBreak: return ""
        case .list, .item, .blockQuote: return children.map(\.plainText).joined(separator: "\n\n")
        }
    }
}

/// Trusted HTML to put around a range of a block's plain text when rendering, for example a link
/// around a unit name or a `<time>` element around a deadline.
///
/// `range` is in UTF-8 bytes of `MarkdownBlock.plainText` of the block at `path`. A range that
/// does not lie inside one text run (it crosses emphasis, code or a line break) is skipped: the
/// text still renders, only without the markup.
public struct TextAnnotation: Hashable, Sendable {
    public var path: [Int]
    public var range: Range<Int>
    public var openingHTML: String
    public var closingHTML: String

    public init(path: [Int], range: Range<Int>, openingHTML: String, closingHTML: String) {
        self.path = path
        self.range = range
        self.openingHTML = openingHTML
        self.closingHTML = closingHTML
    }
}
