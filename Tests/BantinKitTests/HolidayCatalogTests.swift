import LunarCalendar
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

private func civil(_ day: Int, _ month: Int, _ year: Int) -> CivilDate {
    CivilDate(year: year, month: month, day: day)!
}

@Suite struct HolidayCatalogTests {
    let catalog = HolidayCatalog()

    private func names(on date: CivilDate, in catalog: HolidayCatalog? = nil) -> [String] {
        (catalog ?? self.catalog).holidays(from: date, through: date).map(\.name)
    }

    @Test func february2026() {
        let february = catalog.holidays(from: civil(1, 2, 2026), through: civil(28, 2, 2026))
        #expect(february.contains(Holiday(date: civil(3, 2, 2026), name: "Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930)", kind: .anniversary)))
        #expect(february.contains(Holiday(date: civil(16, 2, 2026), name: "Giao thừa (29 tháng Chạp)", kind: .statutory)))
        #expect(february.contains(Holiday(date: civil(17, 2, 2026), name: "Tết Nguyên đán Bính Ngọ (mùng 1)", kind: .statutory)))
        #expect(february.contains(Holiday(date: civil(19, 2, 2026), name: "Tết Nguyên đán Bính Ngọ (mùng 3)", kind: .statutory)))
        #expect(february.contains(Holiday(date: civil(10, 2, 2026), name: "Ông Công ông Táo (23 tháng Chạp)", kind: .lunarFestival)))
        #expect(february.contains { $0.date == civil(27, 2, 2026) && $0.name.hasPrefix("Ngày Thầy thuốc") })
        #expect(february == february.sorted())
        #expect(february.allSatisfy { $0.date.year == 2026 && $0.date.month == 2 })
    }

    @Test func giaoThuaIsThe30thWhenTachapHas30Days() {
        // Tết 2024 (Giáp Thìn): 09/02/2024 = 30 tháng Chạp Quý Mão.
        #expect(names(on: civil(9, 2, 2024)) == ["Giao thừa (30 tháng Chạp)"])
    }

    @Test(arguments: [
        (civil(3, 3, 2026), "Rằm tháng Giêng (Tết Nguyên tiêu)"),
        (civil(26, 4, 2026), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
        (civil(7, 4, 2025), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
        (civil(16, 4, 2027), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
        (civil(31, 5, 2026), "Lễ Phật đản"),
        (civil(19, 6, 2026), "Tết Đoan Ngọ"),
        (civil(27, 8, 2026), "Lễ Vu Lan (Rằm tháng Bảy)"),
        (civil(25, 9, 2026), "Tết Trung thu"),
        (civil(1, 1, 2026), "Tết Dương lịch"),
    ])
    func computedDays(date: CivilDate, name: String) {
        #expect(names(on: date).contains(name))
    }

    @Test func vuLanOfALeapSeventhYearKeepsToTheOrdinaryMonth() {
        // 2025 has tháng 6 nhuận; Vu Lan is 15 tháng 7 (ordinary) = 06/09/2025.
        let vuLan = catalog.holidays(from: civil(1, 1, 2025), through: civil(31, 12, 2025)).filter { $0.name.hasPrefix("Lễ Vu Lan") }
        #expect(vuLan.map(\.date) == [civil(6, 9, 2025)])
    }

    @Test func statutoryAnniversariesAreListedOnce() {
        #expect(names(on: civil(30, 4, 2026)) == ["Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)"])
        let withoutDaysOff = HolidayCatalog(include: [.anniversary])
        #expect(names(on: civil(30, 4, 2026), in: withoutDaysOff) == ["Ngày Giải phóng miền Nam, thống nhất đất nước (30/04/1975)"])
        #expect(names(on: civil(2, 9, 2026), in: withoutDaysOff).count == 1)
    }

    @Test func switchingAKindOffRemovesIt() {
        let range = (civil(1, 1, 2026), civil(31, 12, 2026))
        let all = catalog.holidays(from: range.0, through: range.1)
        for kind in [Holiday.Kind.statutory, .anniversary, .lunarFestival] {
            #expect(all.contains { $0.kind == kind })
            let without = HolidayCatalog(include: Set(Holiday.Kind.allCases).subtracting([kind])).holidays(from: range.0, through: range.1)
            #expect(!without.contains { $0.kind == kind })
            #expect(!without.isEmpty)
        }
        let onlyFestivals = HolidayCatalog(include: [.lunarFestival]).holidays(from: range.0, through: range.1)
        #expect(onlyFestivals.count == 6)
    }

    @Test func localEventsAppearInRangeAndSorted() {
        let election = Holiday(date: civil(15, 3, 2026), name: "Bầu cử đại biểu Quốc hội và HĐND các cấp", kind: .local)
        let congress = Holiday(date: civil(19, 1, 2026), name: "Khai mạc Đại hội XIV của Đảng", kind: .local)
        let catalog = HolidayCatalog(localEvents: [election, congress])
        let march = catalog.holidays(from: civil(1, 3, 2026), through: civil(31, 3, 2026))
        #expect(march.contains(election))
        #expect(!march.contains(congress))
        #expect(march.map(\.date) == march.map(\.date).sorted())
        let noLocal = HolidayCatalog(include: [.statutory, .anniversary, .lunarFestival], localEvents: [election])
        #expect(!noLocal.holidays(from: civil(1, 3, 2026), through: civil(31, 3, 2026)).contains(election))
    }

    @Test func sameDayIsOrderedByKindThenName() {
        // Tết Canh Tuất 2030 is 02/02, so mùng 2 Tết meets the Party's founding day on 03/02.
        let day = catalog.holidays(from: civil(3, 2, 2030), through: civil(3, 2, 2030))
        #expect(day.map(\.kind) == [.statutory, .anniversary])
        let a = Holiday(date: civil(1, 1, 2026), name: "B", kind: .local)
        let b = Holiday(date: civil(1, 1, 2026), name: "A", kind: .local)
        #expect(HolidayCatalog(include: [.local], localEvents: [a, b]).holidays(from: civil(1, 1, 2026), through: civil(1, 1, 2026)) == [b, a])
    }

    @Test func rangesAcrossYearsAndEmptyRanges() {
        let winter = catalog.holidays(from: civil(20, 12, 2025), through: civil(5, 1, 2026))
        #expect(winter.map(\.date) == [civil(22, 12, 2025), civil(1, 1, 2026)])
        #expect(catalog.holidays(from: civil(2, 1, 2026), through: civil(1, 1, 2026)).isEmpty)
        // Anniversaries start in their founding year.
        #expect(!names(on: civil(3, 2, 1929)).contains { $0.hasPrefix("Ngày thành lập Đảng") })
    }
}
