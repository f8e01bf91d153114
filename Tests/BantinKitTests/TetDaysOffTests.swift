import LunarCalendar
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinSite

/// The five Tết days off (Bộ luật Lao động 2019, Điều 112) and `calendar.days_off`, which states a
/// year's actual schedule as the government set it.
@Suite struct TetDaysOffTests {
    static func day(_ d: Int, _ m: Int, _ y: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    /// The days off between two dates: statutory holidays.
    static func daysOff(_ catalog: HolidayCatalog, _ from: CivilDate, _ through: CivilDate) -> [Holiday] {
        catalog.holidays(from: from, through: through).filter { $0.kind == .statutory }
    }

    @Test func tet2026HasFiveDaysOffFromTheEveToMung4() {
        let off = Self.daysOff(HolidayCatalog(), Self.day(1, 2, 2026), Self.day(28, 2, 2026))
        #expect(off.map(\.date) == (16...20).map { Self.day($0, 2, 2026) })
        #expect(off.map(\.name) == ["Giao thừa (29 tháng Chạp)", "Tết Nguyên đán Bính Ngọ (mùng 1)", "Tết Nguyên đán Bính Ngọ (mùng 2)",
                                    "Tết Nguyên đán Bính Ngọ (mùng 3)", "Tết Nguyên đán Bính Ngọ (mùng 4)"])
    }

    /// Every year has five, from Giao thừa on (a 29- or a 30-day tháng Chạp alike).
    @Test(arguments: 2024...2035) func everyYearHasFive(year: Int) {
        let tet = VietnameseLunarCalendar.tet(ofLunarYear: year)
        let off = Self.daysOff(HolidayCatalog(), tet.adding(days: -10), tet.adding(days: 10))
        #expect(off.map(\.date) == (-1...3).map { tet.adding(days: $0) })
        #expect(off.first?.name.hasPrefix("Giao thừa") == true)
    }

    static let yaml = """
        calendar:
          days_off:
            # Tết Đinh Mùi 2027 as a government might place it: 7 days with the weekend.
            - {date: 2027-02-04, end_date: 2027-02-10, title: "Nghỉ Tết Nguyên đán"}
            - {date: 2026-09-01, title: "Nghỉ lễ Quốc khánh (ngày liền kề)"}
        """

    /// A stated Tết replaces that year's built-in five and names each day as a day of Tết; a stated
    /// day outside Tết is added with its title; other years keep the built-in days.
    @Test func daysOffInTheConfigurationReplaceThatYearsTet() throws {
        let (config, warnings) = try SiteConfigParser.parse(Self.yaml, path: "bantin.yml")
        #expect(warnings.isEmpty)
        #expect(config.calendar.daysOff.count == 2)
        let catalog = HolidayCatalog(config.calendar)
        let tet2027 = Self.daysOff(catalog, Self.day(20, 1, 2027), Self.day(28, 2, 2027))
        #expect(tet2027.map(\.date) == (4...10).map { Self.day($0, 2, 2027) }, "\(tet2027)")
        #expect(VietnameseLunarCalendar.tet(ofLunarYear: 2027) == Self.day(6, 2, 2027))
        #expect(tet2027.map(\.name).contains("Giao thừa (29 tháng Chạp)"))
        #expect(tet2027.map(\.name).contains("Tết Nguyên đán Đinh Mùi (mùng 5)"))
        #expect(tet2027.first?.name == "28 tháng Chạp (nghỉ Tết Nguyên đán Đinh Mùi)")
        #expect(Set(tet2027.map(\.date)).count == tet2027.count, "each day once")

        let september = Self.daysOff(catalog, Self.day(1, 9, 2026), Self.day(1, 9, 2026))
        #expect(september == [Holiday(date: Self.day(1, 9, 2026), name: "Nghỉ lễ Quốc khánh (ngày liền kề)", kind: .statutory)])

        // 2026 is not stated: its five days stay.
        #expect(Self.daysOff(catalog, Self.day(1, 2, 2026), Self.day(28, 2, 2026)).map(\.date) == (16...20).map { Self.day($0, 2, 2026) })
    }

    @Test func aDayOffWithoutADateIsAnErrorAtItsLine() {
        let yaml = "calendar:\n  days_off:\n    - {title: \"Nghỉ bù\"}\n"
        #expect(throws: Diagnostic.self) { try SiteConfigParser.parse(yaml, path: "bantin.yml") }
        do {
            _ = try SiteConfigParser.parse(yaml, path: "bantin.yml")
        } catch {
            #expect(error.description.hasPrefix("bantin.yml:3"), "\(error.description)")
            #expect(error.description.contains("mỗi mục ngày nghỉ cần \"date\""))
        }
    }
}
