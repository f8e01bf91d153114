import ArgumentParser
import BantinKit
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Chuyển tệp Word (.docx), PDF hoặc văn bản (.txt, mã TCVN3/VNI) thành tệp Markdown trong content/.",
        discussion: "Ghi <content>/<tên>.md cho mỗi tệp, với phần đầu YAML ghi những gì đọc được (tiêu đề, ngày, số, người ký). Không bao giờ ghi đè tệp đã có, không sửa tệp gốc.")

    @Argument(help: "Các tệp cần nhập.")
    var files: [String]

    @Option(name: .long, help: "Thư mục nội dung để ghi tệp .md (mặc định: content).")
    var content: String = "content"

    @Flag(name: .long, help: "Không in các cảnh báo.")
    var quiet = false

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let urls = files.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
        let (written, report) = ImportWriter.run(files: urls, content: URL(fileURLWithPath: content, relativeTo: cwd).standardizedFileURL)
        if !quiet { Report.print(report.warnings) }
        Report.print(report.errors)
        for file in written {
            FileHandle.standardOutput.write(Data("\(file.source) → \(file.target)\n".utf8))
        }
        if !report.errors.isEmpty { throw ExitCode.failure }
    }
}
