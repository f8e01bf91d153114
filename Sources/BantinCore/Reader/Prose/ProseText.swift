import Foundation

/// The plain text of one paragraph (or list item) prepared for the prose rules: its UTF-8 bytes,
/// its folding (made once) and the map from original offsets to folded ones.
///
/// Every range the prose reader hands around is a UTF-8 range of `text`; the rules look at the
/// folded bytes ("đề nghị" → "de nghi") and, for the few words the folding merges with others
/// ("giao" and "giáo", "đã" and "đà", "sẽ" and "sẻ", "nghỉ" and "nghị"), at the original spelling.
struct ProseText {
    let text: String
    let bytes: [UInt8]
    let folded: FoldedText
    /// `foldedIndex[o]` is the first folded byte at or after original offset `o` (one extra entry
    /// for the end).
    private let foldedIndex: [Int]

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        folded = FoldedText(text)
        var index = Array(repeating: folded.bytes.count, count: bytes.count + 1)
        var next = folded.bytes.count
        var f = folded.bytes.count - 1
        var o = bytes.count
        // Walk back: each original offset maps to the first folded byte whose origin is at or after it.
        while o >= 0 {
            while f >= 0, folded.origins[f] >= o {
                next = f
                f -= 1
            }
            index[o] = next
            o -= 1
        }
        foldedIndex = index
    }

    var foldedBytes: [UInt8] { folded.bytes }

    /// The folded range behind an original range.
    func foldedRange(_ range: Range<Int>) -> Range<Int> {
        let lower = foldedIndex[range.lowerBound]
        return lower..<max(lower, foldedIndex[range.upperBound])
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The folded words of an original range, in order, with their original ranges.
    func words(in range: Range<Int>) -> [ProseWord] {
        let span = foldedRange(range)
        let f = folded.bytes
        var words: [ProseWord] = []
        var position = span.lowerBound
        while position < span.upperBound {
            guard AliasMatcher.isWordByte(f[position]) else { position += 1; continue }
            let start = position
            while position < span.upperBound, AliasMatcher.isWordByte(f[position]) { position += 1 }
            words.append(ProseWord(key: String(decoding: f[start..<position], as: UTF8.self),
                                   original: folded.originalRange(start..<position), folded: start..<position))
        }
        return words
    }

    /// The original word at `range`, lower-cased and NFC, for words the folding merges.
    func spelling(_ range: Range<Int>) -> String {
        let word = string(range)
        // Text comes in NFC (`TextNormalization`); only a combining mark needs Foundation's costly mapping.
        let composed = word.unicodeScalars.contains { (0x300...0x36F).contains($0.value) } ? word.precomposedStringWithCanonicalMapping : word
        return composed.lowercased()
    }

    /// Whether the word at `range` is `spelling` (lower-case NFC), without spelling it out when
    /// its bytes already tell: the rules ask this of nearly every word.
    func isSpelled(_ range: Range<Int>, _ spelling: String) -> Bool {
        if bytes[range].elementsEqual(spelling.utf8) { return true }
        // Lower-case ASCII that differs is another word; capitals and other letters are spelled out.
        if bytes[range].allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) { return false }
        return self.spelling(range) == spelling
    }

    /// Whether the text at original offset `offset` starts with a capital letter (after opening
    /// quotes, brackets and emphasis marks).
    func startsWithCapital(at offset: Int, before end: Int? = nil) -> Bool {
        let limit = end ?? bytes.count
        var position = offset
        while position < limit {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(")
                || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "'") {
                position += 1
                continue
            }
            guard let scalar = scalar(at: position) else { return false }
            if scalar.value == 0x201C || scalar.value == 0x2018 { position += scalar.utf8.count; continue }
            return scalar.properties.isUppercase
        }
        return false
    }

    /// The Unicode scalar starting at `offset`.
    func scalar(at offset: Int) -> Unicode.Scalar? {
        guard offset < bytes.count else { return nil }
        var iterator = bytes[offset...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// The scalar that ends right before `offset`.
    func scalar(before offset: Int) -> Unicode.Scalar? {
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start >= 0 ? scalar(at: start) : nil
    }

    /// `range` without surrounding white space.
    func trimmed(_ range: Range<Int>) -> Range<Int> { trimmed(range, marks: []) }

    /// `range` without surrounding white space and the given ASCII marks.
    func trimmed(_ range: Range<Int>, marks: Set<UInt8>) -> Range<Int> {
        let extra = marks
        var lower = range.lowerBound
        var upper = range.upperBound
        func isTrim(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || extra.contains(byte) }
        while lower < upper, isTrim(bytes[lower]) { lower += 1 }
        while upper > lower, isTrim(bytes[upper - 1]) { upper -= 1 }
        // No-break spaces (U+00A0) pasted from the web.
        while upper - lower >= 2, bytes[lower] == 0xC2, bytes[lower + 1] == 0xA0 { lower += 2 }
        while upper - lower >= 2, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 { upper -= 2 }
        return lower..<upper
    }
}

/// A word of a `ProseText`: its folded spelling and where it is.
struct ProseWord: Equatable {
    var key: String
    /// UTF-8 range in the original text.
    var original: Range<Int>
    /// Range in the folded bytes.
    var folded: Range<Int>
}

/// Phrases of folded words, matched word by word ("de nghi" matches "Đề nghị", not "đề nghịch").
struct WordPhrase: Hashable, ExpressibleByStringLiteral {
    let words: [String]

    /// Split over bytes: phrases are made in the rules' inner loops, and splitting by `Character`
    /// walks grapheme clusters.
    init(_ text: String) { words = text.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) } }
    init(stringLiteral text: String) { self.init(text) }

    var count: Int { words.count }

    /// Whether `words[index...]` starts with this phrase.
    func matches(_ words: [ProseWord], at index: Int) -> Bool {
        guard index >= 0, index + self.words.count <= words.count else { return false }
        for (offset, word) in self.words.enumerated() where words[index + offset].key != word { return false }
        return true
    }
}

extension Array where Element == ProseWord {
    /// The index of the first occurrence of any of `phrases` at or after `start`, and the phrase.
    func firstIndex(of phrases: [WordPhrase], from start: Int = 0) -> (index: Int, phrase: WordPhrase)? {
        guard start < count else { return nil }
        for index in start..<count {
            if let phrase = phrases.first(where: { $0.matches(self, at: index) }) { return (index, phrase) }
        }
        return nil
    }

    func starts(with phrases: [WordPhrase], at index: Int = 0) -> WordPhrase? {
        phrases.first { $0.matches(self, at: index) }
    }

    func contains(_ phrases: [WordPhrase]) -> Bool { firstIndex(of: phrases) != nil }
}
