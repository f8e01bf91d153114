import Foundation

/// Reads the unit column of a `nhiem-vu` row: "UBND xã (chủ trì); Công an xã, Đoàn Thanh niên".
///
/// Entries are separated by ";" (or "," when a part is not one unit name as a whole); a role may
/// follow in parentheses or after ":" ("ubnd:lead"). Unmarked entries are `lead` when no entry is
/// marked chủ trì, otherwise `support`: "X (chủ trì); Y" reads as Y phối hợp.
struct ExplicitUnitsParser {
    let registry: UnitRegistry

    struct Entry: Equatable {
        var unitID: String
        var role: UnitRole?
        var written: String
    }

    /// The resolved entries and the parts no unit matched.
    func parse(_ column: String) -> (units: [(unitID: String, role: UnitRole, written: String)], unknown: [String]) {
        var entries: [Entry] = []
        var unknown: [String] = []
        for part in column.split(separator: ";") {
            let part = part.trimmingCharacters(in: .whitespaces)
            guard !part.isEmpty else { continue }
            if let entry = entry(part) {
                entries.append(entry)
                continue
            }
            for piece in part.split(separator: ",") {
                let piece = piece.trimmingCharacters(in: .whitespaces)
                guard !piece.isEmpty else { continue }
                if let entry = entry(piece) { entries.append(entry) } else { unknown.append(piece) }
            }
        }
        let hasLead = entries.contains { $0.role == .lead }
        var seen: Set<String> = []
        let units = entries.compactMap { entry -> (String, UnitRole, String)? in
            guard seen.insert(entry.unitID).inserted else { return nil }
            return (entry.unitID, entry.role ?? (hasLead ? .support : .lead), entry.written)
        }
        return (units, unknown)
    }

    /// "UBND xã (chủ trì)", "ubnd:lead", "Công an xã".
    private func entry(_ text: String) -> Entry? {
        var name = text
        var role: UnitRole?
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
            let inner = name[name.index(after: open)..<name.index(before: name.endIndex)]
            guard let parsed = RoleName.role(String(inner)) else { return nil }
            role = parsed
            name = String(name[..<open]).trimmingCharacters(in: .whitespaces)
        } else if let colon = name.lastIndex(of: ":"), let parsed = RoleName.role(String(name[name.index(after: colon)...])) {
            role = parsed
            name = String(name[..<colon]).trimmingCharacters(in: .whitespaces)
        }
        guard let id = registry.resolve(name) else { return nil }
        return Entry(unitID: id, role: role, written: name)
    }
}
