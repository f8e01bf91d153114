import BantinCore

/// The units of a site as its pages see them: every unit the registry knows (built-in and the
/// site's own), in page order, with their names and groups.
///
/// Group expansion lives here and only here: a task given to a group ("các chi bộ", "MTTQ và các
/// đoàn thể") concerns each of its members, groups of groups followed.
public struct SiteUnits: Sendable {
    public let registry: UnitRegistry
    /// Every unit, by kind then Vietnamese name (then id).
    public let all: [Unit]
    /// Display names by unit id.
    public let names: [String: String]
    /// Each group's members, groups of groups followed (breadth first), the group itself left
    /// out; worked out once for the site.
    private let members: [String: [String]]
    /// The groups that list each unit among their direct members, in the order of `all`.
    private let groups: [String: [Unit]]

    public init(_ registry: UnitRegistry) {
        self.registry = registry
        // Each sort key made once (a collation key in the comparison was made n log n times).
        let keyed = registry.units.map { unit in
            (kind: Unit.Kind.allCases.firstIndex(of: unit.kind)!, name: VietnameseCollation.key(unit.name), unit: unit)
        }
        all = keyed.sorted { a, b in
            a.kind != b.kind ? a.kind < b.kind : (a.name, a.unit.id) < (b.name, b.unit.id)
        }.map(\.unit)
        var names: [String: String] = [:]
        var direct: [String: [String]] = [:]
        for unit in registry.units {
            if names[unit.id] == nil { names[unit.id] = unit.name }
            if !unit.members.isEmpty { direct[unit.id] = unit.members }
        }
        self.names = names
        var members: [String: [String]] = [:]
        for group in direct.keys {
            var seen: Set<String> = [group]
            var result: [String] = []
            var queue = direct[group] ?? []
            var next = 0
            while next < queue.count {
                let id = queue[next]
                next += 1
                guard seen.insert(id).inserted else { continue }
                result.append(id)
                queue += direct[id] ?? []
            }
            members[group] = result
        }
        self.members = members
        var groups: [String: [Unit]] = [:]
        for unit in all {
            for member in Set(unit.members) { groups[member, default: []].append(unit) }
        }
        self.groups = groups
    }

    /// The groups that list the unit among their members (once per site, not a scan of every unit
    /// per unit page: a site may declare thousands).
    public func groups(of id: String) -> [Unit] { groups[id] ?? [] }

    public func unit(_ id: String) -> Unit? { registry.unit(id) }

    /// Every unit the registry knows has a page (`SitePaths.unit`).
    public func hasPage(_ id: String) -> Bool { registry.unit(id) != nil }

    /// The name pages show for a unit id: the site's, else the built-in one, else the id.
    public func name(of id: String) -> String { names[id] ?? UnitRegistry.standard.name(of: id) }

    /// A group's members (see `members`); empty for a unit that is no group.
    public func members(of id: String) -> [String] { members[id] ?? [] }

    /// The units a task concerns: each unit it names, followed by that unit's members, in mention
    /// order, each once.
    public func reach(_ mentions: [UnitMention]) -> [String] {
        var ids: [String] = []
        var seen: Set<String> = []
        for mention in mentions {
            for id in [mention.unitID] + members(of: mention.unitID) where seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }
}
