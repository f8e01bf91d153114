import ArgumentParser
import BantinKit
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra các kết luận trước khi đăng: đọc như khi xây dựng trang nhưng không ghi gì.",
        discussion: """
            In mỗi vấn đề thành một dòng "tệp:dòng:cột: error|warning: …" kèm việc cần làm: mọi cảnh báo của
            build, ngày không có thật (30/02/2026, 31/4, ngày 30 tháng Chạp năm thiếu), tên năm can chi sai
            ("Xuân Bính Ngọc" cho năm 2026), thời hạn trước ngày họp hoặc ngoài kỳ kế hoạch, lời kết luận mà
            không đọc được nhiệm vụ, tên giống đơn vị mà không có trong danh mục, phần đầu văn bản còn trống
            trong bantin.yml. Mã thoát 1 khi có lỗi (với --strict: cả khi có cảnh báo), 0 khi không.
            Ví dụ:
              bantin check
              bantin check content/ket-luan-thang-03-2026.md
              bantin check --strict --format json
            """)

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var options: SiteOptions

    @Argument(help: "Các tệp cần kiểm tra (mặc định: mọi tệp trong content/). Tệp ở ngoài content/ cũng được.")
    var files: [String] = []

    @Flag(name: .long, help: "Coi cảnh báo như lỗi (mã thoát 1).")
    var strict = false

    @Option(name: .long, help: "Định dạng: text hoặc json (cho công cụ khác).")
    var format: Format = .text

    func run() throws {
        let layout = options.layout
        var input: SiteInput
        do {
            input = try SiteLoader.load(layout)
            if !files.isEmpty { input.sources = try Self.sources(files, layout: layout, loaded: input.sources) }
        } catch {
            emit(SiteCheck.Report(diagnostics: error.errors + error.warnings))
            throw ExitCode.failure
        }
        let configURL = layout.root.appendingPathComponent("bantin.yml")
        let configText = (try? Data(contentsOf: configURL)).map { String(decoding: $0, as: UTF8.self) }
        let configPath = FileManager.default.fileExists(atPath: configURL.path) ? display(configURL) : "bantin.yml"
        let report = SiteCheck.run(input, configFile: configText.map { (configPath, $0) })
        emit(report)
        if report.errors > 0 || (strict && report.warnings > 0) { throw ExitCode.failure }
    }

    /// The files named on the command line: those in the content folder as the build loaded them,
    /// any other read the same way.
    static func sources(_ files: [String], layout: SiteLayout, loaded: [SiteInput.SourceFile]) throws(BuildFailure) -> [SiteInput.SourceFile] {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let content = layout.content.resolvingSymlinksInPath().path
        var sources: [SiteInput.SourceFile] = []
        var errors: [Diagnostic] = []
        for file in files {
            let url = URL(fileURLWithPath: file, relativeTo: cwd).standardizedFileURL.resolvingSymlinksInPath()
            if url.path.hasPrefix(content + "/"), let source = loaded.first(where: { $0.relativePath == String(url.path.dropFirst(content.count + 1)) }) {
                sources.append(source)
                continue
            }
            guard FileManager.default.fileExists(atPath: url.path) else {
                errors.append(.error(file, "không có tệp này; kiểm tra tên và đường dẫn"))
                continue
            }
            do {
                if let source = try SiteLoader.source(url, relativePath: url.lastPathComponent, display: file) { sources.append(source) }
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw BuildFailure(errors: errors) }
        return sources
    }

    func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        return url.path.hasPrefix(cwd + "/") ? String(url.path.dropFirst(cwd.count + 1)) : url.path
    }

    func emit(_ report: SiteCheck.Report) {
        switch format {
        case .text:
            for diagnostic in report.diagnostics { print(diagnostic.description) }
            let verdict = report.diagnostics.isEmpty ? "không có vấn đề nào" : "\(report.errors) lỗi, \(report.warnings) cảnh báo"
            FileHandle.standardError.write(Data("bantin check: \(verdict).\n".utf8))
        case .json:
            print(CheckJSON.text(report))
        }
    }
}

/// `bantin check --format json`: one object, keys sorted, diagnostics in the report's order.
enum CheckJSON {
    struct Item: Encodable {
        var path: String
        var line: Int?
        var column: Int?
        var severity: String
        var code: String?
        var message: String
    }

    struct Document: Encodable {
        var diagnostics: [Item]
        var errors: Int
        var warnings: Int
    }

    static func text(_ report: SiteCheck.Report) -> String {
        let items = report.diagnostics.map {
            Item(path: $0.path, line: $0.line, column: $0.column, severity: $0.severity.rawValue, code: $0.code?.rawValue, message: $0.message)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(diagnostics: items, errors: report.errors, warnings: report.warnings))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
