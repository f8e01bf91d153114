/// A conclusion read from its source, with the parsed Markdown kept for rendering.
public struct ReadConclusion: ~Copyable {
    public var document: ConclusionDocument
    public var markdown: MarkdownDocument
    public var warnings: [Diagnostic]
}

/// The per-document stages, from a source file to a read conclusion, as pure functions of values.
public enum ConclusionPipeline {
    /// Repairs page breaks, parses the Markdown and reads the conclusion's structure. Returns the
    /// parsed document too, so the caller can render it once extraction has annotated it.
    public static func read(_ source: SourceDocument, options: MarkdownDocument.Options)
        throws(Diagnostic) -> ReadConclusion
    {
        let repair = PageBreakRepair(source.body)
        let lineMap = repair.lineMap
        let firstLine = source.bodyFirstLine
        let original = source
        let fileLine: @Sendable (Int) -> Int = { line in
            original.originalLine((line >= 1 && line <= lineMap.count ? lineMap[line - 1] : line) + firstLine - 1)
        }
        let markdown: MarkdownDocument
        do {
            markdown = try MarkdownDocument(markdown: repair.text, options: options)
        } catch {
            switch error {
            case .tooLarge(let bytes, let limit):
                throw .error(source.path, line: 1, "tệp quá lớn (\(bytes / 1024) KiB, giới hạn \(limit / 1024) KiB); hãy tách thành nhiều tệp")
            case .invalidUTF8(let line, let column):
                throw .error(source.path, line: fileLine(line), column: column, "tệp không phải UTF-8; hãy lưu lại với mã hóa UTF-8")
            case .parserFailed:
                throw .error(source.path, line: 1, "không phân tích được Markdown của tệp")
            }
        }
        var warnings = source.warnings
        for line in markdown.omittedRawHTMLLines {
            warnings.append(.warning(source.path, line: fileLine(line),
                "HTML viết trực tiếp đã bị bỏ qua (an toàn); dùng Markdown, hoặc đặt raw_html: true trong bantin.yml nếu thật sự cần"))
        }
        var document = ConclusionReader(sourceLine: fileLine).read(markdown.blocks)
        document.pageBreakJoins = repair.joins
        document.meta.apply(source.frontMatter)
        return ReadConclusion(document: document, markdown: markdown, warnings: warnings)
    }
}

extension ConclusionMeta {
    /// Front matter wins over what the reader found in the text.
    mutating func apply(_ matter: FrontMatter) {
        if let v = matter.title { subject = v }
        if let v = matter.date { date = v }
        if let v = matter.meetingDate { meetingDate = v }
        if let v = matter.typeName { typeName = v }
        if let v = matter.number { number = v }
        if let v = matter.issuer { issuer = v }
        if let v = matter.superior { superior = v }
        if let v = matter.place { place = v }
        if let v = matter.chair { chair = v }
        if let v = matter.signer { signer = v }
        if let v = matter.signerTitle { signerTitle = v }
        if let v = matter.signingAuthority { signingAuthority = v }
        if meetingDate == nil { meetingDate = date }
    }
}
