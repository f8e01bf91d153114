import BantinCore
extension HolidayRule {
    /// The days a Vietnamese commune calendar usually marks (domain.md §5). Names are as printed on
    /// Party and state calendars; founding years follow the name in brackets.
    public static let vietnam: [HolidayRule] = statutoryDaysOff + partyAndStateAnniversaries + lunarFestivals

    /// Bộ luật Lao động 2019, Điều 112. Quốc khánh also gives one adjacent day, chosen each year.
    public static let statutoryDaysOff: [HolidayRule] = [
        .solar(month: 1, day: 1, name: "Tết Dương lịch", kind: .statutory),
        .lunarNewYear,
        .lunar(month: 3, day: 10, name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", kind: .statutory),
        .solar(month: 4, day: 30, name: "Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)", kind: .statutory),
        .solar(month: 5, day: 1, name: "Ngày Quốc tế Lao động", kind: .statutory),
        .solar(month: 9, day: 2, name: "Quốc khánh", kind: .statutory),
    ]

    public static let partyAndStateAnniversaries: [HolidayRule] = [
        anniversary(3, 2, "Ngày thành lập Đảng Cộng sản Việt Nam", since: 1930),
        anniversary(27, 2, "Ngày Thầy thuốc Việt Nam", since: 1955),
        anniversary(8, 3, "Ngày Quốc tế Phụ nữ"),
        anniversary(26, 3, "Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh", since: 1931),
        anniversary(30, 4, "Ngày Giải phóng miền Nam, thống nhất đất nước", since: 1975, yieldsToDayOff: true),
        anniversary(1, 5, "Ngày Quốc tế Lao động", yieldsToDayOff: true),
        anniversary(7, 5, "Ngày Chiến thắng Điện Biên Phủ", since: 1954),
        anniversary(19, 5, "Ngày sinh Chủ tịch Hồ Chí Minh", since: 1890),
        anniversary(1, 6, "Ngày Quốc tế Thiếu nhi"),
        anniversary(21, 6, "Ngày Báo chí Cách mạng Việt Nam", since: 1925),
        anniversary(28, 6, "Ngày Gia đình Việt Nam"),
        anniversary(27, 7, "Ngày Thương binh – Liệt sĩ", since: 1947),
        anniversary(28, 7, "Ngày thành lập Công đoàn Việt Nam", since: 1929),
        anniversary(1, 8, "Ngày truyền thống ngành Tuyên giáo của Đảng", since: 1930),
        anniversary(19, 8, "Ngày Cách mạng Tháng Tám thành công; Ngày truyền thống Công an nhân dân", since: 1945),
        anniversary(2, 9, "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", since: 1945, yieldsToDayOff: true),
        anniversary(10, 10, "Ngày Giải phóng Thủ đô", since: 1954),
        anniversary(13, 10, "Ngày Doanh nhân Việt Nam"),
        anniversary(14, 10, "Ngày thành lập Hội Nông dân Việt Nam; Ngày truyền thống ngành Tổ chức xây dựng Đảng", since: 1930),
        anniversary(15, 10, "Ngày truyền thống công tác Dân vận của Đảng", since: 1930),
        anniversary(16, 10, "Ngày truyền thống ngành Kiểm tra Đảng", since: 1948),
        anniversary(18, 10, "Ngày truyền thống Văn phòng cấp ủy", since: 1930),
        anniversary(20, 10, "Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam", since: 1930),
        anniversary(18, 11, "Ngày thành lập Mặt trận Tổ quốc Việt Nam; Ngày hội Đại đoàn kết toàn dân tộc", since: 1930),
        anniversary(20, 11, "Ngày Nhà giáo Việt Nam"),
        // Chosen as a paid day off by the Bộ Chính trị; not yet in Điều 112 (early 2026).
        anniversary(24, 11, "Ngày Văn hóa Việt Nam"),
        anniversary(6, 12, "Ngày thành lập Hội Cựu chiến binh Việt Nam", since: 1989),
        anniversary(19, 12, "Ngày Toàn quốc kháng chiến", since: 1946),
        anniversary(22, 12, "Ngày thành lập Quân đội nhân dân Việt Nam; Ngày hội Quốc phòng toàn dân", since: 1944),
    ]

    public static let lunarFestivals: [HolidayRule] = [
        .lunar(month: 1, day: 15, name: "Rằm tháng Giêng (Tết Nguyên tiêu)", kind: .lunarFestival),
        .lunar(month: 4, day: 15, name: "Lễ Phật đản", kind: .lunarFestival),
        .lunar(month: 5, day: 5, name: "Tết Đoan Ngọ", kind: .lunarFestival),
        .lunar(month: 7, day: 15, name: "Lễ Vu Lan (Rằm tháng Bảy)", kind: .lunarFestival),
        .lunar(month: 8, day: 15, name: "Tết Trung thu", kind: .lunarFestival),
        .lunar(month: 12, day: 23, name: "Ông Công ông Táo (23 tháng Chạp)", kind: .lunarFestival),
    ]

    /// "Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930)"; shown from the founding year on.
    private static func anniversary(
        _ day: Int, _ month: Int, _ name: String, since year: Int? = nil, yieldsToDayOff: Bool = false
    ) -> HolidayRule {
        let padded = { (n: Int) in n < 10 ? "0\(n)" : String(n) }
        let fullName = year.map { "\(name) (\(padded(day))/\(padded(month))/\($0))" } ?? name
        return .solar(month: month, day: day, name: fullName, kind: .anniversary, since: year, yieldsToDayOff: yieldsToDayOff)
    }
}
