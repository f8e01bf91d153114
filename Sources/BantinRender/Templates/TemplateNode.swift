/// A template parsed once into a tree of nodes, which the renderer walks for every page.
///
/// The subset of Mustache bantin's templates use: `{{name}}` (escaped), `{{{name}}}` and
/// `{{& name}}` (raw), dotted names, `{{.}}`, sections, inverted sections, comments, `{{=<% %>=}}`,
/// partials (`{{> name}}`), layouts (`{{< base}}` with `{{$block}}…{{/block}}`), and the position
/// of a list element (`{{#first()}}`, `{{^last()}}`, `{{index()}}`, `{{#even()}}`, `{{#odd()}}`).
/// Line breaks around standalone tags are removed as Mustache does.
indirect enum TemplateNode: Sendable {
    case text([UInt8])
    case value(TemplateName, escaped: Bool)
    case section(TemplateName, body: [TemplateNode], inverted: Bool)
    /// `{{> name}}`: `target` is the index of the template, set when all templates are known.
    /// A standalone partial indents every line it renders like the tag.
    case partial(TemplateReference, indentation: [UInt8])
    /// `{{< name}}…{{/name}}`: renders the layout `name` with these blocks in place of its own.
    case layout(TemplateReference, indentation: [UInt8], blocks: [String: [TemplateNode]])
    /// `{{$name}}default{{/name}}` in a layout.
    case block(String, defaultBody: [TemplateNode], indentation: [UInt8])
}

/// The template a partial or layout tag names, and where the tag is (for messages).
struct TemplateReference: Sendable {
    var name: String
    /// Byte offset of the tag in its template.
    var offset: Int
    /// Index in `CompiledTemplates.programs`; -1 until linked.
    var target: Int = -1
}

/// A name as a template writes it, split once at parse time.
enum TemplateName: Sendable {
    /// `{{.}}`: the value on top of the context.
    case current
    /// `{{a.b}}`: `a` looked up from the top of the context down, then `b` inside it.
    case path([String])
    /// `{{.a.b}}`: `a` looked up in the top of the context only.
    case anchored([String])
    /// `{{first()}}` and friends: where the current list element is.
    case position(ListPosition.Query)
}

/// Where an element of a list being rendered sits.
struct ListPosition: Sendable {
    var index: Int
    var isLast: Bool

    enum Query: String, Sendable, CaseIterable {
        case first, last, index, even, odd
    }

    func value(_ query: Query) -> TemplateValue {
        switch query {
        case .first: return .flag(index == 0)
        case .last: return .flag(isLast)
        case .index: return .number(index)
        case .even: return .flag(index & 1 == 0)
        case .odd: return .flag(index & 1 == 1)
        }
    }
}

/// A template that cannot be parsed, at a line and column (1-based, in characters) of its file.
struct TemplateSyntaxError: Error, Sendable {
    var line: Int
    var column: Int
    var message: String
}
