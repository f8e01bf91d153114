/// A conclusion as reading and extraction leave it: the document, its tasks, and the Markdown it
/// was read from. No HTML and no addresses: those are made by the site and its renderer.
public struct Conclusion: Hashable, Codable, Sendable {
    /// Stable id, unique in the site; also the slug of its page.
    public var id: String
    /// Path for messages ("content/2026/tb-02.md") and relative to the content folder.
    public var path: String
    public var relativePath: String
    public var document: ConclusionDocument
    public var tasks: [TaskItem]
    /// The Markdown the document was read from (front matter cut off, page breaks repaired), so the
    /// renderer can parse it again for the page body: block paths and text ranges in `document`
    /// and `tasks` refer to it.
    public var body: String

    public init(id: String, path: String, relativePath: String, document: ConclusionDocument,
                tasks: [TaskItem], body: String) {
        self.id = id
        self.path = path
        self.relativePath = relativePath
        self.document = document
        self.tasks = tasks
        self.body = body
    }

    public var meta: ConclusionMeta { document.meta }

    /// Title for lists and links: the subject, else the type name, else the file name.
    public var title: String {
        meta.subject ?? meta.typeName ?? relativePath
    }
}

/// Sorting conclusions newest first, with the path as tie-breaker so the order never depends on
/// the order files were listed in.
extension Array where Element == Conclusion {
    public func sortedNewestFirst() -> [Conclusion] {
        sorted { a, b in
            switch (a.meta.sortDate, b.meta.sortDate) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.relativePath < b.relativePath
            }
        }
    }
}
