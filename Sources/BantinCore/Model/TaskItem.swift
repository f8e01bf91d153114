import LunarCalendar

/// One item of a conclusion's tasks section as the reader found it, before extraction:
/// "Một là, …", "Thứ nhất, …", "1. **UBND xã:** …", a bullet, or a row of a `nhiem-vu` block.
public struct RawTask: Hashable, Codable, Sendable {
    /// 1-based position in the tasks section.
    public var ordinal: Int
    /// The marker as written: "Một là", "Thứ nhất", "1.", "-".
    public var label: String
    /// The item's plain text, marker included, exactly as `DocumentBlock.plainText` gives it (so
    /// UTF-8 ranges in it can annotate the rendered page).
    public var text: String
    /// Source line of the item (1-based, in the original file).
    public var line: Int
    /// Where the item's paragraph sits in the Markdown tree (see `DocumentBlock.path`); nil for
    /// tasks that do not come from a paragraph (a `nhiem-vu` table row).
    public var blockPath: [Int]?
    /// A bold lead-in naming the unit, as in "1. **Ủy ban nhân dân xã:** …" (without the colon).
    public var leadIn: String?
    /// For rows of a `nhiem-vu` block: the columns as the clerk wrote them.
    public var explicitUnits: String?
    public var explicitDeadline: String?
    /// Further paragraphs of the item (continuation paragraphs, "+" sub-items): where each one's
    /// text starts in `text`. The first paragraph, at offset 0, is `blockPath`.
    public var segments: [TextSegment] = []
    /// UTF-8 offset of `text` in the paragraph at `blockPath`: 0 for an item that is a whole
    /// paragraph, further in for a directive read out of running text.
    public var sourceOffset = 0
    /// The words of the introduction that address the whole list ("đề nghị thường trực HĐND, các
    /// ban HĐND phường tập trung … sau:" → "thường trực HĐND, các ban HĐND phường tập trung …"):
    /// the bodies named there are asked to do every item.
    public var addressedInIntroduction: String?
    /// A time line of the directive part that stands apart from the items ("Thời gian treo cờ Tổ
    /// quốc: từ ngày 23/7 đến hết ngày 27/7/2025"): its dates apply to the item, as inferred.
    public var statedTime: String?
    /// Whether the extractor may still cut the text at ";" (`DirectiveSplitter`). The prose reader
    /// cuts its own directives, so it turns this off.
    public var splitsAtSemicolons = true

    public init(ordinal: Int, label: String, text: String, line: Int, blockPath: [Int]? = nil,
                leadIn: String? = nil, explicitUnits: String? = nil, explicitDeadline: String? = nil) {
        self.ordinal = ordinal
        self.label = label
        self.text = text
        self.line = line
        self.blockPath = blockPath
        self.leadIn = leadIn
        self.explicitUnits = explicitUnits
        self.explicitDeadline = explicitDeadline
    }
}

/// A task after extraction: who must do what, by when.
public struct TaskItem: Hashable, Codable, Sendable {
    /// Stable id, unique in the site: "<conclusion id>-nv-<ordinal>" (with "-<n>" for split items).
    public var id: String
    public var ordinal: Int
    public var label: String
    public var text: String
    public var units: [UnitMention]
    public var deadlines: [Deadline]
    public var line: Int
    public var blockPath: [Int]?
    /// See `RawTask.segments`.
    public var segments: [TextSegment] = []
    /// UTF-8 offset of `text` in the text of the paragraph at `blockPath`: 0, except for a
    /// directive split out of a longer paragraph (ids "…-nv-3-2"), whose text starts further in.
    public var sourceOffset: Int = 0

    public init(id: String, ordinal: Int, label: String, text: String, units: [UnitMention],
                deadlines: [Deadline], line: Int, blockPath: [Int]?) {
        self.id = id
        self.ordinal = ordinal
        self.label = label
        self.text = text
        self.units = units
        self.deadlines = deadlines
        self.line = line
        self.blockPath = blockPath
    }

    /// The earliest date the task is due or scheduled, for sorting.
    public var firstDate: CivilDate? { deadlines.compactMap(\.sortDate).min() }
}

/// A paragraph of a task's text that lives in another Markdown block than the first one.
public struct TextSegment: Hashable, Codable, Sendable {
    public var path: [Int]
    /// UTF-8 offset in the task's text where this paragraph's text starts (negative when the task
    /// takes the paragraph from its middle on): a range `r` of the task's text is `r - offset` in
    /// the paragraph.
    public var offset: Int
    /// UTF-8 offset in the task's text where this piece begins.
    public var start: Int

    public init(path: [Int], offset: Int, start: Int? = nil) {
        self.path = path
        self.offset = offset
        self.start = start ?? max(0, offset)
    }
}
