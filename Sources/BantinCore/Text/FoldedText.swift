import Foundation

/// Text folded for diacritic-, case- and tone-placement-insensitive matching, with a map back to
/// the original.
///
/// Vietnamese is written with two diacritic layers (vowel quality: ă â ê ô ơ ư; tone: à á ả ã ạ),
/// and people type the same word several ways: "Ủy"/"Uỷ" (tone placement), "hòa"/"hoà", NFC or
/// NFD, "–" or "-" in "Văn hóa – Xã hội", no diacritics at all on old keyboards. Folding maps all
/// of them to one ASCII form: "Ủy ban MTTQ" → "uy ban mttq", "Đảng" → "dang".
///
/// Every folded byte remembers the UTF-8 offset of the character it came from, so a match in the
/// folded text can be reported as a range of the original text.
public struct FoldedText: Sendable {
    /// The folded bytes: lowercase ASCII letters and digits, one space for any run of white space,
    /// "-" for any dash, `"` for any double quote, other characters lowercased as they are.
    public let bytes: [UInt8]
    /// `origins[i]` is the UTF-8 offset in the original text of the character that produced `bytes[i]`;
    /// one extra element at the end holds the original's length.
    public let origins: [Int]

    public init(_ text: String) {
        var bytes: [UInt8] = []
        var origins: [Int] = []
        bytes.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let width = scalar.utf8.count
            defer { offset += width }
            let folded = FoldingTable.fold(scalar)
            switch folded {
            case .drop:
                continue
            case .space:
                if lastWasSpace { continue }
                bytes.append(0x20)
                origins.append(offset)
                lastWasSpace = true
            case .ascii(let byte):
                bytes.append(byte)
                origins.append(offset)
                lastWasSpace = false
            case .keep(let lowered):
                for byte in String(lowered).utf8 {
                    bytes.append(byte)
                    origins.append(offset)
                }
                lastWasSpace = false
            }
        }
        origins.append(offset)
        self.bytes = bytes
        self.origins = origins
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The original UTF-8 range behind `range` of the folded bytes.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        let start = origins[range.lowerBound]
        // The end is the start of the next folded character, or the end of the text.
        let end = range.upperBound < origins.count ? origins[range.upperBound] : origins[origins.count - 1]
        return start..<max(start, end)
    }

    /// Folds a short key such as an alias, the same way as a text.
    public static func key(_ text: String) -> String {
        FoldedText(text).string.trimmingCharacters(in: .whitespaces)
    }
}

/// What one Unicode scalar folds to.
enum FoldedScalar {
    case drop
    case space
    case ascii(UInt8)
    case keep(Unicode.Scalar)
}

enum FoldingTable {
    /// Latin letters with diacritics, mapped to their lowercase ASCII base letter. Built once from
    /// Unicode's canonical decompositions; "đ" has none, so it is added by hand.
    static let latin: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [0x0110: UInt8(ascii: "d"), 0x0111: UInt8(ascii: "d")]
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), table[value] == nil else { continue }
                let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!
                if base.isASCII, base.properties.isAlphabetic {
                    table[value] = UInt8(base.value) | 0x20
                }
            }
        }
        return table
    }()

    /// `latin` as a flat table from U+00C0 to U+1EFF (0: no base letter): folding looks up every
    /// letter with a diacritic of every text, so an index beats hashing (a tenth of a large build).
    static let latinRange: ClosedRange<UInt32> = 0x00C0...0x1EFF
    static let latinFlat: [UInt8] = {
        var flat = [UInt8](repeating: 0, count: Int(latinRange.upperBound - latinRange.lowerBound) + 1)
        for (value, base) in latin { flat[Int(value - latinRange.lowerBound)] = base }
        return flat
    }()

    static func fold(_ scalar: Unicode.Scalar) -> FoldedScalar {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: return .ascii(UInt8(value) | 0x20)
            case 0x09, 0x0A, 0x0D, 0x20: return .space
            default: return .ascii(UInt8(value))
            }
        }
        if latinRange.contains(value) {
            let base = latinFlat[Int(value - latinRange.lowerBound)]
            if base != 0 { return .ascii(base) }
        }
        switch value {
        case 0x0300...0x036F: return .drop  // combining marks of NFD text
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        case 0x200B...0x200D, 0xFEFF, 0x00AD: return .drop  // zero-width characters and soft hyphen
        case 0x2010...0x2015, 0x2212: return .ascii(UInt8(ascii: "-"))
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: return .ascii(UInt8(ascii: "\""))
        case 0x2018, 0x2019, 0x201A: return .ascii(UInt8(ascii: "'"))
        case 0x2026: return .ascii(UInt8(ascii: "."))
        default:
            return .keep(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
        }
    }
}

extension FoldedText {
    /// The words of a text, folded as `FoldedText` folds ("Sổ tay đảng viên" → so, tay, dang,
    /// vien): runs of letters and digits, whatever the diacritics, case or normalisation; any
    /// other character separates words. The search index and the search page split words this
    /// same way. Cheaper than folding the whole text: no map back to the original is kept.
    public static func forEachWord(in text: String, _ body: ([UInt8]) -> Void) {
        var text = text
        text.withUTF8 { forEachWord(inUTF8: $0, body) }
    }

    /// The words of valid UTF-8 (a `String`'s): ASCII, most of any text, is taken without
    /// decoding — letters and digits make words, anything else ends one, as `FoldingTable.fold`
    /// says; other characters are folded scalar by scalar.
    private static func forEachWord(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: ([UInt8]) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                switch lead {
                case 0x61...0x7A, 0x30...0x39:
                    word.append(lead)
                case 0x41...0x5A:
                    word.append(lead | 0x20)
                default:
                    if !word.isEmpty {
                        body(word)
                        word.removeAll(keepingCapacity: true)
                    }
                }
                continue
            }
            let (scalar, width) = scalar(in: bytes, at: index)
            index += width
            let joins: Bool
            switch FoldingTable.fold(scalar) {
            case .drop:
                continue
            case .space:
                joins = false
            case .ascii(let byte):
                joins = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                if joins { word.append(byte) }
            case .keep(let lowered):
                joins = lowered.properties.isAlphabetic || lowered.properties.numericType != nil
                if joins { word.append(contentsOf: String(lowered).utf8) }
            }
            if !joins, !word.isEmpty {
                body(word)
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { body(word) }
    }

    /// The scalar whose UTF-8 starts at `index` of valid UTF-8 (a `String`'s), and its width.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0x7F >> UInt32(width))
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// The distinct words of a text, in order of first appearance.
    public static func words(_ text: String) -> [String] {
        var seen = WordSet(expected: text.utf8.count / 16)
        var words: [String] = []
        forEachWord(in: text) { word in
            if seen.insert(word) { words.append(String(decoding: word, as: UTF8.self)) }
        }
        return words
    }
}

/// The words seen so far, as one buffer of bytes and an open-addressing table of where each word
/// starts: a conclusion's text has thousands of words and a few hundred distinct ones, and a
/// `Set<[UInt8]>` would hash each with SipHash and keep an array per word.
struct WordSet {
    private var bytes: [UInt8] = []
    /// (start in `bytes`, length) of each distinct word.
    private var words: [(start: Int, length: Int)] = []
    /// Index into `words` plus one; 0 is an empty slot. A power of two long, at most half full.
    private var slots: [Int]

    init(expected: Int) {
        var size = 64
        while size < expected * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    private static func hash(_ word: some Collection<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ hash >> 29)
    }

    /// Adds the word; false when it was there already.
    mutating func insert(_ word: [UInt8]) -> Bool {
        var slot = Self.hash(word) & (slots.count - 1)
        while slots[slot] != 0 {
            let known = words[slots[slot] - 1]
            if known.length == word.count, bytes[known.start..<(known.start + known.length)].elementsEqual(word) { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
        words.append((bytes.count, word.count))
        bytes.append(contentsOf: word)
        slots[slot] = words.count
        if words.count * 2 > slots.count { grow() }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (index, word) in words.enumerated() {
            var slot = Self.hash(bytes[word.start..<(word.start + word.length)]) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = index + 1
        }
    }
}
