import BantinCore

/// The assembly stage: from the read conclusions and the site's units to the whole site model —
/// every task's summary, link and units (groups expanded once, here), every unit's assignments,
/// the calendars, and the map of every output path, where two pages on one path are an error.
public enum SiteAssembler {
    /// A static file of the templates, copied into the output.
    public struct Asset: Hashable, Sendable {
        /// Path under the output folder ("assets/bantin.css").
        public var path: String
        /// Where it comes from, for messages ("templates/assets/bantin.css").
        public var source: String

        public init(path: String, source: String) {
            self.path = path
            self.source = source
        }
    }

    /// - Parameters:
    ///   - progress: the rows of the site's status file (`tien-do.csv`), checked here against the
    ///     tasks and units.
    ///   - unitLocations: where the site declares its own units (units.yml and line), for messages.
    /// - Returns: the model, or one error for every output path that two sources would write and
    ///   every status row that names no task of the site (or a unit the task does not concern).
    public static func assemble(_ conclusions: [Conclusion], units registry: UnitRegistry, config: SiteConfig,
                                buildDate: CivilDate?, derived: [String: ConclusionDerivation] = [:],
                                assets: [Asset] = [], progress records: [ProgressRecord] = [],
                                unitLocations: [String: SourceLocation] = [:], limits: SiteLimits = .standard)
        -> Result<SiteModel, AssemblyFailure>
    {
        let units = SiteUnits(registry)
        let sorted = conclusions.sortedNewestFirst()
        var siteConclusions = parallelMap(sorted) { conclusion in
            let meta = conclusion.meta
            let derivation = derived[conclusion.id].flatMap { $0.fits(conclusion) ? $0 : nil }
            return SiteConclusion(source: conclusion, page: SitePaths.conclusion(conclusion.id), tasks: conclusion.tasks.enumerated().map { index, task in
                SiteTask(item: task, summary: derivation?.summaries[index] ?? SiteTask.summary(of: task.text),
                         calendarTitle: derivation?.calendarTitles[index], reach: units.reach(task.units),
                         link: SitePaths.task(task, in: conclusion.id),
                         months: SiteTask.months(of: task, planned: meta.period, issued: meta.date ?? meta.meetingDate))
            })
        }
        let (progress, progressErrors) = ProgressIndex.index(records, conclusions: siteConclusions, units: units)
        if !progress.isEmpty {
            for c in siteConclusions.indices {
                for t in siteConclusions[c].tasks.indices {
                    siteConclusions[c].tasks[t].progress = progress[siteConclusions[c].tasks[t].id] ?? .none
                }
            }
        }
        let assignments = UnitAssignments.index(siteConclusions, units: units)
        // The calendars, the plan of list pages and the search index depend on the conclusions
        // and assignments only, not on each other: made side by side, so the serial parts of
        // each (a dictionary of every word, the lists of every month) overlap.
        let conclusionsMade = siteConclusions
        let parts = parallelMap(Part.allCases) { part -> Part.Made in
            switch part {
            case .calendars: .calendars(Self.calendars(conclusionsMade, units: units, config: config, limits: limits))
            case .plan: .plan(SitePlan.make(conclusionsMade, assignments: assignments, units: units.all.map(\.id), limits: limits))
            case .search: .search(SiteSearchIndex.make(conclusionsMade, units: units, assignments: assignments, derived: derived, limits: limits))
            }
        }
        guard case .calendars(let calendars) = parts[0], case .plan(let plan) = parts[1], case .search(let search) = parts[2] else {
            preconditionFailure("parallelMap keeps the order of its items")
        }
        let outputs = outputMap(sorted, units: units, calendars: calendars, plan: plan, search: search, assets: assets,
                                config: config, unitLocations: unitLocations)
        let errors = outputs.collisions + progressErrors
        guard errors.isEmpty else { return .failure(AssemblyFailure(errors: errors)) }
        return .success(SiteModel(config: config, buildDate: buildDate, conclusions: siteConclusions, units: units,
                                  assignments: assignments, calendars: calendars, plan: plan, search: search,
                                  hasProgress: !progress.isEmpty, limits: limits, outputs: outputs,
                                  calendarUnits: Set(calendars.compactMap(\.scope.unitID))))
    }

    /// The three parts of the model made side by side, in this order.
    private enum Part: CaseIterable, Sendable {
        case calendars, plan, search

        enum Made: Sendable {
            case calendars([ScopedCalendar])
            case plan(SitePlan)
            case search(SiteSearchIndex)
        }
    }

    /// The site's calendar and every unit's that has a deadline: known units first, then any other
    /// unit a task names. A unit with none gets no calendar pages: a site may declare thousands
    /// of units (every chi bộ, every xóm), most of them with nothing due.
    static func calendars(_ conclusions: [SiteConclusion], units: SiteUnits, config: SiteConfig,
                          limits: SiteLimits = .standard) -> [ScopedCalendar] {
        let all = DeadlineCalendar(entries: CalendarEntry.entries(from: conclusions), holidays: HolidayCatalog(config.calendar))
        // Lunar dates and holidays are worked out once per month, for every calendar.
        let site = all.preparingFrames(forYears: all.years)
        var ids = units.all.map(\.id)
        var known = Set(ids)
        var extra: [String] = []
        // Each unit's entries in one pass over the site's (not one pass per unit), in order.
        var entriesOf: [String: [CalendarEntry]] = [:]
        for entry in site.entries {
            for id in Set(entry.unitIDs) { entriesOf[id, default: []].append(entry) }
            for id in entry.unitIDs where known.insert(id).inserted { extra.append(id) }
        }
        ids += extra.sorted()
        let byUnit = entriesOf
        let unitCalendars = parallelMap(ids) { id -> ScopedCalendar? in
            guard let entries = byUnit[id] else { return nil }
            let calendar = site.restricted(to: entries)
            return ScopedCalendar(scope: CalendarScope(unitID: id, unitName: units.name(of: id)), calendar: calendar,
                                  months: calendar.monthsWithEntries)
        }
        return [ScopedCalendar(scope: .site, calendar: site, months: site.months, limits: limits)] + unitCalendars.compactMap { $0 }
    }

    /// Every file the site will have, with what makes it.
    static func outputMap(_ conclusions: [Conclusion], units: SiteUnits, calendars: [ScopedCalendar], plan: SitePlan,
                          search: SiteSearchIndex, assets: [Asset], config: SiteConfig,
                          unitLocations: [String: SourceLocation]) -> OutputPathMap {
        var map = OutputPathMap()
        map.add(SitePaths.home, .builtIn("chủ"))
        map.add(SitePaths.tasks, .builtIn("nhiệm vụ"))
        map.add(SitePaths.units, .builtIn("danh sách đơn vị"))
        map.add(SitePaths.search, .builtIn("tìm kiếm"))
        map.add(SitePaths.Sheets.index, .builtIn("phiếu theo dõi"))
        map.add(SitePaths.atomFeed, .builtIn("nguồn tin Atom"))
        map.add(SitePaths.notFound, .builtIn("báo không tìm thấy"))
        if SitePaths.absoluteBase(config) != nil { map.add(SitePaths.sitemap, .builtIn("sơ đồ trang")) }
        for path in plan.conclusionYears.flatMap(\.list.paths) { map.add(path, .builtIn("kết luận theo năm")) }
        for path in plan.taskMonths.flatMap(\.list.paths) + plan.sheetMonths.flatMap(\.list.paths) + plan.unassigned.paths {
            map.add(path, .builtIn("danh sách nhiệm vụ"))
        }
        for path in search.paths { map.add(path, .builtIn("chỉ mục tìm kiếm")) }

        // Conclusions by id, then path: the error is at the second file, naming the first.
        for conclusion in conclusions.sorted(by: { ($0.id, $0.path) < ($1.id, $1.path) }) {
            map.add(SitePaths.conclusion(conclusion.id), conclusionOwner(conclusion))
        }
        for unit in units.all {
            let owner = unitOwner(unit.id, unitLocations)
            map.add(SitePaths.unit(unit.id), owner)
            for path in (plan.unitYears[unit.id] ?? []).flatMap(\.list.paths) { map.add(path, owner) }
            for month in plan.unitSheets[unit.id] ?? [] {
                for path in month.list.paths { map.add(path, owner) }
            }
            for file in plan.unitData[unit.id] ?? [] { map.add(file.path, owner) }
        }
        for scoped in calendars {
            let scope = scoped.scope
            let owner = scope.unitID.map { unitOwner($0, unitLocations) } ?? .builtIn("lịch")
            map.add(scope.overviewPath, owner)
            map.add(scope.feedPath, owner)
            for path in scoped.monthPaths { map.add(path, owner) }
        }
        for asset in assets {
            map.add(asset.path, OutputPathMap.Owner(location: asset.source, advice: "đổi tên tệp này trong thư mục mẫu"))
        }
        return map
    }

    /// The page of a conclusion is made from its file.
    public static func conclusionOwner(_ conclusion: Conclusion) -> OutputPathMap.Owner {
        OutputPathMap.Owner(location: conclusion.path, line: 1,
                            advice: "đổi tên tệp hoặc đặt \"slug:\" khác trong phần đầu YAML")
    }

    static func unitOwner(_ id: String, _ locations: [String: SourceLocation]) -> OutputPathMap.Owner {
        guard let place = locations[id] else {
            return OutputPathMap.Owner(location: "bantin", name: "đơn vị “\(id)” có sẵn của bantin",
                                       advice: "đơn vị có sẵn không đổi được mã")
        }
        return OutputPathMap.Owner(location: place.path, line: place.line, name: "đơn vị “\(id)” (\(place.path))",
                                   advice: "đổi mã đơn vị “\(id)” trong \(place.path)")
    }
}

/// A site that cannot be assembled: one error per output path that two sources would write.
public struct AssemblyFailure: Error, Sendable {
    public var errors: [Diagnostic]
}

extension Array where Element == Conclusion {
    /// Two conclusions with one id would share a page and their task ids: an error naming both,
    /// found while reading, so `bantin tasks` refuses them too.
    public func idCollisions() -> [Diagnostic] {
        var map = OutputPathMap()
        for conclusion in sorted(by: { ($0.id, $0.path) < ($1.id, $1.path) }) {
            map.add(SitePaths.conclusion(conclusion.id), SiteAssembler.conclusionOwner(conclusion))
        }
        return map.collisions
    }
}
