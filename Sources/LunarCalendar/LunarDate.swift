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
