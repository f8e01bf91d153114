/// Days a write-up tells something happened on: when the meeting was held or a letter was sent,
/// never a time limit of the work.
///
/// - "Chiều ngày 03/4/2019, HĐND phường họp giao ban …", "Sáng ngày 29/04/2021 Huyện … tổ chức Lễ
///   phát động …": a day that opens its sentence, a body (or a place) after it and a meeting or a
///   ceremony in the sentence, with no "sẽ" or "dự kiến" to make it a plan, is the day of the event told.
/// - "…, ngày 29/10, UBND xã đã ban hành Văn bản số … đề nghị …": a day with a body's act in the past
///   ("đã …") after it is the day of that act; the request the letter makes has no date of its own.
/// - "Cũng trong ngày 3/2, các xã … đồng loạt tổ chức phát động …": "cũng"/"cùng" ties the sentence
///   to the event just told, so its day is told too; and "(tức ngày mùng 6 Tết)" after a told day
///   only names the same day another way.
/// - "UBND phường đã có buổi làm việc ngày 12/9/2022, đã yêu cầu …": a day after an act told with
///   "đã" in its clause dates that act (not one scheduled "vào ngày …", nor one after the meeting).
extension TimePhraseScanner {
    /// Words of a meeting or a ceremony, spelled as written ("họp", not "hợp"; "lễ", not "lệ").
    /// Issuing a document is such an event too: "Ngày 29/12/2017, Chủ tịch UBND huyện Mộ Đức ban
    /// hành Công văn số 1423/UBND-NC …" dates the letter, not the work it gives.
    private static let meetingSpellings: [[String]] = [
        ["họp"], ["hội", "nghị"], ["giao", "ban"], ["kỳ", "họp"], ["lễ"], ["đại", "hội"], ["phát", "động"],
        ["sơ", "kết"], ["tổng", "kết"], ["buổi", "làm", "việc"], ["ban", "hành"],
    ]

    /// Words that make the sentence a plan: its day is then the day the event is for.
    private static let planSpellings: [[String]] = [["sẽ"], ["dự", "kiến"], ["sắp"], ["kế", "hoạch"]]

    /// Time-of-day words that may stand before the day at the start of the sentence.
    private static let openingTimeWords: Set<String> = ["sáng", "chiều", "tối", "trưa", "vào", "hôm", "nay", "ngày"]

    /// Words that tie a sentence to the event told before it: "Cũng trong ngày …", "Cùng trong ngày …".
    private static let sameEventWords: Set<String> = ["cũng", "cùng"]

    /// Words that gloss a day just written: "(tức ngày mùng 6 Tết)", "(nhằm ngày 15 tháng Giêng)".
    private static let glossWords: Set<String> = ["tức", "nhằm", "là", "ngày"]

    /// Words that open a bracket naming the day before it another way, whatever that day is:
    /// "Từ ngày 30/01/2024 (nhằm ngày 20/12 Âm lịch) đến …", "07 – 09/12, (nhằm ngày 14, 15 và 16
    /// tháng 11 âm lịch)". The bracket restates a date; it is never a second date of the work.
    private static let restatingWords: Set<String> = ["tức", "nhằm"]

    /// The token after the closing bracket of "(nhằm …)" / "(tức …)" at `index` (a comma may come
    /// before the bracket), if one is there.
    func glossEnd(after index: Int) -> Int? {
        let open = mark(index) == Mark.comma ? index + 1 : index
        guard mark(open) == Mark.open, isWord(open + 1), Self.restatingWords.contains(spelling(open + 1)) else { return nil }
        return (open + 2..<min(tokens.count, open + 24)).first(where: { mark($0) == Mark.close }).map { $0 + 1 }
    }

    /// "(tức ngày mùng 6 Tết)" right after a told day (the match that ends at `toldEnd`).
    func glossesToldDay(_ match: TimeMatch, toldEnd: Int?) -> Bool {
        guard let toldEnd, mark(toldEnd) == Mark.open else { return false }
        var index = toldEnd + 1
        while index < match.tokens.lowerBound, isWord(index), Self.glossWords.contains(spelling(index)) { index += 1 }
        return index == match.tokens.lowerBound
    }

    /// A day after an act told in the past in its own clause: "đã có buổi làm việc ngày 12/9/2022".
    private func datesPastAct(_ match: TimeMatch) -> Bool {
        let first = match.tokens.lowerBound
        // "vào ngày …" schedules; a day after the meeting is still to come.
        if first > 0, isWord(first - 1), isSpelled(first - 1, "vào") { return false }
        if let meeting = context.meetingDate, let day = match.start, day > meeting { return false }
        var index = first - 1
        while index >= max(0, first - 12) {
            if let mark = mark(index), Mark.clauseBoundaries.contains(mark) { return false }
            if isWord(index) {
                if isSpelled(index, "sẽ") || isSpelled(index, "cần") || isSpelled(index, "phải") { return false }
                if isSpelled(index, "đã") { return true }
            }
            index -= 1
        }
        return false
    }

    /// "Tính đến ngày 13.7, trên địa bàn huyện có 3 xã …", "tính từ ngày 01/01 đến nay": the day a
    /// count is made to or from, a report's figure, never a time limit of the work.
    func isCountDay(_ match: TimeMatch) -> Bool {
        func countWord(_ index: Int) -> Bool { isWord(index) && (isSpelled(index, "đến") || isSpelled(index, "từ")) }
        var first = match.tokens.lowerBound
        // The phrase may start at the day ("từ" left out when no end follows: "từ ngày 01/01 đến nay").
        if !countWord(first), first > 0, countWord(first - 1) { first -= 1 }
        return countWord(first) && first > 0 && isWord(first - 1) && isSpelled(first - 1, "tính")
    }

    func isToldEventDay(_ match: TimeMatch) -> Bool {
        if isCountDay(match) { return true }
        guard match.kind == .event, match.start == match.end else { return false }
        if datesPastAct(match) { return true }
        // The day opens its clause, after time-of-day words only ("trong" only after "cũng"/"cùng").
        var first = match.tokens.lowerBound
        while first > 0, isWord(first - 1), Self.openingTimeWords.contains(spelling(first - 1)) { first -= 1 }
        if first > 1, isWord(first - 1), isSpelled(first - 1, "trong"), isWord(first - 2), Self.sameEventWords.contains(spelling(first - 2)) {
            first -= 2
        } else if first > 0, isWord(first - 1), Self.sameEventWords.contains(spelling(first - 1)) {
            first -= 1
        }
        let opening = first == 0 ? Mark.dot : mark(first - 1)
        guard let opening, [Mark.dot, Mark.colon, Mark.comma, 0x80].contains(opening) else { return false }
        var next = match.tokens.upperBound
        // "(tức ngày mùng 6 Tết)", "(thứ Hai)" after the day glosses it: the sentence goes on after it.
        if mark(next) == Mark.open, let close = (next..<min(tokens.count, next + 12)).first(where: { mark($0) == Mark.close }) {
            next = close + 1
        }
        // A body's act in the past right after the day: "ngày 29/10, UBND xã đã ban hành …".
        var index = next
        while index < min(tokens.count, next + 10), mark(index).map({ [Mark.comma, Mark.hyphen, 0x80].contains($0) }) ?? true {
            if isWord(index), isSpelled(index, "đã") { return true }
            if isWord(index), isSpelled(index, "sẽ") { return false }
            index += 1
        }
        // The event of the sentence: the day opens it, and a body or a place comes after the day (a
        // comma, a capital or "tại"; a bare verb after it is a schedule line).
        guard opening != Mark.comma, next < tokens.count,
              mark(next) == Mark.comma || isWord(next) && (isCapitalized(next) || spelling(next) == "tại") else { return false }
        var end = next
        while end < min(tokens.count, next + 40), mark(end) != Mark.dot, mark(end) != Int(UInt8(ascii: ";")) { end += 1 }
        let sentence = next..<end
        return contains(Self.meetingSpellings, in: sentence) && !contains(Self.planSpellings, in: sentence)
    }

    private func contains(_ phrases: [[String]], in range: Range<Int>) -> Bool {
        range.contains { index in
            phrases.contains { phrase in
                phrase.indices.allSatisfy { offset in
                    let at = index + offset
                    return at < range.upperBound && isWord(at) && spelling(at) == phrase[offset]
                }
            }
        }
    }
}
