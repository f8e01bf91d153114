import Foundation

/// Word's automatic numbering (`numbering.xml`) turned into the markers a reader sees on paper.
///
/// A paragraph names a list instance (`w:num`, by `w:numId`) and a level; the instance points to a
/// definition (`w:abstractNum`) whose levels give the format (`w:numFmt`: decimal, lowerLetter,
/// upperLetter, lowerRoman, upperRoman, bullet …), the text around the number (`w:lvlText` "%1.",
/// "%1)", "%1.%2.") and the start. Instances of one definition continue one count, as in Word,
/// unless an instance restarts a level (`w:lvlOverride/w:startOverride`); a level's count restarts
/// whenever a higher level moves on.
struct DocxNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        var isLegal = false
        var indent: Int?
    }

    struct Definition {
        var levels: [Int: Level] = [:]
    }

    struct Instance {
        var definition: String
        var startOverrides: [Int: Int] = [:]
    }

    var definitions: [String: Definition] = [:]
    var instances: [String: Instance] = [:]
    /// Counts so far, by counter (a definition, or an instance that restarts) and level.
    private var counts: [String: [Int: Int]] = [:]

    init(_ root: XMLNode?) {
        guard let root else { return }
        for node in root.children("abstractNum") {
            guard let id = node["abstractNumId"] else { continue }
            var definition = Definition()
            for levelNode in node.children("lvl") {
                guard let index = levelNode["ilvl"].flatMap(Int.init) else { continue }
                definition.levels[index] = Self.level(levelNode)
            }
            definitions[id] = definition
        }
        for node in root.children("num") {
            guard let id = node["numId"], let definition = node.child("abstractNumId")?["val"] else { continue }
            var instance = Instance(definition: definition)
            for override in node.children("lvlOverride") {
                guard let index = override["ilvl"].flatMap(Int.init) else { continue }
                if let start = override.child("startOverride")?["val"].flatMap(Int.init) {
                    instance.startOverrides[index] = start
                } else if let levelNode = override.child("lvl"), let start = levelNode.child("start")?["val"].flatMap(Int.init) {
                    instance.startOverrides[index] = start
                }
            }
            instances[id] = instance
        }
    }

    private static func level(_ node: XMLNode) -> Level {
        var level = Level()
        if let start = node.child("start")?["val"].flatMap(Int.init) { level.start = start }
        if let format = node.child("numFmt")?["val"] { level.format = format }
        if let text = node.child("lvlText")?["val"] { level.text = text }
        level.isLegal = DocxStyles.toggle(node.child("isLgl")) ?? false
        level.indent = DocxStyles.indent(node.child("pPr")?.child("ind"))
        return level
    }

    /// The indentation a list level gives its paragraphs.
    func indent(numID: String, level: Int) -> Int? {
        instances[numID].flatMap { definitions[$0.definition]?.levels[level]?.indent }
    }

    /// The marker of the next paragraph of list `numID` at `level`, counting it; nil when the
    /// paragraph is not numbered (numId 0 switches numbering off).
    mutating func nextMarker(numID: String, level: Int) -> String? {
        guard numID != "0", let instance = instances[numID], let definition = definitions[instance.definition],
              let format = definition.levels[level] else { return nil }
        let counter = instance.startOverrides.isEmpty ? "definition \(instance.definition)" : "instance \(numID)"
        var levels = counts[counter] ?? [:]
        let start = instance.startOverrides[level] ?? format.start
        levels[level] = levels[level].map { $0 + 1 } ?? start
        // A level moving on restarts the levels below it.
        for deeper in levels.keys where deeper > level { levels[deeper] = nil }
        counts[counter] = levels
        if format.format == "bullet" { return Self.bullet(format.text, level: level) }
        if format.format == "none" { return "" }
        var marker = ""
        var characters = format.text.makeIterator()
        while let character = characters.next() {
            guard character == "%", let digit = characters.next() else {
                marker.append(character)
                continue
            }
            guard let n = Int(String(digit)), n >= 1 else { marker.append(character); marker.append(digit); continue }
            let shown = levels[n - 1] ?? definition.levels[n - 1]?.start ?? 1
            let style = format.isLegal ? "decimal" : (definition.levels[n - 1]?.format ?? "decimal")
            marker += Self.format(shown, style)
        }
        return marker.trimmed(of: " ")
    }

    static func bullet(_ glyph: String, level: Int) -> String {
        let shown = glyph.trimmed(of: " ")
        if shown == "+" { return "+" }
        if ["-", "–", "—"].contains(shown) { return "-" }
        return level == 0 ? "-" : "+"
    }

    static func format(_ value: Int, _ style: String) -> String {
        switch style {
        case "decimalZero": return value < 10 ? "0\(value)" : "\(value)"
        case "lowerLetter": return letters(value)
        case "upperLetter": return letters(value).uppercased()
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        default: return "\(value)"
        }
    }

    /// Vietnamese documents letter with the Latin alphabet as Word does: a…z, aa…
    static func letters(_ value: Int) -> String {
        guard value >= 1 else { return "\(value)" }
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        let letter = alphabet[(value - 1) % 26]
        return String(repeating: String(letter), count: (value - 1) / 26 + 1)
    }

    static func roman(_ value: Int) -> String {
        guard (1...3999).contains(value) else { return "\(value)" }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var out = ""
        for (amount, numeral) in table {
            while rest >= amount { out += numeral; rest -= amount }
        }
        return out
    }
}
