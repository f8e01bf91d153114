import BantinCore
/// The Atom feed of conclusions (the sitemap is written by `SiteRenderer`, from every page).
enum FeedFiles: PageFamily {
    static func render(_ context: RenderContext) -> [OutputFile] {
        [OutputFile(path: AtomFeed.path, text: AtomFeed.make(context.site))]
    }
}
