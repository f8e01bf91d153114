/// Role names as clerks write them: English raw values ("support") or the Vietnamese words
/// ("phối hợp", "chủ trì"), in any case or spelling of diacritics.
enum RoleName {
    static func role(_ text: String) -> UnitRole? {
        let key = FoldedText.key(text)
        if let role = UnitRole(rawValue: key) { return role }
        let words: [(String, UnitRole)] = [
            ("chu tri", .lead), ("phoi hop", .support), ("tham muu", .advisory), ("theo doi", .monitor),
            ("don doc", .monitor), ("kiem tra", .monitor), ("de nghi", .requested), ("lien quan", .concerned),
        ]
        return words.first { key.hasPrefix($0.0) }?.1
    }
}
