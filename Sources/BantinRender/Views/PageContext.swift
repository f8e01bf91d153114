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

    /// The site's part of every page, the same on all of them: made once.
    private let siteView: TemplateValue

    init(site: SiteConfig, navigation: [NavItem], buildDate: CivilDate?) {
        self.site = site
        self.navigation = navigation
        self.buildDate = buildDate
        siteView = [
            "title": .text(site.title), "issuer": .present(site.issuer), "profile": .text(site.printProfile.rawValue),
            "buildDate": .present(buildDate?.vietnameseNumeric),
        ]
    }

    static let atomFeed: TemplateValue = ["type": "application/atom+xml", "title": "Các thông báo kết luận (Atom)", "href": .text(SitePaths.atomFeed)]

    func view(pagePath: String, title: String, kind: String, breadcrumbs: [(String, String?)] = [],
              feeds: [TemplateValue] = []) -> TemplateObject {
        [
            "root": .text(SitePaths.root(of: pagePath)),
            "page": ["title": .text(title), "kind": .text(kind)],
            "site": siteView,
            "nav": .list(navigation) { item in
                ["label": .text(item.label), "href": .text(item.path), "current": .flag(item.path == pagePath)]
            },
            "breadcrumbs": breadcrumbs.isEmpty ? [] : .list([("Trang chủ", SitePaths.home)] + breadcrumbs) { label, href in
                ["label": .text(label), "href": href.map(TemplateValue.text) ?? false]
            },
            "hasBreadcrumbs": .flag(!breadcrumbs.isEmpty),
            "feeds": .list([Self.atomFeed] + feeds),
        ]
    }
}
