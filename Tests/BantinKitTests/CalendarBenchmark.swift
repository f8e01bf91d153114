import Foundation
import LunarCalendar
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// Run with `BANTIN_BENCH=1 swift test -c release --filter CalendarBenchmark` to print timings.
struct CalendarBenchmark {
    /// 1,000 monthly conclusions over 3 years (28 a month, as in a corpus of many communes), 8 tasks
    /// each with a stated date (one in eight a month-long period) and the month's end, 20 units.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["BANTIN_BENCH"] != nil))
    func thousandConclusions() throws {
        let units = (1...20).map { "don-vi-\($0)" }
        let conclusions = (0..<1000).map { n -> Conclusion in
            let month = CivilDate(year: 2025, month: 1, day: 1)!.startOfMonth(adding: n % 36)
            let tasks = (1...8).map { t in
                CalendarFixture.task("kl-\(n)-nv-\(t)", "Nhiệm vụ \(t) của kết luận \(n), hoàn thành đúng hạn", units: [units[(n + t) % 20]], deadlines: [
                    t % 8 == 0 ? Deadline(kind: .period, start: month, end: month.endOfMonth, text: "trong tháng")
                        : Deadline(kind: .due, start: nil, end: month.adding(days: (t * 3) % 28), text: "trước ngày"),
                    Deadline(kind: .due, start: nil, end: month.endOfMonth, text: "tháng", inferred: true),
                ])
            }
            return CalendarFixture.conclusion("kl-\(n)", date: month, tasks: tasks)
        }
        let clock = ContinuousClock()
        var files: [OutputFile] = []
        let input = SiteInput(sources: [])
        let time = try clock.measure { files = try CalendarFixture.render(conclusions, input: input) }
        var calendar: DeadlineCalendar!
        let model = try clock.measure {
            calendar = try assembled(conclusions, config: input.config).siteCalendar.calendar
            for unit in units { _ = calendar.restricted(toUnit: unit).months }
        }
        var grids: [CalendarMonth] = []
        let months = clock.measure { grids = calendar.months.map { calendar.month(year: $0.year, month: $0.month) } }
        let page = PageContext(site: input.config, navigation: [], buildDate: nil)
        var views: [TemplateObject] = []
        let viewTime = clock.measure {
            views = grids.map { CalendarMonthView.make($0, scope: .site, previous: nil, next: nil, agenda: nil, unitNames: [:], context: page) }
        }
        let renderer = try PageRenderer(templates: input.templates)
        var size = 0
        let renderTime = clock.measure { for view in views { size += renderer.render(view, template: "calendar-month").count } }
        let writer = ICalendarWriter(name: "Lịch", description: "", stamp: CivilDate(year: 2026, month: 1, day: 1)!, alarmDaysBefore: [3])
        var feedBytes = 0
        let feedTime = clock.measure { feedBytes = writer.write(calendar.entries).utf8.count }
        print("site feed: \(calendar.entries.count) events, \(feedBytes / 1024) KiB in \(feedTime)")
        print("site: model \(model), \(grids.count) grids \(months), views \(viewTime), templates \(renderTime) (\(size / 1024) KiB)")
        let calendarFiles = files.filter { $0.path.hasPrefix("lich/") }
        let bytes = calendarFiles.reduce(0) { $0 + $1.contents.count }
        if let sample = files.text("lich/don-vi/don-vi-1/2025-06.html") { try sample.write(toFile: "/tmp/bench-unit-month.html", atomically: true, encoding: .utf8) }
        var groups: [String: Int] = [:]
        for file in calendarFiles {
            let group = file.path.hasSuffix(".ics") ? "feeds" : file.path.hasSuffix("index.html") ? "overviews" : file.path.hasPrefix("lich/don-vi/") ? "unit months" : "site months"
            groups[group, default: 0] += file.contents.count / 1024
        }
        print("KiB by kind:", groups.sorted { $0.key < $1.key })
        print("calendar: \(calendarFiles.count) files, \(bytes / 1024) KiB in \(time)")
    }
}
