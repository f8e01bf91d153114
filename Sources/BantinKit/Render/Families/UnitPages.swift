/// The unit pages: `don-vi/index.html` and one `don-vi/<id>.html` per unit the site knows.
enum UnitPages: PageFamily {
    static let indexPath = "don-vi/index.html"
    static let navigation: [PageContext.NavItem] = [.init(label: "Đơn vị", path: indexPath)]

    static func path(of unitID: String) -> String { "don-vi/\(unitID).html" }

    /// The unit's iCalendar feed, relative to the site root: the calendar pages write one for every
    /// unit the site knows (`CalendarPaths.unitFeed`).
    static func calendarFeedPath(of unitID: String, site: SiteModel) -> String? {
        CalendarPaths.unitFeed(unitID)
    }

    static func render(_ context: RenderContext) -> [OutputFile] {
        let site = context.site
        return files(units: site.units.all, directory: site.units.directory, conclusions: site.conclusions,
                     renderer: context.renderer, page: context.page) { calendarFeedPath(of: $0, site: site) }
    }

    /// The pages for a list of units (in the order of the index) and the site's conclusions.
    static func files(units: [Unit], directory: UnitDirectory, conclusions: [Conclusion], renderer: PageRenderer,
                      page: PageContext, calendarFeed: (String) -> String? = { _ in nil }) -> [OutputFile] {
        var members = directory.members
        var allNames = directory.names
        for unit in units {
            allNames[unit.id] = unit.name
            if !unit.members.isEmpty { members[unit.id] = unit.members }
        }
        let names = allNames
        let feeds = units.map { calendarFeed($0.id) }
        let assignments = UnitAssignments.index(conclusions, members: members)
        let index = UnitView.index(units: units, assignments: assignments, context: page)
        var files = [OutputFile(path: indexPath, text: renderer.render(index, template: "units"))]
        files += parallelMap(Array(units.indices)) { position in
            let unit = units[position]
            let view = UnitView.page(unit, assignments: assignments[unit.id] ?? [], names: names,
                                     groups: units.filter { $0.members.contains(unit.id) },
                                     calendarFeed: feeds[position], context: page)
            return OutputFile(path: path(of: unit.id), text: renderer.render(view, template: "unit"))
        }
        return files
    }
}
