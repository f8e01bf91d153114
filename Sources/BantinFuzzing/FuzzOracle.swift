import BantinCore
import BantinKit
import BantinRender
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What must hold for every input, however broken, read through bantin's pure stages (reader,
/// extraction, and for some cases the whole site rendered in memory):
///
/// - it ends in a site or in errors, each naming the input's file, on one line (a crash ends the
///   run: the test runner or libFuzzer reports it);
/// - every date is within 1900–2100 and every range starts before it ends;
/// - the JSON export parses; with the site rendered, `feed.xml` and the sitemap are well-formed
///   XML, every `.ics` line is folded, with no control character, and every `.json` parses.
///
/// The hang check (time per case) belongs to the runner, which knows its build and machine.
public enum FuzzOracle {
    /// A fixed conclusion the units file of a `unitsFile` input is read against.
    static let unitsProbe = Array("""
        ---
        title: Kết luận thử
        date: 2026-03-05
        ---
        THÔNG BÁO KẾT LUẬN

        1. Giao UBND xã chủ trì, phối hợp với Ủy ban MTTQ xã và các chi bộ rà soát hộ nghèo, xong trước ngày 31/03/2026.
        2. Đề nghị Trạm Y tế xã, Tổ công tác số 1 tiêm chủng trong tháng 4/2026.

        """.utf8)

    /// Every promise `input` breaks, as one line each; empty when it keeps them all.
    /// - Parameter renderingSite: also assemble and render the whole site in memory (slower).
    public static func violations(_ input: FuzzInput, renderingSite: Bool) -> [String] {
        var siteInput: SiteInput
        let expectedPaths: Set<String>
        switch input.target {
        case .unitsFile:
            let text: String
            do {
                // As the loader decodes a units file: UTF-8, UTF-16 or a legacy encoding, else an error.
                text = try SourceText.decode(input.bytes, path: input.target.fileName, maximumBytes: 8 << 20)
            } catch {
                return oneLine([error], allowed: [input.target.fileName])
            }
            siteInput = SiteInput(sources: [.init(path: "content/thu.md", relativePath: "thu.md", bytes: unitsProbe)],
                                  unitsFile: (input.target.fileName, text))
            expectedPaths = [input.target.fileName, "content/thu.md"]
        default:
            let name = input.target.fileName
            let relative = String(name.dropFirst("content/".count))
            let format: SourceFormat = input.target == .pdfText ? .pdf : SourceFormat(fileName: relative) ?? .markdown
            siteInput = SiteInput(sources: [.init(path: name, relativePath: relative, bytes: input.bytes, format: format)])
            expectedPaths = [name]
        }
        siteInput.buildDate = CivilDate(year: 2026, month: 3, day: 1)

        var problems: [String] = []
        switch SiteReading.read(siteInput) {
        case .failure(let failure):
            if failure.errors.isEmpty { problems.append("the reading failed with no error") }
            problems += oneLine(failure.errors + failure.warnings, allowed: expectedPaths)
            return problems
        case .success(let read):
            problems += oneLine(read.warnings, allowed: expectedPaths)
            for conclusion in read.conclusions { problems += dateProblems(conclusion) }
            switch TaskListing.text(read, format: .json) {
            case .success(let json):
                if (try? JSONSerialization.jsonObject(with: Data(json.utf8))) == nil {
                    problems.append("the JSON export does not parse: \(json.prefix(200))")
                }
            case .failure(let failure):
                problems.append("the JSON export failed: \(failure.errors.map(\.description))")
            }
        }
        if renderingSite { problems += siteProblems(siteInput, expectedPaths: expectedPaths) }
        return problems
    }

    /// Messages that name a file not involved, or that a line break or control character splits.
    static func oneLine(_ diagnostics: [Diagnostic], allowed: Set<String>) -> [String] {
        diagnostics.compactMap { diagnostic in
            let text = diagnostic.description
            if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
                return "a message is not one printable line: \(text.debugDescription.prefix(300))"
            }
            if !allowed.contains(diagnostic.path) { return "a message names \(diagnostic.path.debugDescription), not the input: \(text.prefix(200))" }
            if diagnostic.message.isEmpty { return "an empty message for \(diagnostic.path)" }
            return nil
        }
    }

    static func dateProblems(_ conclusion: Conclusion) -> [String] {
        var problems: [String] = []
        let meta = conclusion.meta
        for (what, date) in [("date", meta.date), ("meeting date", meta.meetingDate),
                             ("period start", meta.period?.lowerBound), ("period end", meta.period?.upperBound)] {
            if let date, !DateBounds.contains(date) { problems.append("the conclusion's \(what) \(date) is out of range") }
        }
        for task in conclusion.tasks {
            for deadline in task.deadlines {
                for date in [deadline.start, deadline.end].compactMap({ $0 }) where !DateBounds.contains(date) {
                    problems.append("task \(task.label): deadline \(deadline.text.debugDescription) gives \(date), out of range")
                }
                if let start = deadline.start, let end = deadline.end, start > end {
                    problems.append("task \(task.label): deadline \(deadline.text.debugDescription) starts \(start) after its end \(end)")
                }
            }
        }
        return problems
    }

    /// The whole site rendered in memory: every file where it belongs, and each in its format.
    static func siteProblems(_ input: SiteInput, expectedPaths: Set<String>) -> [String] {
        let output: BuildOutput
        switch SiteBuild.build(input) {
        case .success(let built): output = built
        case .failure(let failure):
            // Reading succeeded, so only assembly can refuse (an output path collision, …): with a message.
            if failure.errors.isEmpty { return ["the build failed with no error"] }
            return oneLine(failure.errors, allowed: expectedPaths.union(failure.errors.map(\.path).filter { !$0.contains("\n") }))
        }
        var problems: [String] = []
        for file in output.files {
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
            if file.path.hasPrefix("/") || parts.contains("..") || parts.contains("") || file.path.unicodeScalars.contains(where: { $0.value < 0x20 }) {
                problems.append("an output path leaves the site: \(file.path.debugDescription)")
            }
            if file.path.hasSuffix(".xml"), !isWellFormedXML(file.contents) {
                problems.append("\(file.path) is not well-formed XML")
            }
            if file.path.hasSuffix(".json"), (try? JSONSerialization.jsonObject(with: Data(file.contents), options: [.fragmentsAllowed])) == nil {
                problems.append("\(file.path) is not JSON")
            }
            if file.path.hasSuffix(".ics") { problems += iCalendarProblems(file) }
        }
        return problems
    }

    static func isWellFormedXML(_ bytes: [UInt8]) -> Bool {
        XMLParser(data: Data(bytes)).parse()
    }

    /// RFC 5545: CRLF line ends, lines of at most 75 octets, no control character but HTAB.
    static func iCalendarProblems(_ file: OutputFile) -> [String] {
        guard let text = String(validating: file.contents, as: UTF8.self) else { return ["\(file.path) is not UTF-8"] }
        var problems: [String] = []
        let lines = text.components(separatedBy: "\r\n")
        if lines.last != "" { problems.append("\(file.path) does not end with CRLF") }
        for (number, line) in lines.enumerated() {
            if line.utf8.count > 75 { problems.append("\(file.path):\(number + 1) is longer than 75 octets") }
            if line.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F }) {
                problems.append("\(file.path):\(number + 1) holds a control character: \(line.debugDescription.prefix(120))")
            }
        }
        return problems
    }
}
