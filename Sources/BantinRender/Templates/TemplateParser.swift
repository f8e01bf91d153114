/// Parses one template's UTF-8 text into nodes.
///
/// Whitespace follows the rules the templates were written against (Mustache's, as swift-mustache
/// applied them, so the pages stay byte for byte what they were): a line holding only a section,
/// comment, partial, layout or block tag (and spaces) leaves no line break; text is kept line by
/// line, so an indented partial can indent each line.
struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0

    private struct State {
        /// The section, layout or block being read: its name as written and the offset of its tag.
        var open: (name: String, offset: Int)?
        var newLine = true
        /// Inside `{{< layout}}…{{/layout}}`; at its top level only block definitions count.
        var inLayout = false
        var layoutTopLevel = false
        /// Leading whitespace of the first line of a block definition, taken off every line.
        var layoutIndent: [UInt8]?
        var openDelimiter: [UInt8] = Array("{{".utf8)
        var closeDelimiter: [UInt8] = Array("}}".utf8)
        /// Sections, layouts and blocks around this one.
        var depth = 0

        func entering(_ name: String, at offset: Int, newLine: Bool) -> State {
            var state = self
            state.open = (name, offset)
            state.depth += 1
            state.layoutTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }
    }

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    static func parse(_ bytes: [UInt8]) throws(TemplateSyntaxError) -> [TemplateNode] {
        var parser = TemplateParser(bytes)
        return try parser.parse(State())
    }

    /// Deeper nesting than any page needs; past it the parser (and the renderer) would recurse
    /// until the stack runs out.
    static let maximumDepth = 100

    private mutating func parse(_ initial: State) throws(TemplateSyntaxError) -> [TemplateNode] {
        if initial.depth > Self.maximumDepth, let open = initial.open {
            throw error("các thẻ {{#…}}, {{^…}}, {{<…}}, {{$…}} lồng nhau quá \(Self.maximumDepth) tầng; hãy tách mẫu thành các partial", at: open.offset)
        }
        var nodes: [TemplateNode] = []
        var state = initial
        var whitespaceBefore: [UInt8] = []
        while position < bytes.count {
            if state.newLine {
                let whitespace = read(while: { $0 == 0x20 || $0 == 0x09 })
                if state.inLayout, !state.layoutTopLevel {
                    if let indent = state.layoutIndent {
                        whitespaceBefore = Array(whitespace.dropFirst(indent.count))
                    } else {
                        state.layoutIndent = whitespace
                    }
                } else {
                    whitespaceBefore = whitespace
                }
            }
            let text = readText(state)
            let newline = newlineLength(at: position)
            if newline > 0 {
                nodes.append(.text(whitespaceBefore + text + bytes[position..<position + newline]))
                state.newLine = true
                position += newline
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whitespaceBefore + text))
                whitespaceBefore = []
                state.newLine = false
            }
            guard position < bytes.count else { break }
            // A tag: `position` is just after its opening delimiter.
            let tagStart = position - state.openDelimiter.count
            var setNewLine = false
            func flushWhitespace() {
                if !whitespaceBefore.isEmpty {
                    nodes.append(.text(whitespaceBefore))
                    whitespaceBefore = []
                }
            }
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let (raw, name) = try readName(state)
                if isStandalone(state) { setNewLine = true } else { flushWhitespace() }
                let body = try parse(state.entering(raw, at: tagStart, newLine: setNewLine))
                nodes.append(.section(name, body: body, inverted: inverted))

            case UInt8(ascii: "/"):
                position += 1
                let nameStart = position
                let raw = try readRawName(state, characters: Self.partialNameCharacters)
                guard let open = state.open, raw == open.name else {
                    position = nameStart
                    let opened = state.open.map { "thẻ mở {{#\($0.name)}} ở dòng \(Self.place(of: $0.offset, in: bytes).line)" } ?? "không có thẻ mở nào"
                    throw error("thẻ đóng {{/\(raw)}} không khớp: \(opened); mỗi {{#tên}} (hoặc {{^tên}}, {{<tên}}, {{$tên}}) cần đúng một {{/tên}}")
                }
                if !isStandalone(state) { flushWhitespace() }
                return nodes

            case UInt8(ascii: "!"):
                position += 1
                try skipComment(state)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == UInt8(ascii: "{")
                flushWhitespace()
                position += 1
                let (_, name) = try readName(state)
                if triple {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw error("thẻ {{{…}}} thiếu dấu } thứ ba")
                    }
                    position += 1
                }
                nodes.append(.value(name, escaped: false))

            case UInt8(ascii: ">"):
                position += 1
                let reference = try readTemplateReference(state, at: tagStart)
                // The white space before the tag is kept, and indents the partial's other lines.
                let indentation = whitespaceBefore
                if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(reference, indentation: indentation))
                } else {
                    nodes.append(.partial(reference, indentation: []))
                }
                whitespaceBefore = []

            case UInt8(ascii: "<"):
                position += 1
                let reference = try readTemplateReference(state, at: tagStart)
                let indentation = whitespaceBefore
                if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                if isStandalone(state) { setNewLine = true }
                var inner = state.entering(reference.name, at: tagStart, newLine: true)
                inner.newLine = true
                inner.inLayout = true
                inner.layoutTopLevel = true
                var blocks: [String: [TemplateNode]] = [:]
                let blockStart = position
                for node in try parse(inner) {
                    switch node {
                    case .block(let name, let body, _): blocks[name] = body
                    case .text: continue
                    default:
                        position = blockStart
                        throw error("trong {{<\(reference.name)}} … {{/\(reference.name)}} chỉ được có các khối {{$tên}} … {{/tên}}", at: tagStart)
                    }
                }
                nodes.append(.layout(reference, indentation: indentation, blocks: blocks))
                whitespaceBefore = []

            case UInt8(ascii: "$"):
                position += 1
                let (raw, _) = try readName(state)
                guard !raw.contains("(") else { throw error("khối {{$\(raw)}} không nhận hàm", at: tagStart) }
                if state.layoutTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.entering(raw, at: tagStart, newLine: setNewLine))
                    nodes.append(.block(raw, defaultBody: body, indentation: []))
                } else {
                    let indentation = whitespaceBefore
                    if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.entering(raw, at: tagStart, newLine: setNewLine))
                    nodes.append(.block(raw, defaultBody: body, indentation: indentation))
                    whitespaceBefore = []
                }

            case UInt8(ascii: "="):
                position += 1
                try readDelimiters(&state)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "%"):
                throw error("bantin không dùng thẻ {{%…}}; xóa thẻ này", at: tagStart)

            default:
                flushWhitespace()
                let (_, name) = try readName(state)
                nodes.append(.value(name, escaped: true))
            }
            state.newLine = setNewLine
        }
        if let open = state.open {
            throw error("thẻ {{…\(open.name)}} mở ở đây chưa được đóng; thêm {{/\(open.name)}}", at: open.offset)
        }
        return nodes
    }

    // MARK: Reading

    private mutating func read(while accept: (UInt8) -> Bool) -> [UInt8] {
        let start = position
        while position < bytes.count, accept(bytes[position]) { position += 1 }
        return Array(bytes[start..<position])
    }

    /// Text up to a line break (not taken) or an opening delimiter (taken).
    private mutating func readText(_ state: State) -> [UInt8] {
        let open = state.openDelimiter
        var text: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x0A || (byte == 0x0D && position + 1 < bytes.count && bytes[position + 1] == 0x0A) { break }
            if byte == open[0] {
                if bytes[position...].starts(with: open) {
                    position += open.count
                    break
                }
            }
            text.append(byte)
            position += 1
        }
        return text
    }

    /// The length of the line break at `offset`, or 0: LF, CR LF, CR, VT, FF, NEL, LS, PS.
    private func newlineLength(at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        switch bytes[offset] {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
        case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// The length of the white space at `offset` (ASCII spaces, tabs and line breaks, no-break
    /// space), or 0.
    private func whitespaceLength(at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        if bytes[offset] == 0x20 || bytes[offset] == 0x09 { return 1 }
        if bytes[offset] == 0xC2, offset + 1 < bytes.count, bytes[offset + 1] == 0xA0 { return 2 }
        return newlineLength(at: offset)
    }

    private mutating func skipWhitespace() {
        while case let length = whitespaceLength(at: position), length > 0 { position += length }
    }

    /// Whether the tag just read is alone on its line (only spaces after it, and nothing but
    /// spaces before it); if so its line break is taken too.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position >= bytes.count { return true }
        var end = position
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        let newline = newlineLength(at: end)
        guard newline > 0 else { return false }
        position = end + newline
        return true
    }

    private static let nameCharacters: Set<UInt8> = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*".utf8)
    private static let partialNameCharacters: Set<UInt8> = nameCharacters.union([UInt8(ascii: "/")])

    /// A name up to the closing delimiter, as written.
    private mutating func readRawName(_ state: State, characters: Set<UInt8>) throws(TemplateSyntaxError) -> String {
        let start = position
        skipWhitespace()
        let name = String(decoding: read(while: { characters.contains($0) }), as: UTF8.self)
        skipWhitespace()
        guard bytes[position...].starts(with: state.closeDelimiter) else {
            let close = String(decoding: state.closeDelimiter, as: UTF8.self)
            throw error("thẻ chưa đóng bằng \(close), hoặc tên có ký tự không dùng được (chỉ chữ không dấu, số, . - _)", at: start)
        }
        position += state.closeDelimiter.count
        return name
    }

    /// A value's name: `a.b`, `.`, or a list position such as `last()`.
    private mutating func readName(_ state: State) throws(TemplateSyntaxError) -> (String, TemplateName) {
        let start = position
        let raw = try readRawName(state, characters: Self.nameCharacters)
        if raw.hasSuffix("()") {
            guard let query = ListPosition.Query(rawValue: String(raw.dropLast(2))) else {
                position = start
                throw error("hàm \(raw) không có; trong một danh sách chỉ dùng được first(), last(), index(), even(), odd()")
            }
            return (raw, .position(query))
        }
        if raw.contains("(") || raw.contains(")") {
            position = start
            throw error("bantin không dùng hàm trong tên \(raw); chỉ dùng first(), last(), index(), even(), odd()")
        }
        let parts = raw.split(separator: ".").map(String.init)
        if parts.isEmpty { return (raw, .current) }
        return (raw, raw.hasPrefix(".") ? .anchored(parts) : .path(parts))
    }

    private mutating func readTemplateReference(_ state: State, at place: Int) throws(TemplateSyntaxError) -> TemplateReference {
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "*") {
            throw error("bantin không dùng tên mẫu động {{>*…}}; viết tên mẫu", at: place)
        }
        let name = try readRawName(state, characters: Self.partialNameCharacters)
        guard !name.isEmpty else { throw error("thiếu tên mẫu sau {{> hoặc {{<", at: place) }
        return TemplateReference(name: name, offset: place)
    }

    private mutating func skipComment(_ state: State) throws(TemplateSyntaxError) {
        let start = position
        while position < bytes.count {
            if bytes[position...].starts(with: state.closeDelimiter) {
                position += state.closeDelimiter.count
                return
            }
            position += 1
        }
        position = start
        throw error("chú thích {{! … chưa đóng bằng \(String(decoding: state.closeDelimiter, as: UTF8.self))")
    }

    /// `{{=<% %>=}}`.
    private mutating func readDelimiters(_ state: inout State) throws(TemplateSyntaxError) {
        let start = position
        func fail() -> TemplateSyntaxError {
            position = start
            return error("thẻ đổi dấu phân cách phải có dạng {{=<% %>=}}")
        }
        skipWhitespace()
        let open = read(while: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D })
        guard position < bytes.count else { throw fail() }
        skipWhitespace()
        let close = read(while: { $0 != UInt8(ascii: "=") && $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D })
        guard position < bytes.count else { throw fail() }
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw fail() }
        position += 1
        guard bytes[position...].starts(with: state.closeDelimiter), !open.isEmpty, !close.isEmpty else { throw fail() }
        position += state.closeDelimiter.count
        state.openDelimiter = open
        state.closeDelimiter = close
        state.layoutTopLevel = false
    }

    // MARK: Places

    /// Line and column (1-based; the column counts characters) of a byte offset.
    static func place(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<min(max(offset, lineStart), bytes.count)], as: UTF8.self).count + 1
        return (line, column)
    }

    private func error(_ message: String, at offset: Int? = nil) -> TemplateSyntaxError {
        let (line, column) = Self.place(of: offset ?? position, in: bytes)
        return TemplateSyntaxError(line: line, column: column, message: message)
    }
}
