/// What a conclusion says about itself: the header, title and signature of the Party document
/// (domain.md §1.3–1.5). Every field is optional: what is neither in the text nor in the front
/// matter is left off the page.
public struct ConclusionMeta: Hashable, Sendable {
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

    public init() {}

    /// The date a conclusion is filed under: its meeting date, else its issue date.
    public var sortDate: CivilDate? { meetingDate ?? date }
}

/// A part of the body: "I. Kết quả thực hiện nhiệm vụ tháng 01/2026".
public struct ConclusionSection: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
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
public struct ConclusionDocument: Hashable, Sendable {
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

    public init() {}
}
