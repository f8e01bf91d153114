import Foundation
import BantinCore

/// What `bantin check` reports: the site read and extracted exactly as `build` reads it (the same
/// `SiteReading`, whose warnings and errors are all kept), and on top of that the checks that need
/// the whole reading — deadlines against the meeting and the planned period, and the header fields
/// the print needs but `bantin.yml` leaves empty. Nothing is rendered or written.
public enum SiteCheck {
    public struct Report: Sendable {
        /// File by file in the order of the input, each file's messages by line.
        public var diagnostics: [Diagnostic]
        public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
        public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
        public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
    }

    /// The codes that are errors for `check` though `build` only warns of them: a day that does
    /// not exist cannot be a deadline, and the clerk must fix it before publishing.
    static let errorsInCheck: Set<Diagnostic.Code> = [.impossibleDate]

    /// - Parameter configFile: `bantin.yml` as written (path for messages, text), to point at the
    ///   line of an empty key.
    public static func run(_ input: SiteInput, configFile: (path: String, text: String)?) -> Report {
        var diagnostics: [Diagnostic]
        switch SiteReading.read(input) {
        case .success(let read):
            diagnostics = read.warnings
            for conclusion in read.conclusions.sorted(by: { $0.path < $1.path }) {
                diagnostics += PlanChecks.diagnostics(conclusion)
            }
            diagnostics += emptyHeaderFields(read.conclusions, config: input.config, configFile: configFile)
        case .failure(let failure):
            diagnostics = failure.errors + failure.warnings
        }
        diagnostics = diagnostics.map { diagnostic in
            guard let code = diagnostic.code, errorsInCheck.contains(code) else { return diagnostic }
            var error = diagnostic
            error.severity = .error
            return error
        }
        return Report(diagnostics: ordered(diagnostics, files: input.sources.map(\.path)))
    }

    /// Site-wide messages (configuration, units) first, then file by file, each by line and column;
    /// the order never depends on which core read a file first.
    static func ordered(_ diagnostics: [Diagnostic], files: [String]) -> [Diagnostic] {
        let rank = Dictionary(files.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { a, _ in a })
        return diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            let keyX = (rank[x.path] ?? 0, x.path, x.line ?? 0, x.column ?? 0)
            let keyY = (rank[y.path] ?? 0, y.path, y.line ?? 0, y.column ?? 0)
            return keyX != keyY ? keyX < keyY : a.offset < b.offset
        }.map(\.element)
    }

    /// Header lines a printed document needs (HD36 and Nghị định 30 alike): the body above, the
    /// issuing body, the place of the date line. Empty in `bantin.yml` and not written in some
    /// conclusion, that conclusion prints without it.
    static func emptyHeaderFields(_ conclusions: [Conclusion], config: SiteConfig,
                                  configFile: (path: String, text: String)?) -> [Diagnostic] {
        let documents = conclusions.filter { $0.meta.kind?.isDocument ?? true }.sorted { $0.path < $1.path }
        let fields: [(key: String, name: String, example: String, configured: String, written: (ConclusionMeta) -> String?)] = [
            ("superior", "cơ quan cấp trên, dòng đầu của phần đầu văn bản", "\"ĐẢNG BỘ TỈNH THANH HÓA\"", config.superior, { $0.superior }),
            ("issuer", "cơ quan ban hành, dòng in đậm của phần đầu văn bản", "\"ĐẢNG ỦY XÃ XUÂN HƯNG\"", config.issuer, { $0.issuer }),
            ("place", "địa danh của dòng ngày tháng", "\"Xuân Hưng\"", config.place, { $0.place }),
        ]
        let path = configFile?.path ?? SiteConfig.fileName
        var diagnostics: [Diagnostic] = []
        for field in fields where field.configured.isEmpty {
            let missing = documents.filter { ($0.meta).isEmpty(field.written) }
            guard let first = missing.first else { continue }
            let others = missing.count > 1 ? " và \(missing.count - 1) kết luận khác" : ""
            diagnostics.append(Diagnostic.warning(path, line: configFile.flatMap { line(of: field.key, in: $0.text) },
                "khóa “\(field.key)” (\(field.name)) để trống, và \(first.path)\(others) không ghi: bản in sẽ thiếu dòng này; "
                + "điền vào \(SiteConfig.fileName), ví dụ \(field.key): \(field.example)").coded(.headerFieldEmpty))
        }
        return diagnostics
    }

    /// The line of a top-level key in a YAML text, if written.
    static func line(of key: String, in text: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.hasPrefix(key + ":") {
            return index + 1
        }
        return nil
    }
}

extension ConclusionMeta {
    fileprivate func isEmpty(_ field: (ConclusionMeta) -> String?) -> Bool {
        (field(self) ?? "").trimmingCharacters(in: .whitespaces).isEmpty
    }
}
