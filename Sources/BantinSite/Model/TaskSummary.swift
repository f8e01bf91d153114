import BantinCore

extension SiteTask {
    /// The task's text without its label, cut to a readable length at a word boundary.
    public static func summary(of text: String) -> String {
        // Only the opening of a long text can show: collapse at most what 260 characters need.
        let opening = text.utf8.count > 2400 ? String(text.unicodeScalars.prefix(1200)) : text
        var body = TextNormalization.collapseWhitespace(opening)
        if let comma = body.prefix(14).firstIndex(of: ","), VietnameseOrdinal.label(in: body) != nil {
            body = String(body[body.index(after: comma)...]).trimming(" ")
            body = body.prefix(1).uppercased() + body.dropFirst()
        }
        // A character is at least one byte: a short text needs no counting of characters.
        guard body.utf8.count > 260, body.prefix(261).count > 260 else { return body }
        let cut = body.prefix(260)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
    }
}
