import BantinCore
/// `404.html`, for web servers. A server shows it at any address, so its links cannot be relative
/// to its own place: with `base_url` they are absolute; without, they are relative to the site
/// root, which is right whenever the missing page was at the top level.
enum NotFoundPages: PageFamily {
    static let path = "404.html"

    static func render(_ context: RenderContext) -> [OutputFile] {
        var view = context.page.view(pagePath: path, title: "Không tìm thấy trang", kind: "not-found",
                                     breadcrumbs: [("Không tìm thấy trang", nil)])
        if let base = SiteURL.base(context.site.config) { view["root"] = base }
        return [OutputFile(path: path, text: context.renderer.render(view, template: "404"))]
    }
}
