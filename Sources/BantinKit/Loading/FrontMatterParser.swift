import BantinCore
import Yams

/// Front matter read from its YAML: the values, warnings about unknown keys, and errors that stop
/// the build once the file has been read (corrections that cannot be decoded).
struct ParsedFrontMatter {
    var matter: FrontMatter
    var warnings: [Diagnostic]
    var errors: [Diagnostic]
}

/// Reads the YAML of a conclusion's front matter into `FrontMatter` values.
enum FrontMatterParser {
    /// Keys that other tools write (the benchmark corpus lists `units` and `commune` for Hugo); accepted, unused.
    static let ignoredKeys: Set<String> = ["units", "commune", "tags", "draft", "description"]

    /// Reads front matter that starts at `firstLine` of the file at `path`. A broken `corrections`
    /// list is returned in `errors`: it stops the build, but reading goes on so that every problem
    /// of the file is reported at once.
    static func parse(_ yaml: String, path: String, firstLine: Int) throws(Diagnostic) -> ParsedFrontMatter {
        let offset = firstLine - 1
        let root = try YAMLReading.compose(yaml, path: path, lineOffset: offset)
        var matter = FrontMatter()
        var warnings: [Diagnostic] = []
        var errors: [Diagnostic] = []
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
            case "kind":
                let name = try text()
                guard let kind = DocumentKind(name: name) else {
                    throw .error(path, line: YAMLReading.line(value, offset: offset),
                        "\"kind: \(name)\" không rõ; dùng một trong: dang (văn bản Đảng), nha-nuoc (văn bản UBND, HĐND), lien-tich, tin-bai (bài viết)")
                }
                matter.kind = kind
            case "corrections":
                do {
                    matter.corrections = try YAMLDecoder().decode([TaskCorrection].self, from: value)
                } catch {
                    errors.append(.error(path, line: YAMLReading.line(value, offset: offset),
                        "phần \"corrections\" không đúng dạng: \(error); mỗi mục cần \"task\" và \"units\", \"remove_units\" hoặc \"deadline\""))
                }
            default:
                if !ignoredKeys.contains(key) {
                    warnings.append(.warning(path, line: YAMLReading.line(keyNode, offset: offset),
                        "khóa \"\(key)\" không được dùng; các khóa hợp lệ: title, date, meeting_date, type, number, issuer, superior, place, chair, signer, signer_title, signing_authority, slug, kind, corrections"))
                }
            }
        }
        return ParsedFrontMatter(matter: matter, warnings: warnings, errors: errors)
    }
}
