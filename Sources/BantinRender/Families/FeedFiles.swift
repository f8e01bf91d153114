import BantinCore
import BantinSite

/// The Atom feed of conclusions (the sitemap is made by `SiteRenderer`, from the site's path map).
enum FeedFiles: PageFamily {
    static func pages(_ context: RenderContext) -> [PageJob] {
        [PageJob(SitePaths.atomFeed) { AtomFeed.make(context.site) }]
    }
}
