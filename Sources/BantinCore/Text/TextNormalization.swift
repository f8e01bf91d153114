import Foundation

/// Normalisation applied once, where text enters bantin (files, front matter, configuration).
public enum TextNormalization {
    /// NFC, with CRLF/CR line ends made LF, a leading byte-order mark removed and no-break spaces
    /// made plain spaces. Everything downstream may then compare strings directly.
    public static func normalize(_ text: String) -> String {
        var needsLineEnds = false
        var needsSpaces = false
        var mayNeedNFC = false
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x0D: needsLineEnds = true
            case 0xA0: needsSpaces = true
            case 0..<0x300, 0x1E00...0x1EFF, 0x2000...0x206F, 0x20A0...0x20CF: continue
            default: mayNeedNFC = true
            }
        }
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if needsLineEnds { text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        if needsSpaces { text = text.replacingOccurrences(of: "\u{00A0}", with: " ") }
        // Text of Latin letters, Vietnamese precomposed letters (U+1E00–U+1EFF) and general
        // punctuation is already NFC; only other text (NFD marks, other scripts) is normalised.
        return mayNeedNFC ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Collapses runs of white space (what `Character.isWhitespace` calls so) to one space and
    /// trims the ends, unless `keepingEnds` (a run at an end then stays one space).
    public static func collapseWhitespace(_ text: some StringProtocol, keepingEnds: Bool = false) -> String {
        // Over UTF-8 bytes, copying runs as they are: this runs on every paragraph, row and title,
        // most of which have nothing to collapse and are returned as they are.
        if let same = alreadyCollapsed(text, keepingEnds: keepingEnds) { return same }
        let source = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count)
        var pendingSpace = false
        var index = 0
        source.withUnsafeBufferPointer { source in
            while index < source.count {
                let width = whitespaceWidth(source, at: index)
                if width > 0 {
                    pendingSpace = keepingEnds || !bytes.isEmpty
                    index += width
                    continue
                }
                if pendingSpace {
                    bytes.append(0x20)
                    pendingSpace = false
                }
                bytes.append(source[index])
                index += 1
            }
        }
        if pendingSpace && keepingEnds { bytes.append(0x20) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text itself when collapsing would not change it: no white space but single ASCII spaces
    /// between other characters (and, unless `keepingEnds`, none at either end).
    private static func alreadyCollapsed(_ text: some StringProtocol, keepingEnds: Bool) -> String? {
        let unchanged: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var previousWasSpace = !keepingEnds
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == 0x20 {
                    if previousWasSpace { return false }
                    previousWasSpace = true
                } else if byte < 0x20 || byte >= 0x80 && whitespaceWidth(bytes, at: index) > 0 {
                    return false
                } else {
                    previousWasSpace = false
                }
            }
            return keepingEnds || !previousWasSpace || bytes.isEmpty
        }
        return unchanged == true ? String(text) : nil
    }

    /// The length in bytes of the white space scalar (what `Character.isWhitespace` calls so:
    /// U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
    /// U+205F, U+3000) that starts at `index`, or 0.
    private static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x09...0x0D, 0x20: return 1
        case 0xC2:
            guard index + 1 < bytes.count else { return 0 }
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1, 0xE2, 0xE3:
            guard index + 2 < bytes.count else { return 0 }
            let (b1, b2) = (bytes[index + 1], bytes[index + 2])
            switch (byte, b1) {
            case (0xE1, 0x9A): return b2 == 0x80 ? 3 : 0
            case (0xE2, 0x80): return (0x80...0x8A).contains(b2) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF ? 3 : 0
            case (0xE2, 0x81): return b2 == 0x9F ? 3 : 0
            case (0xE3, 0x80): return b2 == 0x80 ? 3 : 0
            default: return 0
            }
        default: return 0
        }
    }
}
