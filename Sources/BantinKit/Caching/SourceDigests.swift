import Foundation

/// The digest of each source file's bytes as the last build hashed them, with the file's stamp at
/// the time (`SiteInput.FileStamp`), kept in the document cache's folder as `sources.txt`, one
/// file a line: digest, device, inode, size, modified, changed, path. A file whose stamp is the same
/// now is not hashed again: hashing every source was a sixteenth of a rebuild of 10,000
/// conclusions in which nothing had changed. Safe to delete, like the rest of the cache: without
/// it every file is hashed.
enum SourceDigests {
    static let fileName = "sources.txt"

    struct Entry: Equatable {
        var stamp: SiteInput.FileStamp
        var digest: String
    }

    static func load(_ url: URL) -> [String: Entry] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [:] }
        var entries: [String: Entry] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: false)
            guard fields.count == 7, fields[0].utf8.count == 64, fields[0].utf8.allSatisfy(\.isHexDigit),
                  let device = UInt64(fields[1]), let inode = UInt64(fields[2]), let size = Int64(fields[3]),
                  let modified = Int64(fields[4]), let changed = Int64(fields[5]), !fields[6].isEmpty else { continue }
            let stamp = SiteInput.FileStamp(device: device, inode: inode, size: size, modified: modified, changed: changed)
            entries[String(fields[6])] = Entry(stamp: stamp, digest: String(fields[0]))
        }
        return entries
    }

    static func store(_ entries: [String: Entry], to url: URL) {
        var text = ""
        for path in entries.keys.sorted() where !path.contains("\n") {
            let entry = entries[path]!, stamp = entry.stamp
            text += "\(entry.digest) \(stamp.device) \(stamp.inode) \(stamp.size) \(stamp.modified) \(stamp.changed) \(path)\n"
        }
        CacheFile.replace(url, with: text)
    }
}

private extension UInt8 {
    var isHexDigit: Bool { (0x30...0x39).contains(self) || (0x61...0x66).contains(self) }
}

/// A file of the cache folder written whole: next to its final name, then renamed over it, so a
/// reader never sees half a file. A failure leaves the next build to do more work, nothing worse.
enum CacheFile {
    static func replace(_ url: URL, with text: String) {
        let fm = FileManager.default
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid())")
        do {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                try? fm.removeItem(at: temporary)
                return
            }
        } catch {
            try? fm.removeItem(at: temporary)
        }
    }
}
