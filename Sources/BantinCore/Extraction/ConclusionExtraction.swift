/// The extraction stage for one conclusion: its tasks (units, roles, deadlines) read from the
/// document the reader made, with the front matter's corrections applied.
public enum ConclusionExtraction {
    public static func tasks(of document: ConclusionDocument, conclusionID: String, source: SourceDocument,
                             registry: UnitRegistry) -> (tasks: [TaskItem], diagnostics: [Diagnostic]) {
        let context = TaskExtractionContext(conclusionID: conclusionID, path: source.path, meetingDate: document.meta.dateContext,
                                            period: document.meta.period, periodText: document.meta.periodText,
                                            registry: registry, corrections: source.frontMatter.corrections)
        // "Một là, …" of a draft (`bantin new`) is a blank to fill, not a task: no unit, no deadline.
        let (blanks, written) = document.rawTasks.partitioned(by: \.isBlank)
        let (extracted, extractionDiagnostics) = TaskExtractor(context: context).extract(written)
        let (tasks, bounds) = DateBounds.checked(officesOfTheIssuer(extracted, kind: document.meta.kind), path: source.path)
        var diagnostics = extractionDiagnostics + bounds
        diagnostics += blanks.map { raw in
            .warning(source.path, line: raw.line, "“\(raw.label.isEmpty ? raw.text : raw.label)” chưa viết (chỉ có “…”); viết nội dung nhiệm vụ hoặc xóa dòng này.")
        }
        diagnostics += unreadDirectives(document, path: source.path)
        return (tasks, diagnostics)
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
