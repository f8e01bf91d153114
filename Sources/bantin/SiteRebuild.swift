import BantinKit
import BantinSite
import Foundation

/// One build of the site — load, read, extract, assemble, render into the staging folder, swap in —
/// as `bantin build`, `build --watch` and `serve` all make it. A failed build leaves the previous
/// output as it was.
struct SiteRebuild {
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    /// Per conclusion with problems: tasks read, without a unit, without a deadline.
    var readingSummary: [String] = []
    /// The closing line: what was built, where, how long it took.
    var summary = ""
    /// The wall time of each step, for `--timings`.
    var steps: [(name: String, milliseconds: Double)] = []
    /// The time of each stage (load, read, extract, assemble, render, write), for `--timings`;
    /// parallel stages add up the CPU time of every document or page.
    var stageTimes: StageTimes?
    /// Conclusions taken from the document cache, and all conclusions, for `--timings`.
    var cachedDocuments = 0
    var documents = 0
    /// Files the build made, and those of them kept (linked) from the previous site as they were.
    var writtenFiles = 0
    var keptFiles = 0
    /// Of the kept files, those not even rendered: what they are made from had not changed.
    var unrenderedFiles = 0

    var succeeded: Bool { errors.isEmpty }

    /// `cache`: take unchanged documents from `<site>/.bantin-cache/` (off with `--no-cache`).
    /// `lastBuild`: the process ends after this build, so the site model is left for the exit to
    /// reclaim (as compilers leave their syntax trees): freeing 10,000 conclusions' model piece by
    /// piece took about a second. It stays referenced, so it is no leak; a watch frees each build's.
    static func run(_ layout: SiteLayout, progress: Bool = true, cache: Bool = true, lastBuild: Bool = false) -> SiteRebuild {
        let cache = cache ? DocumentCache(folder: DocumentCache.folder(of: layout), version: BantinVersion.current) : nil
        if progress {
            let line = ProgressLine()
            defer { line.finish() }
            return run(layout, cache: cache, lastBuild: lastBuild, step: { line.step($0, files: $1) }, onWrite: { line.fileWritten() })
        }
        return run(layout, cache: cache, lastBuild: lastBuild, step: { _, _ in }, onWrite: nil)
    }

    /// The model of the process's last build, never freed (see `run`). Its templates are freed:
    /// valgrind cannot follow the tagged references of their syntax tree and would call them lost.
    nonisolated(unsafe) private static var leftForExit: (ReadSite, SiteModel)?

    private static func run(_ layout: SiteLayout, cache: DocumentCache?, lastBuild: Bool, step: (String, Int) -> Void,
                            onWrite: (@Sendable () -> Void)?) -> SiteRebuild {
        var result = SiteRebuild()
        let start = DispatchTime.now()
        var last = start
        func mark(_ name: String) {
            let now = DispatchTime.now()
            result.steps.append((name, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6))
            last = now
        }
        step("đọc tệp", 0)
        let input: SiteInput
        do {
            input = try SiteLoader.load(layout)
        } catch {
            result.errors = error.errors
            result.warnings = error.warnings
            return result.stopped(layout)
        }
        mark("đọc tệp")
        step("đọc, trích xuất, lắp ráp", 0)
        let site: PreparedSite
        switch SiteBuild.prepare(consume input, cache: cache) {
        case .success(let prepared):
            site = prepared
        case .failure(let failure):
            result.errors = failure.errors
            result.warnings = failure.warnings
            return result.stopped(layout)
        }
        mark("đọc, trích xuất, lắp ráp")
        result.cachedDocuments = site.read.cachedDocuments
        result.documents = site.read.conclusions.count
        step("dựng và ghi trang", site.outputPaths.count)
        let files: Int
        do {
            let rendered = try OutputPublisher.publish(site, layout: layout, pageRecords: cache?.pageRecords, onWrite: onWrite)
            files = rendered.files
            result.writtenFiles = rendered.files
            result.keptFiles = rendered.reusedFiles
            result.unrenderedFiles = rendered.unrenderedFiles
            var times = site.times.adding(rendered.times)
            times[.load] = .nanoseconds(Int64((result.steps.first?.milliseconds ?? 0) * 1e6))
            result.stageTimes = times
        } catch {
            result.errors = [error]
            result.warnings = site.read.warnings
            return result.stopped(layout)
        }
        mark("dựng và ghi trang")
        if lastBuild { leftForExit = (site.read, site.model) }
        result.warnings = site.read.warnings
        result.readingSummary = ReadingSummary.lines(site.read.conclusions)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let tasks = site.read.conclusions.reduce(0) { $0 + $1.tasks.count }
        result.summary = "bantin: \(site.read.conclusions.count) kết luận, \(tasks) nhiệm vụ, \(files) tệp → \(layout.output.path) (\(String(format: "%.2f", seconds)) s, \(result.warnings.count) cảnh báo)"
        return result
    }

    private func stopped(_ layout: SiteLayout) -> SiteRebuild {
        var result = self
        result.summary = "bantin: dừng vì \(errors.count) lỗi; thư mục đầu ra không bị thay đổi."
        return result
    }

    /// Rebuilds after every change to what the build reads, until SIGINT or SIGTERM: one log line
    /// naming the files, then the build's messages and summary; `after` sees each result.
    static func watch(_ layout: SiteLayout, from files: [String: SiteWatcher.Stamp], quiet: Bool, timings: Bool = false,
                      cache: Bool = true, after: (SiteRebuild) -> Void = { _ in }) {
        let watcher = SiteWatcher(layout: layout)
        var files = files
        while let changed = watcher.nextChange(after: files, shouldStop: StopSignal.requested) {
            let what = SiteWatcher.changes(from: files, to: changed, layout: layout)
            files = changed
            FileHandle.standardError.write(Data("bantin: thay đổi: \(what); xây dựng lại\n".utf8))
            let rebuild = run(layout, progress: false, cache: cache)
            rebuild.print(quiet: quiet, timings: timings)
            after(rebuild)
        }
    }

    /// Each stage's time, then the wall time of the steps, on standard error.
    private func printTimings() {
        func ms(_ milliseconds: Double) -> String { String(format: "%6.0f ms", milliseconds) }
        func ms(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            return ms(Double(seconds) * 1000 + Double(attoseconds) / 1e15)
        }
        var lines: [String] = []
        if let times = stageTimes {
            lines = StageTimes.Stage.allCases.map { stage in
                "  \(stage.label.padding(toLength: 22, withPad: " ", startingAt: 0)) \(ms(times[stage]))\(stage.isParallel ? " CPU (cộng trên các lõi)" : "")"
            }
        }
        lines.append("  tài liệu từ bộ đệm: \(cachedDocuments)/\(documents) (đọc lại \(documents - cachedDocuments))")
        lines.append("  tệp giữ nguyên từ bản trước: \(keptFiles)/\(writtenFiles) (ghi mới \(writtenFiles - keptFiles))")
        lines.append("  trang không phải dựng lại: \(unrenderedFiles)/\(writtenFiles) (dựng \(writtenFiles - unrenderedFiles))")
        let wall = steps.map { "\($0.name) \(ms($0.milliseconds).trimmingCharacters(in: .whitespaces))" }
        lines.append("  thời gian thực: " + wall.joined(separator: "; "))
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// Messages on standard error, the summary of a good build on standard output.
    func print(quiet: Bool, timings: Bool = false) {
        if !quiet { Report.print(warnings) }
        Report.print(errors)
        if timings { printTimings() }
        if succeeded {
            if !quiet {
                for line in readingSummary { FileHandle.standardError.write(Data((line + "\n").utf8)) }
            }
            FileHandle.standardOutput.write(Data((summary + "\n").utf8))
        } else {
            FileHandle.standardError.write(Data((summary + "\n").utf8))
        }
    }
}
