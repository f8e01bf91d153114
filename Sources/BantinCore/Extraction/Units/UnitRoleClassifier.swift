/// Decides the role of each unit named in a task, clause by clause (domain.md §2.3, corpus README).
///
/// A clause ends at ";" or at the end of a sentence. Units written one after another ("Trung tâm
/// DVSNC, Ban CHQS và Trạm Y tế xã") form a list and share one role, read from the words right
/// before and right after the list:
///
/// | Words                                         | Role      |
/// |-----------------------------------------------|-----------|
/// | "Đề nghị X …", "yêu cầu sự <vào cuộc> của X"   | requested |
/// | "phối hợp (chặt chẽ) với X"                   | support   |
/// | "X chủ trì", "Giao X …", "Yêu cầu X …", "X chủ động / chịu trách nhiệm / phụ trách" | lead |
/// | "X tham mưu"                                  | advisory  |
/// | "X theo dõi / đôn đốc", "X giám sát việc …" (watching others carry it out) | monitor |
/// | "X phối hợp với Y <verb>": X acts, with the role of the verb after Y ("Giao Văn phòng phối hợp với … theo dõi, đôn đốc" → monitor) | lead, monitor, advisory |
/// | "X phối hợp <verb>" after another unit already leads the task | support |
/// | "X phối hợp <verb>" with no other lead ("Ủy ban MTTQ xã phối hợp tổ chức …") | lead (the only actor) |
/// | X opens the clause and a verb follows ("Trung tâm … nâng cao …") | lead |
/// | "đối với X phải / cần …" (the topic is the one who must act) | lead |
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
        var before = trimmed(clause.lowerBound..<start)
        var after = trimmed(end..<clause.upperBound)
        // "đồng chí nhấn mạnh X cần …": the speaker's words stand before the subject.
        for verb in ["nhan manh", "luu y", "khang dinh", "quan triet"] where endsWith(before, verb) {
            before = before.upperBound..<before.upperBound
        }
        // "X cần theo dõi, đôn đốc …", "X phải …": the verb after the modal decides.
        var modalFollows = false
        for modal in ["can phai", "can", "phai", "co trach nhiem"] where startsWith(after, modal) {
            after = trimmed(after.lowerBound + modal.utf8.count..<after.upperBound)
            modalFollows = true
            break
        }
        // "Đối với MTTQ và các đoàn thể phải hình thành …": the topic that a modal follows is the
        // body that must act, as "X phải …" would be.
        if modalFollows, endsWith(before, "doi voi") { return .lead }
        // "Trưởng các ban, ngành …", "Lãnh đạo UBND …": a title before the name is part of the subject.
        if isTitle(before) { before = before.upperBound..<before.upperBound }
        // "Trong tháng 9, Chi bộ …", "Bên cạnh đó, UBND xã …", "Các đơn vị: Công an, …": a frame or a
        // label closed by a comma or colon stands before the subject.
        if isFrame(before) { before = before.upperBound..<before.upperBound }
        // "Đại hội các chi bộ còn lại sẽ diễn ra …", "Theo đó, Đại hội chi bộ cần …": the congress opens the
        // clause, and the body whose congress it is holds it.
        if endsWith(before, "dai hoi") {
            let rest = trimmed(before.lowerBound..<(before.upperBound - "dai hoi".utf8.count))
            if rest.isEmpty || bytes[rest.upperBound - 1] == UInt8(ascii: ",") || rest.upperBound < bytes.count && bytes[rest.upperBound] == UInt8(ascii: ",") {
                before = before.upperBound..<before.upperBound
            }
        }
        // "đề nghị các đồng chí trong Ban Thường vụ …": the people of the body addressed.
        let cueSide = withoutTrailingTitles(before)

        // "kiến nghị X …" is how a People's Council body asks; "mong muốn X …", "kính mong X …" how a
        // speaker wishes of someone (812).
        if ["de nghi", "kien nghi", "mong muon", "kinh mong"].contains(where: { endsWith(cueSide, $0) }) { return .requested }
        // "yêu cầu sự vào cuộc quyết liệt của các cấp ủy", "đề nghị sự phối hợp của Công an xã":
        // the body whose part is asked for is the body asked (not "theo yêu cầu của UBND huyện").
        if endsWith(before, "cua"), ["yeu cau su", "de nghi su", "can su"].contains(where: { contains(before, $0) }) { return .requested }
        // "phối hợp với X", and "phối hợp cùng X" as commune texts write it as often.
        if endsWith(before, "phoi hop") || ((endsWith(before, "voi") || endsWith(before, "cung")) && contains(before, "phoi hop")) { return .support }
        if startsWith(after, "chu tri") { return .lead }
        if let role = verbRole(after) { return role }
        if startsWith(after, "phoi hop") { return .lead }
        for verb in ["chu dong", "chiu trach nhiem", "phu trach"] where startsWith(after, verb) { return .lead }
        // "Giao X …", "Yêu cầu X …", and "chỉ đạo X <làm>": X does the work.
        for trigger in ["yeu cau", "giao", "giao cho", "chi dao"] where endsWith(cueSide, trigger) { return .lead }
        if before.isEmpty, !after.isEmpty, !startsWithLinkWord(after) { return .lead }
        // "Các cơ quan, đơn vị, trường học và các hộ gia đình treo cờ …": the subject goes on with
        // words that are no unit, then the verb.
        if before.isEmpty, startsWith(after, "va"), subjectContinues(after) { return .lead }
        // "Đề nghị các cơ quan, tổ chức, doanh nghiệp, trường học … hưởng ứng": a body in the
        // list of addressees, before any verb.
        if let cue = addressCue(opening: before) { return cue }
        return .concerned
    }

    /// Whether `range` ("và các hộ gia đình treo cờ …") is the rest of a subject: a directive verb
    /// within eight words, with no preposition before it.
    private func subjectContinues(_ range: Range<Int>) -> Bool {
        let words = ProseText(String(decoding: bytes[range], as: UTF8.self)).words(in: 0..<range.count)
        for index in 1..<min(words.count, 9) {
            if ["cua", "tai", "voi", "cho", "trong", "ve", "tren"].contains(words[index].key) { return false }
            if words.starts(with: DirectiveGrammar.directiveVerbs, at: index) != nil { return true }
        }
        return false
    }

    /// The role an address cue gives to names that follow it in its list of addressees: the cue
    /// opens `range` and no instruction verb stands between it and the name.
    private func addressCue(opening range: Range<Int>) -> UnitRole? {
        let prose = ProseText(String(decoding: bytes[range], as: UTF8.self))
        var words = prose.words(in: 0..<range.count)
        // "Theo đó, UBND xã đề nghị các cơ quan, đơn vị, bệnh viện, trường học …": the cue may follow
        // a frame and its speaker; the list runs from the last cue.
        let cues: [WordPhrase] = ["de nghi", "yeu cau", "giao"]
        // ("giáo dục" folds onto the cue "giao": spelled so.)
        guard let cue = words.indices.last(where: { words.starts(with: cues, at: $0) != nil
            && (words[$0].key != "giao" || prose.isSpelled(words[$0].original, "giao")) }), cue <= 12 else { return nil }
        words = Array(words[cue...])
        let role: UnitRole = words[0].key == "de" ? .requested : .lead
        guard words.count <= 40 else { return nil }
        for index in 2..<max(2, words.count) where words.starts(with: DirectiveGrammar.directiveVerbs, at: index) != nil {
            // "các cơ quan, tổ chức, doanh nghiệp": a noun in the list, not the verb "tổ chức".
            let gap = prose.bytes[words[index - 1].original.upperBound..<words[index].original.lowerBound]
            if gap.contains(UInt8(ascii: ",")) || ["cac", "va", "nhung"].contains(words[index - 1].key) { continue }
            return nil
        }
        return role
    }

    /// A framing adverbial or a label: words ending in "," or ":" that assign nothing.
    private func isFrame(_ range: Range<Int>) -> Bool {
        guard let last = range.last, range.upperBound < bytes.count || true else { return false }
        let mark = bytes[last]
        // `trimmed` removed the mark: look at the byte after the range.
        let next = range.upperBound < bytes.count ? bytes[range.upperBound] : 0
        guard mark == UInt8(ascii: ",") || mark == UInt8(ascii: ":") || next == UInt8(ascii: ",") || next == UInt8(ascii: ":") else { return false }
        for word in ["phoi hop", "voi", "giao", "de nghi", "yeu cau", "cho", "cua", "chi dao", "huong dan"] where contains(range, word) {
            return false
        }
        return true
    }

    /// `range` without the title words at its end ("đề nghị các đồng chí trong" → "đề nghị").
    private func withoutTrailingTitles(_ range: Range<Int>) -> Range<Int> {
        var upper = range.upperBound
        while upper > range.lowerBound {
            // "chỉ đạo" folds onto two title words ("đồng chí", "lãnh đạo"): a cue ends the stripping.
            if ["de nghi", "kien nghi", "yeu cau", "giao", "chi dao"].contains(where: { endsWith(range.lowerBound..<upper, $0) }) { break }
            var start = upper
            while start > range.lowerBound, AliasMatcher.isWordByte(bytes[start - 1]) { start -= 1 }
            let word = String(decoding: bytes[start..<upper], as: UTF8.self)
            guard !word.isEmpty, Self.titleWords.contains(word) || word == "trong" || word == "thuoc" else { break }
            upper = start
            while upper > range.lowerBound, bytes[upper - 1] == 0x20 { upper -= 1 }
        }
        return range.lowerBound..<upper
    }

    /// Monitor and advisory verbs at the start of `range`.
    /// "theo dõi, đôn đốc …", "theo dõi việc …", "đôn đốc …", "giám sát việc …" watch others carry
    /// a task out; "theo dõi sát diễn biến bão" is work of its own.
    private func verbRole(_ range: Range<Int>) -> UnitRole? {
        if startsWith(range, "tham muu") { return .advisory }
        for verb in ["don doc", "giam sat viec", "theo doi viec", "theo doi, don doc", "theo doi, kiem tra", "theo doi va don doc",
                     "theo doi, huong dan"] where startsWith(range, verb) {
            return .monitor
        }
        if startsWith(range, "theo doi") {
            let rest = trimmed(range.lowerBound + 8..<range.upperBound)
            for object in ["sat", "dien bien", "tinh hinh", "du bao", "thoi tiet", "cac thon", "cac xom"] where startsWith(rest, object) { return nil }
            return .monitor
        }
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

    /// Words that join a clause to the one before; the clause's subject comes after them. The
    /// same words the prose reader skips (`DirectiveGrammar.connectors`), longest first.
    private static let connectors: [String] = (["truoc mat"] + DirectiveGrammar.connectors.map { $0.words.joined(separator: " ") })
        .sorted { $0.count > $1.count }

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

    /// Words that name people by their office in a body: "Trưởng các khóm", "Lãnh đạo UBND xã".
    private static let titleWords: Set<String> = [
        "truong", "pho", "lanh", "dao", "thu", "dong", "chi", "cac", "dai", "dien", "toan", "the", "tat", "ca", "nganh", "luc", "luong",
    ]

    private func isTitle(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= 24 else { return false }
        var word: [UInt8] = []
        var words: [String] = []
        for byte in bytes[range] {
            if AliasMatcher.isWordByte(byte) { word.append(byte); continue }
            if byte != 0x20 { return false }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)); word = [] }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return !words.isEmpty && words.allSatisfy(Self.titleWords.contains)
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
