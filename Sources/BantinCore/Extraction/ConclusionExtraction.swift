/// The extraction stage for one conclusion: its tasks (units, roles, deadlines) read from the
/// document the reader made, with the front matter's corrections applied.
public enum ConclusionExtraction {
    public static func tasks(of document: ConclusionDocument, conclusionID: String, source: SourceDocument,
                             registry: UnitRegistry) -> (tasks: [TaskItem], diagnostics: [Diagnostic]) {
        let context = TaskExtractionContext(conclusionID: conclusionID, path: source.path, meetingDate: document.meta.meetingDate,
                                            period: document.meta.period, periodText: document.meta.periodText,
                                            registry: registry, corrections: source.frontMatter.corrections)
        let (extracted, diagnostics) = TaskExtractor(context: context).extract(document.rawTasks)
        let (tasks, bounds) = DateBounds.checked(extracted, path: source.path)
        return (tasks, diagnostics + bounds)
    }
}
