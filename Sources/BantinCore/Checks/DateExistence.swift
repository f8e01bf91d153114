import LunarCalendar

/// Dates written in a text that no calendar has: "30/02/2026", "31/4", "ngày 31 tháng 6", or a
/// lunar "30 tháng Chạp" in a year whose tháng Chạp has 29 days. The deadline reader cannot date
/// them, so the clerk is told at the place where they are written.
public enum DateExistence {
    public struct Finding: Hashable, Sendable {
        /// The date as written ("30/02/2026").
        public var written: String
        /// UTF-8 offset of its start in the line.
        public var offset: Int
        /// Why it does not exist and what to do, in Vietnamese.
        public var message: String
    }

    /// Every impossible date in one line. `context` is the conclusion's date, which gives a year to
    /// year-less dates ("29/02" is checked against the meeting's year; without one it is let be).
    public static func findings(in line: String, context: CivilDate?) -> [Finding] {
        guard line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        let folded = FoldedText(line)
        let tokens = DateToken.tokens(folded.bytes)
        let time = TimeContext(meetingDate: context)
        var findings: [Finding] = []
        var index = 0
        while index < tokens.count {
            guard let match = DatePattern.match(tokens, at: index) else { index += 1; continue }
            let range = folded.originalRange(tokens[match.first].start..<tokens[match.last].end)
            let written = String(decoding: Array(line.utf8)[range], as: UTF8.self)
            if let message = problem(match, time: time) {
                findings.append(Finding(written: written, offset: range.lowerBound, message: "“\(written)”: " + message))
            }
            index = match.last + 1
        }
        return findings
    }

    static func problem(_ date: DatePattern.Match, time: TimeContext) -> String? {
        let fix = "; sửa lại cho đúng ngày (thời hạn này không được đưa vào lịch)."
        if date.isLunar {
            guard (1...12).contains(date.month) else { return "không có ngày này — năm âm lịch chỉ có 12 tháng" + fix }
            guard (1...30).contains(date.day) else { return "không có ngày này — tháng âm lịch có 29 hoặc 30 ngày" + fix }
            guard date.day == 30, let year = date.year ?? time.lunarYear(forMonth: date.month),
                VietnameseLunarCalendar.supportedYears.contains(year),
                let length = VietnameseLunarCalendar.daysInMonth(date.month, ofLunarYear: year), length < 30
            else { return nil }
            return "không có ngày này — tháng \(VietnameseNames.lunarMonthName(date.month)) năm \(CanChi.year(year)) (\(year)) chỉ có \(length) ngày" + fix
        }
        guard (1...12).contains(date.month) else { return "không có ngày này — năm chỉ có 12 tháng" + fix }
        let year = date.year ?? time.solarYear(forMonth: date.month) ?? 2024  // a leap year: 29/02 is let be
        let length = CivilDate.daysIn(month: date.month, year: year)
        guard date.day < 1 || date.day > length else { return nil }
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        let which = date.year != nil || time.meetingDate != nil ? "tháng \(month)/\(year)" : "tháng \(month)"
        return "không có ngày này — \(which) chỉ có \(length) ngày" + fix
    }
}

/// A piece of folded text: a number, a word of ASCII letters, or one other character.
struct DateToken {
    enum Kind { case number, word, mark }
    var kind: Kind
    var text: String
    var start: Int
    var end: Int

    var value: Int? { kind == .number && text.count <= 4 ? Int(text) : nil }

    static func tokens(_ bytes: [UInt8]) -> [DateToken] {
        var tokens: [DateToken] = []
        var index = 0
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isLetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 { index += 1; continue }
            let start = index
            let kind: Kind
            if isDigit(byte) {
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                kind = .number
            } else if isLetter(byte) {
                while index < bytes.count, isLetter(bytes[index]) { index += 1 }
                kind = .word
            } else {
                index += 1
                kind = .mark
            }
            tokens.append(DateToken(kind: kind, text: String(decoding: bytes[start..<index], as: UTF8.self), start: start, end: index))
        }
        return tokens
    }
}

/// The ways a day is written: "30/02/2026", "30-02", "ngày 30 tháng 02 năm 2026", "mùng 30 tháng
/// Chạp"; lunar when "âm lịch" (or "ÂL") follows, or the month is Giêng or Chạp.
enum DatePattern {
    struct Match {
        var day: Int
        var month: Int
        var year: Int?
        var isLunar: Bool
        var first: Int
        var last: Int
    }

    static func match(_ tokens: [DateToken], at index: Int) -> Match? {
        numeric(tokens, at: index) ?? spelled(tokens, at: index)
    }

    /// "30/02/2026", "31/4", "30-02-2026": the parts touch, two digits at most for day and month, and
    /// nothing number-like is glued on either side ("1/2/3/4", "05/2021", "37/45" are no dates).
    static func numeric(_ tokens: [DateToken], at i: Int) -> Match? {
        guard i + 2 < tokens.count, tokens[i].kind == .number, tokens[i].text.count <= 2,
            let separator = Optional(tokens[i + 1].text), separator == "/" || separator == "-",
            tokens[i + 2].kind == .number, tokens[i + 2].text.count <= 2,
            tokens[i].end == tokens[i + 1].start, tokens[i + 1].end == tokens[i + 2].start,
            let day = tokens[i].value, let month = tokens[i + 2].value
        else { return nil }
        if i > 0, tokens[i - 1].end == tokens[i].start, tokens[i - 1].kind != .word, tokens[i - 1].text != "(" { return nil }
        var last = i + 2
        var year: Int?
        if last + 2 < tokens.count, tokens[last + 1].text == separator, tokens[last + 1].start == tokens[last].end,
            tokens[last + 2].kind == .number, tokens[last + 2].text.count == 4, tokens[last + 2].start == tokens[last + 1].end {
            year = tokens[last + 2].value
            last += 2
        }
        if last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end,
            ["/", "-", "."].contains(tokens[last + 1].text), last + 2 < tokens.count, tokens[last + 2].kind == .number { return nil }
        // Only what reads as a day of a month: "37/45 hộ" and "13/20 xã" are counts.
        guard (1...31).contains(day), (1...12).contains(month) else { return nil }
        return Match(day: day, month: month, year: year, isLunar: isLunar(tokens, after: last), first: i, last: last)
    }

    /// "ngày 30 tháng 02 năm 2026", "mùng 30 tháng Chạp", "30 tháng Chạp".
    static func spelled(_ tokens: [DateToken], at i: Int) -> Match? {
        var dayIndex = i
        let opener = tokens[i].kind == .word && ["ngay", "mung", "mong"].contains(tokens[i].text)
        if opener { dayIndex += 1 }
        guard dayIndex + 2 < tokens.count, tokens[dayIndex].kind == .number, tokens[dayIndex].text.count <= 2,
            let day = tokens[dayIndex].value, tokens[dayIndex + 1].text == "thang" else { return nil }
        let monthToken = tokens[dayIndex + 2]
        var last = dayIndex + 2
        let month: Int
        var lunarMonth = false
        if monthToken.text == "gieng" || monthToken.text == "chap" {
            month = monthToken.text == "gieng" ? 1 : 12
            lunarMonth = true
        } else if opener, monthToken.kind == .number, monthToken.text.count <= 2, let value = monthToken.value {
            month = value
        } else {
            return nil
        }
        // A leap month ("tháng 6 nhuận") is checked by nobody here: bantin reads no leap deadline.
        if last + 1 < tokens.count, tokens[last + 1].text == "nhuan" { return nil }
        var year: Int?
        if last + 2 < tokens.count, tokens[last + 1].text == "nam", tokens[last + 2].kind == .number, tokens[last + 2].text.count == 4 {
            year = tokens[last + 2].value
            last += 2
        }
        let lunar = lunarMonth || isLunar(tokens, after: last)
        if !opener && !lunarMonth { return nil }
        if !lunar, !(1...31).contains(day) && !opener { return nil }
        return Match(day: day, month: month, year: year, isLunar: lunar, first: i, last: last)
    }

    /// "âm lịch", "(âm lịch)", "ÂL", "(ÂL)" right after the date.
    static func isLunar(_ tokens: [DateToken], after last: Int) -> Bool {
        var index = last + 1
        if index < tokens.count, tokens[index].text == "(" || tokens[index].text == "," { index += 1 }
        guard index < tokens.count else { return false }
        if tokens[index].text == "al" { return true }
        return tokens[index].text == "am" && index + 1 < tokens.count && tokens[index + 1].text == "lich"
    }
}
