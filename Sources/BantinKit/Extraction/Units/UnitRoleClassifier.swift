/// Decides the role of each unit named in a task, clause by clause (domain.md §2.3).
///
/// A clause ends at ";" or at the end of a sentence. Units written one after another ("Trung tâm
/// DVSNC, Ban CHQS và Trạm Y tế xã") form a list and share one role, read from the words right
/// before and right after the list:
///
/// | Words                                         | Role      |
/// |-----------------------------------------------|-----------|
/// | "Đề nghị X …"                                 | requested |
/// | "X chủ trì", "Giao X …", "Yêu cầu X …", "X chủ động / chịu trách nhiệm / phụ trách" | lead |
/// | "X tham mưu"                                  | advisory  |
/// | "X theo dõi / đôn đốc / kiểm tra / giám sát"  | monitor   |
/// | "phối hợp (chặt chẽ) với X", "X phối hợp" after a chủ trì | support |
/// | "X phối hợp …" opening a sentence with no chủ trì | lead (the only actor) |
/// | X opens the clause and a verb follows ("Trung tâm … nâng cao …") | lead |
/// | anything else ("hướng dẫn các xóm", "tại các đơn vị: …") | concerned |
struct UnitRoleClassifier {
    let folded: FoldedText
    /// Where the item's own words start (after "Một là, ").
    let contentStart: Int

    private var bytes: [UInt8] { folded.bytes }

    /// The role of every match, in the same order.
    func roles(of matches: [UnitMatch]) -> [UnitRole] {
        var roles = Array(repeating: UnitRole.concerned, count: matches.count)
        var index = 0
        while index < matches.count {
            var last = index
            while last + 1 < matches.count, isListGap(matches[last].folded.upperBound..<matches[last + 1].folded.lowerBound) {
                last += 1
            }
            let role = role(ofListFrom: matches[index].folded.lowerBound, to: matches[last].folded.upperBound)
            for position in index...last { roles[position] = role }
            index = last + 1
        }
        return roles
    }

    private func role(ofListFrom start: Int, to end: Int) -> UnitRole {
        let clause = clauseRange(around: start)
        let before = trimmed(clause.lowerBound..<start)
        let after = trimmed(end..<clause.upperBound)

        if endsWith(before, "de nghi") { return .requested }
        if startsWith(after, "chu tri") { return .lead }
        if startsWith(after, "tham muu") { return .advisory }
        for verb in ["theo doi", "don doc", "kiem tra", "giam sat"] where startsWith(after, verb) { return .monitor }
        if startsWith(after, "phoi hop") {
            let opensClause = before.isEmpty
            return opensClause && !sentenceNamesLead(around: start) ? .lead : .support
        }
        for verb in ["chu dong", "chiu trach nhiem", "phu trach"] where startsWith(after, verb) { return .lead }
        for trigger in ["yeu cau", "giao", "giao cho"] where endsWith(before, trigger) { return .lead }
        if endsWith(before, "phoi hop") || (endsWith(before, "voi") && contains(before, "phoi hop")) { return .support }
        if before.isEmpty, !after.isEmpty, !startsWithLinkWord(after) { return .lead }
        return .concerned
    }

    // MARK: - Clauses

    /// The clause holding `position`: from the previous ";" or sentence end (or the item's
    /// content start) to the next one; leading connectors ("Đồng thời, ") are skipped.
    private func clauseRange(around position: Int) -> Range<Int> {
        var start = position
        while start > contentStart, !isClauseEnd(at: start - 1) { start -= 1 }
        start = max(start, contentStart)
        var end = position
        while end < bytes.count, !isClauseEnd(at: end) { end += 1 }
        start = skippingConnectors(from: start, to: end)
        return start..<end
    }

    private func isClauseEnd(at index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: ";"): return true
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            return index + 1 == bytes.count || bytes[index + 1] == 0x20
        default: return false
        }
    }

    private static let connectors = ["dong thoi", "truoc mat", "trong do", "ngoai ra", "sau do", "mat khac", "nhat la"]

    private func skippingConnectors(from start: Int, to end: Int) -> Int {
        var start = start
        while start < end, isSeparator(bytes[start]) { start += 1 }
        for connector in Self.connectors where startsWith(start..<end, connector) {
            start += connector.utf8.count
            while start < end, isSeparator(bytes[start]) { start += 1 }
            break
        }
        return start
    }

    /// Whether the sentence around `position` names a lead with "chủ trì".
    private func sentenceNamesLead(around position: Int) -> Bool {
        var start = position
        while start > contentStart, !(isClauseEnd(at: start - 1) && bytes[start - 1] != UInt8(ascii: ";")) { start -= 1 }
        var end = position
        while end < bytes.count, !(isClauseEnd(at: end) && bytes[end] != UInt8(ascii: ";")) { end += 1 }
        return contains(start..<end, "chu tri")
    }

    // MARK: - Words

    /// Between two units of one list: only separators, "và", "cùng", "các".
    private func isListGap(_ range: Range<Int>) -> Bool {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in bytes[range] {
            if AliasMatcher.isWordByte(byte) { current.append(byte); continue }
            if byte != 0x20 && byte != UInt8(ascii: ",") && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "/") { return false }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current = [] }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words.allSatisfy { $0 == "va" || $0 == "cung" || $0 == "cac" }
    }

    private static let linkWords: Set<String> = ["va", "cua", "la", "trong", "tai", "ve", "voi", "cho", "thuoc", "nhiem", "khoa"]

    private func startsWithLinkWord(_ range: Range<Int>) -> Bool {
        var end = range.lowerBound
        while end < range.upperBound, AliasMatcher.isWordByte(bytes[end]) { end += 1 }
        if end == range.lowerBound { return true }  // punctuation right after the unit
        return Self.linkWords.contains(String(decoding: bytes[range.lowerBound..<end], as: UTF8.self))
    }

    private func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":")
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSeparator(bytes[lower]) { lower += 1 }
        while upper > lower, isSeparator(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private func startsWith(_ range: Range<Int>, _ phrase: String) -> Bool {
        let key = Array(phrase.utf8)
        guard range.count >= key.count, bytes[range.lowerBound..<range.lowerBound + key.count].elementsEqual(key) else { return false }
        let next = range.lowerBound + key.count
        return next == bytes.count || !AliasMatcher.isWordByte(bytes[next])
    }

    private func endsWith(_ range: Range<Int>, _ phrase: String) -> Bool {
        let key = Array(phrase.utf8)
        guard range.count >= key.count, bytes[range.upperBound - key.count..<range.upperBound].elementsEqual(key) else { return false }
        let previous = range.upperBound - key.count - 1
        return previous < 0 || !AliasMatcher.isWordByte(bytes[previous])
    }

    private func contains(_ range: Range<Int>, _ phrase: String) -> Bool {
        let key = Array(phrase.utf8)
        guard range.count >= key.count else { return false }
        var start = range.lowerBound
        while start + key.count <= range.upperBound {
            if bytes[start] == key[0], bytes[start..<start + key.count].elementsEqual(key),
               start == 0 || !AliasMatcher.isWordByte(bytes[start - 1]),
               start + key.count == bytes.count || !AliasMatcher.isWordByte(bytes[start + key.count]) {
                return true
            }
            start += 1
        }
        return false
    }
}
