import BantinCore
import BantinSite

/// The deadline calendars (lịch): the year overview, a page per month, and an iCalendar feed, for
/// the whole site and for each unit (`SiteModel.calendars`; paths from `SitePaths.Calendar`).
enum CalendarPages: PageFamily {
    static let navigation: [PageContext.NavItem] = [.init(label: "Lịch", path: SitePaths.Calendar.overview)]

    typealias UnitCount = (id: String, name: String, count: Int)

    static func pages(_ context: RenderContext) -> [PageJob] {
        let site = context.site
        let unitNames = Dictionary(site.calendars.dropFirst().map { ($0.scope.unitID!, $0.scope.unitName!) },
                                   uniquingKeysWith: { first, _ in first })
        let counts: [UnitCount] = site.calendars.dropFirst().compactMap { scoped in
            scoped.calendar.entries.isEmpty ? nil : (scoped.scope.unitID!, scoped.scope.unitName!, scoped.calendar.entries.count)
        }
        let renderer = context.renderer
        let page = context.page
        let stamp = site.feedStamp

        var jobs: [PageJob] = []
        for scoped in site.calendars {
            let scope = scoped.scope
            let calendar = scoped.calendar
            let months = scoped.months
            // Every page of a calendar shows its months' names and the feed's stamp; a feed and a
            // year hold all the calendar's entries, a month page the entries that cross its month.
            // The site's year also counts each unit's entries.
            let frame = context.digest { hasher, _ in
                hasher.add(stamp)
                for month in months { hasher.add(month) }
            }
            let units = scope.unitID == nil ? counts : []
            let everything = context.digest { hasher, inputs in
                hasher.add(frame)
                for entry in calendar.entries { hasher.add(entry, in: inputs) }
            }
            let whole = { (path: String, units: [UnitCount]) in
                context.fingerprint(path) { hasher, _ in
                    hasher.add(everything)
                    for unit in units {
                        hasher.add(unit.id)
                        hasher.add(unit.name)
                        hasher.add(unit.count)
                    }
                }
            }
            jobs.append(PageJob(scope.feedPath, fingerprint: whole(scope.feedPath, [])) { feed(calendar, scope: scope, site: site, stamp: stamp) })
            let monthPages = Set(months.map(\.yearMonth))
            jobs.append(PageJob(scope.overviewPath, fingerprint: whole(scope.overviewPath, units)) {
                let view = CalendarYearView.make(calendar, scope: scope, units: units, monthPages: monthPages, context: page)
                return renderer.render(view, template: "calendar-year")
            })
            for (position, first) in months.enumerated() {
                let previous = position > 0 ? months[position - 1].yearMonth : nil
                let next = position + 1 < months.count ? months[position + 1].yearMonth : nil
                let agenda = scoped.agendas[first.yearMonth]
                // The grid heads every page of the month's agenda: placed once, not once a page.
                let paths = agenda?.paths ?? [scope.monthPath(first.yearMonth)]
                let grid = SharedValue(uses: paths.count) { calendar.month(year: first.year, month: first.month) }
                let shown = context.digest { hasher, inputs in
                    hasher.add(frame)
                    for entry in calendar.entries(inMonth: first) { hasher.add(entry, in: inputs) }
                }
                for (pageIndex, path) in paths.enumerated() {
                    jobs.append(PageJob(path, fingerprint: context.fingerprint(path) { hasher, _ in hasher.add(shown) }) {
                        let view = CalendarMonthView.make(grid.value, scope: scope,
                                                          previous: previous, next: next, agenda: agenda.map { ($0, pageIndex) },
                                                          unitNames: unitNames, context: page)
                        return renderer.render(view, template: "calendar-month")
                    })
                }
            }
        }
        return jobs
    }

    static func feed(_ calendar: DeadlineCalendar, scope: CalendarScope, site: SiteModel, stamp: CivilDate) -> String {
        let owner = scope.unitName ?? site.config.title
        var writer = ICalendarWriter(
            name: "Lịch hạn nhiệm vụ — \(owner)",
            description: "Hạn và sự kiện của các nhiệm vụ trong thông báo kết luận (\(site.config.title))",
            stamp: stamp, alarmDaysBefore: site.config.calendar.alarmDaysBefore, baseURL: site.baseURL ?? "")
        writer.budget = site.limits.feed
        return writer.write(calendar.entries)
    }
}
