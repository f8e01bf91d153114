import Testing
@testable import LunarCalendar

@Test func julianDayNumberRoundTrips() {
    let date = CivilDate(year: 2000, month: 1, day: 1)!
    #expect(date.julianDayNumber == 2451545)
    #expect(CivilDate(julianDayNumber: 2451545) == date)
    #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2026, month: 2, day: 17)!.isoWeekday == 2)
}
