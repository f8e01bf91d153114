extension LunarDate {
    /// "mùng 1 tháng Giêng năm Bính Ngọ (1/1/2026 âm lịch)";
    /// a leap month: "26 tháng Sáu nhuận năm Ất Tỵ (26/6/2025 âm lịch, tháng nhuận)".
    public var vietnameseText: String {
        "\(VietnameseNames.lunarDayName(day)) \(monthText) năm \(yearCanChi) (\(numericText) âm lịch\(isLeapMonth ? ", tháng nhuận" : ""))"
    }

    /// "tháng Giêng", "tháng Sáu nhuận".
    public var monthText: String {
        "tháng \(VietnameseNames.lunarMonthName(month))\(isLeapMonth ? " nhuận" : "")"
    }

    /// "1/1/2026": day/month/lunar year, unpadded as lunar dates are usually written.
    public var numericText: String { "\(day)/\(month)/\(year)" }

    /// A short label for calendar cells: "1/1", "26/6 nhuận".
    public var dayMonthText: String { "\(day)/\(month)\(isLeapMonth ? " nhuận" : "")" }
}
