import BantinCore
import BantinSite
/// The view model of a bulletin page: the document's header, title, body, recipients and
/// signature (domain.md §1.3–1.5), then its task table.
enum BulletinView {
    static func make(_ conclusion: SiteConclusion, body: String, previous: SiteConclusion?, next: SiteConclusion?, context: PageContext,
                     taskTable: TemplateValue) -> TemplateObject {
        let meta = conclusion.meta
        let site = context.site
        var view = context.view(pagePath: conclusion.page, title: conclusion.title, kind: "bulletin",
                                breadcrumbs: [("Kết luận", SitePaths.home + "#" + SitePaths.Anchor.allConclusions), (conclusion.title, nil)])
        // The document's kind chooses its header: Party (HD36) or state (ND30); a write-up is an
        // article. Without one the site's print profile decides, as before.
        let kind = meta.kind ?? (site.printProfile == .nd30 ? .state : .party)
        let party = kind != .state
        view["article"] = .flag(kind == .article)
        view["kind"] = .text(kind.rawValue)
        view["articleDate"] = .present((meta.meetingDate ?? meta.date).map { "Ngày " + $0.vietnameseNumeric } ?? "")
        var dateLine = ""
        if let date = meta.date {
            let place = meta.place ?? (site.place.isEmpty ? nil : site.place)
            dateLine = (place.map { $0 + ", " } ?? "") + date.vietnameseLong
            if place == nil { dateLine = dateLine.prefix(1).uppercased() + dateLine.dropFirst() }
        }
        view["meta"] = [
            "superior": .present(meta.superior ?? site.superior),
            "issuer": .present(meta.issuer ?? site.issuer),
            "number": .present(meta.number),
            "nationalTitle": party ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "nationalMotto": party ? false : "Độc lập - Tự do - Hạnh phúc",
            "star": .flag(party),
            "dateLine": .present(dateLine),
            "typeName": .present(meta.typeName),
            "subject": .present(meta.subject),
        ]
        view["body"] = .text(body)
        view["recipients"] = .list(recipientLines(conclusion.document.recipients, profile: site.printProfile)) { ["text": .text($0)] }
        view["signature"] = [
            "authority": .present(meta.signingAuthority ?? site.signingAuthority),
            "title": .present(meta.signerTitle ?? site.signerTitle),
            "name": .present(meta.signer ?? site.signer),
        ]
        view["hasRecipients"] = .flag(!conclusion.document.recipients.isEmpty)
        view["tasks"] = taskTable
        view["hasTasks"] = .flag(!conclusion.tasks.isEmpty)
        view["previous"] = previous.map { ["href": .text($0.page), "title": .text($0.title)] } ?? false
        view["next"] = next.map { ["href": .text($0.page), "title": .text($0.title)] } ?? false
        return view
    }

    /// HD36 ends every recipient line with "," and the last with "."; the 2026 rules (HD05) use ";".
    /// Clerks are inconsistent, so the punctuation is normalised to the profile.
    static func recipientLines(_ lines: [String], profile: SiteConfig.PrintProfile) -> [String] {
        let separator = profile == .hd05 || profile == .nd30 ? ";" : ","
        return lines.enumerated().map { index, line in
            let bare = line.trimming(" ,;.")
            return bare + (index == lines.count - 1 ? "." : separator)
        }
    }
}
