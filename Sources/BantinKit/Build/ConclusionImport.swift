import BantinCore
import BantinRender

/// `bantin import`: a `.docx`, `.pdf` or `.txt` file (or a Markdown file in a legacy encoding) as a
/// clean Markdown file for a clerk who wants to edit in Markdown: the converted text the build reads,
/// under front matter that states what was read from it (title, date, number, signer).
public enum ConclusionImport {
    public struct Output: Sendable {
        public var markdown: String
        public var warnings: [Diagnostic]
    }

    public static func markdown(of file: SiteInput.SourceFile, maximumBytes: Int = 1 << 20) -> Result<Output, BuildFailure> {
        do {
            let converted = try SourceConversion.markdown(of: file, maximumBytes: maximumBytes)
            var (source, _) = try SourceLoading.document(converted.markdown, path: file.path, relativePath: file.relativePath)
            source.sourceLines = converted.sourceLines
            let read = try DocumentReading.read(source, options: .init(allowRawHTML: false, maximumBytes: maximumBytes))
            let meta = read.document.meta
            // A Markdown file that had front matter keeps it: only the text below is re-encoded.
            let body = source.bodyFirstLine > 1 ? converted.markdown : frontMatter(meta) + converted.markdown
            return .success(Output(markdown: body, warnings: converted.warnings + read.warnings))
        } catch {
            return .failure(BuildFailure(errors: [error]))
        }
    }

    /// What the reader found, as YAML; keys with nothing read are left out.
    static func frontMatter(_ meta: ConclusionMeta) -> String {
        var lines = ["---", "# Đọc tự động từ tệp gốc (bantin import); sửa nếu sai."]
        if let title = meta.subject { lines.append("title: \(yamlQuoted(title))") }
        if let date = meta.date { lines.append("date: \(date.iso)") }
        if let meeting = meta.meetingDate, meeting != meta.date { lines.append("meeting_date: \(meeting.iso)") }
        if let number = meta.number { lines.append("number: \(yamlQuoted(number))") }
        if let signer = meta.signer { lines.append("signer: \(yamlQuoted(signer))") }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// A YAML double-quoted scalar: a JSON string is one, so the one JSON escaper serves.
    static func yamlQuoted(_ text: String) -> String {
        JSONValue.quoted(text)
    }
}
