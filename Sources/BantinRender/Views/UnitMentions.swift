import BantinCore
import BantinSite

extension SiteUnits {
    /// A unit as a task table shows it: its name, its page (relative to the site root), its role,
    /// and, for a unit a topic word implies, that word.
    struct Mention {
        var id: String
        var name: String
        var href: String
        var role: UnitRole
        var implied: Bool
        /// "suy ra từ “tuyển quân”".
        var inference: String?
    }

    /// The units named in a task, each once; a unit without a page links to the list of units.
    func displayed(_ mentions: [UnitMention]) -> [Mention] {
        var seen: Set<String> = []
        return mentions.compactMap { m in
            guard seen.insert(m.unitID).inserted else { return nil }
            return Mention(id: m.unitID, name: names[m.unitID] ?? m.mention,
                           href: hasPage(m.unitID) ? SitePaths.unit(m.unitID) : SitePaths.units,
                           role: m.role, implied: m.implied, inference: TaskTextView.inference(m))
        }
    }
}
