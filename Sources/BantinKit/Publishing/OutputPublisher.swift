import BantinCore
import BantinRender
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

    /// Renders `site` straight into a staging folder, page by page, then swaps it in.
    /// - Returns: how many files were written (the marker file not counted), and the time taken.
    @discardableResult
    public static func publish(_ site: PreparedSite, layout: SiteLayout) throws(Diagnostic) -> RenderSummary {
        try publish(paths: site.outputPaths, layout: layout) { sink throws(OutputWriteError) in try site.render(into: sink) }
    }

    /// Writes files made beforehand (in memory) the same way.
    @discardableResult
    public static func publish(_ files: [OutputFile], layout: SiteLayout) throws(Diagnostic) -> Int {
        try publish(paths: files.map(\.path), layout: layout) { sink throws(OutputWriteError) in
            for file in files { try sink.write(file) }
            return RenderSummary(files: files.count)
        }.files
    }

    /// - Parameters:
    ///   - paths: every file `produce` will write; only those may be written.
    ///   - produce: writes the files into the sink it is given.
    static func publish(paths: [String], layout: SiteLayout,
                        produce: (StagingWriter) throws(OutputWriteError) -> RenderSummary) throws(Diagnostic) -> RenderSummary {
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
        let summary: RenderSummary
        do {
            let writer = try StagingWriter(folder: staging.path, paths: paths + [markerName])
            summary = try produce(writer)
            try writer.write(OutputFile(path: markerName, text: "Thư mục này do bantin tạo; mỗi lần xây dựng sẽ thay toàn bộ nội dung.\n"))
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
        return summary
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
}
