import BantinCore
import BantinSite

extension SiteUnits {
    /// A unit as a task table shows it: its name, its page (relative to the site root), its role.
    struct Mention {
        var name: String
        var href: String
        var role: UnitRole
        var implied: Bool
    }

    /// The units named in a task, each once; a unit without a page links to the list of units.
    func displayed(_ mentions: [UnitMention]) -> [Mention] {
        var seen: Set<String> = []
        return mentions.compactMap { m in
            guard seen.insert(m.unitID).inserted else { return nil }
            return Mention(name: names[m.unitID] ?? m.mention, href: hasPage(m.unitID) ? SitePaths.unit(m.unitID) : SitePaths.units,
                           role: m.role, implied: m.implied)
        }
    }
}
