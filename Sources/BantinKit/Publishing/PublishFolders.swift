import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folders a build keeps next to its output (`public/`), and the swap that puts a new site in
/// place.
///
/// A build writes into `.public.bantin-staging-<token>` (a random token, and bantin's marker file
/// written first), then exchanges it with `public/` in one `renameat2(RENAME_EXCHANGE)`: at every
/// instant `public/` is a whole site, the old or the new one. Where the exchange is not available
/// (another system, a file system without it) the old site is renamed to
/// `.public.bantin-old-<token>` and the new one into place; a kill between the two renames is
/// repaired by the next build, which puts the old site back first.
///
/// Folders with these prefixes are leftovers of a killed build once the publish lock is held (no
/// live build can be using them, whatever its PID): each build removes them before it starts.
///
/// A folder is removed by renaming it to `.public.bantin-trash-<token>` first, then deleting that:
/// a kill in the middle of a deletion (which may take the marker before the rest) leaves a folder
/// whose name alone says it is bantin's, to finish deleting next time.
struct PublishFolders {
    let parent: String
    let outputName: String

    var stagingPrefix: String { ".\(outputName).bantin-staging-" }
    var retiredPrefix: String { ".\(outputName).bantin-old-" }
    var trashPrefix: String { ".\(outputName).bantin-trash-" }

    func newStaging() -> String { parent + "/" + stagingPrefix + Self.token() }

    /// Puts the old site back where a fallback swap was cut short, then removes every leftover.
    func recoverAndClean() {
        let fm = FileManager.default
        let output = parent + "/" + outputName
        let leftovers = ((try? fm.contentsOfDirectory(atPath: parent)) ?? []).sorted()
            .filter { [stagingPrefix, retiredPrefix, trashPrefix].contains(where: $0.hasPrefix) }
            .filter { isBantinFolder(parent + "/" + $0) }
        if !fm.fileExists(atPath: output), let retired = leftovers.first(where: { $0.hasPrefix(retiredPrefix) }) {
            try? fm.moveItem(atPath: parent + "/" + retired, toPath: output)
        }
        for leftover in leftovers where fm.fileExists(atPath: parent + "/" + leftover) {
            remove(parent + "/" + leftover)
        }
    }

    /// Deletes one of bantin's folders, through a trash name (see the type's comment).
    func remove(_ path: String) {
        let name = (path as NSString).lastPathComponent
        var doomed = path
        if !name.hasPrefix(trashPrefix) {
            let trash = parent + "/" + trashPrefix + Self.token()
            if rename(path, trash) == 0 { doomed = trash }
        }
        try? FileManager.default.removeItem(atPath: doomed)
    }

    /// A real folder (not a link) that holds bantin's marker, is empty, is being deleted by bantin
    /// (the trash name), or was named by bantin's earlier PID scheme (`.public.bantin-staging-1234`,
    /// written before its marker).
    func isBantinFolder(_ path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return false }
        let name = (path as NSString).lastPathComponent
        if name.hasPrefix(trashPrefix) { return true }
        let fm = FileManager.default
        if fm.fileExists(atPath: path + "/" + OutputPublisher.markerName) { return true }
        if (try? fm.contentsOfDirectory(atPath: path))?.isEmpty == true { return true }
        return name.hasPrefix(stagingPrefix) && name.dropFirst(stagingPrefix.count).allSatisfy(\.isNumber)
    }

    /// Makes `staging` the output: exchanged with the old site in one step where the system can,
    /// else by two renames (see the type's comment). The old site is removed afterwards.
    func swapIn(_ staging: String, output: String) throws(SwapError) {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output) else {
            guard rename(staging, output) == 0 else { throw SwapError(errno) }
            return
        }
        switch Self.exchange(staging, output) {
        case .exchanged:
            // `staging` now holds the old site.
            remove(staging)
            return
        case .failed(let code):
            throw SwapError(code)
        case .unsupported:
            break
        }
        let retired = parent + "/" + retiredPrefix + Self.token()
        guard rename(output, retired) == 0 else { throw SwapError(errno) }
        guard rename(staging, output) == 0 else {
            let code = errno
            _ = rename(retired, output)
            throw SwapError(code)
        }
        remove(retired)
    }

    enum Exchange { case exchanged, unsupported, failed(Int32) }

    /// `renameat2(…, RENAME_EXCHANGE)`, looked up at run time: glibc has it since 2.28 but Swift's
    /// Glibc module does not declare it.
    static func exchange(_ first: String, _ second: String) -> Exchange {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return .unsupported }
        let function = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        if function(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 { return .exchanged }
        let code = errno
        return code == ENOSYS || code == EINVAL || code == ENOTSUP ? .unsupported : .failed(code)
        #else
        return .unsupported
        #endif
    }

    /// 64 random bits in hex: two builds never pick one name.
    static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

struct SwapError: Error, CustomStringConvertible {
    let code: Int32
    init(_ code: Int32) { self.code = code }
    var description: String { String(cString: strerror(code)) }
}

/// An exclusive `flock` on the output's parent folder, held while a build publishes. It is the
/// kernel's: a killed build's lock goes with its process, whatever its PID (PID 1 in a container).
struct PublishLock {
    private let descriptor: Int32

    init(folder: String, display: String) throws(Diagnostic) {
        descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .error(display, "không mở được thư mục \(folder) để khóa: \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw .error(display, "không khóa được thư mục \(folder): \(reason)")
            }
        }
    }

    func release() { close(descriptor) }
}
