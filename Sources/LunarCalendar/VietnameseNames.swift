/// Vietnamese names of lunar months and days and of weekdays, as a clerk writes them.
public enum VietnameseNames {
    static let lunarMonthNames = ["Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười một", "Chạp"]

    /// "Giêng" … "Chạp" (month 11 is "Mười một", also called "tháng Một").
    public static func lunarMonthName(_ month: Int) -> String {
        (1...12).contains(month) ? lunarMonthNames[month - 1] : String(month)
    }

    /// "mùng 1" … "mùng 10", "rằm" for 15, the bare number otherwise.
    public static func lunarDayName(_ day: Int) -> String {
        switch day {
        case 1...10: return "mùng \(day)"
        case 15: return "rằm"
        default: return String(day)
        }
    }

    /// "Thứ Hai" … "Thứ Bảy", "Chủ nhật".
    public static func weekdayName(_ date: CivilDate) -> String {
        let names = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
        return names[date.isoWeekday - 1]
    }
}

extension CivilDate {
    /// "17/02/2026": day and month padded to two digits, as Vietnamese documents write dates.
    public var vietnameseNumeric: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(pad(day))/\(pad(month))/\(year)"
    }
}
