import BantinCore
import Mustache

/// A view model node as swift-mustache sees it. View models are built as `[String: Any]` for
/// readability; before rendering they are copied into these nodes, because looking a name up in a
/// final class costs one cached protocol check, while a generic `Dictionary` costs a conditional-
/// conformance check on every step of every lookup (measured: the largest cost of rendering).
final class ViewNode: MustacheParent {
    private let values: [String: Any]

    init(_ dictionary: [String: Any]) {
        var values: [String: Any] = [:]
        values.reserveCapacity(dictionary.count)
        for (key, value) in dictionary { values[key] = ViewNode.wrap(value) }
        self.values = values
    }

    func child(named name: String) -> Any? { values[name] }

    /// Dictionaries become nodes and arrays become arrays of nodes, recursively; text, numbers and
    /// booleans stay as they are.
    static func wrap(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: return ViewNode(dictionary)
        case let array as [[String: Any]]: return array.map(ViewNode.init)
        case let array as [Any]: return array.map(wrap)
        default: return value
        }
    }
}
