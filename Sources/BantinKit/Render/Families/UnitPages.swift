/// The unit pages: `don-vi/index.html` and one `don-vi/<id>.html` per unit the site knows.
enum UnitPages: PageFamily {
    static let indexPath = "don-vi/index.html"
    static let navigation: [PageContext.NavItem] = [.init(label: "Đơn vị", path: indexPath)]

    static func path(of unitID: String) -> String { "don-vi/\(unitID).html" }

    /// The unit's iCalendar feed, relative to the site root, once the calendar pages write one
    /// (`lich/don-vi-<id>.ics`); nil until then, and the page shows no calendar link.
    static func calendarFeedPath(of unitID: String, site: SiteModel) -> String? {
        nil
    }

    static func render(_ context: RenderContext) -> [OutputFile] {
        let units = context.site.units
        let assignments = UnitAssignments.index(context.site.conclusions, members: units.directory.members)
        let all = units.all
        let index = UnitView.index(units: all, assignments: assignments, context: context.page)
        var files = [OutputFile(path: indexPath, text: context.renderer.render(index, template: "units"))]
        files += parallelMap(all) { unit in
            let view = UnitView.page(unit, assignments: assignments[unit.id] ?? [], units: units,
                                     groups: all.filter { $0.members.contains(unit.id) },
                                     calendarFeed: calendarFeedPath(of: unit.id, site: context.site), context: context.page)
            return OutputFile(path: path(of: unit.id), text: context.renderer.render(view, template: "unit"))
        }
        return files
    }
}
