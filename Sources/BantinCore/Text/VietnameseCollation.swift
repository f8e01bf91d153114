import Foundation

/// Sort keys for Vietnamese alphabetical order (as in dictionaries and name lists):
/// a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, letters first, then tones in the
/// order ngang, huyền, hỏi, ngã, sắc, nặng. Unicode code-point order gets this wrong ("Đ" after
/// "Z", "Ủy" before "Uy"), and ICU collation depends on the machine's data; this does not.
public enum VietnameseCollation {
    static let alphabet: [String] = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
                                     "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"]
    static let rank: [String: Int] = Dictionary(uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })
    /// Combining tone marks, in tone order (ngang has none).
    static let tones: [UInt32: Int] = [0x0300: 1, 0x0309: 2, 0x0303: 3, 0x0301: 4, 0x0323: 5]

    /// A key whose ordinary string order is Vietnamese order.
    public static func key(_ text: String) -> String {
        var primary = String.UnicodeScalarView()
        var secondary = ""
        for character in text.lowercased() {
            var letter = ""
            var tone = 0
            for scalar in String(character).decomposedStringWithCanonicalMapping.unicodeScalars {
                if let t = tones[scalar.value] { tone = t } else { letter.unicodeScalars.append(scalar) }
            }
            let composed = letter.precomposedStringWithCanonicalMapping
            if let r = rank[composed] {
                primary.append(Unicode.Scalar(0xE100 + UInt32(r))!)
            } else if character.isNumber || character.isLetter {
                primary.append(contentsOf: composed.unicodeScalars)
            } else {
                primary.append(" ")
            }
            secondary.append(Character(Unicode.Scalar(0x30 + UInt8(tone))))
        }
        return String(primary) + "\u{1}" + secondary
    }
}
