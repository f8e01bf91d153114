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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isSpace: Bool
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: isSpace = true
            case 0..<0x80, 0xC0...0x167F, 0x1E00...0x1FFF: isSpace = false
            case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: isSpace = true
            default: isSpace = false
            }
            if isSpace {
                pendingSpace = keepingEnds || !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
        if pendingSpace && keepingEnds { bytes.append(0x20) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
