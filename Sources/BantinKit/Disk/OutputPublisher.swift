import BantinCore
import Foundation

/// The last stage: writes the built files into the output folder, safely.
///
/// - The output folder may never be `/`, the home folder, the site root, `content/` or
///   `templates/`, nor contain or sit inside `content/` or `templates/`.
/// - An existing output folder is replaced only if bantin made it (it holds `.bantin-output`) or
///   it is empty: bantin never wipes a folder it did not create.
/// - Files are written to a staging folder next to the output and swapped in by renaming, so a
///   failed build leaves the previous site as it was.
public enum OutputPublisher {
    public static let markerName = ".bantin-output"

    public static func publish(_ files: [OutputFile], layout: SiteLayout) throws(Diagnostic) {
        let output = layout.output.resolvingSymlinksInPath()
        try checkSafe(output, layout: layout)
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).bantin-staging-\(pid)")
        let retired = parent.appendingPathComponent(".\(name).bantin-old-\(pid)")
        let display = layout.display(layout.output)

        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .error(display, "không tạo được thư mục \(layout.display(parent)): \(error.localizedDescription)")
        }
        try? fm.removeItem(at: staging)
        do {
            try write(files, into: staging)
        } catch {
            try? fm.removeItem(at: staging)
            throw .error(display, "không ghi được trang vào thư mục tạm: \(error); trang cũ vẫn giữ nguyên")
        }
        let exists = fm.fileExists(atPath: output.path)
        do {
            if exists { try fm.moveItem(at: output, to: retired) }
            try fm.moveItem(at: staging, to: output)
        } catch {
            if exists, !fm.fileExists(atPath: output.path) { try? fm.moveItem(at: retired, to: output) }
            try? fm.removeItem(at: staging)
            throw .error(display, "không thay được thư mục đầu ra: \(error.localizedDescription); trang cũ vẫn giữ nguyên")
        }
        if exists { try? fm.removeItem(at: retired) }
    }

    static func checkSafe(_ output: URL, layout: SiteLayout) throws(Diagnostic) {
        let display = layout.display(layout.output)
        let path = output.standardizedFileURL.path
        func resolved(_ url: URL) -> String { url.resolvingSymlinksInPath().standardizedFileURL.path }
        func isInside(_ child: String, _ parent: String) -> Bool { child == parent || child.hasPrefix(parent == "/" ? "/" : parent + "/") }
        let home = resolved(FileManager.default.homeDirectoryForCurrentUser)
        let protected: [(String, String)] = [
            (resolved(layout.root), "thư mục gốc của trang"),
            (resolved(layout.content), "thư mục nội dung"),
            (resolved(layout.templates), "thư mục mẫu"),
        ]
        if path == "/" || path == home {
            throw .error(display, "từ chối dùng \(path) làm thư mục đầu ra: bantin sẽ thay toàn bộ nội dung thư mục này; chọn một thư mục riêng như public/")
        }
        for (place, name) in protected {
            if isInside(path, place) && (path == place || name != "thư mục gốc của trang") || isInside(place, path) {
                throw .error(display, "từ chối ghi đầu ra vào \(name) (\(layout.display(URL(fileURLWithPath: place)))): bantin không bao giờ ghi đè nội dung và mẫu; chọn --output khác, ví dụ public/")
            }
        }
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw .error(display, "đầu ra đã là một tệp, không phải thư mục; chọn --output khác")
            }
            let entries = (try? fm.contentsOfDirectory(atPath: path)) ?? []
            if !entries.isEmpty && !entries.contains(markerName) {
                throw .error(display, "thư mục đã có nội dung không do bantin tạo (thiếu \(markerName)); bantin không xóa thư mục này — chọn --output khác hoặc tự dọn thư mục")
            }
        }
    }

    private static func write(_ files: [OutputFile], into folder: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        var made: Set<String> = [folder.path]
        let marker = "Thư mục này do bantin tạo; mỗi lần xây dựng sẽ thay toàn bộ nội dung.\n"
        for file in files + [OutputFile(path: markerName, text: marker)] {
            // Paths come from slugs and template names; refuse anything that could climb out.
            guard !file.path.hasPrefix("/"), !file.path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
                throw PublishError.unsafePath(file.path)
            }
            let url = folder.appendingPathComponent(file.path)
            let dir = url.deletingLastPathComponent().path
            if !made.contains(dir) {
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
                made.insert(dir)
            }
            try writeBytes(file.contents, to: url.path)
        }
    }

    private static func writeBytes(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw PublishError.system(path, errno) }
        defer { close(fd) }
        var written = 0
        try bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + written, raw.count - written)
                guard n > 0 else { throw PublishError.system(path, errno) }
                written += n
            }
        }
    }

    enum PublishError: Error, CustomStringConvertible {
        case unsafePath(String)
        case system(String, Int32)

        var description: String {
            switch self {
            case .unsafePath(let path): return "đường dẫn không an toàn: \(path)"
            case .system(let path, let code): return "\(path): \(String(cString: strerror(code)))"
            }
        }
    }
}
