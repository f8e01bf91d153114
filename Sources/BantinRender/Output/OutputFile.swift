/// A file of the built site, by its path under the output folder.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    public var contents: [UInt8]
    /// What the file was made from, when its page family could say (`PageFingerprint`).
    public var fingerprint: PageFingerprint?

    public init(path: String, contents: [UInt8], fingerprint: PageFingerprint? = nil) {
        self.path = path
        self.contents = contents
        self.fingerprint = fingerprint
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}

/// Where finished files go as they are made, possibly several at once from different threads:
/// the publisher writes them into its staging folder, so no page waits in memory for the others.
public protocol OutputSink: Sendable {
    func write(_ file: OutputFile) throws(OutputWriteError)
    /// Keeps the previous build's file at `path` as it is, without it being rendered, when that
    /// file was made from `fingerprint` and has not been touched since; false when it cannot.
    func keep(_ path: String, fingerprint: PageFingerprint) -> Bool
}

extension OutputSink {
    public func keep(_ path: String, fingerprint: PageFingerprint) -> Bool { false }
}

/// A file that could not be written.
public struct OutputWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
