/// Ordinal words that open task items: "Một là", "Hai là" … "Mười hai là"; "Thứ nhất", "Thứ hai" ….
package enum VietnameseOrdinal {
    /// Folded number words and their values; "tư" and "lăm" are the forms used after "thứ" and "mười".
    static let units: [String: Int] = [
        "mot": 1, "nhat": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5,
        "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
    ]

    /// Reads a folded number phrase ("muoi hai" → 12, "bon" → 4).
    static func value(of words: [Substring]) -> Int? {
        switch words.count {
        case 1: return units[String(words[0])]
        case 2:
            guard words[0] == "muoi", let unit = units[String(words[1])], unit < 10 else { return nil }
            return 10 + unit
        default: return nil
        }
    }

    /// If `text` starts with an ordinal label, returns its value and the label as written
    /// ("Một là", "Thứ nhất"). `text` is the paragraph's plain text.
    package static func label(in text: String) -> (value: Int, label: String)? {
        let head = String(text.prefix(24))
        let folded = FoldedText(head)
        let key = folded.string
        // The label ends at the first comma or colon; "Một là, tiếp tục …", "Thứ nhất: …".
        guard let stop = key.firstIndex(where: { $0 == "," || $0 == ":" }) else { return nil }
        let words = key[..<stop].split(separator: " ")
        var numberWords: ArraySlice<Substring>
        if words.count >= 2, words.last == "la" {
            numberWords = words.dropLast()
        } else if words.count >= 2, words.first == "thu" {
            numberWords = words.dropFirst()
        } else {
            return nil
        }
        guard let value = value(of: Array(numberWords)) else { return nil }
        let length = key.utf8.distance(from: key.startIndex, to: stop)
        let range = folded.originalRange(0..<length)
        let label = String(decoding: Array(head.utf8)[range], as: UTF8.self)
        return (value, label.trimming(" *_"))
    }
}
