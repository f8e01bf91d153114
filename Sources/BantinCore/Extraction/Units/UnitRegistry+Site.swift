extension UnitRegistry {
    /// Merges the site's units into the built-in ones, in time linear in the number of units and
    /// aliases (units are found by id through `positions`, members through sets: a search through
    /// the list per unit made each of 4,000 declared units cost 12 ms).
    public static func site(_ config: SiteUnitsConfig, path: String) -> (UnitRegistry, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var units = BuiltinUnits.units
        var positions: [String: Int] = [:]
        for (index, unit) in units.enumerated() where positions[unit.id] == nil { positions[unit.id] = index }
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
            if let index = positions[siteUnit.id] {
                units[index].name = siteUnit.name
                units[index].kind = siteUnit.kind
                let knownAliases = Set(units[index].aliases), knownMembers = Set(units[index].members)
                units[index].aliases += aliases.filter { !knownAliases.contains($0) }
                units[index].members += siteUnit.members.filter { !knownMembers.contains($0) }
            } else {
                var unit = siteUnit
                unit.aliases = aliases
                positions[unit.id] = units.count
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
        var groupMembers: [Int: Set<String>] = [:]
        for siteUnit in config.units {
            for group in config.memberships[siteUnit.id] ?? [] {
                guard let index = positions[group] else {
                    diagnostics.append(.error(path, line: config.lines[siteUnit.id], "`member_of` của “\(siteUnit.id)”: không có đơn vị “\(group)”."))
                    continue
                }
                if groupMembers[index] == nil { groupMembers[index] = Set(units[index].members) }
                if groupMembers[index]!.insert(siteUnit.id).inserted { units[index].members.append(siteUnit.id) }
            }
            for member in siteUnit.members where !known.contains(member) {
                diagnostics.append(.error(path, line: config.lines[siteUnit.id], "`members` của “\(siteUnit.id)”: không có đơn vị “\(member)”."))
            }
        }

        // A site topic replaces every built-in or earlier one whose keyword folds the same way;
        // of several with one keyword the last counts, in its place.
        var siteTopics: [TopicRule] = []
        for topic in config.topics {
            guard known.contains(topic.unitID) else {
                diagnostics.append(.error(path, "Chủ đề “\(topic.keyword)”: không có đơn vị “\(topic.unitID)”."))
                continue
            }
            siteTopics.append(topic)
        }
        var lastOfKey: [[UInt8]: Int] = [:]
        for (index, topic) in siteTopics.enumerated() { lastOfKey[AliasMatcher.key(topic.keyword)] = index }
        let topics = BuiltinUnits.topics.filter { lastOfKey[AliasMatcher.key($0.keyword)] == nil }
            + siteTopics.enumerated().filter { lastOfKey[AliasMatcher.key($0.element.keyword)] == $0.offset }.map(\.element)
        return (UnitRegistry(units: units, topics: topics), diagnostics)
    }
}
