import BantinCore
import BantinSite

/// Everything a family of pages needs: the site, the templates and the shared page context.
struct RenderContext: Sendable {
    var site: SiteModel
    var renderer: PageRenderer
    var page: PageContext
}

/// One file to make: its path, known before anything is rendered, and how to render it.
struct PageJob: Sendable {
    var path: String
    var render: @Sendable () -> [UInt8]

    init(_ path: String, render: @escaping @Sendable () -> [UInt8]) {
        self.path = path
        self.render = render
    }

    init(_ path: String, text: @escaping @Sendable () -> String) {
        self.init(path) { Array(text().utf8) }
    }
}

/// A kind of page the site has (bulletins, the home page, calendars, unit pages …). Each family
/// lists its own files; `SiteRenderer` only lists the families.
protocol PageFamily {
    /// Entries this family adds to the main navigation (label and page path), in order.
    static var navigation: [PageContext.NavItem] { get }
    static func pages(_ context: RenderContext) -> [PageJob]
}

extension PageFamily {
    static var navigation: [PageContext.NavItem] { [] }
}

/// The render stage: makes every file of the assembled site and hands each one, as soon as it is
/// made, to a sink (the publisher's staging folder, or memory for tests). It never touches a disk.
public struct SiteRenderer: Sendable {
    public var site: SiteModel
    public var renderer: PageRenderer
    public var templates: TemplateSet

    public init(site: SiteModel, renderer: PageRenderer, templates: TemplateSet) {
        self.site = site
        self.renderer = renderer
        self.templates = templates
    }

    /// The page families, in navigation order.
    static var families: [any PageFamily.Type] { [
        HomePages.self,
        BulletinPages.self,
        TaskPages.self,
        CalendarPages.self,
        UnitPages.self,
        SheetPages.self,
        SearchPages.self,
        FeedFiles.self,
        NotFoundPages.self,
    ] }

    static let navigation: [PageContext.NavItem] = families.flatMap { $0.navigation }

    /// Every file of the site, not yet rendered: the pages of each family, the templates' static
    /// files, and the sitemap (from the site's path map, which lists every file).
    func jobs() -> [PageJob] {
        let context = RenderContext(site: site, renderer: renderer,
                                    page: PageContext(site: site.config, navigation: Self.navigation, buildDate: site.buildDate))
        var jobs = Self.families.flatMap { $0.pages(context) }
        for (path, bytes) in templates.assets {
            jobs.append(PageJob(path) { bytes })
        }
        if let base = site.baseURL {
            let pages = site.outputs.paths
            jobs.append(PageJob(SitePaths.sitemap) { Sitemap.make(pages: pages, base: base) })
        }
        return jobs
    }

    /// Renders every file into `sink`, on all cores (one job per file, so both cores stay busy
    /// whatever the size of each page), and returns how many were written and the time spent
    /// rendering and writing. When files cannot be written, the first failure in path order is
    /// thrown once every job has run.
    @discardableResult
    public func render(into sink: some OutputSink) throws(OutputWriteError) -> RenderSummary {
        let jobs = self.jobs()
        let outcomes = parallelMap(jobs) { job -> (OutputWriteError?, StageTimes) in
            var times = StageTimes()
            let contents = times.measure(.render) { job.render() }
            do throws(OutputWriteError) {
                try times.measure(.write) { () throws(OutputWriteError) in try sink.write(OutputFile(path: job.path, contents: contents)) }
                return (nil, times)
            } catch {
                return (error, times)
            }
        }
        if let first = outcomes.compactMap(\.0).min(by: { $0.path < $1.path }) { throw first }
        return RenderSummary(files: jobs.count, times: outcomes.map(\.1).sum())
    }

    /// Every file, rendered in memory and sorted by path.
    public func files() -> [OutputFile] {
        parallelMap(jobs()) { OutputFile(path: $0.path, contents: $0.render()) }.sorted { $0.path < $1.path }
    }
}

/// What rendering a site into a sink did.
public struct RenderSummary: Sendable {
    /// Files written.
    public var files: Int
    /// Time spent rendering and writing, summed over the pages.
    public var times: StageTimes
    /// Files the same as in the previous site, kept (linked) instead of written.
    public var reusedFiles = 0

    public init(files: Int, times: StageTimes = StageTimes()) {
        self.files = files
        self.times = times
    }
}
