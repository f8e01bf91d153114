import BantinCore

/// Every file a build writes, with what it is made from: two sources that would be written to
/// one path are an error naming both, never one file silently overwriting another (a unit with
/// the id `index` against `don-vi/index.html`, two conclusions with one slug, a template asset
/// named like a generated file …).
public struct OutputPathMap: Sendable {
    /// What a file is made from, for messages: the place to change so that the paths differ.
    public struct Owner: Hashable, Sendable {
        /// Where the message points: a source file, the units file, a template asset, or `bantin`
        /// itself for the pages every site has.
        public var location: String
        public var line: Int?
        /// How the owner is named in a message about another owner ("content/tb-02.md", "đơn vị “index”").
        public var name: String
        /// What to do, in Vietnamese, when this owner is the one to change.
        public var advice: String

        public init(location: String, line: Int? = nil, name: String? = nil, advice: String) {
            self.location = location
            self.line = line
            self.name = name ?? location
            self.advice = advice
        }

        /// A page every site has (home page, task page, feeds …).
        public static func builtIn(_ what: String) -> Owner {
            Owner(location: "bantin", name: "trang \(what) của bantin", advice: "đây là trang cố định của bantin")
        }
    }

    /// Output paths in the order they were added, each with its first owner.
    public private(set) var paths: [String] = []
    private var owners: [String: Owner] = [:]
    /// Later owners of a path already taken, in the order they came.
    private var clashes: [(path: String, owner: Owner)] = []

    public init() {}

    public mutating func add(_ path: String, _ owner: Owner) {
        if owners[path] == nil {
            owners[path] = owner
            paths.append(path)
        } else {
            clashes.append((path, owner))
        }
    }

    public func owner(of path: String) -> Owner? { owners[path] }

    /// One error per file that a second source would also write, at that second source.
    public var collisions: [Diagnostic] {
        clashes.map { clash in
            let first = owners[clash.path]!
            return .error(clash.owner.location, line: clash.owner.line,
                          "trùng địa chỉ trang \(clash.path) với \(first.name); \(clash.owner.advice)")
        }
    }
}
