/// The optional YAML block between `---` lines at the top of a conclusion, as values (the loader
/// parses the YAML). Every field overrides what the reader finds in the text; a field in neither
/// is left off the page, never invented.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    /// Ngày ban hành: the document's date line ("Xuân Hưng, ngày 30 tháng 01 năm 2026").
    public var date: CivilDate?
    public var meetingDate: CivilDate?
    public var typeName: String?
    public var number: String?
    public var issuer: String?
    public var superior: String?
    public var place: String?
    public var chair: String?
    public var signer: String?
    public var signerTitle: String?
    public var signingAuthority: String?
    public var slug: String?
    /// `kind:` — what the document is (dang, nha-nuoc, lien-tich, tin-bai); read from the text when absent.
    public var kind: DocumentKind?
    /// The clerk's fixes to extracted tasks (`corrections:`), applied after extraction.
    public var corrections: [TaskCorrection] = []

    public init() {}
}
