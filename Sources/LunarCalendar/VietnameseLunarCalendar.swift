/// A day of the Vietnamese lunar calendar (âm lịch).
public struct LunarDate: Hashable, Sendable {
    /// The lunar year, named by the solar year in which its Tết falls (Bính Ngọ = 2026).
    public var year: Int
    public var month: Int
    public var day: Int
    public var isLeapMonth: Bool

    public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }
}

// INTERFACE STUB — replaced by the lunar-calendar work (Hồ Ngọc Đức's method at UTC+7).
public enum VietnameseLunarCalendar {
    public static func lunarDate(for date: CivilDate) -> LunarDate { fatalError("not implemented") }
    public static func solarDate(for lunar: LunarDate) -> CivilDate? { fatalError("not implemented") }
    /// Mùng 1 tháng Giêng of the lunar year named `year`.
    public static func tet(ofLunarYear year: Int) -> CivilDate { fatalError("not implemented") }
}
