import BantinCore
import BantinSite
/// What every page's view model carries: the way back to the site root, the site header and
/// navigation. Links in pages are always relative (`root` + path), so the site works from a shared
/// folder over `file://` and from any sub-path of a web server.
struct PageContext: Sendable {
    struct NavItem: Sendable {
        var label: String
        var path: String
    }

    var site: SiteConfig
    var navigation: [NavItem]
    /// "DD/MM/YYYY" when SOURCE_DATE_EPOCH gave a build date; pages carry no date otherwise.
    var buildDate: CivilDate?

    func view(pagePath: String, title: String, kind: String, breadcrumbs: [(String, String?)] = []) -> [String: Any] {
        [
            "root": SitePaths.root(of: pagePath),
            "page": ["title": title, "kind": kind],
            "site": [
                "title": site.title, "issuer": present(site.issuer), "profile": site.printProfile.rawValue,
                "buildDate": present(buildDate?.vietnameseNumeric),
            ] as [String: Any],
            "nav": navigation.map { item -> [String: Any] in
                ["label": item.label, "href": item.path, "current": item.path == pagePath]
            },
            "breadcrumbs": breadcrumbs.isEmpty ? [] : ([("Trang chủ", SitePaths.home)] + breadcrumbs).map { label, href -> [String: Any] in
                ["label": label, "href": href ?? false]
            },
            "hasBreadcrumbs": !breadcrumbs.isEmpty,
            "feeds": [["type": "application/atom+xml", "title": "Các thông báo kết luận (Atom)", "href": SitePaths.atomFeed]],
        ]
    }
}

/// A value for a Mustache section: the text, or `false` when there is none. (An empty string
/// would still open a `{{#section}}`.)
func present(_ text: String?) -> Any {
    guard let text, !text.isEmpty else { return false }
    return text
}
