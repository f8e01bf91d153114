/// A value a template reads: what a view model is made of. Views are built from literals
/// (`["title": .text(title), "count": .number(n), "rows": .list(rows)]`), so the renderer reads
/// them with a `switch`, never with a dynamic cast.
///
/// In a section (`{{#name}}…{{/name}}`): `false`, an empty list and a missing name render nothing;
/// `true` renders once in the same context; a list renders once per element; text, a number or an
/// object render once with the value pushed on the context. `{{^name}}` is the opposite.
public enum TemplateValue: Sendable {
    /// Text, HTML-escaped where a template shows it with `{{name}}`, inserted as it is with
    /// `{{{name}}}` (only cmark's HTML of a bulletin's body is inserted so).
    case text(String)
    case number(Int)
    case flag(Bool)
    case list([TemplateValue])
    case object(TemplateObject)

    /// Whether a section opens for this value, whatever it pushes.
    var opensSection: Bool {
        switch self {
        case .flag(let value): return value
        case .list(let items): return !items.isEmpty
        case .text, .number, .object: return true
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .flag(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) { self = .object(TemplateObject(elements)) }
}

extension TemplateValue {
    /// The text, or `false` when there is none: an empty string would still open a section.
    static func present(_ text: String?) -> TemplateValue {
        guard let text, !text.isEmpty else { return false }
        return .text(text)
    }

    /// A list made of each element of a sequence.
    static func list<S: Sequence>(_ elements: S, _ transform: (S.Element) -> TemplateValue) -> TemplateValue {
        .list(elements.map(transform))
    }
}

/// The named values of one view (a page, a table row, a calendar cell), in the order written.
/// Objects are small, so a name is found by comparing keys one after the other, which costs less
/// than hashing every key of every row when the view is built.
public struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    /// (name, value) pairs; kept as the literal gave them, so building a view copies nothing.
    private var entries: [(String, TemplateValue)]

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        entries = elements
    }

    init(_ elements: [(String, TemplateValue)]) {
        entries = elements
    }

    /// The value of a name; setting a name already there replaces its value.
    public subscript(key: String) -> TemplateValue? {
        get {
            for entry in entries where entry.0 == key { return entry.1 }
            return nil
        }
        set {
            if let index = entries.firstIndex(where: { $0.0 == key }) {
                if let newValue { entries[index].1 = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((key, newValue))
            }
        }
    }

    /// The elements of a list value, or none.
    func list(_ key: String) -> [TemplateValue] {
        if case .list(let items)? = self[key] { return items }
        return []
    }
}
