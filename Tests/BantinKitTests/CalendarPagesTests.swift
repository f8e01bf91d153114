import Foundation
import LunarCalendar
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

@Suite struct CalendarPagesTests {
    typealias F = CalendarFixture

    @Test func exampleWithHandDeadlinesFebruaryAndMarch() throws {
        let (input, conclusions) = try F.exampleWithDeadlines()
        let files = try F.render(conclusions, input: input)
        let february = try #require(files.text("lich/2026-02.html"))
        #expect(february.contains("Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930)"))
        #expect(february.contains("Thứ Hai 16/02</time> <span class=\"agenda-lunar\">(29 tháng Chạp)</span>"))
        #expect(february.contains("Tết Nguyên đán Bính Ngọ (mùng 1)"))
        let march = try #require(files.text("lich/2026-03.html"))
        #expect(march.contains("Rằm tháng Giêng (Tết Nguyên tiêu)"))
        #expect(march.contains("Bầu cử đại biểu Quốc hội khóa XVI"))
        #expect(files.text("lich/2026-05.html") != nil)
        #expect(files.text("lich/2026-01.html") == nil && files.text("lich/2026-06.html") == nil)
        #expect(files.text("lich/index.html")!.contains("href=\"../lich/2026-02.html\""))
        #expect(files.text("lich/don-vi/ubnd/2026-03.html") != nil)
        #expect(files.text("lich/don-vi-ubnd.ics") != nil)
    }
}

