/// Where a unit's name occurs without naming the unit as a party to the task, as a clerk reads it:
///
/// | Words before the name                          | Example                                  |
/// |------------------------------------------------|------------------------------------------|
/// | a document code glued to it                    | "Nghị quyết số 15-NQ/ĐU", "Số 12-TB/ĐU"  |
/// | "đại biểu" (the elected office, not the body)  | "bầu cử đại biểu HĐND xã"                |
/// | a building named after it                      | "Nhà văn hóa xóm 4"                      |
/// | a word it makes a compound with                | "nông thôn mới", "tình làng nghĩa xóm"   |
/// | a normative document it issued ("… của X")     | "các nghị quyết chuyên đề của Ban Chấp hành Đảng bộ xã" |
///
/// (A working body named after a unit, "Ban công tác Mặt trận", is `isInsideBodyName`.)
///
/// The text only mentions these units in passing; listing them would put the task on the wrong
/// unit pages.
enum MentionContext {
    /// True when the name at `start` (folded bytes) is one of the passing mentions above.
    static func isPassing(nameAt start: Int, in bytes: [UInt8]) -> Bool {
        guard start > 0 else { return false }
        if bytes[start - 1] == UInt8(ascii: "/") { return true }
        let words = previousWords(before: start, in: bytes, count: 10)
        guard let last = words.first else { return false }
        let name = firstWord(at: start, in: bytes)
        if let partners = compoundPartners[last], partners.contains(name) { return true }
        if words.starts(with: ["bieu", "dai"]) { return true }
        if words.starts(with: ["hoa", "van", "nha"]) || words.starts(with: ["dong", "cong", "hoat", "sinh", "nha"]) { return true }
        if last == "cua" { return followsDocument(Array(words.dropFirst())) }
        return false
    }

    /// True when the name is the tail of a working body's name ("Ban công tác Mặt trận", "Tổ công
    /// tác Công an"): neither the unit nor a passing mention of it, but part of a name the
    /// catalogue may not know.
    static func isInsideBodyName(nameAt start: Int, in bytes: [UInt8]) -> Bool {
        let words = previousWords(before: start, in: bytes, count: 3)
        return words.count == 3 && words[0] == "tac" && words[1] == "cong" && ["ban", "to", "doan"].contains(words[2])
    }

    /// "nông thôn", "làng xóm", "nghĩa xóm": the second word is not the hamlet.
    private static let compoundPartners: [String: Set<String>] = ["nong": ["thon"], "lang": ["xom"], "nghia": ["xom"]]

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
