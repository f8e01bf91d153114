/// "yêu cầu xã Bắc Sơn tập trung đôn đốc …", "đề nghị phường Phúc La …", "giao thị trấn … " (707):
/// a district text that addresses a commune by its name gives the work to the commune's People's
/// Committee, the body that acts for it. Named without a cue ("tại xã Bắc Sơn", "xã Bắc Sơn đạt
/// chuẩn") the commune is a place, and no unit.
enum AddressedCommunes {
    private static let cues = ["yeu cau ", "de nghi ", "giao cho ", "giao "]
    private static let levels = ["xa ", "phuong ", "thi tran "]

    /// Matches for the People's Committee (`unitID`) of every commune addressed by name, apart from
    /// words `known` already names.
    static func matches(in folded: FoldedText, utf8: [UInt8], known: [UnitMatch], unitID: String) -> [UnitMatch] {
        let bytes = folded.bytes
        var found: [UnitMatch] = []
        for start in bytes.indices where start == 0 || !AliasMatcher.isWordByte(bytes[start - 1]) {
            guard let cue = cues.first(where: { bytes[start...].starts(with: $0.utf8) }) else { continue }
            let levelStart = start + cue.utf8.count
            guard let level = levels.first(where: { bytes[levelStart...].starts(with: $0.utf8) }) else { continue }
            // The name: capitalised words right after the level word ("xã Bắc Sơn").
            var end = levelStart + level.utf8.count
            var nameEnd: Int?
            while end < bytes.count, isCapitalised(at: end, folded, utf8) {
                var wordEnd = end
                while wordEnd < bytes.count, AliasMatcher.isWordByte(bytes[wordEnd]) { wordEnd += 1 }
                nameEnd = wordEnd
                guard wordEnd < bytes.count, bytes[wordEnd] == 0x20 else { break }
                end = wordEnd + 1
            }
            guard let nameEnd, !known.contains(where: { $0.folded.overlaps(levelStart..<nameEnd) }) else { continue }
            let range = folded.originalRange(levelStart..<nameEnd)
            found.append(UnitMatch(unitID: unitID, mention: String(decoding: utf8[range], as: UTF8.self), range: range,
                                   folded: levelStart..<nameEnd))
        }
        return found
    }

    private static func isCapitalised(at position: Int, _ folded: FoldedText, _ utf8: [UInt8]) -> Bool {
        guard AliasMatcher.isWordByte(folded.bytes[position]) else { return false }
        var iterator = utf8[folded.origins[position]...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isUppercase
    }
}
