import Yams

/// The optional YAML block between `---` lines at the top of a conclusion. Every field overrides
/// what the reader finds in the text; a field in neither is left off the page, never invented.
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
    /// Task corrections, kept as YAML text with its first line so extraction can decode and report them.
    public var corrections: YAMLFragment?

    public init() {}

    /// Keys that other tools write (the benchmark corpus lists `units` and `commune` for Hugo); accepted, unused.
    static let ignoredKeys: Set<String> = ["units", "commune", "tags", "draft", "description"]

    /// Reads front matter that starts at `firstLine` of the file at `path`.
    public static func parse(_ yaml: String, path: String, firstLine: Int) throws(Diagnostic) -> (FrontMatter, [Diagnostic]) {
        let offset = firstLine - 1
        let root = try YAMLReading.compose(yaml, path: path, lineOffset: offset)
        var matter = FrontMatter()
        var warnings: [Diagnostic] = []
        for (keyNode, value) in try YAMLReading.rootMapping(root, path: path, lineOffset: offset) {
            let key = keyNode.string ?? ""
            func text() throws(Diagnostic) -> String { try YAMLReading.string(value, key: key, path: path, lineOffset: offset) }
            func date() throws(Diagnostic) -> CivilDate { try YAMLReading.date(value, key: key, path: path, lineOffset: offset) }
            switch key {
            case "title": matter.title = try text()
            case "date": matter.date = try date()
            case "meeting_date": matter.meetingDate = try date()
            case "type": matter.typeName = try text()
            case "number": matter.number = try text()
            case "issuer": matter.issuer = try text()
            case "superior": matter.superior = try text()
            case "place": matter.place = try text()
            case "chair": matter.chair = try text()
            case "signer": matter.signer = try text()
            case "signer_title": matter.signerTitle = try text()
            case "signing_authority": matter.signingAuthority = try text()
            case "slug": matter.slug = try text()
            case "corrections":
                matter.corrections = YAMLFragment(node: value, path: path, lineOffset: offset)
            default:
                if !ignoredKeys.contains(key) {
                    warnings.append(.warning(path, line: YAMLReading.line(keyNode, offset: offset),
                        "khóa \"\(key)\" không được dùng; các khóa hợp lệ: title, date, meeting_date, type, number, issuer, superior, place, chair, signer, signer_title, signing_authority, slug, corrections"))
                }
            }
        }
        return (matter, warnings)
    }
}

/// A piece of YAML kept for a later stage, with where it came from.
public struct YAMLFragment: @unchecked Sendable, Hashable {
    // Yams.Node is an immutable value tree; it only lacks the Sendable annotation.
    public let node: Node
    public let path: String
    public let lineOffset: Int

    public static func == (lhs: YAMLFragment, rhs: YAMLFragment) -> Bool {
        lhs.node == rhs.node && lhs.path == rhs.path && lhs.lineOffset == rhs.lineOffset
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(lineOffset)
    }
}

extension YAMLFragment {
    /// Decodes the fragment; a mismatch becomes a diagnostic at the fragment's line.
    func decode<T: Decodable>(_ type: T.Type) throws(Diagnostic) -> T {
        do {
            return try YAMLDecoder().decode(type, from: node)
        } catch {
            throw .error(path, line: YAMLReading.line(node, offset: lineOffset),
                "phần \"corrections\" không đúng dạng: \(error); mỗi mục cần \"task\" và \"units\", \"remove_units\" hoặc \"deadline\"")
        }
    }
}
