import BantinCore
import BantinRender
import Foundation

/// The last stage: writes the built files into the output folder, safely.
///
/// - The output folder may never be `/`, the home folder, the site root, `content/` or
///   `templates/`, nor contain or sit inside `content/` or `templates/`.
/// - An existing output folder is replaced only if bantin made it (it holds `.bantin-output`) or
///   it is empty: bantin never wipes a folder it did not create.
/// - Files are written to a staging folder next to the output and swapped in atomically
///   (`PublishFolders`), so a failed or killed build leaves the previous site as it was, and the
///   previous site is at the output path at every instant.
public enum OutputPublisher {
    public static let markerName = ".bantin-output"

    /// Renders `site` straight into a staging folder, page by page, then swaps it in.
    /// - Parameter onWrite: told of each file written, one at a time (for a progress line).
    /// - Returns: how many files were written (the marker file not counted), and the time taken.
    /// - Parameter pageRecords: where the previous build recorded what each page was made from
    ///   (`PageRecords`), and where this build records it once its site is in place; pages whose
    ///   fingerprint is unchanged are then not rendered again.
    @discardableResult
    public static func publish(_ site: PreparedSite, layout: SiteLayout, pageRecords: URL? = nil,
                               onWrite: (@Sendable () -> Void)? = nil) throws(Diagnostic) -> RenderSummary {
        let records = pageRecords.flatMap { site.renderer.inputs == nil ? nil : $0 }
        return try publish(paths: site.outputPaths, layout: layout, previousRecords: records.map(PageRecords.load) ?? [:],
                           onWrite: onWrite, produce: { sink throws(OutputWriteError) in try site.render(into: sink) },
                           published: { writer in records.map { PageRecords.store(writer.pageRecords, to: $0) } })
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
    ///   - published: told of the writer once its files are the output.
    static func publish(paths: [String], layout: SiteLayout, previousRecords: [String: PageRecord] = [:],
                        onWrite: (@Sendable () -> Void)? = nil,
                        produce: (StagingWriter) throws(OutputWriteError) -> RenderSummary,
                        published: (StagingWriter) -> Void = { _ in }) throws(Diagnostic) -> RenderSummary {
        let display = layout.display(layout.output)
        let output = try checkSafe(layout)
        let fm = FileManager.default
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .error(display, "không tạo được thư mục \(layout.display(URL(fileURLWithPath: parent))): \(error.localizedDescription)")
        }
        // One build at a time per output; the lock, not a PID, tells a live build's folders from leftovers.
        let lock = try PublishLock(folder: parent, display: display)
        defer { lock.release() }
        let folders = PublishFolders(parent: parent, outputName: name)
        folders.recoverAndClean()

        let staging = folders.newStaging()
        // Unchanged pages are linked from the site being replaced instead of written again.
        var isFolder: ObjCBool = false
        let previous = fm.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue ? output : nil
        var summary: RenderSummary
        let writer: StagingWriter
        do {
            // The marker goes in first, before any sub-folder, so a staging folder left by a kill
            // is known as bantin's (empty, or holding the marker).
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: false)
            try StagingWriter(folder: staging, paths: [markerName])
                .write(OutputFile(path: markerName, text: "Thư mục này do bantin tạo; mỗi lần xây dựng sẽ thay toàn bộ nội dung.\n"))
            writer = try StagingWriter(folder: staging, paths: paths, previous: previous, previousRecords: previousRecords, onWrite: onWrite)
            summary = try produce(writer)
            summary.reusedFiles = writer.reusedFiles
        } catch {
            folders.remove(staging)
            throw .error(display, "không ghi được trang vào thư mục tạm: \(error); trang cũ vẫn giữ nguyên")
        }
        do {
            try folders.swapIn(staging, output: output)
        } catch {
            folders.remove(staging)
            throw .error(display, "không thay được thư mục đầu ra: \(error); trang cũ vẫn giữ nguyên")
        }
        published(writer)
        return summary
    }

    /// The output folder, fully resolved, once it is known to be safe to replace.
    ///
    /// Every comparison is between resolved paths, existing or not (`PhysicalPath`): a link to the
    /// site followed by `content/out` is inside `content/`.
    static func checkSafe(_ layout: SiteLayout) throws(Diagnostic) -> String {
        let display = layout.display(layout.output)
        func resolved(_ url: URL) throws(Diagnostic) -> String {
            do {
                return try PhysicalPath.resolve(url.path)
            } catch {
                guard case .danglingLink(let link) = error else { return url.path }
                throw .error(display, "đường dẫn đi qua liên kết hỏng \(layout.display(URL(fileURLWithPath: link))) (đích không tồn tại); bantin không ghi qua liên kết này — chọn --output khác hoặc sửa liên kết")
            }
        }
        let path = try resolved(layout.output)
        let home = try resolved(FileManager.default.homeDirectoryForCurrentUser)
        if path == "/" || path == home {
            throw .error(display, "từ chối dùng \(path) làm thư mục đầu ra: bantin sẽ thay toàn bộ nội dung thư mục này; chọn một thư mục riêng như public/")
        }
        let root = try resolved(layout.root)
        let protected: [(String, String)] = [
            (root, "thư mục gốc của trang"),
            (try resolved(layout.content), "thư mục nội dung"),
            (try resolved(layout.templates), "thư mục mẫu"),
        ]
        for (place, placeName) in protected {
            // Inside the site root is the usual place (public/); the root itself, anything holding
            // it, and anything in or around content/ and templates/ are not.
            let inside = PhysicalPath.isInside(path, place) && (path == place || place != root)
            if inside || PhysicalPath.isInside(place, path) {
                throw .error(display, "từ chối ghi đầu ra vào \(placeName) (\(layout.display(URL(fileURLWithPath: place)))): bantin không bao giờ ghi đè nội dung và mẫu; chọn --output khác, ví dụ public/")
            }
        }
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw .error(display, "đầu ra đã là một tệp, không phải thư mục; chọn --output khác")
            }
            let entries: [String]
            do {
                entries = try fm.contentsOfDirectory(atPath: path)
            } catch {
                throw .error(display, "không đọc được thư mục đầu ra: \(error.localizedDescription); kiểm tra quyền")
            }
            if !entries.isEmpty && !entries.contains(markerName) {
                throw .error(display, "thư mục đã có nội dung không do bantin tạo (thiếu \(markerName)); bantin không xóa thư mục này — chọn --output khác hoặc tự dọn thư mục")
            }
        }
        return path
    }
}
