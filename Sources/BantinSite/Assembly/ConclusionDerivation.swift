import BantinCore

/// What assembly works out from one conclusion alone — its tasks' summaries and calendar titles,
/// and the words its text is found by — made where the conclusion is read, on all cores, and kept with it in the
/// document cache, so that a rebuild does not fold the text of every unchanged conclusion again.
public struct ConclusionDerivation: Codable, Hashable, Sendable {
    /// A summary per task, in the order of the tasks.
    public var summaries: [String]
    /// A calendar title per task (`CalendarEntry.shortTitle`), in the order of the tasks.
    public var calendarTitles: [String]
    /// The folded words of the conclusion's search record: all of its text, and its heading.
    public var searchWords: [String]
    public var titleWords: [String]

    public static func of(_ conclusion: Conclusion) -> ConclusionDerivation {
        let source = SiteSearchIndex.source(of: conclusion)
        return ConclusionDerivation(summaries: conclusion.tasks.map { SiteTask.summary(of: $0.text) },
                                    calendarTitles: conclusion.tasks.map { CalendarEntry.shortTitle($0) },
                                    searchWords: FoldedText.words(source.text), titleWords: FoldedText.words(source.title))
    }

    /// Whether this was made from a conclusion with these tasks (a derivation of another tool
    /// version's reading is never used: the cache is keyed by version).
    func fits(_ conclusion: Conclusion) -> Bool {
        summaries.count == conclusion.tasks.count && calendarTitles.count == conclusion.tasks.count
    }
}
