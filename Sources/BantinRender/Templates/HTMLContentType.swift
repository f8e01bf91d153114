import BantinCore
import Mustache

/// HTML escaping for Mustache values, over UTF-8 bytes. swift-mustache's own escaper walks
/// grapheme clusters, which made escaping the largest single cost of a build; this one escapes
/// the same characters (& < > " ') and is selected for every template by `PageRenderer`.
struct FastHTMLContentType: MustacheContentType {
    static let name = "BANTIN_HTML"

    func escapeText(_ text: String) -> String { HTML.escape(text) }
}
