import BantinCore
import Markdown
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
        // Pasted text first loses the indentation Markdown would read as code, then gets its
        // page breaks mended; neither changes line numbers' meaning (see `lineMap`).
        let repair = PageBreakRepair(IndentRepair(source.body).text)
        let lineMap = repair.lineMap
        let firstLine = source.bodyFirstLine
        let fileLine: @Sendable (Int) -> Int = { line in
            (line >= 1 && line <= lineMap.count ? lineMap[line - 1] : line) + firstLine - 1
        }
        let markdown: MarkdownDocument
        do {
            markdown = try MarkdownDocument(markdown: repair.text, options: options)
        } catch {
            switch error {
            case .tooLarge(let bytes, let limit):
                throw .error(source.path, line: 1, "tệp quá lớn (\(bytes / 1024) KiB, giới hạn \(limit / 1024) KiB); hãy tách thành nhiều tệp")
            case .parserFailed:
                throw .error(source.path, line: 1, "không phân tích được Markdown của tệp")
            }
        }
        var warnings = source.warnings
        for line in markdown.omittedRawHTMLLines {
            warnings.append(.warning(source.path, line: fileLine(line),
                "HTML viết trực tiếp đã bị bỏ qua (an toàn); dùng Markdown, hoặc đặt raw_html: true trong bantin.yml nếu thật sự cần"))
        }
        var document = ConclusionReader(sourceLine: fileLine, knownDate: source.frontMatter.meetingDate ?? source.frontMatter.date)
            .read(markdown.blocks)
        document.pageBreakJoins = repair.joins
        document.meta.apply(source.frontMatter)
        return ReadConclusion(document: document, markdown: markdown, warnings: warnings)
    }
}
