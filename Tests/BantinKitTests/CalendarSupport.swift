import Foundation
import LunarCalendar
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

func day(_ d: Int, _ m: Int, _ y: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

/// Hand-built conclusions and sites for calendar tests (the extractor is not needed).
enum CalendarFixture {
    static func task(_ id: String, _ text: String, label: String = "", units: [String] = [], deadlines: [Deadline]) -> TaskItem {
        TaskItem(id: id, ordinal: 1, label: label, text: text,
                 units: units.map { UnitMention(unitID: $0, role: .lead, mention: $0) },
                 deadlines: deadlines, line: 1, blockPath: nil)
    }

    static func conclusion(_ id: String, date: CivilDate, tasks: [TaskItem]) -> Conclusion {
        var document = ConclusionDocument()
        document.meta.meetingDate = date
        document.meta.subject = "Kết luận hội nghị \(id)"
        return Conclusion(id: id, path: "content/\(id).md", relativePath: "\(id).md", document: document, tasks: tasks, body: "")
    }

    /// The example conclusion, read by the real pipeline, with the deadlines a clerk reads in its
    /// tasks (domain.md §0) put in by hand until the deadline extractor lands.
    static func exampleWithDeadlines() throws -> (SiteInput, [Conclusion]) {
        let input = try ExampleSite.input(buildDate: day(29, 1, 2026))
        var conclusions = try SiteBuild.build(input).get().conclusions
        let month = Deadline(kind: .due, start: day(1, 2, 2026), end: day(28, 2, 2026), text: "tháng 02/2026", inferred: true)
        for index in conclusions[0].tasks.indices {
            var task = conclusions[0].tasks[index]
            switch task.label {
            case "Bốn là":
                task.deadlines = [Deadline(kind: .due, start: nil, end: day(16, 2, 2026), text: "trước Tết Nguyên đán")]
            case "Bảy là":
                task.deadlines = [
                    Deadline(kind: .due, start: day(1, 2, 2026), end: day(28, 2, 2026), text: "trong tháng 02/2026 hoàn thành dự thảo"),
                    Deadline(kind: .period, start: day(1, 3, 2026), end: day(31, 3, 2026), text: "tháng 03/2026 tổ chức lấy ý kiến"),
                    Deadline(kind: .due, start: day(1, 5, 2026), end: day(31, 5, 2026), text: "tháng 05/2026 phê duyệt"),
                ]
                task.units = [UnitMention(unitID: "ubnd", role: .lead, mention: "UBND xã")]
            case "Tám là":
                task.deadlines = [month]
                task.units = [UnitMention(unitID: "mttq-doan-the", role: .lead, mention: "Ủy ban MTTQ xã")]
            default:
                task.deadlines = [month]
            }
            conclusions[0].tasks[index] = task
        }
        return (input, conclusions)
    }

    /// The example site's conclusions as the build gives them (tasks with their units and
    /// deadlines from the extractor), with a fixed build date.
    static func exampleExtracted(buildDate: CivilDate? = day(29, 1, 2026)) throws -> (SiteInput, [Conclusion]) {
        let input = try ExampleSite.input(buildDate: buildDate)
        return (input, try SiteBuild.build(input).get().conclusions)
    }

    /// The whole example site, built.
    static func exampleSite(events: Bool = true) throws -> [OutputFile] {
        var input = try ExampleSite.input(buildDate: day(29, 1, 2026))
        if !events { input.config.calendar.events = [] }
        return try SiteBuild.build(input).get().files
    }

    /// Renders a site from conclusions with the given input's configuration and templates.
    static func render(_ conclusions: [Conclusion], input: SiteInput) throws -> [OutputFile] {
        let renderer = try PageRenderer(templates: input.templates)
        let site = try assembled(conclusions, config: input.config, buildDate: input.buildDate)
        return SiteRenderer(site: site, renderer: renderer, templates: input.templates).files()
    }

    /// The calendar entries of conclusions, as the assembled site has them.
    static func entries(_ conclusions: [Conclusion], registry: UnitRegistry = .standard) throws -> [CalendarEntry] {
        CalendarEntry.entries(from: try assembled(conclusions, registry: registry).conclusions)
    }
}

/// The site model of conclusions, assembled as a build does (built-in units unless told otherwise).
func assembled(_ conclusions: [Conclusion], registry: UnitRegistry = .standard, config: SiteConfig = SiteConfig(),
               buildDate: CivilDate? = nil) throws -> SiteModel {
    try SiteAssembler.assemble(conclusions, units: registry, config: config, buildDate: buildDate).get()
}

extension Array where Element == OutputFile {
    func text(_ path: String) -> String? {
        first { $0.path == path }.map { String(decoding: $0.contents, as: UTF8.self) }
    }

    /// Writes the files under a fresh temporary folder and returns it.
    func writeToTemporaryFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-cal-\(UUID().uuidString)")
        for file in self {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents).write(to: url)
        }
        return root
    }
}

/// Runs a command (found on PATH, or by absolute path) and returns its status and output.
func runTool(_ executable: String, _ arguments: [String], in folder: URL? = nil,
             environment: [String: String]? = nil) throws -> (status: Int32, output: String, error: String) {
    let process = Process()
    if executable.hasPrefix("/") {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
    } else {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
    }
    if let folder { process.currentDirectoryURL = folder }
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}
