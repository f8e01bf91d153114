import BantinCore
import BantinSite
/// `sitemap.xml` (sitemaps.org 0.9): every HTML page but the 404 page, by absolute address. Only
/// written when bantin.yml gives `base_url`, since a sitemap needs absolute URLs.
enum Sitemap {
    static func make(pages: [String], base: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() where page.hasSuffix(".html") && page != SitePaths.notFound {
            xml += "  <url><loc>\(XMLText.escape(base + page))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
