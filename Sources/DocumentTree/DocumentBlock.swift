/// A document's structure as plain Swift values: blocks (paragraphs, headings, lists, code …) and
/// their inline content, with source positions.
///
/// The Markdown wrapper copies them out of libcmark's tree; a reader of another format (Word) can
/// produce the same values. Nothing here knows about Vietnamese, conclusions, HTML or files, so
/// readers work on values and never on C pointers.

/// An inline element of a paragraph or heading.
public indirect enum DocumentInline: Hashable, Sendable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    /// Raw inline HTML. Omitted from the page in safe mode; it contributes nothing to plain text.
    case html(String)
    case emphasis([DocumentInline])
    case strong([DocumentInline])
    case link(destination: String, children: [DocumentInline])
    case image(source: String, children: [DocumentInline])

    /// The text a reader sees. Line breaks become "\n". Offsets into the document (task ranges,
    /// annotations when rendering) are UTF-8 offsets of this text.
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

extension Array where Element == DocumentInline {
    public var plainText: String { map(\.plainText).joined() }
}

/// A block of a document with its position in the source.
public struct DocumentBlock: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case paragraph
        case heading(level: Int)
        case list(ordered: Bool, start: Int)
        case item
        case blockQuote
        case codeBlock(info: String)
        case htmlBlock
        case thematicBreak
        /// A pipe table (`| a | b |` rows under a `|---|---|` line): `literal` holds its rows, one
        /// per line, as written.
        case table
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
    public var inlines: [DocumentInline]
    /// Literal content of code and HTML blocks, the rows of a table.
    public var literal: String
    /// Child blocks of lists, list items and block quotes.
    public var children: [DocumentBlock]

    public init(kind: Kind, path: [Int], line: Int, column: Int, endLine: Int,
                inlines: [DocumentInline] = [], literal: String = "", children: [DocumentBlock] = []) {
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
        self.endLine = endLine
        self.inlines = inlines
        self.literal = literal
        self.children = children
    }

    /// Plain text of a paragraph or heading (see `DocumentInline.plainText`); for containers,
    /// the plain text of the children separated by blank lines; for code, its literal.
    public var plainText: String {
        switch kind {
        case .paragraph, .heading: return inlines.plainText
        case .codeBlock, .table: return literal
        case .htmlBlock, .thematicBreak: return ""
        case .list, .item, .blockQuote: return children.map(\.plainText).joined(separator: "\n\n")
        }
    }
}
