/// The deadline calendars (lịch): the year overview, a page per month from the first to the last
/// month holding a deadline, and an iCalendar feed, for the whole site and for each unit.
/// Paths follow `CalendarPaths`.
enum CalendarPages: PageFamily {
    static let navigation: [PageContext.NavItem] = [.init(label: "Lịch", path: CalendarPaths.overview)]

    static func render(_ context: RenderContext) -> [OutputFile] {
        let site = context.site
        let calendar = site.deadlineCalendar
        let units = site.calendarUnits(calendar)
        let unitNames = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })

        let jobs: [(CalendarScope, DeadlineCalendar)] = [(.site, calendar)] + units.map { unit in
            (CalendarScope(unitID: unit.id, unitName: unit.name), calendar.restricted(toUnit: unit.id))
        }
        let renderer = context.renderer
        let page = context.page
        let counts = jobs.dropFirst().compactMap { scope, unitCalendar -> (id: String, name: String, count: Int)? in
            unitCalendar.entries.isEmpty ? nil : (scope.unitID!, scope.unitName!, unitCalendar.entries.count)
        }

        let pages = parallelMap(jobs.map { Job(scope: $0.0, calendar: $0.1) }) { job -> [OutputFile] in
            let (scope, scoped) = (job.scope, job.calendar)
            var files = [feed(scoped, scope: scope, site: site)]
            let overview = CalendarYearView.make(scoped, scope: scope, units: scope.unitID == nil ? counts : [],
                                                 context: page)
            files.append(OutputFile(path: scope.overviewPath, text: renderer.render(overview, template: "calendar-year")))
            let months = scoped.months.map(\.yearMonth)
            for (position, yearMonth) in months.enumerated() {
                let first = scoped.months[position]
                let view = CalendarMonthView.make(
                    scoped.month(year: first.year, month: first.month), scope: scope,
                    previous: position > 0 ? months[position - 1] : nil,
                    next: position + 1 < months.count ? months[position + 1] : nil,
                    unitNames: unitNames, context: page)
                files.append(OutputFile(path: scope.monthPath(yearMonth), text: renderer.render(view, template: "calendar-month")))
            }
            return files
        }
        return pages.flatMap { $0 }
    }

    private struct Job: Sendable {
        var scope: CalendarScope
        var calendar: DeadlineCalendar
    }

    static func feed(_ calendar: DeadlineCalendar, scope: CalendarScope, site: SiteModel) -> OutputFile {
        let owner = scope.unitName ?? site.config.title
        let writer = ICalendarWriter(
            name: "Lịch hạn nhiệm vụ — \(owner)",
            description: "Hạn và sự kiện của các nhiệm vụ trong thông báo kết luận (\(site.config.title))",
            stamp: site.feedStamp, alarmDaysBefore: site.config.calendar.alarmDaysBefore, baseURL: site.config.baseURL)
        return OutputFile(path: scope.feedPath, text: writer.write(calendar.entries))
    }
}
