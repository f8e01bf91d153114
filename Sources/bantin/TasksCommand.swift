import ArgumentParser
import BantinKit
import Foundation

extension TaskListing.Format: ExpressibleByArgument {}

struct TasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "In các nhiệm vụ đọc được từ các kết luận (bảng, JSON hoặc CSV cho Excel).")

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Định dạng: table, json, csv.")
    var format: TaskListing.Format = .table

    @Option(name: .long, help: "Chỉ in nhiệm vụ của một đơn vị (mã đơn vị, ví dụ: mttq, bchqs).")
    var unit: String?

    @Flag(name: .long, help: "Không in các cảnh báo.")
    var quiet = false

    func run() throws {
        let input: SiteInput
        do {
            input = try SiteLoader.load(options.layout)
        } catch {
            Report.print(error.errors)
            throw ExitCode.failure
        }
        // Reading and extraction only: no page, no body is rendered.
        let result = SiteReading.read(input).flatMap { read in
            TaskListing.text(read, unit: unit, format: format).map { (text: $0, warnings: read.warnings) }
        }
        switch result {
        case .success(let (text, warnings)):
            if !quiet { Report.print(warnings) }
            FileHandle.standardOutput.write(Data(text.utf8))
            if !text.hasSuffix("\n") { FileHandle.standardOutput.write(Data("\n".utf8)) }
        case .failure(let failure):
            if !quiet { Report.print(failure.warnings) }
            Report.print(failure.errors)
            throw ExitCode.failure
        }
    }
}
