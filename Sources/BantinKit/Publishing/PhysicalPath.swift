import Foundation

/// A path with every symbolic link resolved, whether or not the whole path exists yet.
///
/// Output safety is decided on these: `LINK/content/out`, where LINK points at the site and `out`
/// does not exist, must be seen as `<site>/content/out`. Foundation's `resolvingSymlinksInPath()`
/// resolves nothing when the path does not exist, so the longest existing prefix is resolved here
/// with `realpath`, one component at a time, and the rest appended ("." and ".." taken lexically
/// from there on: nothing below a missing folder can be a link).
enum PhysicalPath {
    enum Failure: Error, Equatable {
        /// A link whose target does not exist: writing through it would create the target, wherever it is.
        case danglingLink(String)
    }

    static func resolve(_ path: String) throws(Failure) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var resolved = "/"
        var existing = true
        for component in absolute.split(separator: "/") {
            if component == "." { continue }
            if component == ".." {
                resolved = (resolved as NSString).deletingLastPathComponent
                continue
            }
            let candidate = resolved == "/" ? "/" + component : resolved + "/" + component
            guard existing else { resolved = candidate; continue }
            var status = stat()
            guard lstat(candidate, &status) == 0 else {
                existing = false
                resolved = candidate
                continue
            }
            guard let real = realpath(candidate, nil) else { throw .danglingLink(candidate) }
            resolved = String(cString: real)
            free(real)
        }
        return resolved
    }

    /// Whether `child` is `parent` or lies below it (both resolved).
    static func isInside(_ child: String, _ parent: String) -> Bool {
        child == parent || child.hasPrefix(parent == "/" ? "/" : parent + "/")
    }
}
