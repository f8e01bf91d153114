/// The extraction stage for one conclusion: its tasks (units, roles, deadlines) read from the
/// document the reader made, with the front matter's corrections applied.
public enum ConclusionExtraction {
    public static func tasks(of document: ConclusionDocument, conclusionID: String, source: SourceDocument,
                             registry: UnitRegistry) -> (tasks: [TaskItem], diagnostics: [Diagnostic]) {
        let context = TaskExtractionContext(conclusionID: conclusionID, path: source.path, meetingDate: document.meta.dateContext,
                                            period: document.meta.period, periodText: document.meta.periodText,
                                            registry: registry, corrections: source.frontMatter.corrections,
                                            occasionTetYear: document.meta.subject.flatMap(DeadlineExtractor.namedTetYear(in:)))
        // "Một là, …" of a draft (`bantin new`) is a blank to fill, not a task: no unit, no deadline.
        let (blanks, written) = document.rawTasks.partitioned(by: \.isBlank)
        let (extracted, extractionDiagnostics) = TaskExtractor(context: context).extract(written)
        var tasks = officesOfTheIssuer(extracted, kind: document.meta.kind)
        let checks = DocumentChecks.extraction(&tasks, blanks: blanks, document: document, path: source.path)
        return (tasks, extractionDiagnostics + checks)
    }

    /// A bare "Văn phòng" is the issuer's office: the Party committee's in a Party document, the
    /// People's Committee's (as the registry reads it) otherwise.
    static func officesOfTheIssuer(_ tasks: [TaskItem], kind: DocumentKind?) -> [TaskItem] {
        guard kind == .party else { return tasks }
        return tasks.map { task in
            var task = task
            for index in task.units.indices where task.units[index].unitID == "vp-hdnd-ubnd"
                && FoldedText.key(task.units[index].mention) == "van phong" {
                task.units[index].unitID = "vpdu"
            }
            return task
        }
    }
}

extension RawTask {
    /// Nothing but its label and dots: "Một là, …", "2. ...".
    var isBlank: Bool {
        var rest = Substring(text)
        if !label.isEmpty, rest.hasPrefix(label) { rest = rest.dropFirst(label.count) }
        return !rest.contains { $0.isLetter || $0.isNumber }
    }
}

extension Array {
    func partitioned(by isFirst: (Element) -> Bool) -> ([Element], [Element]) {
        (filter(isFirst), filter { !isFirst($0) })
    }
}
