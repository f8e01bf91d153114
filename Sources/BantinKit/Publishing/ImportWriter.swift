import BantinFormats
import BantinCore
import Foundation

/// The disk side of `bantin import`: reads each source file (never changing it), writes
/// `<content>/<name>.md` — the one time bantin writes into `content/`, because it was asked to — and
/// never replaces a file that exists.
public enum ImportWriter {
    public struct Written: Sendable {
        public var source: String
        public var target: String
    }

    public static func run(files: [URL], content: URL, maximumBytes: Int = 1 << 20) -> (written: [Written], report: BuildFailure) {
        let display = SiteLayout(root: content.deletingLastPathComponent(), content: content)
        var written: [Written] = []
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        for url in files {
            let path = display.display(url)
            let name = url.lastPathComponent
            guard let format = SourceFormat(fileName: name) else {
                errors.append(.error(path, "không nhập được loại tệp này; bantin đọc .docx, .pdf, .txt và .md"))
                continue
            }
            let bytes: [UInt8]
            do {
                if format == .pdf {
                    bytes = try PDFTextExtraction.text(of: url, display: path)
                } else if let data = FileManager.default.contents(atPath: url.path) {
                    bytes = Array(data)
                } else {
                    errors.append(.error(path, "không đọc được tệp; kiểm tra tên tệp và quyền đọc"))
                    continue
                }
            } catch {
                errors.append(error)
                continue
            }
            let file = SiteInput.SourceFile(path: path, relativePath: name, bytes: bytes, format: format)
            let output: ConclusionImport.Output
            switch ConclusionImport.markdown(of: file, maximumBytes: maximumBytes) {
            case .success(let value): output = value
            case .failure(let failure):
                errors += failure.errors
                continue
            }
            warnings += output.warnings
            let target = content.appendingPathComponent(Slug(SourceFormat.stem(of: name), fallback: "ket-luan").value + ".md")
            let targetPath = display.display(target)
            guard target.standardizedFileURL.path != url.standardizedFileURL.path else {
                errors.append(.error(path, "tệp đã là Markdown trong thư mục nội dung; không cần nhập"))
                continue
            }
            do {
                try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
                // .withoutOverwriting: the write fails if the file appeared meanwhile.
                try Data(output.markdown.utf8).write(to: target, options: .withoutOverwriting)
            } catch {
                let exists = FileManager.default.fileExists(atPath: target.path)
                errors.append(.error(path, exists
                    ? "đã có tệp \(targetPath); bantin không ghi đè — đổi tên tệp gốc hoặc chuyển tệp cũ đi rồi nhập lại"
                    : "không ghi được \(targetPath) (\(error.localizedDescription)); kiểm tra quyền ghi của thư mục"))
                continue
            }
            written.append(Written(source: path, target: targetPath))
            if url.standardizedFileURL.path.hasPrefix(content.standardizedFileURL.path + "/"), format != .markdown {
                warnings.append(.warning(path, "tệp gốc và \(targetPath) cùng nằm trong thư mục nội dung và sẽ cho cùng một trang; hãy chuyển tệp gốc ra ngoài content/"))
            }
        }
        return (written, BuildFailure(errors: errors, warnings: warnings))
    }
}
