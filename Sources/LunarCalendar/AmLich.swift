/// The one-line answers of `bantin amlich`: a solar day with its lunar date and can chi, or the
/// other way round.
public enum AmLich {
    /// "17/02/2026 (Thứ Ba) = mùng 1 tháng Giêng năm Bính Ngọ (1/1/2026 âm lịch), ngày Nhâm Tuất, tháng Canh Dần"
    public static func describe(solar date: CivilDate) -> String {
        let lunar = VietnameseLunarCalendar.lunarDate(for: date)
        return "\(solarText(date)) = \(lunar.vietnameseText), \(canChiText(date, lunar))"
    }

    /// "mùng 1 tháng Giêng năm Bính Ngọ (1/1/2026 âm lịch) = 17/02/2026 (Thứ Ba), ngày Nhâm Tuất, tháng Canh Dần",
    /// or why that lunar date does not exist.
    public static func describe(lunar: LunarDate) -> Result<String, LunarDateError> {
        VietnameseLunarCalendar.checkedSolarDate(for: lunar).map { date in
            "\(lunar.vietnameseText) = \(solarText(date)), \(canChiText(date, lunar))"
        }
    }

    private static func solarText(_ date: CivilDate) -> String {
        "\(date.vietnameseNumeric) (\(VietnameseNames.weekdayName(date)))"
    }

    private static func canChiText(_ date: CivilDate, _ lunar: LunarDate) -> String {
        "ngày \(CanChi.day(date)), tháng \(lunar.monthCanChi)"
    }
}

extension CivilDate {
    /// The calendar day at a given offset from UTC, for an instant in seconds since 1970-01-01 UTC.
    /// `bantin amlich` passes the system clock and +7 h, "today in Vietnam".
    public init(secondsSince1970 seconds: Int64, utcOffsetSeconds offset: Int) {
        let local = seconds + Int64(offset)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        self.init(julianDayNumber: Int(days) + 2_440_588)  // JDN of 1970-01-01
    }
}
