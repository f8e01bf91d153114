import BantinRender
import Foundation

/// The page records of the last published site (`PageRecord`), kept in the document cache's
/// folder as `pages.txt`, one file a line: fingerprint, inode, size, modification time, path.
/// Like the rest of the cache it is safe to delete: a build without it renders every page.
enum PageRecords {
    static let fileName = "pages.txt"

    static func load(_ url: URL) -> [String: PageRecord] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [:] }
        var records: [String: PageRecord] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
            guard fields.count == 5, let fingerprint = PageFingerprint(fields[0]), let inode = UInt64(fields[1]),
                  let size = Int64(fields[2]), let modified = Int64(fields[3]), !fields[4].isEmpty else { continue }
            records[String(fields[4])] = PageRecord(fingerprint: fingerprint, inode: inode, size: size, modified: modified)
        }
        return records
    }

    static func store(_ records: [String: PageRecord], to url: URL) {
        var text = ""
        for path in records.keys.sorted() where !path.contains("\n") {
            let record = records[path]!
            text += "\(record.fingerprint) \(record.inode) \(record.size) \(record.modified) \(path)\n"
        }
        CacheFile.replace(url, with: text)
    }
}
