/// Walks a compiled template over a view, writing UTF-8 into one growing buffer. Names are
/// resolved against the context stack (the views of the sections entered, innermost last) with a
/// `switch` on each value: no dynamic casts, no intermediate strings.
struct TemplateRenderer {
    /// What changes when a partial, layout, block or list element is entered.
    struct Scope {
        /// The element of the innermost list being rendered; nil outside lists and once another
        /// section, partial or block is entered (as Mustache's `first()`/`last()` behave).
        var position: ListPosition?
        /// Added at the start of each line a standalone partial renders.
        var indentation: [UInt8] = []
        /// The blocks the pages around have filled in; the outermost page wins.
        var blocks: [String: [TemplateNode]] = [:]
    }

    let programs: [[TemplateNode]]
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue] = []

    init(programs: [[TemplateNode]], view: TemplateValue, capacity: Int) {
        self.programs = programs
        stack = [view]
        output.reserveCapacity(capacity)
    }

    mutating func render(_ nodes: [TemplateNode], _ scope: Scope) {
        guard !scope.indentation.isEmpty else {
            for node in nodes { render(node, scope) }
            return
        }
        // Each line this template writes starts with the indentation (a line ends with "\n"; one
        // ending with "\r\n" is not a "\n" line to Mustache's character-wise rule, and is left so).
        let start = output.count
        for node in nodes {
            let before = output.count
            render(node, scope)
            if output.count > before, before > start, output[before - 1] == 0x0A,
               !(before - 2 >= start && output[before - 2] == 0x0D)
            {
                output.insert(contentsOf: scope.indentation, at: before)
            }
        }
    }

    private mutating func render(_ node: TemplateNode, _ scope: Scope) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .value(let name, let escaped):
            if let value = resolve(name, scope) { write(value, escaped: escaped) }
        case .section(let name, let body, let inverted):
            let value = resolve(name, scope)
            if inverted { renderInverted(value, body, scope) } else { renderSection(value, body, scope) }
        case .partial(let reference, let indentation):
            var inner = scope
            inner.position = nil
            inner.indentation += indentation
            render(programs[reference.target], inner)
        case .layout(let reference, let indentation, let blocks):
            var inner = scope
            inner.position = nil
            inner.indentation += indentation
            inner.blocks = scope.blocks.merging(blocks) { outer, _ in outer }
            render(programs[reference.target], inner)
        case .block(let name, let defaultBody, let indentation):
            var inner = scope
            inner.position = nil
            inner.indentation += indentation
            render(scope.blocks[name] ?? defaultBody, inner)
        }
    }

    private mutating func renderSection(_ value: TemplateValue?, _ body: [TemplateNode], _ scope: Scope) {
        guard let value else { return }
        switch value {
        case .flag(let open):
            if open { render(body, scope) }
        case .list(let items):
            var inner = scope
            for (index, item) in items.enumerated() {
                inner.position = ListPosition(index: index, isLast: index == items.count - 1)
                stack.append(item)
                render(body, inner)
                stack.removeLast()
            }
        case .text, .number, .object:
            var inner = scope
            inner.position = nil
            stack.append(value)
            render(body, inner)
            stack.removeLast()
        }
    }

    private mutating func renderInverted(_ value: TemplateValue?, _ body: [TemplateNode], _ scope: Scope) {
        guard let value else { return render(body, scope) }
        switch value {
        case .flag(let open):
            if !open { render(body, scope) }
        case .list(let items) where items.isEmpty:
            var inner = scope
            inner.position = nil
            stack.append(value)
            render(body, inner)
            stack.removeLast()
        case .list, .text, .number, .object:
            return
        }
    }

    private func resolve(_ name: TemplateName, _ scope: Scope) -> TemplateValue? {
        switch name {
        case .current:
            return stack.last
        case .position(let query):
            return scope.position?.value(query)
        case .anchored(let parts):
            return Self.descend(stack[stack.count - 1], parts[...])
        case .path(let parts):
            let first = parts[0]
            var level = stack.count - 1
            while level >= 0 {
                if case .object(let object) = stack[level], let found = object[first] {
                    return parts.count == 1 ? found : Self.descend(found, parts.dropFirst())
                }
                level -= 1
            }
            return nil
        }
    }

    private static func descend(_ value: TemplateValue, _ parts: ArraySlice<String>) -> TemplateValue? {
        var current = value
        for part in parts {
            guard case .object(let object) = current, let next = object[part] else { return nil }
            current = next
        }
        return current
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped { HTML.appendEscaped(text, to: &output) } else { output.append(contentsOf: text.utf8) }
        case .number(let number):
            output.append(contentsOf: String(number).utf8)
        case .flag(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list, .object:
            // Nothing a reader could use; Mustache would print the program's own description.
            return
        }
    }
}
