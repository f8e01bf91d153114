/// One input of the fuzzer: bytes and the file they stand for.
///
/// Conclusions go through the reader as the file kind their name says (Markdown with its front
/// matter, plain text in any legacy encoding or UTF-16, Word, a PDF's text layer); a units file is
/// decoded like the loader does and merged into the registry, with a small fixed conclusion read
/// against it.
public struct FuzzInput: Sendable, Hashable {
    public enum Target: String, CaseIterable, Sendable {
        case markdown, plainText, docx, pdfText, unitsFile

        /// The file name the input is read under (its extension chooses the reader).
        public var fileName: String {
            switch self {
            case .markdown: "content/fuzz.md"
            case .plainText: "content/fuzz.txt"
            case .docx: "content/fuzz.docx"
            case .pdfText: "content/fuzz.pdf"
            case .unitsFile: "units.yml"
            }
        }

        /// The target a seed file belongs to, by its name; nil for files the fuzzer does not read.
        public init?(seedName name: String) {
            let lower = name.lowercased()
            if lower.hasSuffix("units.yml") { self = .unitsFile }
            else if lower.hasSuffix(".md") { self = .markdown }
            else if lower.hasSuffix(".txt") { self = .plainText }
            else if lower.hasSuffix(".docx") { self = .docx }
            else if lower.hasSuffix(".pdf.txt") || lower.hasSuffix(".pdftext") { self = .pdfText }
            else { return nil }
        }
    }

    public var target: Target
    public var bytes: [UInt8]

    public init(target: Target, bytes: [UInt8]) {
        self.target = target
        self.bytes = bytes
    }

    /// The libFuzzer form: the first byte chooses the target, the rest are the file.
    public init(libFuzzerData data: [UInt8]) {
        let targets = Target.allCases
        target = targets[Int(data.first ?? 0) % targets.count]
        bytes = Array(data.dropFirst())
    }

    /// The inverse of `init(libFuzzerData:)`, for writing a seed corpus.
    public var libFuzzerData: [UInt8] {
        [UInt8(Target.allCases.firstIndex(of: target)!)] + bytes
    }
}
