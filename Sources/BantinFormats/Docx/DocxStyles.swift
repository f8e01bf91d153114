import Foundation

/// What bantin needs of `styles.xml`: for each paragraph or character style, its formatting, the
/// heading level it stands for, and the numbering it carries (style-linked lists such as Word's
/// "List Number"), each resolved through `w:basedOn`.
struct DocxStyles {
    struct Style {
        var name = ""
        var basedOn: String?
        var bold: Bool?
        var italic: Bool?
        var outlineLevel: Int?
        var indent: Int?
        var numbering: NumberingReference?
    }

    var styles: [String: Style] = [:]
    var defaultParagraphStyle: String?

    init(_ root: XMLNode?) {
        guard let root else { return }
        for node in root.children("style") {
            guard let id = node["styleId"] else { continue }
            var style = Style()
            style.name = node.child("name")?["val"] ?? id
            style.basedOn = node.child("basedOn")?["val"]
            if let run = node.child("rPr") {
                style.bold = DocxStyles.toggle(run.child("b"))
                style.italic = DocxStyles.toggle(run.child("i"))
            }
            if let paragraph = node.child("pPr") {
                if let level = paragraph.child("outlineLvl")?["val"].flatMap(Int.init) { style.outlineLevel = level }
                style.numbering = NumberingReference(paragraph.child("numPr"))
                style.indent = DocxStyles.indent(paragraph.child("ind"))
            }
            styles[id] = style
            if node["type"] == "paragraph", node["default"] == "1" || node["default"] == "true" { defaultParagraphStyle = id }
        }
    }

    /// `<w:b/>` is on, `<w:b w:val="0"/>` (or "false", "off") is off, no element says nothing.
    static func toggle(_ node: XMLNode?) -> Bool? {
        guard let node else { return nil }
        guard let value = node["val"] else { return true }
        return !["0", "false", "off", "none"].contains(value.lowercased())
    }

    /// `w:ind w:left` (or `w:start`, its newer name), in twips.
    static func indent(_ node: XMLNode?) -> Int? {
        guard let node else { return nil }
        return (node["left"] ?? node["start"]).flatMap { Int($0) }
    }

    /// A property of a style, looked up through its `basedOn` chain.
    func resolve<T>(_ id: String?, _ property: (Style) -> T?) -> T? {
        var current = id
        var seen = 0
        while let key = current, let style = styles[key], seen < 20 {
            if let value = property(style) { return value }
            current = style.basedOn
            seen += 1
        }
        return nil
    }

    /// The heading level of a paragraph style: Word's "heading 1"… (any language's built-in name
    /// keeps the English `w:name`), or an outline level set on the style.
    func headingLevel(_ id: String?) -> Int? {
        guard let id else { return nil }
        var current: String? = id
        var seen = 0
        while let key = current, let style = styles[key], seen < 20 {
            let name = style.name.lowercased()
            if name.hasPrefix("heading "), let level = Int(name.dropFirst(8)), (1...6).contains(level) { return level }
            if let level = style.outlineLevel, (0...5).contains(level) { return level + 1 }
            current = style.basedOn
            seen += 1
        }
        return nil
    }
}

/// `w:numPr`: which list (`w:numId`) and which level (`w:ilvl`) a paragraph belongs to.
struct NumberingReference: Hashable {
    var numID: String?
    var level: Int?

    init?(_ node: XMLNode?) {
        guard let node else { return nil }
        numID = node.child("numId")?["val"]
        level = node.child("ilvl")?["val"].flatMap(Int.init)
        if numID == nil, level == nil { return nil }
    }
}
