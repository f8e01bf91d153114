import DocumentTree

/// Trusted HTML to put around a range of a block's plain text when rendering, for example a link
/// around a unit name or a `<time>` element around a deadline.
///
/// `range` is in UTF-8 bytes of `DocumentBlock.plainText` of the block at `path`. A range that
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
