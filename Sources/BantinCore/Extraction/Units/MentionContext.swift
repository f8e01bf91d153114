/// Where a unit's name occurs without naming the unit as a party to the task, as a clerk reads it:
///
/// | Words before the name                          | Example                                  |
/// |------------------------------------------------|------------------------------------------|
/// | a document code glued to it                    | "Nghị quyết số 15-NQ/ĐU", "Số 12-TB/ĐU"  |
/// | "đại biểu" (the elected office, not the body)  | "bầu cử đại biểu HĐND xã"                |
/// | a building named after it                      | "Nhà văn hóa xóm 4"                      |
/// | a word it makes a compound with                | "nông thôn mới", "tình làng nghĩa xóm"   |
/// | a normative document it issued ("… của X")     | "các nghị quyết chuyên đề của Ban Chấp hành Đảng bộ xã" |
/// | an event named after it ("Đại hội X")          | "Nghị quyết Đại hội Đảng bộ các cấp", "Đại hội đại biểu Hội Nông dân" |
/// | a law or a duty named after its field          | "Luật Nghĩa vụ quân sự", "nghĩa vụ quân sự" |
/// | (after the name) a sector of the economy       | "phát triển các ngành dịch vụ, tài chính" |
/// | (after the name) "các cấp": every level        | "Hội đồng nhân dân và Ủy ban nhân dân các cấp" |
///
/// (A working body named after a unit, "Ban công tác Mặt trận", is `isInsideBodyName`.)
///
/// The text only mentions these units in passing; listing them would put the task on the wrong
/// unit pages.
enum MentionContext {
    /// True when the name at `start` (folded bytes) is one of the passing mentions above.
    static func isPassing(nameAt start: Int, in bytes: [UInt8]) -> Bool {
        // "chính quyền địa phương (hai cấp)", "mô hình / xây dựng / bộ máy / công tác chính quyền":
        // the system of government, not the People's Committee.
        if bytes[start...].starts(with: "chinh quyen".utf8) {
            if bytes[start...].starts(with: "chinh quyen dia phuong".utf8) || bytes[start...].starts(with: "chinh quyen co so".utf8) { return true }
            let words = previousWords(before: start, in: bytes, count: 2)
            // ("công tác dân vận chính quyền" is a field of work.)
            if let last = words.first, ["hinh", "dung", "may", "tac", "voi", "cua", "ve", "van"].contains(last) { return true }
        }
        // "phát triển các ngành dịch vụ, tài chính …": the economy's sectors, not the bodies.
        for head in ["cac nganh ", "nganh "] where bytes[start...].starts(with: head.utf8) {
            let rest = bytes[(start + head.utf8.count)...]
            if economicSectors.contains(where: { rest.starts(with: $0.utf8) }) { return true }
        }
        guard start > 0 else { return false }
        if bytes[start - 1] == UInt8(ascii: "/") { return true }
        let words = previousWords(before: start, in: bytes, count: 10)
        guard let last = words.first else { return false }
        let name = firstWord(at: start, in: bytes)
        if let partners = compoundPartners[last], partners.contains(name) { return true }
        if words.starts(with: ["bieu", "dai"]) { return true }
        // "Luật Nghĩa vụ quân sự", "Luật Công an nhân dân", "công dân thực hiện nghĩa vụ quân sự": a
        // law or a citizen's duty named after the field, not the body.
        if words.starts(with: ["vu", "nghia"]) || words.prefix(3).contains("luat") { return true }
        // "Đại hội Đảng bộ …", "Đại hội đại biểu Hội Nông dân …": the event, not the body — unless the
        // congress opens its clause as the subject of its own plan ("Theo đó, Đại hội chi bộ cần …",
        // "…, Đại hội các chi bộ còn lại sẽ diễn ra từ …"): a body holds its own congress.
        if words.starts(with: ["hoi", "dai"]) && !(words.count == 2 && opensClause(before: start, in: bytes))
            || words.starts(with: ["bieu", "dai", "hoi", "dai"]) { return true }
        // Buildings named after a body: "Nhà văn hóa xóm 4", "trụ sở UBND xã", "hội trường UBND xã".
        if words.starts(with: ["hoa", "van", "nha"]) || words.starts(with: ["dong", "cong", "hoat", "sinh", "nha"])
            || words.starts(with: ["so", "tru"]) || words.starts(with: ["truong", "hoi"]) { return true }
        if last == "cua" { return followsDocument(Array(words.dropFirst())) }
        return false
    }

    /// "Đảng bộ các cấp", "Ủy ban nhân dân các cấp": the body at every level, a general reference.
    static func isEveryLevel(nameEndingAt end: Int, in bytes: [UInt8]) -> Bool {
        func levels(at position: Int) -> Bool {
            bytes[position...].starts(with: " cac cap".utf8) && (position + 8 == bytes.count || !AliasMatcher.isWordByte(bytes[position + 8]))
        }
        if levels(at: end) { return true }
        // "Hội đồng nhân dân và Ủy ban nhân dân các cấp": the pair at every level.
        guard bytes[end...].starts(with: " va ".utf8) else { return false }
        var position = end + 4
        while position < min(bytes.count, end + 48) {
            if [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: ":"), 0x0A].contains(bytes[position]) { return false }
            if bytes[position] == 0x20, levels(at: position) { return true }
            position += 1
        }
        return false
    }

    /// "khu dân cư" is a place ("treo cờ tại khu dân cư", "chỉnh trang khu dân cư") unless it is
    /// listed among bodies ("thủ trưởng các cơ quan, đơn vị và các khu dân cư") or addressed
    /// ("đề nghị các khu dân cư …"): the names of `matches` that are such places, apart.
    static func separatingPlaces(_ matches: [UnitMatch], in bytes: [UInt8]) -> (names: [UnitMatch], places: [UnitMatch]) {
        var names: [UnitMatch] = []
        var places: [UnitMatch] = []
        for (index, match) in matches.enumerated() {
            let name = bytes[match.folded]
            guard name.starts(with: "khu dan cu".utf8) || name.starts(with: "cac khu dan cu".utf8) else {
                names.append(match)
                continue
            }
            let gap = index > 0 ? Array(bytes[matches[index - 1].folded.upperBound..<match.folded.lowerBound]) : []
            let listed = index > 0 && (gap == Array(" va ".utf8) || gap == Array(", ".utf8))
            let words = previousWords(before: match.folded.lowerBound, in: bytes, count: 2)
            let addressed = words.count >= 2 && ["nghi", "cau", "giao"].contains(words[0]) || words.first == "giao"
            if listed || addressed { names.append(match) } else { places.append(match) }
        }
        return (names, places)
    }

    /// True when the name is the tail of a working body's name ("Ban công tác Mặt trận", "Tổ công
    /// tác Công an"): neither the unit nor a passing mention of it, but part of a name the
    /// catalogue may not know.
    static func isInsideBodyName(nameAt start: Int, in bytes: [UInt8]) -> Bool {
        let words = previousWords(before: start, in: bytes, count: 3)
        return words.count == 3 && words[0] == "tac" && words[1] == "cong" && ["ban", "to", "doan"].contains(words[2])
    }

    /// Sectors of the economy after "ngành" ("ngành y tế", "ngành giáo dục" are bodies that act).
    private static let economicSectors = ["dich vu", "cong nghiep", "nong nghiep", "thuong mai", "du lich", "tai chinh", "kinh te", "nghe "]

    /// "nông thôn", "làng xóm", "nghĩa xóm": the second word is not the hamlet.
    private static let compoundPartners: [String: Set<String>] = ["nong": ["thon"], "lang": ["xom"], "nghia": ["xom"], "phan": ["cong"]]

    /// Normative documents whose issuer is named after "của".
    private static let documents: [[String]] = [
        ["quyet", "nghi"], ["thi", "chi"], ["luan", "ket"], ["dinh", "quy"], ["dinh", "quyet"], ["tri", "thong"],
        ["van", "cong"],
    ]

    /// The words before "của" (nearest first) hold a document noun, with no clause mark between.
    private static func followsDocument(_ words: [String]) -> Bool {
        for offset in words.indices {
            if documents.contains(where: { words[offset...].starts(with: $0) }) { return true }
        }
        return false
    }

    /// Up to `count` words before `position`, nearest first, stopping at punctuation other than
    /// "-" and "/" (a clause or list mark ends the context).
    /// Whether the two words before `position` ("Đại hội") start the text or follow a clause mark.
    /// "Lực lượng Công an và chính quyền các cấp nắm chắc tình hình …" (727): bodies at every level
    /// that open their clause are its subject, told to act, the commune's among them.
    static func isEveryLevelSubject(nameAt start: Int, in bytes: [UInt8]) -> Bool {
        var cursor = start
        while cursor > 0, bytes[cursor - 1] == 0x20 { cursor -= 1 }
        return cursor == 0 || [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), 0x0A].contains(bytes[cursor - 1])
    }

    private static func opensClause(before position: Int, in bytes: [UInt8]) -> Bool {
        var cursor = position
        for _ in 0..<2 {
            while cursor > 0, bytes[cursor - 1] == 0x20 { cursor -= 1 }
            while cursor > 0, AliasMatcher.isWordByte(bytes[cursor - 1]) { cursor -= 1 }
        }
        while cursor > 0, bytes[cursor - 1] == 0x20 { cursor -= 1 }
        return cursor == 0 || [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(bytes[cursor - 1])
    }

    private static func previousWords(before position: Int, in bytes: [UInt8], count: Int) -> [String] {
        var words: [String] = []
        var end = position
        while words.count < count {
            var cursor = end
            while cursor > 0, bytes[cursor - 1] == 0x20 { cursor -= 1 }
            guard cursor > 0, AliasMatcher.isWordByte(bytes[cursor - 1]) else { break }
            var start = cursor
            while start > 0, AliasMatcher.isWordByte(bytes[start - 1]) { start -= 1 }
            words.append(String(decoding: bytes[start..<cursor], as: UTF8.self))
            end = start
        }
        return words
    }

    private static func firstWord(at start: Int, in bytes: [UInt8]) -> String {
        var end = start
        while end < bytes.count, AliasMatcher.isWordByte(bytes[end]) { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
