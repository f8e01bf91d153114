import BantinCore
import BantinSite

/// `404.html`, for web servers. A server shows it at any address, so its links cannot be relative
/// to its own place: with `base_url` they are absolute; without, they are relative to the site
/// root, which is right whenever the missing page was at the top level.
enum NotFoundPages: PageFamily {
    static func pages(_ context: RenderContext) -> [PageJob] {
        [PageJob(SitePaths.notFound) {
            var view = context.page.view(pagePath: SitePaths.notFound, title: "Không tìm thấy trang", kind: "not-found",
                                         breadcrumbs: [("Không tìm thấy trang", nil)])
            if let base = context.site.baseURL { view["root"] = .text(base) }
            return context.renderer.render(view, template: "404")
        }]
    }
}
