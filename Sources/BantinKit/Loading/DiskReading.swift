import BantinCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading files and folders for the loader, where "missing" and "unreadable" are different
/// answers: a `bantin.yml` that is not there is the defaults, one that cannot be read is an error
/// naming it (Foundation's `contents(atPath:)` says nil to both, and an unreadable content folder
/// used to publish a site with no conclusions).
enum DiskReading {
    /// The file's bytes; nil when nothing is at `path`.
    static func bytes(_ path: String, display: String) throws(Diagnostic) -> [UInt8]? {
        try bytesAndStamp(path, display: display)?.bytes
    }

    /// The file's bytes and its stamp as it was once they were read (so a change while reading
    /// shows in the stamp's times); nil when nothing is at `path`.
    static func bytesAndStamp(_ path: String, display: String) throws(Diagnostic) -> (bytes: [UInt8], stamp: SiteInput.FileStamp)? {
        var status = stat()
        if stat(path, &status) != 0 {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw unreadable(display, errno)
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw .error(display, "không phải là tệp (có thể là thư mục); đổi tên hoặc dời nó đi")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(display, errno) }
        defer { close(descriptor) }
        var result: [UInt8] = []
        result.reserveCapacity(Int(status.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 {
                guard fstat(descriptor, &status) == 0 else { throw unreadable(display, errno) }
                return (result, stamp(status))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(display, errno)
            }
            result += buffer[..<count]
        }
    }

    static func stamp(_ status: stat) -> SiteInput.FileStamp {
        func nanoseconds(_ time: timespec) -> Int64 { Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec) }
        return SiteInput.FileStamp(device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
                                   modified: nanoseconds(status.st_mtim), changed: nanoseconds(status.st_ctim))
    }

    /// The wall clock in nanoseconds since 1970, as file times are kept.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    static func unreadable(_ display: String, _ code: Int32) -> Diagnostic {
        let reason = code == EACCES || code == EPERM ? "không có quyền đọc" : String(cString: strerror(code))
        return .error(display, "không đọc được (\(reason)); kiểm tra quyền của tệp/thư mục (chmod, chủ sở hữu) rồi chạy lại")
    }

    /// The files below a folder, and what was left out.
    struct Listing {
        /// Sorted "/"-separated paths relative to the folder.
        var files: [String] = []
        /// A link out of the folder, a name that is not UTF-8: left out, and said.
        var warnings: [Diagnostic] = []
    }

    /// Every regular file below `folder`, without recursion. Hidden entries (".…") are skipped;
    /// a link is followed when its target is a file inside `folder`. A folder that cannot be
    /// listed is an error naming it.
    static func files(in folder: URL, display: (String) -> String) throws(Diagnostic) -> Listing {
        let base = folder.standardizedFileURL.path
        let realBase = (try? PhysicalPath.resolve(base)) ?? base
        var listing = Listing()
        var seen: Set<String> = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? base : base + "/" + relative
            guard let directory = opendir(path) else { throw unreadable(display(path), errno) }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let rawName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    Array(raw.prefix(while: { $0 != 0 }))
                }
                guard rawName.first != UInt8(ascii: ".") else { continue }
                guard let name = String(validating: rawName, as: UTF8.self) else {
                    let shown = relative.isEmpty ? String(decoding: rawName, as: UTF8.self) : relative + "/" + String(decoding: rawName, as: UTF8.self)
                    listing.warnings.append(.warning(display(base + "/" + shown),
                        "tên tệp không phải UTF-8 nên bị bỏ qua; đổi tên tệp (ví dụ bằng trình quản lý tệp) rồi chạy lại"))
                    continue
                }
                let child = relative.isEmpty ? name : relative + "/" + name
                let childPath = base + "/" + child
                var status = stat()
                guard lstat(childPath, &status) == 0 else { throw unreadable(display(childPath), errno) }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(child)
                case S_IFREG:
                    if seen.insert(child).inserted { listing.files.append(child) }
                case S_IFLNK:
                    // Followed only to a file inside the folder (then listed under its real path).
                    guard let target = try? PhysicalPath.resolve(childPath),
                          PhysicalPath.isInside(target, realBase), target != realBase else {
                        listing.warnings.append(.warning(display(childPath),
                            "liên kết tượng trưng trỏ ra ngoài thư mục (hoặc trỏ tới chỗ không có) nên bị bỏ qua; chép tệp thật vào đây nếu cần"))
                        continue
                    }
                    var targetStatus = stat()
                    guard stat(target, &targetStatus) == 0, (targetStatus.st_mode & S_IFMT) == S_IFREG else { continue }
                    let inside = String(target.dropFirst(realBase.count + 1))
                    guard !inside.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
                    if seen.insert(inside).inserted { listing.files.append(inside) }
                default:
                    continue
                }
            }
        }
        listing.files.sort()
        return listing
    }
}
