import Foundation

/// A unit name found in a text.
public struct UnitMatch: Hashable, Sendable {
    public var unitID: String
    /// The words as written: "Ban CHQS", "kỳ họp HĐND xã".
    public var mention: String
    /// UTF-8 range of `mention` in the text.
    public var range: Range<Int>
    /// The same range in the text's `FoldedText` bytes, for the role rules.
    var folded: Range<Int> = 0..<0
}

/// Every unit a site knows, with the matcher that finds them in texts.
///
/// Built once per site (the built-in bodies of `BuiltinUnits`, extended by the site's
/// `SiteUnitsConfig`) and then shared by every document: matching a paragraph is one pass over
/// its folded bytes.
public struct UnitRegistry: Sendable {
    /// Built-in units first, then the site's own, in the order given.
    public let units: [Unit]
    public let topics: [TopicRule]
    private let positions: [String: Int]
    private let unitMatcher: AliasMatcher
    private let topicMatcher: AliasMatcher
    /// Every name and alias folded, with the unit's display name, for `nearestName` (folded once
    /// per site, not once per unknown phrase: a site may declare thousands of units).
    private let foldedSpellings: [(key: [UInt8], name: String)]

    /// The built-in units and topics alone.
    public static let standard = UnitRegistry(units: BuiltinUnits.units, topics: BuiltinUnits.topics)

    /// Builds the registry; group members are completed here (see `completingGroups`).
    public init(units: [Unit], topics: [TopicRule]) {
        let units = Self.completingGroups(units)
        self.units = units
        self.topics = topics
        var positions: [String: Int] = [:]
        for (index, unit) in units.enumerated() where positions[unit.id] == nil { positions[unit.id] = index }
        self.positions = positions
        var patterns: [AliasPattern] = []
        for (index, unit) in units.enumerated() {
            for alias in [unit.name] + unit.aliases { patterns.append(AliasPattern(target: index, text: alias)) }
        }
        unitMatcher = AliasMatcher(patterns)
        foldedSpellings = units.flatMap { unit in ([unit.name] + unit.aliases).map { (Array(FoldedText.key($0).utf8), unit.name) } }
        topicMatcher = AliasMatcher(topics.enumerated().map { AliasPattern(target: $0.offset, text: $0.element.keyword) })
    }

    public func unit(_ id: String) -> Unit? { positions[id].map { units[$0] } }

    /// The display name of a unit, or its id when unknown.
    public func name(of id: String) -> String { unit(id)?.name ?? id }

    /// The known unit whose name or alias, folded, is nearest to a phrase that matched none
    /// ("Hội Cựu chiếng binh xã" → "Hội Cựu chiến binh xã"), if near enough to be a typo of it: at
    /// most one letter in six apart. The phrase may stop short of the name ("Trung tâm Phục vụ
    /// hành chánh"), so a name is also compared by its start. Ties go to the unit listed first.
    public func nearestName(to phrase: String) -> String? {
        let key = Array(FoldedText.key(phrase).utf8)
        let limit = max(1, key.count / 6)
        var best: (distance: Int, name: String)?
        for (name, unitName) in foldedSpellings {
            // Only a distance below the best so far (and within the limit) can change the answer,
            // so each comparison is bounded by it.
            let bound = min(limit, (best?.distance ?? limit + 1) - 1)
            // A distance is at least the difference of the lengths: a name that far off cannot be
            // the answer compared whole, and one much shorter not even by its start.
            guard abs(name.count - key.count) <= bound || name.count >= key.count else { continue }
            var start = Array(name.prefix(key.count))
            // A cut inside a kept non-ASCII letter reads as U+FFFD, as text would.
            if start.count < name.count, name[start.count] & 0xC0 == 0x80 { start = Array(String(decoding: start, as: UTF8.self).utf8) }
            // The start is compared with the bound the whole name left (it must do better to count).
            let whole = EditDistance.between(key, name, atMost: bound)
            let byStart = EditDistance.between(key, start, atMost: whole.map { $0 - 1 } ?? bound)
            guard let distance = byStart ?? whole else { continue }
            best = (distance, unitName)
            // An exact spelling: the phrase is a known name, no typo to point out.
            if distance == 0 { return nil }
        }
        guard let best, best.distance > 0, best.distance <= limit else { return nil }
        return best.name
    }

    /// Every unit named in `text`, left to right, longest names first.
    public func matches(in text: String) -> [UnitMatch] {
        matches(in: FoldedText(text), utf8: Array(text.utf8))
    }

    func matches(in folded: FoldedText, utf8: [UInt8]) -> [UnitMatch] {
        namesAndPassingMentions(in: folded, utf8: utf8).names
    }

    /// The units the text names, and the names it only mentions in passing ("Nghị quyết số
    /// 15-NQ/ĐU", "đại biểu HĐND xã", see `MentionContext`): those are no units of the task, but
    /// they are known names, not unknown ones.
    func namesAndPassingMentions(in folded: FoldedText, utf8: [UInt8]) -> (names: [UnitMatch], passing: [UnitMatch]) {
        var result: [UnitMatch] = []
        var passing: [UnitMatch] = []
        for match in unitMatcher.matches(in: folded, utf8: utf8) {
            // A name already taken in by the previous mention's suffix ("… Đảng ủy xã") is not a new one.
            if let last = result.last, match.folded.lowerBound < last.folded.upperBound { continue }
            let unit = units[match.target]
            if MentionContext.isInsideBodyName(nameAt: match.folded.lowerBound, in: folded.bytes) { continue }
            if MentionContext.isPassing(nameAt: match.folded.lowerBound, in: folded.bytes)
                || MentionContext.isEveryLevel(nameEndingAt: match.folded.upperBound, in: folded.bytes)
                    && !MentionContext.isEveryLevelSubject(nameAt: match.folded.lowerBound, in: folded.bytes) {
                passing.append(UnitMatch(unitID: unit.id, mention: "", range: match.original, folded: match.folded))
                continue
            }
            let end = Self.suffixEnd(after: match.folded.upperBound, in: folded.bytes, kind: unit.kind, id: unit.id)
            let range = folded.originalRange(match.folded.lowerBound..<end)
            result.append(UnitMatch(unitID: unit.id, mention: String(decoding: utf8[range], as: UTF8.self), range: range,
                                    folded: match.folded.lowerBound..<end))
        }
        let (names, places) = MentionContext.separatingPlaces(result, in: folded.bytes)
        return (absorbingGroupLeaders(Self.absorbingCellNames(names, folded: folded, utf8: utf8), folded: folded, utf8: utf8),
                passing + places)
    }

    /// "Ủy ban MTTQ xã và các đoàn thể" ("Ủy ban MTTQ xã, các đoàn thể") names one group, the
    /// Front with the mass organisations, not the Front and the group: a body joined to a group by
    /// "và" or "," makes the group that has both as members (the group itself when the body is one
    /// of its members). The catch-all "các ngành / các cơ quan, đơn vị" takes in no one: in
    /// "Đề nghị Mặt trận, các ngành tuyên truyền …" the body named first is addressed by name and
    /// the catch-all stands for the others.
    private func absorbingGroupLeaders(_ matches: [UnitMatch], folded: FoldedText, utf8: [UInt8]) -> [UnitMatch] {
        guard matches.count > 1 else { return matches }
        var result: [UnitMatch] = []
        for match in matches {
            if let member = result.last, match.unitID != BuiltinUnits.allUnits, let group = unit(match.unitID), !group.members.isEmpty,
               [" va ", ", "].contains(where: { folded.bytes[member.folded.upperBound..<match.folded.lowerBound].elementsEqual($0.utf8) }),
               let joined = group.members.contains(member.unitID) ? group
                   : units.first(where: { !Self.computedGroups.contains($0.id) && $0.members.contains(member.unitID)
                       && Set(group.members).isSubset(of: $0.members) }) {
                var spanned = match.spanning(member.folded.lowerBound..<match.folded.upperBound, folded, utf8)
                spanned.unitID = joined.id
                result[result.count - 1] = spanned
                continue
            }
            result.append(match)
        }
        return result
    }

    /// "Chi bộ xóm Trung Hòa", "Chi bộ Trường THCS", "chi bộ Công an xã": a party cell is named
    /// after its hamlet or body, and that name is part of the cell's, not a second unit. Only a
    /// single "chi bộ" takes in the name right after it ("các chi bộ, các xóm" is a list).
    private static func absorbingCellNames(_ matches: [UnitMatch], folded: FoldedText, utf8: [UInt8]) -> [UnitMatch] {
        guard matches.count > 1 else { return matches }
        var result: [UnitMatch] = []
        for match in matches {
            if let cell = result.last, cell.unitID == BuiltinUnits.partyCells,
               folded.bytes[cell.folded].elementsEqual("chi bo".utf8),
               match.folded.lowerBound == cell.folded.upperBound + 1, folded.bytes[cell.folded.upperBound] == 0x20 {
                result[result.count - 1] = cell.spanning(cell.folded.lowerBound..<match.folded.upperBound, folded, utf8)
                continue
            }
            result.append(match)
        }
        return result
    }

    /// Topic keywords in the text, as (unit id, keyword as written, range).
    func topicMatches(in folded: FoldedText, utf8: [UInt8]) -> [UnitMatch] {
        topicMatcher.matches(in: folded, utf8: utf8).map { match in
            UnitMatch(unitID: topics[match.target].unitID,
                      mention: String(decoding: utf8[match.original], as: UTF8.self), range: match.original,
                      folded: match.folded)
        }
    }

    /// Resolves a whole phrase ("UBND xã", "ubnd") to a unit id: by id, or when one alias covers it.
    public func resolve(_ phrase: String) -> String? {
        let trimmed = phrase.trimmingCharacters(in: .whitespacesAndNewlines)
        if positions[trimmed] != nil { return trimmed }
        let folded = FoldedText(trimmed)
        let found = matches(in: folded, utf8: Array(trimmed.utf8))
        guard found.count == 1, found[0].range == 0..<trimmed.utf8.count else { return nil }
        return found[0].unitID
    }

    // MARK: - Building

    /// Names are often followed by the level they belong to: "Văn phòng Đảng ủy xã",
    /// "Ban Xây dựng Đảng Đảng ủy xã". The mention takes those words in.
    private static let suffixes: [(key: [UInt8], partyOnly: Bool)] = [
        (Array(" dang uy xa".utf8), true), (Array(" dang uy".utf8), true),
        (Array(" xa".utf8), false), (Array(" phuong".utf8), false),
    ]

    static func suffixEnd(after end: Int, in bytes: [UInt8], kind: Unit.Kind, id: String) -> Int {
        for suffix in suffixes {
            if suffix.partyOnly && (kind != .party || id == "dang-uy" || id == "dang-bo") { continue }
            let upper = end + suffix.key.count
            guard upper <= bytes.count, bytes[end..<upper].elementsEqual(suffix.key) else { continue }
            if upper < bytes.count, AliasMatcher.isWordByte(bytes[upper]) { continue }
            return upper
        }
        return end
    }

    /// Groups whose members the registry computes: too wide to name two bodies written together.
    static let computedGroups: Set<String> = [BuiltinUnits.partyCells, BuiltinUnits.hamlets, BuiltinUnits.allUnits]

    /// Fills in the members of the built-in groups: every party cell, every hamlet, every unit for
    /// the all-units broadcast (except issuers, upper bodies, cells, hamlets and other groups).
    static func completingGroups(_ units: [Unit]) -> [Unit] {
        let groupIDs: Set<String> = [BuiltinUnits.partyCells, BuiltinUnits.hamlets,
                                     BuiltinUnits.frontAndMassOrganisations, BuiltinUnits.allUnits]
        let groups = Set(units.filter { !$0.members.isEmpty }.map(\.id)).union(groupIDs)
        let plain = units.filter { !groups.contains($0.id) }
        func append(_ ids: [String], to members: [String]) -> [String] {
            members + ids.filter { !members.contains($0) }
        }
        return units.map { unit in
            var unit = unit
            switch unit.id {
            case BuiltinUnits.partyCells:
                unit.members = append(plain.filter { $0.kind == .partyCell }.map(\.id), to: unit.members)
            case BuiltinUnits.hamlets:
                unit.members = append(plain.filter { $0.kind == .hamlet }.map(\.id), to: unit.members)
            case BuiltinUnits.allUnits:
                let kinds: Set<Unit.Kind> = [.party, .government, .frontAndMassOrganisations, .other]
                let ids = plain.filter { kinds.contains($0.kind) && !BuiltinUnits.issuers.contains($0.id) }.map(\.id)
                unit.members = append(ids, to: unit.members)
            default:
                break
            }
            return unit
        }
    }
}

extension UnitMatch {
    /// This match stretched over `span` of the folded text, with its original range and words.
    func spanning(_ span: Range<Int>, _ folded: FoldedText, _ utf8: [UInt8]) -> UnitMatch {
        var match = self
        match.folded = span
        match.range = folded.originalRange(span)
        match.mention = String(decoding: utf8[match.range], as: UTF8.self)
        return match
    }
}
