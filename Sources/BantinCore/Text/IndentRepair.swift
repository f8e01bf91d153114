/// Removes the indentation that text pasted from a web page or a Word file carries, so that it
/// reads as written.
///
/// Markdown makes a block of lines indented four spaces or more (or a tab) a code block, and a
/// clerk never means one: notices copied from a portal come with every line indented by ten spaces
/// ("          1. Cán bộ, công chức …"), photo captions by fifty. Such lines lose their indentation,
/// except
/// - inside a fenced block (```` ```nhiem-vu ````), which is the clerk's own table, and
/// - inside a list, where indentation nests sub-items and continues items ("1. …⏎    + …").
///
/// Only leading spaces and tabs change, so every line keeps its number.
public struct IndentRepair: Sendable {
    public let text: String

    public init(_ input: String) {
        var output: [Substring] = []
        var fence: Substring?
        var inList = false
        var previousBlank = true
        var changed = false
        for line in input.lines {
            let indent = Self.indentWidth(line)
            let content = line.drop(while: { $0 == " " || $0 == "\t" })
            let blank = content.isEmpty
            if let open = fence {
                if content.hasPrefix(open) { fence = nil }
                output.append(line)
                previousBlank = false
                continue
            }
            if indent < 4, content.hasPrefix("```") || content.hasPrefix("~~~") {
                fence = content.prefix(3)
                output.append(line)
                previousBlank = false
                continue
            }
            if !blank, indent < 4 {
                if Self.startsListItem(content) {
                    inList = true
                } else if previousBlank {
                    inList = false  // a paragraph at the left margin ends the list
                }
            }
            if !blank, indent >= 4, !inList {
                output.append(content)
                changed = true
            } else {
                output.append(line)
            }
            previousBlank = blank
        }
        text = changed ? output.joined(separator: "\n") : input
    }

    /// Columns of leading white space, a tab counting four.
    static func indentWidth(_ line: Substring) -> Int {
        var width = 0
        for character in line {
            if character == " " { width += 1 } else if character == "\t" { width += 4 } else { break }
        }
        return width
    }

    /// "- …", "+ …", "* …", "1. …", "2) …": a Markdown list item.
    static func startsListItem(_ content: Substring) -> Bool {
        guard let first = content.first else { return false }
        if "-+*".contains(first) { return content.dropFirst().first == " " }
        let digits = content.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 9 else { return false }
        let rest = content.dropFirst(digits.count)
        return (rest.first == "." || rest.first == ")") && (rest.dropFirst().first == " " || rest.count == 1)
    }
}
