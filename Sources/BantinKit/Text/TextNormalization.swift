import Foundation

/// Normalisation applied once, where text enters bantin (files, front matter, configuration).
public enum TextNormalization {
    /// NFC, with CRLF/CR line ends made LF, a leading byte-order mark removed and no-break spaces
    /// made plain spaces. Everything downstream may then compare strings directly.
    public static func normalize(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.contains("\u{00A0}") { text = text.replacingOccurrences(of: "\u{00A0}", with: " ") }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Collapses runs of white space to one space and trims the ends.
    public static func collapseWhitespace(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
