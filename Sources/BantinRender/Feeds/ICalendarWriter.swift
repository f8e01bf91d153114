import BantinCore
import BantinSite
import LunarCalendar

/// Writes deadline entries as an iCalendar feed (RFC 5545) that calendar apps can subscribe to.
/// Every deadline is an all-day event; a period is one multi-day event. The text depends only on
/// its inputs, so two builds of the same site give byte-identical feeds.
public struct ICalendarWriter: Sendable {
    /// The calendar's name in the app's list (X-WR-CALNAME and RFC 7986 NAME).
    public var name: String
    public var description: String
    /// DTSTAMP of every event: the build date, else the newest conclusion's date.
    public var stamp: CivilDate
    /// Reminders, in days before the first day of each event (none when empty).
    public var alarmDaysBefore: [Int]
    /// The site's absolute address ("https://intranet.xa/bantin/"); events carry a URL only with it.
    public var baseURL: String

    public init(name: String, description: String, stamp: CivilDate, alarmDaysBefore: [Int] = [], baseURL: String = "") {
        self.name = name
        self.description = description
        self.stamp = stamp
        self.alarmDaysBefore = alarmDaysBefore
        self.baseURL = baseURL
    }

    /// The feed's window: the deadlines that end in the last 12 months before the stamp (the
    /// build date, else the newest conclusion's) or later, so a feed stays the size of the work
    /// at hand however old the site; and at most `budget` bytes of events, the deadlines nearest
    /// to the stamp kept first (older ones remain on the calendar pages).
    public static let windowMonths = 12
    public var budget = SiteLimits.standard.feed

    public func write(_ entries: [CalendarEntry]) -> String {
        let from = stamp.startOfMonth(adding: -Self.windowMonths)
        let window = entries.filter { $0.end >= from }
        let events = window.map { event($0).map(ICalendarText.fold).joined() }
        var kept = Array(repeating: false, count: window.count)
        var used = 0
        let nearest = window.indices.sorted { a, b in
            let da = distance(window[a]), db = distance(window[b])
            return da != db ? da < db : a < b
        }
        for index in nearest {
            let cost = events[index].utf8.count
            if used + cost > budget { break }
            kept[index] = true
            used += cost
        }

        let lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//bantin//Lich han nhiem vu//VI",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "NAME:" + ICalendarText.escape(name),
            "X-WR-CALNAME:" + ICalendarText.escape(name),
            "DESCRIPTION:" + ICalendarText.escape(description),
            "X-WR-CALDESC:" + ICalendarText.escape(description),
            "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
        ]
        var feed = lines.map(ICalendarText.fold).joined()
        for index in window.indices where kept[index] { feed += events[index] }
        return feed + ICalendarText.fold("END:VCALENDAR")
    }

    /// Days between the stamp and the entry (0 when the stamp falls within it).
    func distance(_ entry: CalendarEntry) -> Int {
        let day = stamp.julianDayNumber
        if entry.end.julianDayNumber < day { return day - entry.end.julianDayNumber }
        return max(0, entry.start.julianDayNumber - day)
    }

    func event(_ entry: CalendarEntry) -> [String] {
        var lines = [
            "BEGIN:VEVENT",
            "UID:\(entry.id)@bantin",
            "DTSTAMP:\(ICalendarText.date(stamp))T000000Z",
            "DTSTART;VALUE=DATE:\(ICalendarText.date(entry.start))",
            // DTEND of an all-day event is the day after the last one (exclusive).
            "DTEND;VALUE=DATE:\(ICalendarText.date(entry.end.adding(days: 1)))",
            "SUMMARY:" + ICalendarText.escape((entry.progress.overall?.status == .done ? "[Hoàn thành] " : "") + entry.title),
            "DESCRIPTION:" + ICalendarText.escape(details(entry)),
            "CATEGORIES:" + ICalendarText.escape(entry.kind.displayName),
            "TRANSP:TRANSPARENT",
        ]
        if !baseURL.isEmpty {
            let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            lines.append("URL:" + ICalendarText.uri(base + entry.href))
        }
        for days in alarmDaysBefore where days >= 0 {
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "TRIGGER:-P\(days)D",
                "DESCRIPTION:" + ICalendarText.escape(entry.title),
                "END:VALARM",
            ]
        }
        lines.append("END:VEVENT")
        return lines
    }

    func details(_ entry: CalendarEntry) -> String {
        // The task in full is on its page (URL); a long text would only make the feed heavy.
        var task = entry.taskText
        if !task.hasFewerCharacters(than: 401), let space = task.prefix(400).lastIndex(of: " ") { task = task[..<space] + " …" }
        var text = "Nhiệm vụ: \(task)\nThời hạn: \(entry.phrase)"
        if entry.inferred { text += " (suy ra từ tiêu đề phần nhiệm vụ)" }
        if let record = entry.progress.overall {
            text += "\nTình trạng: \(record.status.displayName)" + (record.date.map { " (\($0.vietnameseNumeric))" } ?? "")
            if !record.note.isEmpty { text += " — \(record.note)" }
        }
        text += "\nKết luận: \(entry.conclusionTitle)"
        return text
    }
}

/// The value and line syntax of RFC 5545 §3.1 and §3.3.11.
enum ICalendarText {
    /// TEXT escaping: backslash, semicolon, comma and line breaks (CR LF, CR or LF → "\\n").
    /// Control characters other than tab are removed: TEXT cannot hold them, and a line break
    /// left raw would start a property of its own. Works on UTF-8 bytes (all the escaped
    /// characters are ASCII), as a feed of a large site escapes megabytes of text.
    static func escape(_ text: String) -> String {
        let bytes = Array(removingControls(text, keeping: ["\t", "\n", "\r"]).utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 8)
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x5C: result += [0x5C, 0x5C]
            case 0x3B: result += [0x5C, 0x3B]
            case 0x2C: result += [0x5C, 0x2C]
            case 0x0A: result += [0x5C, 0x6E]
            case 0x0D: if index + 1 == bytes.count || bytes[index + 1] != 0x0A { result += [0x5C, 0x6E] }
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A URI value (RFC 5545 §3.3.13): no escaping applies, so whatever could break the line
    /// (control characters, spaces) is removed; bantin.yml's base_url is checked when loaded.
    static func uri(_ text: String) -> String {
        removingControls(text, keeping: []).filter { $0 != " " }
    }

    /// The line with CRLF, folded so that no line exceeds 75 octets, never inside a UTF-8 sequence
    /// (a continuation line starts with one space, which counts).
    static func fold(_ line: String) -> String {
        if line.utf8.count <= 75 { return line + "\r\n" }
        var result: [UInt8] = []
        result.reserveCapacity(line.utf8.count + line.utf8.count / 70 * 3 + 2)
        var width = 0
        let bytes = Array(line.utf8)
        var index = 0
        while index < bytes.count {
            // The length of the UTF-8 sequence that starts here, from its lead byte.
            let lead = bytes[index]
            let octets = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            if width + octets > 75 {
                result += [0x0D, 0x0A, 0x20]
                width = 1
            }
            result += bytes[index..<min(index + octets, bytes.count)]
            width += octets
            index += octets
        }
        return String(decoding: result + [0x0D, 0x0A], as: UTF8.self)
    }

    /// `YYYYMMDD`.
    static func date(_ date: CivilDate) -> String {
        String(date.iso.utf8.filter { $0 != UInt8(ascii: "-") }.map { Character(Unicode.Scalar($0)) })
    }
}
