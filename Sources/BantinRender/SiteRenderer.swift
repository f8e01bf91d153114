import BantinCore
import BantinSite

/// Everything a family of pages needs: the site, the templates and the shared page context.
struct RenderContext: Sendable {
    var site: SiteModel
    var renderer: PageRenderer
    var page: PageContext
    /// What page fingerprints start from; nil when pages are not fingerprinted.
    var inputs: RenderInputs?
}

/// One file to make: its path, known before anything is rendered, how to render it, and what it
/// is made from (when the family can say, the file is not rendered again while that stays the same).
struct PageJob: Sendable {
    /// Works out the page's fingerprint; run on the rendering thread, since it hashes what the page shows.
    typealias Fingerprint = @Sendable () -> PageFingerprint?

    var path: String
    var fingerprint: Fingerprint?
    var render: @Sendable () -> [UInt8]

    init(_ path: String, fingerprint: Fingerprint? = nil, render: @escaping @Sendable () -> [UInt8]) {
        self.path = path
        self.fingerprint = fingerprint
        self.render = render
    }

    init(_ path: String, fingerprint: Fingerprint? = nil, text: @escaping @Sendable () -> String) {
        self.init(path, fingerprint: fingerprint) { Array(text().utf8) }
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
    /// Given by a build with a cache: pages are fingerprinted, and one whose fingerprint the sink
    /// still holds a file for is not rendered.
    public var inputs: RenderInputs?

    public init(site: SiteModel, renderer: PageRenderer, templates: TemplateSet, inputs: RenderInputs? = nil) {
        self.site = site
        self.renderer = renderer
        self.templates = templates
        self.inputs = inputs
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
                                    page: PageContext(site: site.config, navigation: Self.navigation, buildDate: site.buildDate),
                                    inputs: inputs)
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
        // Fingerprints first, a run of neighbouring pages at a time: the pages of one list share
        // its digest (`SharedDigest`), and two threads taking neighbours one by one had one wait
        // for the other to hash the list.
        let runs = stride(from: 0, to: jobs.count, by: 32).map { $0..<min($0 + 32, jobs.count) }
        let fingerprints = parallelMap(runs) { run in run.map { jobs[$0].fingerprint?() } }.flatMap { $0 }
        let outcomes = parallelMap(Array(jobs.indices)) { index -> (error: OutputWriteError?, times: StageTimes, kept: Bool) in
            let job = jobs[index]
            var times = StageTimes()
            let fingerprint = fingerprints[index]
            if let fingerprint, times.measure(.write, { sink.keep(job.path, fingerprint: fingerprint) }) {
                return (nil, times, true)
            }
            let contents = times.measure(.render) { job.render() }
            do throws(OutputWriteError) {
                try times.measure(.write) { () throws(OutputWriteError) in
                    try sink.write(OutputFile(path: job.path, contents: contents, fingerprint: fingerprint))
                }
                return (nil, times, false)
            } catch {
                return (error, times, false)
            }
        }
        if let first = outcomes.compactMap(\.error).min(by: { $0.path < $1.path }) { throw first }
        var summary = RenderSummary(files: jobs.count, times: outcomes.map(\.times).sum())
        summary.unrenderedFiles = outcomes.count(where: \.kept)
        return summary
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
    /// Of those, the files not even rendered: their fingerprint was the previous build's.
    public var unrenderedFiles = 0

    public init(files: Int, times: StageTimes = StageTimes()) {
        self.files = files
        self.times = times
    }
}
