import BantinCore
import BantinSite
import Markdown

/// The read and extract stages for one file: bytes → text → front matter and Markdown → the
/// conclusion's document → its tasks. Runs in parallel, one document each, and keeps no HTML:
/// the renderer parses the Markdown again for the page.
enum DocumentReading {
    static func read(_ file: SiteInput.SourceFile, options: MarkdownDocument.Options, registry: UnitRegistry)
        -> Result<(Conclusion, [Diagnostic]), BuildFailure>
    {
        timedRead(file, options: options, registry: registry).result
    }

    /// `read`, with the time spent reading and extracting.
    static func timedRead(_ file: SiteInput.SourceFile, options: MarkdownDocument.Options, registry: UnitRegistry)
        -> (result: Result<(Conclusion, [Diagnostic]), BuildFailure>, times: StageTimes)
    {
        var times = StageTimes()
        let result = reading(file, options: options, registry: registry, times: &times)
        return (result, times)
    }

    private static func reading(_ file: SiteInput.SourceFile, options: MarkdownDocument.Options, registry: UnitRegistry,
                                times: inout StageTimes) -> Result<(Conclusion, [Diagnostic]), BuildFailure>
    {
        do {
            let (converted, source, loadErrors, id, (document, body, readWarnings)) = try times.measure(.read) { () throws(Diagnostic) in
                let converted = try SourceConversion.markdown(of: file, maximumBytes: options.maximumBytes)
                var (source, loadErrors) = try SourceLoading.document(converted.markdown, path: file.path, relativePath: file.relativePath)
                source.sourceLines = converted.sourceLines
                return (converted, source, loadErrors, try source.conclusionID(), try read(source, options: options))
            }
            var warnings = converted.warnings + source.warnings + readWarnings
            let (tasks, extraction) = times.measure(.extract) {
                ConclusionExtraction.tasks(of: document, conclusionID: id, source: source, registry: registry)
            }
            // A correction that cannot be read is bad input, like broken front matter: stop.
            let errors = loadErrors + extraction.filter { $0.severity == .error }
            guard errors.isEmpty else { return .failure(BuildFailure(errors: errors, warnings: warnings)) }
            warnings += extraction
            // The items as read are what extraction works from; past it the conclusion has its
            // tasks, and nothing reads the items again. Kept, they were a third of each entry
            // of the document cache to decode on every rebuild.
            var kept = document
            kept.rawTasks = []
            return .success((Conclusion(id: id, path: file.path, relativePath: file.relativePath,
                                        document: kept, tasks: tasks, body: body), warnings))
        } catch {
            return .failure(BuildFailure(errors: [error]))
        }
    }

    /// Repairs page breaks, parses the Markdown and reads the conclusion's structure. Returns the
    /// Markdown that was parsed (block paths and text ranges refer to it) and the warnings about it.
    static func read(_ source: SourceDocument, options: MarkdownDocument.Options)
        throws(Diagnostic) -> (document: ConclusionDocument, body: String, warnings: [Diagnostic])
    {
        // Pasted text first loses the indentation Markdown would read as code, then gets its page
        // breaks mended; neither changes what a line number means (see `lineMap`).
        let repair = PageBreakRepair(IndentRepair(source.body).text)
        let lineMap = repair.lineMap
        let firstLine = source.bodyFirstLine
        let original = source
        // Parsed line → line of the Markdown (page-break joins, front matter) → place in the
        // original file (a `.docx` paragraph, a PDF or text line).
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
            case .nestedTooDeep(let line, let limit):
                throw .error(source.path, line: fileLine(line),
                    "trích dẫn, danh sách hoặc chữ nhấn lồng quá sâu (quá \(limit) tầng); văn bản kết luận không cần lồng như vậy — hãy bỏ bớt các dấu \"> \", \"- \" hoặc \"*\" ở đầu dòng")
            case .parserFailed:
                throw .error(source.path, line: 1, "không phân tích được Markdown của tệp")
            }
        }
        var warnings = markdown.omittedRawHTMLLines.map { line in
            Diagnostic.warning(source.path, line: fileLine(line),
                "HTML viết trực tiếp đã bị bỏ qua (an toàn); dùng Markdown, hoặc đặt raw_html: true trong bantin.yml nếu thật sự cần")
        }
        var document = ConclusionReader(sourceLine: fileLine, knownDate: source.frontMatter.meetingDate ?? source.frontMatter.date)
            .read(markdown.blocks)
        document.pageBreakJoins = repair.joins
        document.meta.apply(source.frontMatter)
        warnings += DocumentChecks.reading(&document.meta, text: repair.text, path: source.path, fileLine: fileLine)
        return (document, repair.text, warnings)
    }
}
