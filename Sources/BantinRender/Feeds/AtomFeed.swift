import BantinCore
import BantinSite
/// The Atom feed of conclusions, `feed.xml` (RFC 4287), newest first.
///
/// With `base_url` in bantin.yml every link and id is absolute. Without it the links are relative
/// to `feed.xml` (feed readers resolve them against the feed's own address, RFC 4287 §4.2.7 via
/// xml:base rules), and ids are `urn:bantin:<site>:<path>` names: stable across builds, though not
/// resolvable, which Atom allows (an id is a name, not a link).
enum AtomFeed {
    static let path = SitePaths.atomFeed
    static let maximumEntries = 50

    static func make(_ site: SiteModel) -> String {
        let base = site.baseURL
        func link(_ path: String) -> String { (base ?? "") + path }
        func id(_ path: String) -> String {
            if let base { return base + path }
            return "urn:bantin:" + Slug(site.config.issuer.isEmpty ? site.config.title : site.config.issuer, fallback: "bantin").value
                + ":" + (path.isEmpty ? "trang-chu" : path)
        }
        let conclusions = site.conclusions.prefix(maximumEntries)
        let updated = site.buildDate ?? conclusions.compactMap(\.meta.sortDate).max()
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n"
        xml += "  <title>\(HTML.escape(site.config.title))</title>\n"
        if !site.config.issuer.isEmpty { xml += "  <subtitle>\(HTML.escape(site.config.issuer))</subtitle>\n" }
        xml += "  <id>\(HTML.escape(id("")))</id>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(HTML.escape(link(SitePaths.home)))\"/>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(HTML.escape(link(path)))\"/>\n"
        xml += "  <updated>\(timestamp(updated))</updated>\n"
        xml += "  <author><name>\(HTML.escape(site.config.issuer.isEmpty ? site.config.title : site.config.issuer))</name></author>\n"
        xml += "  <generator>bantin</generator>\n"
        for conclusion in conclusions {
            let meta = conclusion.meta
            var summary = [meta.number.map { "Số " + $0 }, meta.date.map { "ban hành " + $0.vietnameseNumeric }]
                .compactMap { $0 }.joined(separator: ", ")
            if !conclusion.tasks.isEmpty {
                var count = ProgressCount()
                for task in conclusion.tasks { count.add(task.progress.overall?.status) }
                summary += (summary.isEmpty ? "" : "; ") + ProgressView.summary(count)
            }
            xml += "  <entry>\n"
            xml += "    <title>\(HTML.escape(conclusion.title))</title>\n"
            xml += "    <id>\(HTML.escape(id(conclusion.page)))</id>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(HTML.escape(link(conclusion.page)))\"/>\n"
            xml += "    <updated>\(timestamp(meta.date ?? meta.sortDate ?? updated))</updated>\n"
            if !summary.isEmpty { xml += "    <summary>\(HTML.escape(summary))</summary>\n" }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// Midnight in Việt Nam; a site with no dates at all uses the Unix epoch so the feed stays valid.
    static func timestamp(_ date: CivilDate?) -> String {
        (date?.iso ?? "1970-01-01") + "T00:00:00+07:00"
    }
}
