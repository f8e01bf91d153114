extension UnitRegistry {
    /// Merges the site's units into the built-in ones.
    public static func site(_ config: SiteUnitsConfig, path: String) -> (UnitRegistry, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var units = BuiltinUnits.units
        var siteAliasOwners: [[UInt8]: String] = [:]

        for siteUnit in config.units {
            let line = config.lines[siteUnit.id]
            // Aliases must not be shared between two site units.
            var aliases: [String] = []
            for alias in [siteUnit.name] + siteUnit.aliases {
                let key = AliasMatcher.key(alias)
                guard !key.isEmpty else { continue }
                if let owner = siteAliasOwners[key], owner != siteUnit.id {
                    diagnostics.append(.error(path, line: line, "Tên gọi “\(alias)” đã dùng cho đơn vị “\(owner)”; mỗi tên gọi chỉ thuộc một đơn vị."))
                    continue
                }
                siteAliasOwners[key] = siteUnit.id
                if alias != siteUnit.name { aliases.append(alias) }
            }
            if let index = units.firstIndex(where: { $0.id == siteUnit.id }) {
                units[index].name = siteUnit.name
                units[index].kind = siteUnit.kind
                units[index].aliases += aliases.filter { !units[index].aliases.contains($0) }
                units[index].members += siteUnit.members.filter { !units[index].members.contains($0) }
            } else {
                var unit = siteUnit
                unit.aliases = aliases
                units.append(unit)
            }
        }

        // The site's names win over built-in aliases that fold the same way.
        let siteIDs = Set(config.units.map(\.id))
        for index in units.indices where !siteIDs.contains(units[index].id) {
            let id = units[index].id
            units[index].aliases.removeAll { alias in
                if let owner = siteAliasOwners[AliasMatcher.key(alias)] { return owner != id }
                return false
            }
        }

        let known = Set(units.map(\.id))
        for siteUnit in config.units {
            for group in config.memberships[siteUnit.id] ?? [] {
                guard let index = units.firstIndex(where: { $0.id == group }) else {
                    diagnostics.append(.error(path, line: config.lines[siteUnit.id], "`member_of` của “\(siteUnit.id)”: không có đơn vị “\(group)”."))
                    continue
                }
                if !units[index].members.contains(siteUnit.id) { units[index].members.append(siteUnit.id) }
            }
            for member in siteUnit.members where !known.contains(member) {
                diagnostics.append(.error(path, line: config.lines[siteUnit.id], "`members` của “\(siteUnit.id)”: không có đơn vị “\(member)”."))
            }
        }

        var topics = BuiltinUnits.topics
        for topic in config.topics {
            guard known.contains(topic.unitID) else {
                diagnostics.append(.error(path, "Chủ đề “\(topic.keyword)”: không có đơn vị “\(topic.unitID)”."))
                continue
            }
            topics.removeAll { AliasMatcher.key($0.keyword) == AliasMatcher.key(topic.keyword) }
            topics.append(topic)
        }
        return (UnitRegistry(units: units, topics: topics), diagnostics)
    }
}
