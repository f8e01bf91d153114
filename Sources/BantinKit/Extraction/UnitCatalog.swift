/// TEMPORARY BRIDGE until the unit registry and task extractor land: tasks carry no units.
struct UnitCatalog: Sendable {
    init(siteFile: (path: String, text: String)?) throws(Diagnostic) {}

    /// Every unit known to the site (built-in and the site's own), by kind then name.
    var all: [Unit] { [] }
    func unit(_ id: String) -> Unit? { nil }
    var directory: UnitDirectory { UnitDirectory(names: [:], members: [:], hasPage: []) }
    func hasPage(_ id: String) -> Bool { false }

    func extractTasks(from document: ConclusionDocument, conclusionID: String, source: SourceDocument) -> ([TaskItem], [Diagnostic]) {
        let tasks = document.rawTasks.map { raw in
            var task = TaskItem(id: "\(conclusionID)-nv-\(raw.ordinal)", ordinal: raw.ordinal, label: raw.label, text: raw.text,
                                units: [], deadlines: [], line: raw.line, blockPath: raw.blockPath)
            task.segments = raw.segments
            return task
        }
        return (tasks, [])
    }
}
