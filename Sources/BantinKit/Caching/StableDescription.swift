/// A description of a value that is the same in every process: `String(reflecting:)` would do,
/// but a `Set` or `Dictionary` lists its elements in a per-process order. Used for the parts of
/// the page fingerprints' shared inputs that are values (the site configuration, the limits), so
/// a field added to them later is in the fingerprint without anyone remembering to add it.
enum StableDescription {
    static func of(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .set, .dictionary:
            return "[" + mirror.children.map { of($0.value) }.sorted().joined(separator: ", ") + "]"
        case .optional:
            return mirror.children.first.map { "some(" + of($0.value) + ")" } ?? "nil"
        case .struct, .class, .tuple, .collection, .enum:
            guard !mirror.children.isEmpty else { return String(reflecting: value) }
            let parts = mirror.children.map { ($0.label.map { $0 + ": " } ?? "") + of($0.value) }
            return "\(mirror.subjectType)(" + parts.joined(separator: ", ") + ")"
        default:
            return String(reflecting: value)
        }
    }
}
