/// Conversion between the Gregorian calendar and the Vietnamese lunar calendar, by Hồ Ngọc Đức's
/// method with days counted at UTC+7 (105°E), as Vietnam has done since 1967.
///
/// The rules: a month starts on the local day of a new moon; month 11 is the month containing the
/// winter solstice; when 13 new moons separate two months 11, the first month after month 11 that
/// holds no major solar term is the leap month and repeats the number of the month before it.
///
/// Results are reliable for 1900–2100. Dates before 1967 are what the UTC+7 rule gives, not
/// necessarily what was printed at the time (Vietnam then used China's UTC+8 calendar).
public enum VietnameseLunarCalendar {
    /// The solar years for which the algorithm's accuracy has been checked.
    public static let supportedYears = 1900...2100

    static let vietnamTimeZone = 7.0

    /// The lunar date of a solar day.
    public static func lunarDate(for date: CivilDate) -> LunarDate {
        lunarDate(for: date, timeZoneHours: vietnamTimeZone)
    }

    /// The solar day of a lunar date, or nil when that lunar date does not exist: a day 30 in a
    /// 29-day month, a leap month the year does not have, a month outside 1…12.
    public static func solarDate(for lunar: LunarDate) -> CivilDate? {
        solarDate(for: lunar, timeZoneHours: vietnamTimeZone)
    }

    /// Mùng 1 tháng Giêng of the lunar year named `year`.
    public static func tet(ofLunarYear year: Int) -> CivilDate {
        // Month 1 is never leap, so mùng 1 always exists.
        solarDate(for: LunarDate(year: year, month: 1, day: 1))!
    }

    /// The leap month of the lunar year named `year` (the one after the month with that number),
    /// or nil when the year has twelve months.
    public static func leapMonth(ofLunarYear year: Int) -> Int? {
        leapMonth(ofLunarYear: year, timeZoneHours: vietnamTimeZone)
    }

    /// 29 or 30; nil when the month does not exist in that year.
    public static func daysInMonth(_ month: Int, isLeapMonth: Bool = false, ofLunarYear year: Int) -> Int? {
        guard let start = monthStart(year: year, month: month, isLeapMonth: isLeapMonth, timeZoneHours: vietnamTimeZone)
        else { return nil }
        let next = LunarAstronomy.newMoonDay(LunarAstronomy.newMoonIndex(near: start) + 1, timeZoneHours: vietnamTimeZone)
        return next - start
    }

    /// The last day of the lunar year named `year`: 29 or 30 tháng Chạp, the day of Giao thừa.
    public static func lastDay(ofLunarYear year: Int) -> CivilDate {
        tet(ofLunarYear: year + 1).adding(days: -1)
    }

    // MARK: - The algorithm, with the time zone as a parameter (UTC+8 gives the Chinese calendar).

    static func lunarDate(for date: CivilDate, timeZoneHours zone: Double) -> LunarDate {
        let dayNumber = date.julianDayNumber
        let k = LunarAstronomy.floorInt((Double(dayNumber) - LunarAstronomy.newMoonEpoch) / LunarAstronomy.synodicMonth)
        // The month starts on the latest new moon on or before the day. The published code tries
        // only k + 1 and k; near a true new moon that is more than half a day later than the mean
        // one (7/5/2054, 9/4/2062) k is itself too late, and it would answer "day 0".
        var index = k + 1
        var monthStart = LunarAstronomy.newMoonDay(index, timeZoneHours: zone)
        while monthStart > dayNumber {
            index -= 1
            monthStart = LunarAstronomy.newMoonDay(index, timeZoneHours: zone)
        }
        // The months 11 on either side of this month.
        var previous11 = month11Start(solarYear: date.year, timeZoneHours: zone)
        var next11 = previous11
        var lunarYear: Int
        if previous11 >= monthStart {
            lunarYear = date.year
            previous11 = month11Start(solarYear: date.year - 1, timeZoneHours: zone)
        } else {
            lunarYear = date.year + 1
            next11 = month11Start(solarYear: date.year + 1, timeZoneHours: zone)
        }
        let day = dayNumber - monthStart + 1
        let monthsAfter11 = (monthStart - previous11) / 29
        var month = monthsAfter11 + 11
        var isLeap = false
        if next11 - previous11 > 365 {
            let leapOffset = leapMonthOffset(afterMonth11: previous11, timeZoneHours: zone)
            if monthsAfter11 >= leapOffset {
                month = monthsAfter11 + 10
                isLeap = monthsAfter11 == leapOffset
            }
        }
        if month > 12 { month -= 12 }
        // Months 11 and 12 (and their leap twins) belong to the lunar year before.
        if month >= 11 && monthsAfter11 < 4 { lunarYear -= 1 }
        return LunarDate(year: lunarYear, month: month, day: day, isLeapMonth: isLeap)
    }

    static func solarDate(for lunar: LunarDate, timeZoneHours zone: Double) -> CivilDate? {
        guard lunar.day >= 1,
            let start = monthStart(year: lunar.year, month: lunar.month, isLeapMonth: lunar.isLeapMonth, timeZoneHours: zone)
        else { return nil }
        let next = LunarAstronomy.newMoonDay(LunarAstronomy.newMoonIndex(near: start) + 1, timeZoneHours: zone)
        guard lunar.day <= next - start else { return nil }
        return CivilDate(julianDayNumber: start + lunar.day - 1)
    }

    static func leapMonth(ofLunarYear year: Int, timeZoneHours zone: Double) -> Int? {
        // A lunar year runs from month 1 to month 12, so its leap month lies in the span that
        // starts at month 11 of the year before, or (for a leap 11 or 12) in the next span.
        for spanYear in [year - 1, year] {
            guard let (leap, _) = leapMonthInSpan(startingAtMonth11Of: spanYear, timeZoneHours: zone) else { continue }
            let belongsToYear = leap >= 11 ? spanYear : spanYear + 1
            if belongsToYear == year { return leap }
        }
        return nil
    }

    /// The JDN of the first day of a lunar month, or nil when the month does not exist.
    static func monthStart(year: Int, month: Int, isLeapMonth: Bool, timeZoneHours zone: Double) -> Int? {
        guard (1...12).contains(month) else { return nil }
        // Months 11 and 12 follow the month 11 of the same solar year; the others, the year before.
        let spanYear = month < 11 ? year - 1 : year
        let start11 = month11Start(solarYear: spanYear, timeZoneHours: zone)
        var offset = (month - 11 + 12) % 12
        if let (leap, leapOffset) = leapMonthInSpan(startingAtMonth11Of: spanYear, timeZoneHours: zone) {
            if isLeapMonth && month != leap { return nil }
            if isLeapMonth || offset >= leapOffset { offset += 1 }
        } else if isLeapMonth {
            return nil
        }
        return LunarAstronomy.newMoonDay(LunarAstronomy.newMoonIndex(near: start11) + offset, timeZoneHours: zone)
    }

    /// The JDN of the first day of month 11, the month that contains the December solstice of `solarYear`.
    static func month11Start(solarYear: Int, timeZoneHours zone: Double) -> Int {
        let lastDayOfYear = CivilDate(year: solarYear, month: 12, day: 31)!.julianDayNumber
        let k = LunarAstronomy.floorInt(Double(lastDayOfYear - 2415021) / LunarAstronomy.synodicMonth)
        let newMoon = LunarAstronomy.newMoonDay(k, timeZoneHours: zone)
        // Sector 9 starts at the solstice (270°): a month starting at or after it is month 12.
        if LunarAstronomy.sunLongitudeSector(atStartOf: newMoon, timeZoneHours: zone) >= 9 {
            return LunarAstronomy.newMoonDay(k - 1, timeZoneHours: zone)
        }
        return newMoon
    }

    /// When the span from month 11 of `solarYear` to the next month 11 holds 13 months: the leap
    /// month's number and its position (1 = the month right after month 11).
    static func leapMonthInSpan(startingAtMonth11Of solarYear: Int, timeZoneHours zone: Double) -> (month: Int, offset: Int)? {
        let start = month11Start(solarYear: solarYear, timeZoneHours: zone)
        let end = month11Start(solarYear: solarYear + 1, timeZoneHours: zone)
        guard end - start > 365 else { return nil }
        let offset = leapMonthOffset(afterMonth11: start, timeZoneHours: zone)
        // Position p before the leap holds month (10 + p) % 12 + 1; the leap repeats position offset − 1.
        return ((9 + offset) % 12 + 1, offset)
    }

    /// The position after month 11 of the first month without a major solar term: the first month
    /// whose start and the next month's start fall in the same 30° sector of the sun's longitude.
    static func leapMonthOffset(afterMonth11 start11: Int, timeZoneHours zone: Double) -> Int {
        let k = LunarAstronomy.newMoonIndex(near: start11)
        var offset = 1
        var sector = LunarAstronomy.sunLongitudeSector(
            atStartOf: LunarAstronomy.newMoonDay(k + offset, timeZoneHours: zone), timeZoneHours: zone)
        var previous: Int
        repeat {
            previous = sector
            offset += 1
            sector = LunarAstronomy.sunLongitudeSector(
                atStartOf: LunarAstronomy.newMoonDay(k + offset, timeZoneHours: zone), timeZoneHours: zone)
        } while sector != previous && offset < 14
        return offset - 1
    }
}
