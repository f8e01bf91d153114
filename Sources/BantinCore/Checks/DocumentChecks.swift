/// Every check a conclusion goes through on its way in, in one list, each with the stage that can
/// run it: the reading has the document's own dates and the text as written, the extraction has
/// its tasks. The read API (`DocumentReading`) and the extraction stage (`ConclusionExtraction`)
/// call their part here and add nothing of their own, so what a clerk is warned about can be read
/// top to bottom in this file.
public enum DocumentChecks {
    /// After reading: the conclusion's own dates (issued, meeting, planned period) within the
    /// calendar's years — out-of-range ones are dropped from `meta` —, then days that do not exist
    /// and year names that do not fit, at the place they are written.
    /// - Parameters:
    ///   - text: the Markdown that was read; `fileLine` maps its 1-based lines to the file's.
    public static func reading(_ meta: inout ConclusionMeta, text: String, path: String,
                               fileLine: (Int) -> Int) -> [Diagnostic] {
        let bounds = DateBounds.checked(&meta, path: path)
        let written = WrittenDates.diagnostics(in: text, path: path, context: meta.dateContext, fileLine: fileLine)
        return written + bounds
    }

    /// After extraction: every task's deadlines within bounds and in order (fixed in `tasks`), the
    /// blanks of a draft left unwritten, the directive formulas after which no task was read, and
    /// the sentences said as a directive that read as none.
    public static func extraction(_ tasks: inout [TaskItem], blanks: [RawTask], document: ConclusionDocument,
                                  path: String) -> [Diagnostic] {
        let (checked, bounds) = DateBounds.checked(tasks, path: path)
        tasks = checked
        let unwritten = blanks.map { raw in
            Diagnostic.warning(path, line: raw.line,
                "“\(raw.label.isEmpty ? raw.text : raw.label)” chưa viết (chỉ có “…”); viết nội dung nhiệm vụ hoặc xóa dòng này.")
        }
        return bounds + unwritten + undatedDeadlines(tasks, path: path) + unreadDirectives(document, path: path)
            + unreadSentences(document, path: path)
    }

    /// A time limit written without its year ("Trong tháng 9", "ngày 15/3") in a text that gives no
    /// year to take it from (no meeting date, no dated line, no year in the text): the phrase is
    /// kept on its task but has no day, so the clerk is told at the task's line how to date it.
    static func undatedDeadlines(_ tasks: [TaskItem], path: String) -> [Diagnostic] {
        tasks.flatMap { task in
            task.deadlines.filter { $0.kind != .recurring && $0.start == nil && $0.end == nil && !$0.inferred }.map { deadline in
                Diagnostic.warning(path, line: task.line,
                    "nhiệm vụ \(task.label.isEmpty ? task.id : task.label): thời hạn “\(deadline.text)” không ghi năm và văn bản "
                    + "không cho biết năm nào, nên không có ngày; ghi năm vào thời hạn hoặc thêm meeting_date (ngày họp) vào front matter.")
            }
        }
    }

    /// A sentence said as a directive ("Đề nghị UBND xã đã …") that reads as an account: the clerk
    /// is told at that line, with what bantin needs to read it as a task.
    static func unreadSentences(_ document: ConclusionDocument, path: String) -> [Diagnostic] {
        document.unreadDirectiveSentences.map { sentence in
            let words = TextNormalization.collapseWhitespace(sentence.text)
            let quoted = words.count > 70 ? String(words.prefix(70)) + "…" : words
            return .warning(path, line: sentence.line,
                "“\(quoted)” viết như một chỉ đạo nhưng bantin đọc là tường thuật (có “đã”, “đang” hoặc “vừa”), "
                + "nên không thành nhiệm vụ; nếu đây là việc phải làm, bỏ các từ đó hoặc viết thành một dòng “- …”.")
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
