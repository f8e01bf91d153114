import BantinCore
/// A conclusion as the site shows it: read, extracted and with its body rendered.
public struct Conclusion: Hashable, Sendable {
    /// Stable id and slug: the page is `ket-luan/<id>.html`.
    public var id: String
    /// Path for messages ("content/2026/tb-02.md") and relative to the content folder.
    public var path: String
    public var relativePath: String
    public var document: ConclusionDocument
    public var tasks: [TaskItem]
    /// The body (opening to closing) as HTML, annotated with task anchors, unit links and dates.
    public var bodyHTML: String
    /// Each task's one-line summary for tables and lists, by task id: made once here, since a task
    /// shows on its bulletin, the task page, its units' pages, the home page and the search index.
    public var summaries: [String: String] = [:]

    /// The summary of one of this conclusion's tasks.
    public func summary(of task: TaskItem) -> String {
        summaries[task.id] ?? TaskTableView.summary(task.text)
    }

    public var meta: ConclusionMeta { document.meta }
    public var url: String { "ket-luan/\(id).html" }

    /// Title for lists and links: the subject, else the type name, else the file name.
    public var title: String {
        meta.subject ?? meta.typeName ?? relativePath
    }
}

/// Sorting conclusions newest first, with the path as tie-breaker so the order never depends on
/// the order files were listed in.
extension Array where Element == Conclusion {
    func sortedNewestFirst() -> [Conclusion] {
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
