import BantinFormats
import BantinCore
import BantinRender
import BantinSite

/// Everything a build reads, as values: the stages after loading never touch the disk, so tests
/// can build a whole site from a `[path: contents]` map.
public struct SiteInput: Sendable {
    public struct SourceFile: Sendable, Hashable {
        /// Path for messages, e.g. "content/2026/tb-02.md".
        public var path: String
        /// Path relative to the content folder, "/"-separated.
        public var relativePath: String
        /// The file's bytes; for a PDF, the text layer as `pdftotext -layout` prints it (UTF-8),
        /// which the loader extracts.
        public var bytes: [UInt8]
        /// What the bytes are, from the file name's extension.
        public var format: SourceFormat
        /// The file's identity and times when its bytes are exactly the file's and it had not
        /// changed for a while before it was read (`FileStamp`); nil otherwise (made in memory, a
        /// PDF's text layer, a file just saved).
        public var stamp: FileStamp?

        public init(path: String, relativePath: String, bytes: [UInt8], format: SourceFormat? = nil, stamp: FileStamp? = nil) {
            self.path = path
            self.relativePath = relativePath
            self.bytes = bytes
            self.format = format ?? SourceFormat(fileName: relativePath) ?? .markdown
            self.stamp = stamp
        }
    }

    /// What the file system says of a file: device and inode, size, and the times of its last
    /// change of content and of status (nanoseconds since 1970). Any write to a file changes its
    /// status time, which no tool can set back, so a file with the same stamp as at an earlier
    /// build has the same bytes, as git's index and make assume — provided the stamp was taken
    /// when the file had been still for longer than the file system's time step (`settled`).
    public struct FileStamp: Sendable, Hashable {
        public var device: UInt64
        public var inode: UInt64
        public var size: Int64
        public var modified: Int64
        public var changed: Int64

        public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
            self.device = device
            self.inode = inode
            self.size = size
            self.modified = modified
            self.changed = changed
        }

        /// How long a file must have been still before it was read for its stamp to be trusted:
        /// longer than the coarsest time step of the file systems a commune uses (2 s on FAT
        /// drives and some shared folders). A file saved twice within one step keeps its times.
        public static let settlingTime: Int64 = 3_000_000_000

        /// Whether the file had not changed for `settlingTime` when reading it began at `readAt`.
        public func settled(readAt: Int64) -> Bool {
            max(modified, changed) < readAt - Self.settlingTime
        }
    }

    public var config: SiteConfig
    public var sources: [SourceFile]
    public var templates: TemplateSet
    /// Where the templates came from, for messages ("templates" or "(mẫu mặc định)").
    public var templatesPath: String
    /// The site's own units file (`units.yml`), if any: path for messages and text.
    public var unitsFile: (path: String, text: String)?
    /// The site's status file (`tien-do.csv` or `tien-do.xlsx`), if any: path for messages and bytes.
    public var progressFile: (path: String, bytes: [UInt8])?
    /// From SOURCE_DATE_EPOCH: shown in page footers and used as the feeds' timestamp.
    public var buildDate: CivilDate?
    /// Warnings found while loading (configuration keys, …).
    public var warnings: [Diagnostic]
    /// How large the files that grow with the site may get (tests scale them down).
    public var limits: SiteLimits = .standard

    public init(config: SiteConfig = SiteConfig(), sources: [SourceFile], templates: TemplateSet = .builtIn,
                templatesPath: String = "templates", unitsFile: (path: String, text: String)? = nil,
                progressFile: (path: String, bytes: [UInt8])? = nil, buildDate: CivilDate? = nil, warnings: [Diagnostic] = []) {
        self.config = config
        self.sources = sources
        self.templates = templates
        self.templatesPath = templatesPath
        self.unitsFile = unitsFile
        self.progressFile = progressFile
        self.buildDate = buildDate
        self.warnings = warnings
    }
}

/// A build made in memory: every file, the conclusions it was made from, and the warnings.
public struct BuildOutput: Sendable {
    public var files: [OutputFile]
    public var conclusions: [Conclusion]
    public var warnings: [Diagnostic]
    /// How many conclusions came from the document cache.
    public var cachedDocuments = 0
}

/// A build that could not finish: every error found (not only the first), plus the warnings.
public struct BuildFailure: Error, Sendable {
    public var errors: [Diagnostic]
    public var warnings: [Diagnostic]

    public init(errors: [Diagnostic], warnings: [Diagnostic] = []) {
        self.errors = errors
        self.warnings = warnings
    }
}
