import Foundation

/// A file of another format turned into Markdown: the common form every format is read through, so
/// one pipeline reads `.md`, `.docx`, `.pdf` and `.txt` alike and `bantin import` writes exactly this.
public struct ConvertedDocument: Sendable, Hashable {
    /// The Markdown a careful clerk would have typed for the same document (NFC, LF line ends).
    public var markdown: String
    /// For each line of `markdown` (index 0 = line 1), the place in the original a message should
    /// point to: the paragraph number for `.docx` (Word has no lines), the line for `.txt` and the
    /// line of pdftotext's text for `.pdf`.
    public var sourceLines: [Int]
    /// Things the reader should know about the conversion (left-out parts, guesses).
    public var notes: [FormatNote]

    public init(markdown: String, sourceLines: [Int], notes: [FormatNote] = []) {
        self.markdown = markdown
        self.sourceLines = sourceLines
        self.notes = notes
    }

    /// The original place of a Markdown line (1-based).
    public func sourceLine(_ line: Int) -> Int {
        guard !sourceLines.isEmpty else { return line }
        return sourceLines[min(max(line, 1), sourceLines.count) - 1]
    }
}

/// A warning found while converting, with its place in the original.
public struct FormatNote: Sendable, Hashable {
    public var line: Int?
    public var message: String

    public init(line: Int?, _ message: String) {
        self.line = line
        self.message = message
    }
}

/// A file that cannot be converted, and what the clerk should do (Vietnamese, for the message).
public struct FormatError: Error, Sendable, Hashable {
    public var line: Int?
    public var message: String

    public init(line: Int? = nil, _ message: String) {
        self.line = line
        self.message = message
    }
}

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
