import BantinCore
import LunarCalendar

/// How one recurring holiday finds its days in a given solar year.
public enum HolidayRule: Sendable, Equatable {
    /// The same solar day every year, from `since` on. `yieldsToDayOff` marks an anniversary that is
    /// also a statutory day off (30/4, 1/5, 2/9): listed once, as the day off, when days off are shown.
    case solar(month: Int, day: Int, name: String, kind: Holiday.Kind, since: Int? = nil, yieldsToDayOff: Bool = false)
    /// A day of the lunar calendar (never of a leap month: festivals keep to the ordinary month).
    case lunar(month: Int, day: Int, name: String, kind: Holiday.Kind)
    /// Tết Nguyên đán: Giao thừa (the last day of tháng Chạp, 29 or 30) and mùng 1–3 tháng Giêng.
    /// The other days of the five-day break are set by the Prime Minister each year.
    case lunarNewYear

    public var kind: Holiday.Kind {
        switch self {
        case .solar(_, _, _, let kind, _, _), .lunar(_, _, _, let kind): return kind
        case .lunarNewYear: return .statutory
        }
    }

    var yieldsToDayOff: Bool {
        if case .solar(_, _, _, _, _, true) = self { return true }
        return false
    }

    /// The days of this holiday that fall in `year`.
    public func holidays(inSolarYear year: Int) -> [Holiday] {
        switch self {
        case .solar(let month, let day, let name, let kind, let since, _):
            guard since.map({ year >= $0 }) ?? true, let date = CivilDate(year: year, month: month, day: day) else { return [] }
            return [Holiday(date: date, name: name, kind: kind)]

        case .lunar(let month, let day, let name, let kind):
            // Late lunar months of the previous lunar year (23 tháng Chạp) fall early in this solar year.
            return [year - 1, year].compactMap { lunarYear in
                guard let date = VietnameseLunarCalendar.solarDate(for: LunarDate(year: lunarYear, month: month, day: day)),
                    date.year == year
                else { return nil }
                return Holiday(date: date, name: name, kind: kind)
            }

        case .lunarNewYear:
            // Tết falls between 21/1 and 20/2, so its eve and first three days lie in the same solar year.
            let tet = VietnameseLunarCalendar.tet(ofLunarYear: year)
            let eve = tet.adding(days: -1)
            let lastDay = VietnameseLunarCalendar.lunarDate(for: eve).day
            let newYear = "Tết Nguyên đán \(CanChi.year(year))"
            return [
                Holiday(date: eve, name: "Giao thừa (\(lastDay) tháng Chạp)", kind: .statutory),
                Holiday(date: tet, name: "\(newYear) (mùng 1)", kind: .statutory),
                Holiday(date: tet.adding(days: 1), name: "\(newYear) (mùng 2)", kind: .statutory),
                Holiday(date: tet.adding(days: 2), name: "\(newYear) (mùng 3)", kind: .statutory),
            ]
        }
    }
}
