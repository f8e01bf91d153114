/// The extraction stage for one conclusion: its tasks (units, roles, deadlines) read from the
/// document the reader made, with the front matter's corrections applied.
public enum ConclusionExtraction {
    public static func tasks(of document: ConclusionDocument, conclusionID: String, source: SourceDocument,
                             registry: UnitRegistry) -> (tasks: [TaskItem], diagnostics: [Diagnostic]) {
        let context = TaskExtractionContext(conclusionID: conclusionID, path: source.path, meetingDate: document.meta.dateContext,
                                            period: document.meta.period, periodText: document.meta.periodText,
                                            registry: registry, corrections: source.frontMatter.corrections)
        var (tasks, diagnostics) = TaskExtractor(context: context).extract(document.rawTasks)
        diagnostics += unreadDirectives(document, path: source.path)
        return (tasks, diagnostics)
    }

    /// An introduction to directives ("… kết luận như sau:", "Phát biểu kết luận …") after which no
    /// task could be read: the clerk is told at that line what bantin expected.
    static func unreadDirectives(_ document: ConclusionDocument, path: String) -> [Diagnostic] {
        document.directiveIntroductions.filter { $0.tasksRead == 0 }.map { introduction in
            let words = TextNormalization.collapseWhitespace(introduction.text)
            let quoted = words.count > 70 ? String(words.prefix(70)) + "…" : words
            return .warning(path, line: introduction.line,
                "sau “\(quoted)” bantin không đọc được nhiệm vụ nào; viết mỗi nhiệm vụ thành một dòng hoặc một câu "
                + "(bắt đầu bằng “-”, “1.”, “Thứ nhất,”, “Đề nghị …”, “Giao …” hoặc tên đơn vị), "
                + "hoặc liệt kê trong khối ```nhiem-vu```.")
        }
    }
}
