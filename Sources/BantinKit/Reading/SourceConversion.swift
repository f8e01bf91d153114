import BantinFormats
import BantinCore

/// The first step of reading: a content file of any kind as the Markdown text the rest of the
/// pipeline reads. Markdown is decoded (a legacy encoding converted, with a warning); `.txt`,
/// `.docx` and PDF text are converted to the Markdown a careful clerk would have typed; a Word 97
/// file is refused with what to do. `bantin import` writes exactly this text.
public enum SourceConversion {
    public struct Result: Sendable {
        public var markdown: String
        /// The original place of each Markdown line (empty for Markdown files).
        public var sourceLines: [Int]
        public var warnings: [Diagnostic]
    }

    /// Binary files (a `.docx` with a logo, a PDF) may be larger than the text they hold.
    static let binaryAllowance = 16

    public static func markdown(of file: SiteInput.SourceFile, maximumBytes: Int) throws(Diagnostic) -> Result {
        switch file.format {
        case .markdown:
            let (text, warnings) = try SourceText.decodeContent(file.bytes, path: file.path, maximumBytes: maximumBytes)
            return Result(markdown: text, sourceLines: [], warnings: warnings)
        case .text:
            let (text, warnings) = try SourceText.decodeContent(file.bytes, path: file.path, maximumBytes: maximumBytes)
            return result(PlainTextConverter.convert(text), file: file, warnings: warnings, maximumBytes: maximumBytes)
        case .pdf:
            let text = try SourceText.decode(file.bytes, path: file.path, maximumBytes: maximumBytes.saturatingMultiplied(by: binaryAllowance))
            return try checked(result(PDFTextCleaner.convert(text), file: file, warnings: [], maximumBytes: maximumBytes), file: file, maximumBytes: maximumBytes)
        case .docx, .legacyWord:
            if file.format == .legacyWord, !file.bytes.starts(with: [0x50, 0x4B]) {
                throw .error(file.path, "tệp Word 97–2003 (.doc) không đọc được; hãy mở bằng Word hoặc LibreOffice, chọn Lưu thành (Save As) kiểu Word Document (.docx), rồi chép tệp .docx vào content/")
            }
            guard file.bytes.count <= maximumBytes.saturatingMultiplied(by: binaryAllowance) else {
                throw .error(file.path, "tệp quá lớn (\(file.bytes.count >> 10) KiB, giới hạn \(maximumBytes.saturatingMultiplied(by: binaryAllowance) >> 10) KiB cho tệp Word); hãy xóa bớt hình ảnh, tách thành nhiều tệp, hoặc tăng max_file_kib trong bantin.yml")
            }
            let converted: ConvertedDocument
            do {
                converted = try DocxReader.convert(file.bytes, options: .init(maximumUnpackedBytes: max(64 << 20, maximumBytes.saturatingMultiplied(by: 64))))
            } catch {
                throw .error(file.path, line: error.line, error.message)
            }
            return try checked(result(converted, file: file, warnings: [], maximumBytes: maximumBytes), file: file, maximumBytes: maximumBytes)
        }
    }

    private static func result(_ converted: ConvertedDocument, file: SiteInput.SourceFile, warnings: [Diagnostic], maximumBytes: Int) -> Result {
        let notes = converted.notes.map { Diagnostic.warning(file.path, line: $0.line, $0.message) }
        return Result(markdown: TextNormalization.normalize(converted.markdown), sourceLines: converted.sourceLines, warnings: warnings + notes)
    }

    private static func checked(_ result: Result, file: SiteInput.SourceFile, maximumBytes: Int) throws(Diagnostic) -> Result {
        guard result.markdown.utf8.count <= maximumBytes else {
            throw .error(file.path, line: 1, "văn bản quá dài (\(result.markdown.utf8.count >> 10) KiB chữ, giới hạn \(maximumBytes >> 10) KiB); hãy tách thành nhiều tệp hoặc tăng max_file_kib trong bantin.yml")
        }
        return result
    }
}
