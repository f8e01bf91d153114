/// The file kinds bantin reads, by file name extension.
public enum SourceFormat: String, Sendable, CaseIterable {
    case markdown, docx, pdf, text
    /// Word 97–2003: recognised only to say what to do.
    case legacyWord

    public init?(fileName: String) {
        let lower = fileName.lowercased()
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "md", "markdown": self = .markdown
        case "docx": self = .docx
        case "pdf": self = .pdf
        case "txt": self = .text
        case "doc": self = .legacyWord
        default: return nil
        }
    }

    /// The file name without its extension ("bao-cao.docx" → "bao-cao").
    public static func stem(of fileName: String) -> String {
        guard SourceFormat(fileName: fileName) != nil, let dot = fileName.lastIndex(of: ".") else { return fileName }
        return String(fileName[..<dot])
    }
}
