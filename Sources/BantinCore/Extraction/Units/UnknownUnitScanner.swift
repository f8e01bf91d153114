import Foundation

/// Finds phrases that look like the name of a body but match no alias ("Ban Văn hóa thông tin xã",
/// "Tổ công tác đặc biệt", "Chi bộ xóm Đông"), so the build report can ask a clerk to add them.
///
/// A phrase starts with a capitalised head word a clerk would recognise as naming a body (Ban,
/// Phòng, Trung tâm, Hội, Tổ, Đội, Văn phòng, Trạm, Trường, Hợp tác xã) and runs over up to five
/// words, stopping at punctuation, after "xã"/"phường", or at a verb or preposition. Heads that are
/// also ordinary words ("Ban hành", "Tổ chức", "Hội nghị", "Đội ngũ", "Phòng, chống") are skipped,
/// and "Phòng", "Trung tâm", "Văn phòng", "Trạm", "Trường" need a capitalised second word.
/// A group name followed by a proper name ("Chi bộ xóm Đông", "xóm Đông") is reported too: the
/// site has not registered that cell or hamlet.
struct UnknownUnitScanner {
    private static let heads: [(key: [String], needsCapital: Bool, excluded: Set<String>)] = [
        (["ban"], false, ["hanh", "dau", "ngay", "dem", "than", "be", "tay"]),
        (["to"], false, ["chuc", "quoc", "tung", "cao", "giac", "ng", "hung"]),  // "Giỗ Tổ Hùng Vương"
        (["hoi"], false, ["nghi", "thi", "thao", "dien", "vien", "cho", "xuan", "khoe", "trai", "tu", "nhap", "lang", "dong"]),
        (["doi"], false, ["ngu", "moi", "voi", "song", "thoai", "hinh", "tuyen", "xu"]),
        (["phong"], true, []), (["trung", "tam"], true, []), (["van", "phong"], true, []),
        (["tram"], true, []), (["truong"], true, []), (["hop", "tac", "xa"], false, []),
    ]

    /// Heads whose folding is shared with other words: "Trường" (school) and "Trưởng" (head of),
    /// "Đội" and "Đời" ("Đời đời nhớ ơn Bác Hồ"), "Hội" and "Hỏi", "Tổ" and "Tờ". Only the first
    /// names a body.
    private static let headSpellings: [String: String] = ["truong": "trường", "doi": "đội", "hoi": "hội", "to": "tổ"]

    private static let stopWords: Set<String> = [
        "chu", "phoi", "tham", "theo", "thuc", "trien", "va", "voi", "cua", "tai", "trong", "cho", "de", "da",
        "dang", "se", "duoc", "co", "la", "khan", "tiep", "xay", "tang", "day", "nang", "ra", "kiem", "huong",
        "bao", "nam", "thang", "ngay", "nhiem", "lam", "can", "phai", "can", "quan", "giai", "hoan", "ban", "to", "giam",
    ]

    struct Word {
        var folded: String
        var range: Range<Int>  // in folded bytes
        var capitalised: Bool
    }

    /// The phrases, as written, in text order.
    static func unknownPhrases(in text: String, folded: FoldedText, known: [UnitMatch], groupIDs: Set<String>) -> [String] {
        let utf8 = Array(text.utf8)
        let words = self.words(folded, utf8: utf8)
        var covered = Array(repeating: false, count: folded.bytes.count + 1)
        for match in known { for i in match.folded { covered[i] = true } }
        var phrases: [String] = []
        var index = 0
        while index < words.count {
            defer { index += 1 }
            let word = words[index]
            guard word.capitalised, !covered[word.range.lowerBound] else { continue }
            guard let head = heads.first(where: { head in
                index + head.key.count <= words.count
                    && zip(head.key, words[index..<index + head.key.count]).allSatisfy { $0 == $1.folded }
            }) else { continue }
            var end = index + head.key.count
            guard end < words.count, isAdjacent(words[end - 1], words[end], folded) else { continue }
            let second = words[end]
            if head.excluded.contains(second.folded) || covered[second.range.lowerBound] { continue }
            if head.needsCapital && !second.capitalised { continue }
            if let spelling = headSpellings[head.key[0]], !text.isSpelled(spelling, at: word.range, folded: folded) { continue }
            var last = end
            while end < words.count, end - index <= 5, isAdjacent(words[end - 1], words[end], folded),
                  !covered[words[end].range.lowerBound] {
                let current = words[end]
                if end > index + head.key.count, !current.capitalised, stopWords.contains(current.folded) { break }
                last = end
                end += 1
                if current.folded == "xa" || current.folded == "phuong" { break }
            }
            phrases.append(phrase(words[index].range.lowerBound..<words[last].range.upperBound, folded, utf8))
            index = last
        }
        // Group names followed by a proper name: "Chi bộ xóm Đông", "xóm Đông".
        for (position, first) in known.enumerated() where groupIDs.contains(first.unitID) {
            // "trưởng xóm Nguyễn Văn A", "bí thư chi bộ Trần B", "các xóm Đông, Tây" name people or lists.
            let mention = String(decoding: folded.bytes[first.folded], as: UTF8.self)
            if ["truong ", "to truong ", "bi thu ", "cac "].contains(where: mention.hasPrefix) { continue }
            // "Chi bộ xóm Đông": the cell's name runs over the hamlet's.
            var match = first
            if position + 1 < known.count, groupIDs.contains(known[position + 1].unitID),
               known[position + 1].folded.lowerBound == match.folded.upperBound + 1 {
                match.folded = match.folded.lowerBound..<known[position + 1].folded.upperBound
            }
            guard let next = words.firstIndex(where: { $0.range.lowerBound > match.folded.upperBound }) else { continue }
            var last = next - 1
            var cursor = next
            while cursor < words.count, cursor - next < 3, words[cursor].capitalised,
                  isAdjacent(cursor == next ? nil : words[cursor - 1], words[cursor], folded, after: match.folded.upperBound),
                  !covered[words[cursor].range.lowerBound] {
                last = cursor
                cursor += 1
            }
            if last >= next { phrases.append(phrase(match.folded.lowerBound..<words[last].range.upperBound, folded, utf8)) }
        }
        var seen: Set<String> = []
        let unique = phrases.filter { seen.insert($0).inserted }
        return unique.filter { phrase in !unique.contains { $0 != phrase && $0.contains(phrase) } }
    }

    private static func phrase(_ range: Range<Int>, _ folded: FoldedText, _ utf8: [UInt8]) -> String {
        String(decoding: utf8[folded.originalRange(range)], as: UTF8.self)
    }

    /// Two words separated by one space only (no punctuation).
    private static func isAdjacent(_ a: Word, _ b: Word, _ folded: FoldedText) -> Bool {
        b.range.lowerBound == a.range.upperBound + 1 && folded.bytes[a.range.upperBound] == 0x20
    }

    private static func isAdjacent(_ a: Word?, _ b: Word, _ folded: FoldedText, after end: Int) -> Bool {
        if let a { return isAdjacent(a, b, folded) }
        return b.range.lowerBound == end + 1 && folded.bytes[end] == 0x20
    }

    private static func words(_ folded: FoldedText, utf8: [UInt8]) -> [Word] {
        var words: [Word] = []
        let bytes = folded.bytes
        var start: Int?
        for position in 0...bytes.count {
            let isWord = position < bytes.count && AliasMatcher.isWordByte(bytes[position])
            if isWord, start == nil { start = position }
            if !isWord, let begin = start {
                let first = folded.origins[begin]
                var iterator = utf8[first...].makeIterator()
                var decoder = UTF8()
                var capitalised = false
                if case .scalarValue(let scalar) = decoder.decode(&iterator) {
                    capitalised = scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
                }
                words.append(Word(folded: String(decoding: bytes[begin..<position], as: UTF8.self), range: begin..<position,
                                  capitalised: capitalised))
                start = nil
            }
        }
        return words
    }
}

private extension String {
    /// Whether the word at `range` (folded) is written `spelling` (lowercase, NFC).
    func isSpelled(_ spelling: String, at range: Range<Int>, folded: FoldedText) -> Bool {
        let original = folded.originalRange(range)
        let word = String(decoding: Array(utf8)[original], as: UTF8.self).precomposedStringWithCanonicalMapping
        return word.lowercased() == spelling
    }
}
