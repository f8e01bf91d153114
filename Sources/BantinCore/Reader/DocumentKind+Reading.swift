extension DocumentKind {
    /// What a document is, from its header and its text (front matter `kind:` overrides it later):
    /// - a header naming a Party body ("ĐẢNG ỦY XÃ …", number "…-TB/ĐU") → party; a People's
    ///   Committee or Council ("ỦY BAN NHÂN DÂN …", "…/TB-UBND", the national title) → state;
    ///   both → joint;
    /// - running text without such a header is a web notice when it calls itself one ("Thông báo
    ///   …" headline, "UBND xã … thông báo như sau:"), a Party or state document by the body that
    ///   speaks; anything else is a write-up (an article);
    /// - a sectioned conclusion with no header at all is undecided (nil): the site says which.
    static func read(_ document: ConclusionDocument) -> DocumentKind? {
        let meta = document.meta
        let header = [meta.superior, meta.issuer, meta.number].compactMap { $0 }.map(FoldedText.key).joined(separator: " | ")
        let party = header.contains("dang") || ["/du", "/tu", "/hu", "/qu", "/bch", "/btv"].contains { header.contains($0) }
        let state = meta.hasStateMotto || ["uy ban nhan dan", "hoi dong nhan dan", "ubnd", "hdnd"].contains { header.contains($0) }
        switch (party, state) {
        case (true, true): return .joint
        case (true, false): return .party
        case (false, true): return .state
        case (false, false): break
        }
        guard document.isProse else { return nil }
        let subject = FoldedText.key(meta.subject ?? "")
        let typeName = FoldedText.key(meta.typeName ?? "")
        let notices = document.directiveIntroductions.map { FoldedText.key($0.text) }.filter { $0.contains("thong bao") }
        guard typeName == "thong bao" || subject.hasPrefix("thong bao") || !notices.isEmpty else { return .article }
        // The body that gives notice: the words before "thông báo" in the introduction or title.
        let speaker = (notices + [subject]).joined(separator: " | ")
        if ["uy ban nhan dan", "ubnd", "hdnd", "hoi dong nhan dan", "chu tich"].contains(where: speaker.contains) { return .state }
        if ["dang uy", "thuong truc", "ban thuong vu", "dang bo", "chi bo"].contains(where: speaker.contains) { return .party }
        return .state
    }
}
