/// Decides the role of each unit named in a task, clause by clause (domain.md §2.3, corpus README).
///
/// A clause ends at ";" or at the end of a sentence. Units written one after another ("Trung tâm
/// DVSNC, Ban CHQS và Trạm Y tế xã") form a list and share one role, read from the words right
/// before and right after the list:
///
/// | Words                                         | Role      |
/// |-----------------------------------------------|-----------|
/// | "Đề nghị X …"                                 | requested |
/// | "phối hợp (chặt chẽ) với X"                   | support   |
/// | "X chủ trì", "Giao X …", "Yêu cầu X …", "X chủ động / chịu trách nhiệm / phụ trách" | lead |
/// | "X tham mưu"                                  | advisory  |
/// | "X theo dõi / đôn đốc", "X giám sát việc …" (watching others carry it out) | monitor |
/// | "X phối hợp với Y <verb>": X acts, with the role of the verb after Y ("Giao Văn phòng phối hợp với … theo dõi, đôn đốc" → monitor) | lead, monitor, advisory |
/// | "X phối hợp <verb>" after another unit already leads the task | support |
/// | "X phối hợp <verb>" with no other lead ("Ủy ban MTTQ xã phối hợp tổ chức …") | lead (the only actor) |
/// | X opens the clause and a verb follows ("Trung tâm … nâng cao …") | lead |
/// | anything else ("hướng dẫn các xóm", "tại các đơn vị: …") | concerned |
///
/// "Kiểm tra" and a "giám sát" that is the unit's own programme ("giám sát chuyên đề") are work the
/// unit does, so they read as any other verb.
struct UnitRoleClassifier {
    let folded: FoldedText
    /// Where the item's own words start (after "Một là, " or a lead-in "Văn phòng Đảng ủy:").
    let contentStart: Int

    private var bytes: [UInt8] { folded.bytes }

    /// The role of every match, in the same order.
    func roles(of matches: [UnitMatch]) -> [UnitRole] {
        var roles = Array(repeating: UnitRole.concerned, count: matches.count)
        var lists: [ClosedRange<Int>] = []
        var index = 0
        while index < matches.count {
            var last = index
            while last + 1 < matches.count, isListGap(matches[last].folded.upperBound..<matches[last + 1].folded.lowerBound) {
                last += 1
            }
            lists.append(index...last)
            index = last + 1
        }
        for (position, list) in lists.enumerated() {
            let start = matches[list.lowerBound].folded.lowerBound
            let end = matches[list.upperBound].folded.upperBound
            let partners = position + 1 < lists.count ? lists[position + 1] : nil
            var role = role(ofListFrom: start, to: end)
            if role != .requested, let partners, let partnerRole = actorRole(after: end, partnersAt: partners.map { matches[$0].folded }) {
                role = partnerRole
            } else if role == .lead, startsWith(trimmed(end..<clauseRange(around: start).upperBound), "phoi hop"),
                      earlierLead(before: start, matches: matches, roles: roles) {
                role = .support
            }
            for member in list { roles[member] = role }
        }
        return roles
    }

    /// The role a unit takes from the words that open its task's content, when the unit is the
    /// task's implied subject (a lead-in "Văn phòng Đảng ủy: theo dõi, đôn đốc …", a `nhiem-vu`
    /// row's "Đơn vị" cell).
    func subjectRole() -> UnitRole {
        guard contentStart < bytes.count else { return .lead }
        let content = trimmed(contentStart..<clauseRange(around: contentStart).upperBound)
        if startsWith(content, "de nghi") { return .requested }
        return verbRole(content) ?? .lead
    }

    private func role(ofListFrom start: Int, to end: Int) -> UnitRole {
        // A name before the content (in the label or lead-in) is the subject; the caller sets it.
        guard start >= contentStart else { return .concerned }
        let clause = clauseRange(around: start)
        let before = trimmed(clause.lowerBound..<start)
        let after = trimmed(end..<clause.upperBound)

        if endsWith(before, "de nghi") { return .requested }
        if endsWith(before, "phoi hop") || (endsWith(before, "voi") && contains(before, "phoi hop")) { return .support }
        if startsWith(after, "chu tri") { return .lead }
        if let role = verbRole(after) { return role }
        if startsWith(after, "phoi hop") { return .lead }
        for verb in ["chu dong", "chiu trach nhiem", "phu trach"] where startsWith(after, verb) { return .lead }
        for trigger in ["yeu cau", "giao", "giao cho"] where endsWith(before, trigger) { return .lead }
        if before.isEmpty, !after.isEmpty, !startsWithLinkWord(after) { return .lead }
        return .concerned
    }

    /// Monitor and advisory verbs at the start of `range`.
    private func verbRole(_ range: Range<Int>) -> UnitRole? {
        if startsWith(range, "tham muu") { return .advisory }
        for verb in ["theo doi", "don doc", "giam sat viec"] where startsWith(range, verb) { return .monitor }
        return nil
    }

    /// "X phối hợp với Y, Z theo dõi …": X is the one acting. Its role is the verb's after the
    /// partners (monitor, advisory) or lead.
    private func actorRole(after end: Int, partnersAt partners: [Range<Int>]) -> UnitRole? {
        guard let first = partners.first, let last = partners.last else { return nil }
        // Only the words "phối hợp (chặt chẽ) với" between X and its partners.
        let gap = trimmed(end..<first.lowerBound)
        guard gap.count <= 24, startsWith(gap, "phoi hop"), endsWith(gap, "voi") else { return nil }
        let clause = clauseRange(around: last.lowerBound)
        return verbRole(trimmed(last.upperBound..<clause.upperBound)) ?? .lead
    }

    /// Whether a unit before `position` already leads the task, or the sentence names a "chủ
    /// trì": then "X phối hợp thực hiện" helps it ("UBND xã hoàn thành …. Các xóm phối hợp thực hiện.").
    private func earlierLead(before position: Int, matches: [UnitMatch], roles: [UnitRole]) -> Bool {
        var start = position
        while start > contentStart, !(isClauseEnd(at: start - 1) && bytes[start - 1] != UInt8(ascii: ";")) { start -= 1 }
        var end = position
        while end < bytes.count, !(isClauseEnd(at: end) && bytes[end] != UInt8(ascii: ";")) { end += 1 }
        if contains(start..<end, "chu tri") { return true }
        return zip(matches, roles).contains { match, role in role == .lead && match.folded.lowerBound < position }
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
