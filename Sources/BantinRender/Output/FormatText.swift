/// Text made safe for each output format other than HTML (which `HTML.escape` and the template
/// engine handle): one function per format, used for every value that goes into it. Content and
/// configuration can hold any character a file can, so each function first removes what its
/// format cannot carry (control characters), then escapes what it gives a meaning to.

/// XML 1.0 (the Atom feed, the sitemap).
public enum XMLText {
    /// For element content and attribute values: the characters XML 1.0 forbids (C0 controls but
    /// tab, line feed and carriage return; U+FFFE, U+FFFF) and the C1 controls removed, markup
    /// characters escaped. A form feed in a title used to make `feed.xml` not well-formed.
    public static func escape(_ text: String) -> String {
        HTML.escape(removingControls(text, keeping: ["\t", "\n", "\r"]))
    }
}

/// CSV cells (RFC 4180) for spreadsheets.
public enum CSVField {
    /// Quoted when it holds a comma, quote or line break. A cell starting with `=`, `+`, `-`, `@`,
    /// a tab or a carriage return is a formula to Excel and LibreOffice ("=HYPERLINK(…)" in a unit
    /// name would run): it gets a leading apostrophe, which they show as text. Control characters
    /// other than tab and line breaks are removed.
    /// `delimiter` is "," or ";" (Excel with Vietnamese regional settings splits on ";").
    public static func escape(_ field: String, delimiter: Character = ",") -> String {
        var text = removingControls(field, keeping: ["\t", "\n", "\r"])
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// `text` without C0 and C1 control characters, DEL and the noncharacters U+FFFE and U+FFFF,
/// except those in `kept`. Returns the text itself when there is nothing to remove (most values).
func removingControls(_ text: String, keeping kept: Set<Unicode.Scalar>) -> String {
    func removed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        let control = value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
        return control && !kept.contains(scalar)
    }
    guard text.unicodeScalars.contains(where: removed) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !removed(scalar) { result.append(scalar) }
    return String(result)
}
