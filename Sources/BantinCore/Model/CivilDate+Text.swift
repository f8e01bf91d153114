@_exported import LunarCalendar

extension CivilDate {
    /// Parses `D/M/YYYY` (also with "-" or "."), as Vietnamese documents write dates.
    public init?(vietnamese text: String) {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 3, parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// "ngày 29 tháng 01 năm 2026" (HD36: days below 10 and months 1–2 take a leading zero).
    public var vietnameseLong: String {
        let dd = day < 10 ? "0\(day)" : "\(day)"
        let mm = month < 3 ? "0\(month)" : "\(month)"
        return "ngày \(dd) tháng \(mm) năm \(year)"
    }

    /// "Thứ Hai" … "Chủ nhật".
    public var vietnameseWeekday: String {
        ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"][isoWeekday - 1]
    }

    /// `YYYY-MM`, used in URLs of month pages.
    public var yearMonth: String { String(iso.prefix(7)) }
}
