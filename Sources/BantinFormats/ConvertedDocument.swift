import BantinCore
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
