import BantinRender
import Foundation
import Synchronization

/// Writes rendered files into the staging folder as the renderer hands them over, from any
/// thread. It writes only the paths it was told of (the site's checked path map), so nothing can
/// land outside the folder or overwrite another page; their folders are made up front.
///
/// A page whose bytes are the same as in the previous site is not rewritten: the staging folder
/// gets a hard link to the previous file (issue 11, point 4). The file keeps its inode and time,
/// so a copy to the office's shared folder (`rsync`, `cp -u`) carries only what changed, and
/// the build skips the file system's costliest step, making a new inode. Where links cannot be
/// made (FAT, some network shares) every file is written as before.
struct StagingWriter: OutputSink {
    let folder: String
    let planned: Set<String>
    /// The site being replaced, whose unchanged files are linked instead of written.
    let previous: String?
    /// What linking has found so far; shared by the copies of the writer the render threads hold.
    private let links = LinkState()
    /// One file at a time: creating files side by side costs the file system more (ext4's inode
    /// allocation; measured on the 100-conclusion bench: 1.8 s of system time against 2.2 s),
    /// while rendering keeps the other core busy.
    private let oneAtATime = NSLock()
    /// Told of every file written, one at a time (for a progress line).
    let onWrite: (@Sendable () -> Void)?
    /// What the previous site's files were made from, and what this one's are.
    let records: PageRecordBook

    init(folder: String, paths: [String], previous: String? = nil, previousRecords: [String: PageRecord] = [:],
         onWrite: (@Sendable () -> Void)? = nil) throws(OutputWriteError) {
        self.folder = folder
        self.previous = previous
        self.onWrite = onWrite
        records = PageRecordBook(previous: previous == nil ? [:] : previousRecords)
        planned = Set(paths)
        var folders: Set<String> = [folder]
        for path in paths {
            // Paths come from slugs, unit ids and template names; refuse anything that could climb out.
            guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
                throw OutputWriteError(path: path, reason: "đường dẫn không an toàn")
            }
            let parts = path.split(separator: "/").dropLast()
            for depth in parts.indices { folders.insert(folder + "/" + parts[...depth].joined(separator: "/")) }
        }
        for made in folders.sorted() {
            do {
                try FileManager.default.createDirectory(atPath: made, withIntermediateDirectories: true)
            } catch {
                throw OutputWriteError(path: made, reason: error.localizedDescription)
            }
        }
    }

    func write(_ file: OutputFile) throws(OutputWriteError) {
        guard planned.contains(file.path) else {
            throw OutputWriteError(path: file.path, reason: "tệp không có trong danh sách trang của bản dựng")
        }
        let path = folder + "/" + file.path
        // Comparing reads the old file (from the page cache, usually): done outside the lock.
        let previousPath = previous.map { $0 + "/" + file.path }
        let unchanged = previousPath.flatMap { links.supported ? Self.openIfSame(previous: $0, as: file.contents) : nil }
        oneAtATime.lock()
        defer { oneAtATime.unlock() }
        if let unchanged, let previousPath {
            defer { close(unchanged) }
            if links.supported, Self.link(unchanged, previous: previousPath, to: path, links: links) {
                if let fingerprint = file.fingerprint { records.record(file.path, fingerprint: fingerprint, fd: unchanged) }
                onWrite?()
                return
            }
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw OutputWriteError(path: path, reason: String(cString: strerror(errno))) }
        defer {
            if let fingerprint = file.fingerprint { records.record(file.path, fingerprint: fingerprint, fd: fd) }
            close(fd)
        }
        var written = 0
        let failure: Int32? = file.contents.withUnsafeBytes { raw in
            while written < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + written, raw.count - written)
                guard n > 0 else { return errno }
                written += n
            }
            return nil
        }
        if let failure { throw OutputWriteError(path: path, reason: String(cString: strerror(failure))) }
        onWrite?()
    }
}

extension StagingWriter {
    /// Links the previous site's file at `path` into the staging folder, unrendered, when the
    /// previous build made it from `fingerprint` and it is still that very file (same inode, size
    /// and modification time: a page edited or replaced in public/ since is rendered again).
    func keep(_ path: String, fingerprint: PageFingerprint) -> Bool {
        guard let previous, links.supported, planned.contains(path), let record = records.previous[path],
              record.fingerprint == fingerprint else { return false }
        let previousPath = previous + "/" + path
        let fd = open(previousPath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard PageRecord(fingerprint: fingerprint, fd: fd) == record else { return false }
        oneAtATime.lock()
        defer { oneAtATime.unlock() }
        guard Self.link(fd, previous: previousPath, to: folder + "/" + path, links: links) else { return false }
        records.record(path, record)
        onWrite?()
        return true
    }

    /// What this build's files were made from, for the next build (`PageRecords.store`).
    var pageRecords: [String: PageRecord] { records.current }

    /// The previous site's file at `path`, opened, when it is a plain file (never a link someone
    /// put there) holding exactly `contents`; nil otherwise.
    static func openIfSame(previous path: String, as contents: [UInt8]) -> Int32? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var status = stat()
        guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == contents.count else {
            close(fd)
            return nil
        }
        var same = true
        contents.withUnsafeBytes { expected in
            var buffer = [UInt8](repeating: 0, count: min(max(contents.count, 1), 1 << 16))
            var offset = 0
            while same, offset < contents.count {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                guard n > 0, offset + n <= contents.count else { same = false; break }
                same = buffer.withUnsafeBytes { memcmp($0.baseAddress!, expected.baseAddress! + offset, n) == 0 }
                offset += n
            }
        }
        guard same else {
            close(fd)
            return nil
        }
        return fd
    }

    /// Links the previous file (open as `fd`) into the staging folder, and checks that the new
    /// name really is that file (it could have been swapped between the comparison and the link).
    static func link(_ fd: Int32, previous: String, to path: String, links: LinkState) -> Bool {
        guard Foundation.link(previous, path) == 0 else {
            if errno != ENOENT { links.markUnsupported() }
            return false
        }
        var opened = stat(), linked = stat()
        guard fstat(fd, &opened) == 0, lstat(path, &linked) == 0,
              opened.st_ino == linked.st_ino, opened.st_dev == linked.st_dev else {
            unlink(path)
            return false
        }
        links.countReused()
        return true
    }

    /// How many files were kept from the previous site instead of written.
    var reusedFiles: Int { links.reused }
}

/// Whether the output's file system takes hard links (false after the first refusal, so a FAT
/// share costs one failed call, not one a file), and how many files were linked.
final class LinkState: Sendable {
    private let state = Mutex((supported: true, reused: 0))
    var supported: Bool { state.withLock { $0.supported } }
    var reused: Int { state.withLock { $0.reused } }
    func markUnsupported() { state.withLock { $0.supported = false } }
    func countReused() { state.withLock { $0.reused += 1 } }
}

/// The fingerprint a file was made from, and which file it is: inode, size and modification time
/// (nanoseconds) when it was written. A file written over or replaced since has another.
struct PageRecord: Hashable, Sendable {
    var fingerprint: PageFingerprint
    var inode: UInt64
    var size: Int64
    var modified: Int64

    init(fingerprint: PageFingerprint, inode: UInt64, size: Int64, modified: Int64) {
        self.fingerprint = fingerprint
        self.inode = inode
        self.size = size
        self.modified = modified
    }

    /// The record of an open plain file; nil for anything else.
    init?(fingerprint: PageFingerprint, fd: Int32) {
        var status = stat()
        guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(fingerprint: fingerprint, inode: UInt64(status.st_ino), size: Int64(status.st_size),
                  modified: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec))
    }
}

/// The previous build's page records, and this build's as its files are written, from any thread.
final class PageRecordBook: Sendable {
    let previous: [String: PageRecord]
    private let made = Mutex([String: PageRecord]())

    init(previous: [String: PageRecord]) {
        self.previous = previous
    }

    var current: [String: PageRecord] { made.withLock { $0 } }

    func record(_ path: String, _ record: PageRecord) {
        made.withLock { $0[path] = record }
    }

    func record(_ path: String, fingerprint: PageFingerprint, fd: Int32) {
        guard let record = PageRecord(fingerprint: fingerprint, fd: fd) else { return }
        self.record(path, record)
    }
}
