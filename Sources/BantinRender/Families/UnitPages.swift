import BantinCore
import BantinSite

/// The unit pages: `don-vi/index.html` and one `don-vi/<id>.html` per unit the site knows.
enum UnitPages: PageFamily {
    static let navigation: [PageContext.NavItem] = [.init(label: "Đơn vị", path: SitePaths.units)]

    static func pages(_ context: RenderContext) -> [PageJob] {
        let site = context.site
        let units = site.units.all
        var jobs = [PageJob(SitePaths.units) {
            context.renderer.render(UnitView.index(units: units, assignments: site.assignments, context: context.page),
                                    template: "units")
        }]
        for unit in units {
            jobs.append(PageJob(SitePaths.unit(unit.id)) {
                // Every unit has a calendar and a feed (see `SiteAssembler.calendars`).
                let view = UnitView.page(unit, assignments: site.assignments[unit.id] ?? [], names: site.units.names,
                                         groups: units.filter { $0.members.contains(unit.id) },
                                         calendarFeed: SitePaths.Calendar.unitFeed(unit.id), context: context.page)
                return context.renderer.render(view, template: "unit")
            })
        }
        return jobs
    }
}
