extension ConclusionMeta {
    /// Front matter wins over what the reader found in the text.
    public mutating func apply(_ matter: FrontMatter) {
        if let v = matter.title { subject = v }
        if let v = matter.date { date = v }
        if let v = matter.meetingDate { meetingDate = v }
        if let v = matter.typeName { typeName = v }
        if let v = matter.number { number = v }
        if let v = matter.issuer { issuer = v }
        if let v = matter.superior { superior = v }
        if let v = matter.place { place = v }
        if let v = matter.chair { chair = v }
        if let v = matter.signer { signer = v }
        if let v = matter.signerTitle { signerTitle = v }
        if let v = matter.signingAuthority { signingAuthority = v }
        if let v = matter.kind { kind = v }
        if meetingDate == nil { meetingDate = date }
    }
}
