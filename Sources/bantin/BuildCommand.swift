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

    @Flag(name: .long, help: "In thời gian của từng bước (đọc, xây dựng, ghi).")
    var timings = false

    func run() throws {
        let start = DispatchTime.now()
        var layout = options.layout
        if let output {
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            layout.output = URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL
        }
        var marks: [(String, DispatchTime)] = [("bắt đầu", start)]
        let result: BuildOutput
        switch Self.build(layout, marks: &marks) {
        case .success(let output):
            result = output
        case .failure(let failure):
            if !quiet { Report.print(failure.warnings) }
            Report.print(failure.errors)
            FileHandle.standardError.write(Data("bantin: dừng vì \(failure.errors.count) lỗi; thư mục đầu ra không bị thay đổi.\n".utf8))
            throw ExitCode.failure
        }
        do {
            try OutputPublisher.publish(result.files, layout: layout)
        } catch {
            Report.print([error])
            throw ExitCode.failure
        }
        marks.append(("ghi đầu ra", .now()))
        if timings {
            for (previous, mark) in zip(marks, marks.dropFirst()) {
                let ms = Double(mark.1.uptimeNanoseconds - previous.1.uptimeNanoseconds) / 1e6
                FileHandle.standardError.write(Data("  \(mark.0): \(String(format: "%.0f", ms)) ms\n".utf8))
            }
        }
        if !quiet {
            Report.print(result.warnings)
            for line in ReadingSummary.lines(result.conclusions) {
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let tasks = result.conclusions.reduce(0) { $0 + $1.tasks.count }
        print("bantin: \(result.conclusions.count) kết luận, \(tasks) nhiệm vụ, \(result.files.count) tệp → \(layout.output.path) (\(String(format: "%.2f", seconds)) s, \(result.warnings.count) cảnh báo)")
    }

    static func build(_ layout: SiteLayout, marks: inout [(String, DispatchTime)]) -> Result<BuildOutput, BuildFailure> {
        let input: SiteInput
        do {
            input = try SiteLoader.load(layout)
        } catch {
            return .failure(error)
        }
        marks.append(("đọc tệp", .now()))
        let result = SiteBuilder.build(input)
        marks.append(("đọc, trích xuất, dựng trang", .now()))
        return result
    }
}
