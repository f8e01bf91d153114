import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small element tree of an XML part, by local names (Word's `w:p` is "p"): OOXML parts are read
/// whole and walked in document order, which a tree makes plain.
struct XMLNode: Sendable {
    var name: String
    var attributes: [String: String]
    var children: [XMLNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// An attribute by local name ("val" for `w:val`).
    subscript(attribute: String) -> String? { attributes[attribute] }

    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }
    func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// The first descendant with this name, depth first.
    func descendant(_ name: String) -> XMLNode? {
        for child in children {
            if child.name == name { return child }
            if let found = child.descendant(name) { return found }
        }
        return nil
    }
}

enum XMLTree {
    /// Parses a part; nil when it is not well-formed XML.
    static func parse(_ data: Data) -> XMLNode? {
        // OOXML parts are UTF-8. Foundation's parser traps on names that are not (a damaged file
        // can hold any bytes), so bytes that are not UTF-8 are refused before it sees them.
        guard String(validating: data, as: UTF8.self) != nil else { return nil }
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = builder.root else { return nil }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLNode?
        // The open elements; each is added to its parent when it closes.
        var stack: [XMLNode] = []

        static func local(_ name: String) -> String {
            name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            var local: [String: String] = [:]
            for (key, value) in attributes { local[Self.local(key)] = value }
            stack.append(XMLNode(name: Self.local(elementName), attributes: local))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            guard let node = stack.popLast() else { return }
            if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }
    }
}
