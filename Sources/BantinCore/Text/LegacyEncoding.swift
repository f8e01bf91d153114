import Foundation

/// The 8-bit encodings in which old Vietnamese office files still arrive (domain.md §7), and
/// UTF-8 that was once misread as Windows-1252. Each decodes bytes to Unicode; choosing which one a
/// file is in is `LegacyEncodingDetector`'s job.
///
/// Glossary: TCVN3 ("ABC", fonts `.VnTime`/`.VnTimeH`) has one byte per precomposed lowercase letter;
/// VNI-Windows (fonts `VNI-Times`) writes a base letter followed by one or two "mark" bytes;
/// Windows-1258 writes a base letter followed by a combining tone mark.
public enum LegacyEncoding: String, CaseIterable, Sendable {
    case tcvn3
    case vni
    case windows1258
    /// UTF-8 whose bytes were read as Windows-1252 and saved again as UTF-8 ("Viá»‡t").
    case misreadUTF8

    /// The name a clerk knows, for messages.
    public var displayName: String {
        switch self {
        case .tcvn3: "TCVN3 (ABC, phông .VnTime)"
        case .vni: "VNI-Windows (phông VNI-Times)"
        case .windows1258: "Windows-1258"
        case .misreadUTF8: "UTF-8 bị đọc nhầm thành Windows-1252 (chữ kiểu \"Viá»‡t\")"
        }
    }

    /// Decodes `bytes`. Never fails: bytes outside the table keep their Windows-1252 meaning.
    /// (`misreadUTF8` returns nil when the text cannot be turned back into UTF-8.)
    public func decode(_ bytes: some Collection<UInt8>) -> String? {
        switch self {
        case .tcvn3: return TCVN3.decode(bytes)
        case .vni: return VNI.decode(bytes)
        case .windows1258: return Windows1258.decode(bytes)
        case .misreadUTF8: return MisreadUTF8.repair(String(decoding: Array(bytes), as: UTF8.self))
        }
    }
}

/// Windows-1252, the code page Word uses for the "text" of a legacy-font document: the meaning of the
/// bytes 0x80–0x9F (smart quotes, dashes, …) in every 8-bit file; 0xA0–0xFF are Latin-1.
enum Windows1252 {
    static let high: [Unicode.Scalar] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{2C6}", "\u{2030}", "\u{160}", "\u{2039}", "\u{152}", "\u{8D}", "\u{17D}", "\u{8F}",
        "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{2DC}", "\u{2122}", "\u{161}", "\u{203A}", "\u{153}", "\u{9D}", "\u{17E}", "\u{178}",
    ]

    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : Unicode.Scalar(byte)
    }

    /// The byte a scalar came from, when it is in the code page (undefined bytes map to C1 controls,
    /// as Windows' own decoder does).
    static func byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
        if let index = high.firstIndex(of: scalar) { return UInt8(0x80 + index) }
        return nil
    }
}

/// TCVN 5712:1993 VN3 ("ABC"). The table agrees with glibc's TCVN5712-1 on 0xA0–0xFF; 0x80–0x9F
/// keep their Windows-1252 meaning (a Word file in `.VnTime` saves its smart quotes there).
enum TCVN3 {
    static let table: [UInt8: Character] = {
        let letters: [(UInt8, Character)] = [
            (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"),
            (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"),
            (0xB5, "à"), (0xB6, "ả"), (0xB7, "ã"), (0xB8, "á"), (0xB9, "ạ"),
            (0xBB, "ằ"), (0xBC, "ẳ"), (0xBD, "ẵ"), (0xBE, "ắ"), (0xC6, "ặ"),
            (0xC7, "ầ"), (0xC8, "ẩ"), (0xC9, "ẫ"), (0xCA, "ấ"), (0xCB, "ậ"),
            (0xCC, "è"), (0xCE, "ẻ"), (0xCF, "ẽ"), (0xD0, "é"), (0xD1, "ẹ"),
            (0xD2, "ề"), (0xD3, "ể"), (0xD4, "ễ"), (0xD5, "ế"), (0xD6, "ệ"),
            (0xD7, "ì"), (0xD8, "ỉ"), (0xDC, "ĩ"), (0xDD, "í"), (0xDE, "ị"),
            (0xDF, "ò"), (0xE1, "ỏ"), (0xE2, "õ"), (0xE3, "ó"), (0xE4, "ọ"),
            (0xE5, "ồ"), (0xE6, "ổ"), (0xE7, "ỗ"), (0xE8, "ố"), (0xE9, "ộ"),
            (0xEA, "ờ"), (0xEB, "ở"), (0xEC, "ỡ"), (0xED, "ớ"), (0xEE, "ợ"),
            (0xEF, "ù"), (0xF1, "ủ"), (0xF2, "ũ"), (0xF3, "ú"), (0xF4, "ụ"),
            (0xF5, "ừ"), (0xF6, "ử"), (0xF7, "ữ"), (0xF8, "ứ"), (0xF9, "ự"),
            (0xFA, "ỳ"), (0xFB, "ỷ"), (0xFC, "ỹ"), (0xFD, "ý"), (0xFE, "ỵ"),
            // The capitals of the fuller VN1 set, in the places VN3 leaves free.
            (0xAF, "Ằ"), (0xBA, "Ẳ"), (0xBF, "Ẵ"), (0xC0, "Ắ"), (0xC1, "Ầ"), (0xC2, "Ẩ"), (0xC3, "Ẫ"),
            (0xC4, "Ấ"), (0xC5, "Ề"), (0xCD, "Ể"), (0xD9, "Ễ"), (0xDA, "Ế"), (0xDB, "Ồ"), (0xE0, "Ổ"),
            (0xF0, "Ỗ"), (0xFF, "Ố"),
        ]
        return Dictionary(uniqueKeysWithValues: letters)
    }()

    static func decode(_ bytes: some Collection<UInt8>) -> String {
        restoringCapitalLines(letters(bytes))
    }

    /// The bytes by the table alone, each letter as its code says (lowercase for `.VnTimeH` lines).
    static func letters(_ bytes: some Collection<UInt8>) -> String {
        var text = ""
        text.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0xA0, let letter = table[byte] { text.append(letter) } else { text.unicodeScalars.append(Windows1252.scalar(byte)) }
        }
        return text
    }

    /// TCVN3 has no capitals with tone marks: typists set capital lines (the issuing body, THÔNG BÁO,
    /// T/M BAN THƯỜNG VỤ, section titles) in the `.VnTimeH` font, which draws the lowercase codes as
    /// capitals, so a plain-text export holds those lines in lowercase. The rule: a line with no
    /// capital letter at all, short like a title, that is not a list item, does not end like a clause
    /// or a sentence ("," ";" ".") and does not continue the line above (which ends a sentence, or is blank) was typed in
    /// the capitals font. Body text always has capitals (each sentence starts with one).
    static func restoringCapitalLines(_ text: String) -> String {
        // "\r\n" is one Character in Swift: make lines LF first.
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var previousEndsBlock = true
        for index in lines.indices {
            let trimmed = lines[index].trimming(" \t\r")
            if previousEndsBlock, isTitleShaped(trimmed) {
                lines[index] = lines[index].uppercased()
                previousEndsBlock = true
            } else if let last = trimmed.last {
                previousEndsBlock = ".:;!?)”\"".contains(last) || isCapitalLine(trimmed)
            } else {
                previousEndsBlock = true
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func isCapitalLine(_ line: String) -> Bool {
        line.contains(where: \.isLetter) && line == line.uppercased()
    }

    private static func isTitleShaped(_ line: String) -> Bool {
        guard line.count <= 90, line.contains(where: \.isLetter), !line.contains(where: \.isUppercase) else { return false }
        guard let first = line.first, let last = line.last else { return false }
        // List items and sentences ("2. tiến độ … còn chậm.") are body text.
        if "-+•–".contains(first) || first.isNumber || ",;.".contains(last) { return false }
        // Syllables, not a URL or a file name.
        return !line.contains("@") && !line.contains("://")
    }
}

/// VNI-Windows: ASCII base letters followed by Latin-1 mark bytes (domain.md §7.1).
enum VNI {
    enum Mark {
        case tone(Unicode.Scalar)          // combining tone mark
        case shape(Unicode.Scalar)         // circumflex or breve
        case shapeAndTone(Unicode.Scalar, Unicode.Scalar)
    }

    static let acute: Unicode.Scalar = "\u{301}", grave: Unicode.Scalar = "\u{300}", hook: Unicode.Scalar = "\u{309}",
               tilde: Unicode.Scalar = "\u{303}", dot: Unicode.Scalar = "\u{323}",
               circumflex: Unicode.Scalar = "\u{302}", breve: Unicode.Scalar = "\u{306}"

    /// Mark bytes by their lowercase form; the uppercase form (0x20 lower) means the same.
    static let marks: [UInt8: Mark] = [
        0xF9: .tone(acute), 0xF8: .tone(grave), 0xFB: .tone(hook), 0xF5: .tone(tilde), 0xEF: .tone(dot),
        0xE2: .shape(circumflex), 0xEA: .shape(breve),
        0xE1: .shapeAndTone(circumflex, acute), 0xE0: .shapeAndTone(circumflex, grave), 0xE5: .shapeAndTone(circumflex, hook),
        0xE3: .shapeAndTone(circumflex, tilde), 0xE4: .shapeAndTone(circumflex, dot),
        0xE9: .shapeAndTone(breve, acute), 0xE8: .shapeAndTone(breve, grave), 0xFA: .shapeAndTone(breve, hook),
        0xFC: .shapeAndTone(breve, tilde), 0xEB: .shapeAndTone(breve, dot),
    ]

    /// Bytes that are whole letters.
    static let letters: [UInt8: String] = [
        0xF4: "ơ", 0xD4: "Ơ", 0xF6: "ư", 0xD6: "Ư", 0xF1: "đ", 0xD1: "Đ",
        0xED: "í", 0xCD: "Í", 0xEC: "ì", 0xCC: "Ì", 0xE6: "ỉ", 0xC6: "Ỉ", 0xF3: "ĩ", 0xD3: "Ĩ",
        0xF2: "ị", 0xD2: "Ị", 0xEE: "ỵ", 0xCE: "Ỵ",
    ]

    static func decode(_ bytes: some Collection<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        // The letter the next mark may attach to: a, e, o, u, y (any case) or ơ/ư just written.
        var canTakeMark = false
        var canTakeShape = false
        for byte in bytes {
            let lowered = (0xC0...0xDF).contains(byte) ? byte + 0x20 : byte
            if canTakeMark, let mark = marks[lowered] {
                switch mark {
                case .tone(let tone):
                    scalars.append(tone)
                    canTakeMark = false
                case .shape(let shape) where canTakeShape:
                    scalars.append(shape)
                    canTakeShape = false
                case .shapeAndTone(let shape, let tone) where canTakeShape:
                    scalars.append(shape)
                    scalars.append(tone)
                    canTakeMark = false
                default:
                    scalars.append(Windows1252.scalar(byte))
                    canTakeMark = false
                }
                continue
            }
            if let letter = letters[byte] {
                scalars.append(contentsOf: letter.unicodeScalars)
                // ơ and ư take a tone mark after them; the i/y letters carry theirs.
                canTakeMark = byte == 0xF4 || byte == 0xD4 || byte == 0xF6 || byte == 0xD6
                canTakeShape = false
                continue
            }
            let scalar = Windows1252.scalar(byte)
            scalars.append(scalar)
            let lower = Character(scalar).lowercased()
            canTakeMark = ["a", "e", "o", "u", "y", "i"].contains(lower)
            canTakeShape = ["a", "e", "o"].contains(lower)
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}

/// Windows-1258: Latin-1 with Vietnamese letters and five combining tone marks.
enum Windows1258 {
    static let overrides: [UInt8: Unicode.Scalar] = [
        0x8A: "\u{8A}", 0x8E: "\u{8E}", 0x9A: "\u{9A}", 0x9E: "\u{9E}",
        0xC3: "Ă", 0xCC: "\u{300}", 0xD0: "Đ", 0xD2: "\u{309}", 0xD5: "Ơ", 0xDD: "Ư", 0xDE: "\u{303}",
        0xE3: "ă", 0xEC: "\u{301}", 0xF0: "đ", 0xF2: "\u{323}", 0xF5: "ơ", 0xFD: "ư", 0xFE: "₫",
    ]

    static func decode(_ bytes: some Collection<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(overrides[byte] ?? Windows1252.scalar(byte)) }
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}

/// "Viá»‡t" → "Việt": the text's characters are turned back into the Windows-1252 bytes they were
/// read from, and those bytes decoded as UTF-8.
enum MisreadUTF8 {
    static func repair(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else if let byte = Windows1252.byte(scalar) {
                bytes.append(byte)
            } else {
                return nil
            }
        }
        guard UTF8Validation.firstInvalidOffset(bytes) == nil else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
