import ArgumentParser
import BantinKit
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Xây dựng trang: đọc content/, ghi public/.")

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Thư mục đầu ra (mặc định: <site>/public).")
    var output: String?

    @Flag(name: .long, help: "Không in các cảnh báo.")
    var quiet = false

    @Flag(name: .long, help: "In thời gian của từng bước (nạp, đọc, trích xuất, lắp ráp, dựng trang, ghi).")
    var timings = false

    func run() throws {
        let start = DispatchTime.now()
        var layout = options.layout
        if let output {
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            layout.output = URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL
        }
        var marks: [(String, DispatchTime)] = [("bắt đầu", start)]
        // Everything that can be wrong with the input is found before the output is touched.
        let site: PreparedSite
        switch Self.prepare(layout, marks: &marks) {
        case .success(let prepared):
            site = prepared
        case .failure(let failure):
            if !quiet { Report.print(failure.warnings) }
            Report.print(failure.errors)
            FileHandle.standardError.write(Data("bantin: dừng vì \(failure.errors.count) lỗi; thư mục đầu ra không bị thay đổi.\n".utf8))
            throw ExitCode.failure
        }
        // Pages are written to the staging folder as they are rendered, then swapped in.
        let summary: RenderSummary
        do {
            summary = try OutputPublisher.publish(site, layout: layout)
        } catch {
            Report.print([error])
            throw ExitCode.failure
        }
        marks.append(("dựng và ghi trang", .now()))
        if timings { Self.printTimings(site.times.adding(summary.times), marks: marks) }
        let files = summary.files
        let warnings = site.read.warnings
        if !quiet {
            Report.print(warnings)
            // Per conclusion with problems: tasks read, without a unit, without a deadline.
            for line in ReadingSummary.lines(site.read.conclusions) {
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let conclusions = site.read.conclusions
        let tasks = conclusions.reduce(0) { $0 + $1.tasks.count }
        print("bantin: \(conclusions.count) kết luận, \(tasks) nhiệm vụ, \(files) tệp → \(layout.output.path) (\(String(format: "%.2f", seconds)) s, \(warnings.count) cảnh báo)")
    }

    /// Loads the site, reads and extracts it, and assembles it, marking the time of each step.
    static func prepare(_ layout: SiteLayout, marks: inout [(String, DispatchTime)]) -> Result<PreparedSite, BuildFailure> {
        let input: SiteInput
        do {
            input = try SiteLoader.load(layout)
        } catch {
            return .failure(error)
        }
        marks.append(("đọc tệp", .now()))
        let result = SiteBuild.prepare(input)
        marks.append(("đọc, trích xuất, lắp ráp", .now()))
        return result
    }

    /// Each stage's time, then the wall time of the three steps. Stages that run on all cores
    /// add up the CPU time of every document or page.
    static func printTimings(_ times: StageTimes, marks: [(String, DispatchTime)]) {
        var times = times
        if marks.count > 1 { times[.load] = .nanoseconds(Int64(marks[1].1.uptimeNanoseconds - marks[0].1.uptimeNanoseconds)) }
        func ms(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            return String(format: "%6.0f ms", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
        }
        var lines = StageTimes.Stage.allCases.map { stage in
            "  \(stage.label.padding(toLength: 22, withPad: " ", startingAt: 0)) \(ms(times[stage]))\(stage.isParallel ? " CPU (cộng trên các lõi)" : "")"
        }
        let steps = zip(marks, marks.dropFirst()).map { previous, mark in
            "\(mark.0) \(ms(.nanoseconds(Int64(mark.1.uptimeNanoseconds - previous.1.uptimeNanoseconds))).trimmingCharacters(in: .whitespaces))"
        }
        lines.append("  thời gian thực: " + steps.joined(separator: "; "))
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
