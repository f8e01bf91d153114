/// A conclusion file as the loader hands it over: its front matter as values and its Markdown body.
public struct SourceDocument: Hashable, Sendable {
    /// Path as shown in messages, relative to the site root when possible: "content/2026/kl-02.md".
    public var path: String
    /// Path relative to the content folder, with "/" separators: "2026/kl-02.md".
    public var relativePath: String
    public var frontMatter: FrontMatter
    /// The Markdown after the front matter, NFC-normalised with LF line ends.
    public var body: String
    /// File line on which `body` starts (1 without front matter).
    public var bodyFirstLine: Int
    /// For a file converted to Markdown (`.docx`, `.pdf`, `.txt`): the place in the original of each
    /// line of the Markdown (index 0 = line 1): a paragraph number of a `.docx`, a line otherwise.
    /// Empty for Markdown files.
    public var sourceLines: [Int] = []
    public var warnings: [Diagnostic]

    /// The line of the original file a line of `text` comes from.
    public func originalLine(_ line: Int) -> Int {
        guard !sourceLines.isEmpty else { return line }
        return sourceLines[min(max(line, 1), sourceLines.count) - 1]
    }

    public init(path: String, relativePath: String, frontMatter: FrontMatter = FrontMatter(), body: String,
                bodyFirstLine: Int = 1, warnings: [Diagnostic] = []) {
        self.path = path
        self.relativePath = relativePath
        self.frontMatter = frontMatter
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.warnings = warnings
    }
}

/// A file's text cut into its front matter (still YAML text) and its body.
public struct SourceParts: Hashable, Sendable {
    /// The YAML between the `---` lines; nil without front matter.
    public var frontMatter: String?
    /// The file line the YAML starts on: the one after the opening `---`.
    public let frontMatterFirstLine = 2
    public var body: String
    public var bodyFirstLine: Int

    /// Splits normalised text. Front matter is a YAML block that opens with `---` on the first line
    /// and closes with `---` or `...`.
    public init(_ text: String, path: String) throws(Diagnostic) {
        let lines = text.lines
        guard let first = lines.first, first.trimming(" ") == "---" else {
            body = text
            bodyFirstLine = 1
            return
        }
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimming(" ") == "---" || $0.trimming(" ") == "..." }) else {
            throw .error(path, line: 1, column: 1,
                "phần đầu YAML mở bằng \"---\" nhưng không có dòng \"---\" đóng lại; thêm một dòng \"---\" sau các khóa, trước nội dung")
        }
        frontMatter = lines[1..<close].joined(separator: "\n")
        body = lines[(close + 1)...].joined(separator: "\n")
        bodyFirstLine = close + 2
    }
}
