/// What a conclusion says about itself: the header, title and signature of the Party document
/// (domain.md §1.3–1.5). Every field is optional: what is neither in the text nor in the front
/// matter is left off the page.
public struct ConclusionMeta: Hashable, Codable, Sendable {
    /// Tên loại: "THÔNG BÁO".
    public var typeName: String?
    /// Trích yếu: "Kết luận hội nghị triển khai chương trình công tác tháng 02/2026".
    public var subject: String?
    public var meetingDate: CivilDate?
    /// Ngày ban hành, from the date line or front matter.
    public var date: CivilDate?
    public var place: String?
    /// Số và ký hiệu: "15-TB/ĐU".
    public var number: String?
    /// Tên cơ quan ban hành: "ĐẢNG ỦY XÃ XUÂN HƯNG".
    public var issuer: String?
    /// Tên cơ quan cấp trên trực tiếp: "ĐẢNG BỘ TỈNH THANH HÓA".
    public var superior: String?
    /// Who chaired the meeting: "Trần Văn Vy", and the title written beside the name.
    public var chair: String?
    public var chairTitle: String?
    /// Quyền hạn ký: "T/L BAN THƯỜNG VỤ".
    public var signingAuthority: String?
    /// Chức vụ người ký: "CHÁNH VĂN PHÒNG".
    public var signerTitle: String?
    public var signer: String?
    /// The month or quarter the tasks section plans ("Nhiệm vụ trọng tâm tháng 02/2026").
    public var period: ClosedRange<CivilDate>?
    /// The phrase the period was read from: "tháng 02/2026".
    public var periodText: String?
    /// What the document is, which decides its layout (see `DocumentKind`); nil when neither the
    /// text nor the front matter tells (a sectioned conclusion without a header): the site's print
    /// profile decides.
    public var kind: DocumentKind?
    /// The day year-less phrases are read against when the meeting's day is not written: the issue
    /// date, else a date the text gives ("Thông báo … nghỉ Tết Dương lịch năm 2026 … ngày 31/12/2025").
    public var referenceDate: CivilDate?
    /// The header carries the national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    public var hasStateMotto = false

    public init() {}

    /// The date year-less deadlines take their year from: the meeting, else the reference date.
    public var dateContext: CivilDate? { meetingDate ?? date ?? referenceDate }

    /// The date a conclusion is filed under: its meeting date, else its issue date.
    public var sortDate: CivilDate? { meetingDate ?? date }
}

/// A part of the body: "I. Kết quả thực hiện nhiệm vụ tháng 01/2026".
public struct ConclusionSection: Hashable, Codable, Sendable {
    public enum Kind: String, Hashable, Codable, Sendable {
        case results, shortcomings, tasks, implementation, other
    }

    public var marker: String?
    public var title: String
    public var kind: Kind
    public var line: Int
    /// Numbered sub-sections ("1. Công tác xây dựng Đảng …") with their titles.
    public var subsections: [String]
    /// Items of a section written as a list or as separate paragraphs (the shortcomings).
    public var items: [String]

    public init(marker: String?, title: String, kind: Kind, line: Int, subsections: [String] = [], items: [String] = []) {
        self.marker = marker
        self.title = title
        self.kind = kind
        self.line = line
        self.subsections = subsections
        self.items = items
    }
}

/// A conclusion as the reader understood it, before extraction and rendering.
public struct ConclusionDocument: Hashable, Codable, Sendable {
    public var meta = ConclusionMeta()
    public var sections: [ConclusionSection] = []
    public var rawTasks: [RawTask] = []
    /// The closing paragraphs ("Yêu cầu các cơ quan, đơn vị …"), plain text.
    public var closing: [String] = []
    public var recipients: [String] = []
    /// Top-level blocks that make the body (opening to closing), for rendering.
    public var bodyBlocks: Range<Int> = 0..<0
    /// Top-level block indexes that are section titles, and those that are sub-section titles.
    public var sectionTitleBlocks: [Int] = []
    public var subsectionTitleBlocks: [Int] = []
    /// Paragraphs the page-break repair joined: the words around each join.
    public var pageBreakJoins: [String] = []
    /// Read as running text (no tasks section): a write-up or a web notice.
    public var isProse = false
    /// The introductions of directives found in running text ("… kết luận như sau:"), for the
    /// warning when no task could be read after them.
    public var directiveIntroductions: [DirectiveIntroduction] = []
    /// Sentences of running text said as a directive ("Đề nghị …") that read as no task.
    public var unreadDirectiveSentences: [DirectiveIntroduction] = []

    public init() {}
}

/// An introduction to directives as written ("… kết luận như sau:"): its line, its words, and how
/// many tasks the reader found after it.
public struct DirectiveIntroduction: Hashable, Codable, Sendable {
    public var line: Int
    public var text: String
    public var tasksRead: Int

    public init(line: Int, text: String, tasksRead: Int) {
        self.line = line
        self.text = text
        self.tasksRead = tasksRead
    }
}

/// What a conclusion is, which decides how it is laid out and printed:
/// - `party`: a Party document (Đảng ủy, Ban Thường vụ, Thường trực), header of Hướng dẫn
///   36-HD/VPTW ("ĐẢNG CỘNG SẢN VIỆT NAM");
/// - `state`: a document of the People's Committee or Council, header of Nghị định 30/2020
///   ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc");
/// - `joint`: issued together by Party and state bodies ("ĐẢNG ỦY - HĐND - UBND"); printed as a
///   Party document, since the Party committee convenes;
/// - `article`: a news write-up of a meeting, shown as an article (headline, date, text), never as
///   a signed document.
public enum DocumentKind: String, CaseIterable, Hashable, Codable, Sendable {
    case party = "dang"
    case state = "nha-nuoc"
    case joint = "lien-tich"
    case article = "tin-bai"

    /// Whether the document is laid out as a signed document (header, number, signature).
    public var isDocument: Bool { self != .article }

    /// Reads `kind:` from front matter: the values above, or their plain names.
    public init?(name: String) {
        let key = FoldedText.key(name)
        switch key {
        case "dang", "party", "dang uy", "van ban dang": self = .party
        case "nha-nuoc", "nha nuoc", "state", "chinh quyen", "ubnd", "hdnd", "van ban nha nuoc": self = .state
        case "lien-tich", "lien tich", "joint": self = .joint
        case "tin-bai", "tin bai", "article", "tin", "bai viet": self = .article
        default: return nil
        }
    }
}
