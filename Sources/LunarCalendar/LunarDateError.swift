/// Why a lunar date has no solar day, in words a clerk can act on.
public enum LunarDateError: Error, Equatable, Sendable, CustomStringConvertible {
    case monthOutOfRange(Int)
    case dayOutOfRange(LunarDate, daysInMonth: Int)
    /// The year has another leap month (or none: `leapMonthOfYear` is nil).
    case noSuchLeapMonth(LunarDate, leapMonthOfYear: Int?)

    public var description: String {
        switch self {
        case .monthOutOfRange(let month):
            return "Tháng âm lịch \(month) không tồn tại: tháng phải từ 1 đến 12."
        case .dayOutOfRange(let date, let days):
            let year = "năm \(date.yearCanChi) (\(date.year))"
            return "Ngày \(date.day) \(date.monthText) \(year) không tồn tại: tháng này chỉ có \(days) ngày."
        case .noSuchLeapMonth(let date, let leap):
            let year = "Năm \(date.yearCanChi) (\(date.year))"
            guard let leap else { return "\(year) không có tháng nhuận." }
            return "\(year) không có tháng \(date.month) nhuận; tháng nhuận của năm này là tháng \(leap)."
        }
    }
}

extension VietnameseLunarCalendar {
    /// Like `solarDate(for:)`, but says why a lunar date does not exist.
    public static func checkedSolarDate(for lunar: LunarDate) -> Result<CivilDate, LunarDateError> {
        guard (1...12).contains(lunar.month) else { return .failure(.monthOutOfRange(lunar.month)) }
        guard let days = daysInMonth(lunar.month, isLeapMonth: lunar.isLeapMonth, ofLunarYear: lunar.year) else {
            return .failure(.noSuchLeapMonth(lunar, leapMonthOfYear: leapMonth(ofLunarYear: lunar.year)))
        }
        guard (1...days).contains(lunar.day), let date = solarDate(for: lunar) else {
            return .failure(.dayOutOfRange(lunar, daysInMonth: days))
        }
        return .success(date)
    }
}
