import BantinCore
import BantinSite
import BantinRender
import Foundation

/// Documents read and extracted by earlier builds, one binary file per document in a folder of the
/// site (`.bantin-cache/`), named by a hash of everything the reading depends on: the tool's
/// version, the site's units file and reading options, the file's path and bytes. A changed input
/// is a new name, so an entry is never stale, only unused. Safe to delete at any time: an entry
/// that cannot be read (corrupt, foreign version, unreadable folder) is read again from the
/// source, and writing one never fails a build.
public struct DocumentCache: Sendable {
    public let folder: URL
    public let version: String

    /// The name of a site's cache folder: hidden, so neither the loader nor the watcher lists it.
    public static let folderName = ".bantin-cache"

    /// The folder a site's cache lives in, beside `public/` and never inside it or `content/`.
    public static func folder(of layout: SiteLayout) -> URL {
        layout.root.appendingPathComponent(folderName, isDirectory: true)
    }

    public init(folder: URL, version: String) {
        self.folder = folder
        self.version = version
    }

    /// What one file's reading gave, as stored: the key again, so a renamed or copied file is
    /// never taken for another.
    struct Entry: Codable {
        var version: String
        var key: String
        var reading: Reading
    }

    /// A stored reading.
    struct Reading: Codable {
        var conclusion: Conclusion
        var warnings: [Diagnostic]
        /// What assembly works out from the conclusion alone, when the reading was for a build.
        var derived: ConclusionDerivation?
        /// Each task's digest (`taskKeys(of:)`), in the order of `conclusion.tasks`.
        var taskKeys: [String]
    }

    /// A digest per task of what a list row shows of it: the task as read, and its conclusion's
    /// id, file and front matter (title, date). Pages fingerprint their rows by these, so an edit
    /// to one task of a conclusion leaves the pages that show only its other tasks alone.
    /// None when a value cannot be encoded: its pages then have no fingerprint and are rendered,
    /// never taken for unchanged.
    static func taskKeys(of conclusion: Conclusion) -> [String] {
        guard let meta = try? BinaryCoding.encode(conclusion.meta),
              let tasks = try? conclusion.tasks.map({ try BinaryCoding.encode($0) }) else { return [] }
        var common = SHA256()
        common.field(conclusion.id)
        common.field(conclusion.path)
        common.field(conclusion.relativePath)
        common.field(meta)
        return tasks.map { task in
            var hash = common
            hash.field(task)
            return hash.hexDigest()
        }
    }

    /// The hash of what every document's reading depends on besides its own file.
    func context(_ input: SiteInput) -> String {
        var hash = SHA256()
        hash.field(version)
        hash.field(input.unitsFile?.path ?? "")
        hash.field(input.unitsFile?.text ?? "")
        hash.field(input.config.rawHTML ? "raw-html" : "")
        hash.field(String(input.config.maxFileBytes))
        return hash.hexDigest()
    }

    /// What page fingerprints start from (`RenderInputs`): everything every page depends on
    /// besides the conclusions — what their reading depends on, the configuration, templates,
    /// status file, build date, limits and the list of every page — and each conclusion's key.
    func renderInputs(_ input: SiteInput, documentKeys: [String: String], taskKeys: [String: String], outputPaths: [String]) -> RenderInputs {
        var hash = SHA256()
        hash.field(context(input))
        hash.field(StableDescription.of(input.config))
        hash.field(StableDescription.of(input.limits))
        hash.field(input.buildDate.map(String.init(describing:)) ?? "")
        hash.field(input.progressFile?.path ?? "")
        hash.field(input.progressFile?.bytes ?? [])
        for name in input.templates.files.keys.sorted() {
            hash.field(name)
            hash.field(input.templates.files[name]!)
        }
        hash.field(String(outputPaths.count))
        for path in outputPaths { hash.field(path) }
        return RenderInputs(site: hash.hexDigest(), conclusions: documentKeys, tasks: taskKeys)
    }

    /// A document's key: the reading's context, the file's names and format, and the digest of its
    /// bytes (`digest(of:)`).
    func key(_ file: SiteInput.SourceFile, context: String, digest: String) -> String {
        var hash = SHA256()
        hash.field(context)
        hash.field(file.path)
        hash.field(file.relativePath)
        hash.field(file.format.rawValue)
        hash.field(digest)
        return hash.hexDigest()
    }

    /// The digest of a file's bytes: the one an earlier build recorded when the file's stamp is
    /// the same (`SourceDigests`), else hashed now.
    static func digest(of file: SiteInput.SourceFile, known: [String: SourceDigests.Entry]) -> String {
        if let stamp = file.stamp, let entry = known[file.path], entry.stamp == stamp { return entry.digest }
        var hash = SHA256()
        hash.update(file.bytes)
        return hash.hexDigest()
    }

    /// Where the digests of the sources' bytes are kept (`SourceDigests`).
    var sourceDigests: URL { folder.appendingPathComponent(SourceDigests.fileName) }

    /// Where the last published site's page records are kept (`PageRecords`).
    public var pageRecords: URL { folder.appendingPathComponent(PageRecords.fileName) }

    private func url(_ key: String) -> URL { folder.appendingPathComponent(key + Self.entrySuffix) }

    /// Entries are `BinaryCoding` (a rebuild of 10,000 conclusions spent a fifth of its time
    /// decoding them as JSON); the name says so, and entries of older versions are pruned.
    static let entrySuffix = ".bin"

    /// The stored reading, or nil for a missing, corrupt or foreign entry.
    func load(_ key: String) -> Reading? {
        guard let data = try? Data(contentsOf: url(key)),
              let entry = try? BinaryCoding.decode(Entry.self, from: [UInt8](data)),
              entry.version == version, entry.key == key
        else { return nil }
        return entry.reading
    }

    /// Stores a reading; any failure (a read-only folder, a full disk) only means no entry. Written
    /// to a temporary name and renamed, so a build never sees half an entry.
    func store(_ key: String, _ reading: Reading) {
        guard let bytes = try? BinaryCoding.encode(Entry(version: version, key: key, reading: reading))
        else { return }
        let data = Data(bytes)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.write(to: url(key), options: .atomic)
    }

    /// Removes the entries no file of the site has now (edited or deleted documents, an older
    /// version), so the folder does not grow with every edit.
    func prune(keeping keys: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        // Entries of versions that wrote JSON go whatever their key.
        for name in names where name.hasSuffix(".json")
            || (name.hasSuffix(Self.entrySuffix) && !keys.contains(String(name.dropLast(Self.entrySuffix.count)))) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
