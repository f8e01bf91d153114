import BantinCore
import Yams

/// Small helpers to read typed values out of a Yams node tree, keeping line numbers for errors.
enum YAMLReading {
    /// Parses `text` into a node tree (no implicit timestamps: dates stay strings, read as `CivilDate`).
    /// `lineOffset` is added to Yams' line numbers, for YAML that starts inside a larger file.
    static func compose(_ text: String, path: String, lineOffset: Int = 0) throws(Diagnostic) -> Node? {
        do {
            return try Yams.compose(yaml: text, Resolver.default.removing(.timestamp))
        } catch let error as YamlError {
            throw diagnostic(error, path: path, lineOffset: lineOffset)
        } catch {
            throw .error(path, line: lineOffset + 1, "không đọc được YAML: \(firstLine(of: error))")
        }
    }

    static func diagnostic(_ error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return .error(path, line: lineOffset + mark.line, column: mark.column,
                "YAML không hợp lệ: \(problem); kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này")
        default:
            return .error(path, line: lineOffset + 1, "YAML không hợp lệ: \(firstLine(of: error))")
        }
    }

    /// Yams' descriptions quote the text around the error on further lines: the first is enough.
    private static func firstLine(of error: any Error) -> String {
        "\(error)".split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    }

    static func line(_ node: Node, offset: Int) -> Int { offset + (node.mark?.line ?? 1) }

    /// The mapping at the root, or an error when the YAML is something else (a list, a scalar).
    static func rootMapping(_ node: Node?, path: String, lineOffset: Int) throws(Diagnostic) -> Node.Mapping {
        guard let node else { return Node.Mapping([]) }
        guard let mapping = node.mapping else {
            throw .error(path, line: line(node, offset: lineOffset),
                "cần các cặp \"khóa: giá trị\" ở đây, không phải một danh sách hay một giá trị đơn")
        }
        return mapping
    }

    static func string(_ node: Node, key: String, path: String, lineOffset: Int) throws(Diagnostic) -> String {
        guard let scalar = node.scalar else {
            throw .error(path, line: line(node, offset: lineOffset), "\"\(key)\" phải là một chuỗi văn bản")
        }
        return TextNormalization.normalize(scalar.string)
    }

    static func bool(_ node: Node, key: String, path: String, lineOffset: Int) throws(Diagnostic) -> Bool {
        guard let value = node.bool else {
            throw .error(path, line: line(node, offset: lineOffset), "\"\(key)\" phải là true hoặc false")
        }
        return value
    }

    static func int(_ node: Node, key: String, path: String, lineOffset: Int) throws(Diagnostic) -> Int {
        guard let value = node.int else {
            throw .error(path, line: line(node, offset: lineOffset), "\"\(key)\" phải là một số nguyên")
        }
        return value
    }

    static func date(_ node: Node, key: String, path: String, lineOffset: Int) throws(Diagnostic) -> CivilDate {
        let text = try string(node, key: key, path: path, lineOffset: lineOffset)
        if let date = CivilDate(iso: text) ?? CivilDate(vietnamese: text) {
            guard DateBounds.contains(date) else {
                throw .error(path, line: line(node, offset: lineOffset),
                    "\"\(key)\": năm \(date.year) ngoài khoảng \(DateBounds.rangeText) mà một kết luận có thể nói tới (và lịch âm tính được); kiểm tra lại năm")
            }
            return date
        }
        throw .error(path, line: line(node, offset: lineOffset),
            "\"\(key)\": \"\(text)\" không phải là ngày; viết dạng 2026-01-29 hoặc 29/01/2026")
    }
}
