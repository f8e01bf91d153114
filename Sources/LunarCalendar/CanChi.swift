/// A name of the sexagenary cycle (can chi): one of ten heavenly stems (thiên can) paired with one
/// of twelve earthly branches (địa chi), e.g. "Bính Ngọ". Vietnam names years, months and days by it.
public struct CanChi: Hashable, Sendable, CustomStringConvertible {
    /// 0 = Giáp … 9 = Quý.
    public let stem: Int
    /// 0 = Tý … 11 = Hợi. The Vietnamese zodiac has Mão = cat and Sửu = buffalo.
    public let branch: Int

    public static let stemNames = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
    public static let branchNames = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]

    init(stem: Int, branch: Int) {
        self.stem = CanChi.modulo(stem, 10)
        self.branch = CanChi.modulo(branch, 12)
    }

    public var stemName: String { CanChi.stemNames[stem] }
    public var branchName: String { CanChi.branchNames[branch] }
    public var description: String { "\(stemName) \(branchName)" }

    /// The lunar year named by the solar year of its Tết: 2026 → Bính Ngọ.
    public static func year(_ lunarYear: Int) -> CanChi {
        CanChi(stem: lunarYear + 6, branch: lunarYear + 8)
    }

    /// Tháng Giêng is always a Dần month, tháng Chạp a Sửu month; the stem cycles every five years.
    /// A leap month repeats the can chi of the month whose number it shares.
    public static func month(_ month: Int, ofLunarYear year: Int) -> CanChi {
        CanChi(stem: year * 12 + month + 3, branch: month + 1)
    }

    /// Days cycle through all sixty names without a break: JDN 2451545 (1/1/2000) is Mậu Ngọ.
    public static func day(_ date: CivilDate) -> CanChi {
        CanChi(stem: date.julianDayNumber + 9, branch: date.julianDayNumber + 1)
    }

    private static func modulo(_ value: Int, _ divisor: Int) -> Int {
        (value % divisor + divisor) % divisor
    }
}

extension LunarDate {
    public var yearCanChi: CanChi { CanChi.year(year) }
    public var monthCanChi: CanChi { CanChi.month(month, ofLunarYear: year) }
}
