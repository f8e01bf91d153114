import Foundation

/// Whether a word is a well-formed Vietnamese syllable: an initial consonant (or none), a rhyme
/// (vần) from the language's inventory, and at most one tone mark. Used to tell a correctly
/// decoded legacy file from a wrongly decoded one by the statistics of its words (domain.md §7.2).
enum VietnameseSyllable {
    static let initials = ["ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch",
                           "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"]

    /// Rhymes without their tone mark.
    static let rhymes: Set<String> = Set("""
        a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
        e eo ec em en eng ep et ê êu êch ênh êm ên êp êt
        i ia iu ich im in inh ip it iêc iêm iên iêng iêp iêt iêu yêm yên yêng yêt yêu
        o oa oe oi oc om on ong op ot oong ooc oac oach oai oam oan oang oanh oao oap oat oay
        oăc oăm oăn oăng oăt oen oet oeo ô ôi ôc ôm ôn ông ôp ôt ôô ơ ơi ơm ơn ơp ơt
        u ua ui uc um un ung up ut uê uêch uênh uơ uy uya uych uyên uyêt uynh uyt uyu uân uât uâng uây
        uôc uôi uôm uôn uông uôt ư ưa ưi ưu ưc ưm ưn ưng ưt ươ ươc ươi ươm ươn ương ươp ươt ươu y
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    static let toneMarks: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]

    static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]
    /// Shape marks and the vowels they sit on: circumflex (â ê ô), breve (ă), horn (ơ ư).
    static let shapes: [UInt32: Set<Unicode.Scalar>] = [0x302: ["a", "e", "o"], 0x306: ["a"], 0x31B: ["o", "u"]]

    static func isValid(_ word: some StringProtocol) -> Bool {
        var tones = 0
        var toneLetter = -1
        var letters = 0
        var previous: Unicode.Scalar? = nil
        var scalars = String.UnicodeScalarView()
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if toneMarks.contains(scalar.value) {
                // A tone sits on a vowel: "ñ" (n with a tilde) is no Vietnamese letter.
                guard let base = previous, vowels.contains(base) else { return false }
                tones += 1
                toneLetter = letters - 1
                continue
            }
            if let bases = shapes[scalar.value] {
                guard let base = previous, bases.contains(base) else { return false }
            } else {
                guard scalar == "đ" || ("a"..."z").contains(scalar) else { return false }
                previous = scalar
                letters += 1
            }
            scalars.append(scalar)
        }
        guard tones <= 1, letters > 0 else { return false }
        let base = String(scalars).precomposedStringWithCanonicalMapping
        // In a falling diphthong the tone is on the first vowel ("cái", "sáu", "cười"), never on the
        // glide that closes it ("caí", "saú"); only "uy" takes it either way ("thuý", "thúy").
        let characters = Array(base)
        if tones == 1, toneLetter == characters.count - 1, characters.count >= 2, "iouy".contains(characters[toneLetter]),
           "aăâeêioôơuưy".contains(characters[toneLetter - 1]), !base.hasSuffix("uy") {
            return false
        }
        if rhymes.contains(base) { return true }
        for initial in initials where base.hasPrefix(initial) {
            let rhyme = String(base.dropFirst(initial.count))
            if rhymes.contains(rhyme) { return true }
            // "gì", "giêng": the i belongs to both; "quý", "quốc": the u is the glide.
            if initial == "gi", rhyme.isEmpty || rhymes.contains("i" + rhyme) { return true }
            if initial == "qu", rhymes.contains("u" + rhyme) { return true }
        }
        return false
    }
}

/// Chooses the encoding of a file that is not UTF-8 (or is UTF-8 misread once as Windows-1252) by
/// decoding it every way and counting how many of its non-ASCII words come out as Vietnamese
/// syllables. A single byte decides nothing ("ñ" is ủ in TCVN3 and đ in VNI): the whole file does.
public enum LegacyEncodingDetector {
    public struct Verdict: Sendable, Hashable {
        public var encoding: LegacyEncoding
        public var text: String
        /// Share of the words with non-ASCII letters that decode to valid syllables (0…1).
        public var validShare: Double
    }

    /// The best reading of a file that is not valid UTF-8, when it is clearly Vietnamese.
    public static func detect8Bit(_ bytes: [UInt8]) -> Verdict? {
        let words = nonASCIIWords(bytes)
        guard words.count >= minimumWords else { return nil }
        let scored = [LegacyEncoding.tcvn3, .vni, .windows1258].map { encoding in
            (encoding, share(words) { encoding.decode($0) })
        }.sorted { $0.1 > $1.1 }
        guard let best = scored.first, best.1 >= minimumShare, best.1 - scored[1].1 >= minimumLead,
              let text = best.0.decode(bytes) else { return nil }
        return Verdict(encoding: best.0, text: text, validShare: best.1)
    }

    /// UTF-8 text that reads better once its Windows-1252 misreading is undone ("Viá»‡t").
    public static func detectMisreadUTF8(_ text: String) -> Verdict? {
        // Cheap test first: misread Vietnamese always shows "Ã", "Ä" or "Æ" (no Vietnamese letters),
        // or "á»"/"áº" (the lead bytes of ạ…ỹ); "á" alone is an ordinary Vietnamese letter.
        var previous: UInt32 = 0
        let misread = text.unicodeScalars.contains { scalar in
            defer { previous = scalar.value }
            return (0xC3...0xC6).contains(scalar.value) || previous == 0xE1 && (scalar.value == 0xBA || scalar.value == 0xBB)
        }
        // "XÃ", "NGÃ" do happen in real text: the whole text must turn back into UTF-8, which real
        // Vietnamese (with ạ, ơ, đ … outside Windows-1252) fails at its first such letter.
        guard misread, let fixed = MisreadUTF8.repair(text) else { return nil }
        let words = nonASCIIWords(Array(text.utf8))
        guard words.count >= minimumWords else { return nil }
        let asIs = share(words) { String(decoding: $0, as: UTF8.self) }
        let repaired = share(words) { MisreadUTF8.repair(String(decoding: $0, as: UTF8.self)) }
        guard repaired >= minimumShare, repaired - asIs >= minimumLead else { return nil }
        return Verdict(encoding: .misreadUTF8, text: fixed, validShare: repaired)
    }

    /// Too few words say nothing sure: such a file keeps the error with its line and column.
    static let minimumWords = 5
    static let minimumShare = 0.8
    static let minimumLead = 0.3

    /// Enough words to tell the encodings apart; a long file is judged on its first ones.
    static let sampleWords = 1500

    /// Words (runs of bytes between ASCII spaces and punctuation) that hold a byte ≥ 0xA0: the bytes
    /// 0x80–0x9F are punctuation (smart quotes, dashes) in every candidate.
    static func nonASCIIWords(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var words: [ArraySlice<UInt8>] = []
        var start = 0
        var hasHigh = false
        func close(_ end: Int) {
            if hasHigh, end > start { words.append(bytes[start..<end]) }
            start = end + 1
            hasHigh = false
        }
        for (index, byte) in bytes.enumerated() where words.count < sampleWords {
            if byte < 0x80 {
                let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                if !isLetter { close(index) }
            } else if byte >= 0xA0 {
                hasHigh = true
            }
        }
        close(bytes.count)
        return words
    }

    static func share(_ words: [ArraySlice<UInt8>], decode: (ArraySlice<UInt8>) -> String?) -> Double {
        var valid = 0
        for word in words {
            guard let text = decode(word) else { continue }
            // Quotes and dashes around a word are not part of it.
            let trimmed = text.trimmingCharacters(where: { "“”‘’„«»–—…•".contains($0) })
            if !trimmed.isEmpty, VietnameseSyllable.isValid(trimmed) { valid += 1 }
        }
        return Double(valid) / Double(words.count)
    }
}

extension String {
    func trimmingCharacters(where predicate: (Character) -> Bool) -> Substring {
        guard let first = firstIndex(where: { !predicate($0) }), let last = lastIndex(where: { !predicate($0) }) else { return "" }
        return self[first...last]
    }
}
