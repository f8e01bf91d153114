import BantinCore
import LunarCalendar

/// How one recurring holiday finds its days in a given solar year.
public enum HolidayRule: Sendable, Equatable {
    /// The same solar day every year, from `since` on. `yieldsToDayOff` marks an anniversary that is
    /// also a statutory day off (30/4, 1/5, 2/9): listed once, as the day off, when days off are shown.
    case solar(month: Int, day: Int, name: String, kind: Holiday.Kind, since: Int? = nil, yieldsToDayOff: Bool = false)
    /// A day of the lunar calendar (never of a leap month: festivals keep to the ordinary month).
    case lunar(month: Int, day: Int, name: String, kind: Holiday.Kind)
    /// Tết Nguyên đán: five days off (Bộ luật Lao động 2019, Điều 112), placed each year by the
    /// Prime Minister. Built in as the government placed them for 2026 (16–20/02/2026, Công văn
    /// 9859/VPCP-KGVX) and in most years: Giao thừa (the last day of tháng Chạp, 29 or 30) and
    /// mùng 1–4 tháng Giêng. `calendar.days_off` states another year's actual days.
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
            // Tết falls between 21/1 and 20/2, so its eve and first days lie in the same solar year.
            let tet = VietnameseLunarCalendar.tet(ofLunarYear: year)
            return (-1...3).map { offset in
                let date = tet.adding(days: offset)
                return Holiday(date: date, name: Self.tetDayName(date)?.name ?? "", kind: .statutory)
            }
        }
    }

    /// The lunar year whose Tết season a day lies in (23 tháng Chạp to mùng 10 tháng Giêng), and
    /// the day's name as a day off of that Tết: "Giao thừa (29 tháng Chạp)", "Tết Nguyên đán Bính
    /// Ngọ (mùng 2)", "27 tháng Chạp (nghỉ Tết Nguyên đán Bính Ngọ)". Nil outside the season.
    public static func tetDayName(_ date: CivilDate) -> (lunarYear: Int, name: String)? {
        let lunar = VietnameseLunarCalendar.lunarDate(for: date)
        guard !lunar.isLeapMonth else { return nil }
        if lunar.month == 1, lunar.day <= 10 {
            return (lunar.year, "Tết Nguyên đán \(CanChi.year(lunar.year)) (mùng \(lunar.day))")
        }
        guard lunar.month == 12, lunar.day >= 23 else { return nil }
        let newYear = lunar.year + 1
        if date.adding(days: 1) == VietnameseLunarCalendar.tet(ofLunarYear: newYear) {
            return (newYear, "Giao thừa (\(lunar.day) tháng Chạp)")
        }
        return (newYear, "\(lunar.day) tháng Chạp (nghỉ Tết Nguyên đán \(CanChi.year(newYear)))")
    }
}
