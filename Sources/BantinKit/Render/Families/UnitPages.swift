import BantinCore
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
                     assignments: site.assignments, renderer: context.renderer,
                     page: context.page) { calendarFeedPath(of: $0, site: site) }
    }

    /// Which units each group holds: the registry's, with the listed units' own members.
    static func memberMap(_ units: [Unit], _ directory: UnitDirectory) -> [String: [String]] {
        var members = directory.members
        for unit in units where !unit.members.isEmpty { members[unit.id] = unit.members }
        return members
    }

    /// The pages for a list of units (in the order of the index) and the site's conclusions.
    static func files(units: [Unit], directory: UnitDirectory, conclusions: [Conclusion],
                      assignments known: [String: [UnitAssignment]]? = nil, renderer: PageRenderer,
                      page: PageContext, calendarFeed: (String) -> String? = { _ in nil }) -> [OutputFile] {
        var allNames = directory.names
        for unit in units { allNames[unit.id] = unit.name }
        let names = allNames
        let feeds = units.map { calendarFeed($0.id) }
        let assignments = known ?? UnitAssignments.index(conclusions, members: memberMap(units, directory))
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
