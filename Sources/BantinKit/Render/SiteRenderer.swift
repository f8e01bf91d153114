import BantinCore
/// Everything a family of pages needs: the site, the templates and the shared page context.
struct RenderContext {
    var site: SiteModel
    var renderer: PageRenderer
    var page: PageContext
}

/// A kind of page the site has (bulletins, the home page, calendars, unit pages …). Each family
/// renders its own files; `SiteRenderer` only lists the families.
protocol PageFamily {
    /// Entries this family adds to the main navigation (label and page path), in order.
    static var navigation: [PageContext.NavItem] { get }
    static func render(_ context: RenderContext) -> [OutputFile]
}

extension PageFamily {
    static var navigation: [PageContext.NavItem] { [] }
}

/// Renders the site model into output files (in memory; publishing writes them).
struct SiteRenderer {
    var site: SiteModel
    var renderer: PageRenderer
    var templates: TemplateSet

    /// The page families, in navigation order.
    static let families: [any PageFamily.Type] = [
        HomePages.self,
        BulletinPages.self,
        TaskPages.self,
        CalendarPages.self,
        UnitPages.self,
        SearchPages.self,
        FeedFiles.self,
        NotFoundPages.self,
    ]

    func render() -> [OutputFile] {
        let navigation = Self.families.flatMap { $0.navigation }
        let context = RenderContext(site: site, renderer: renderer,
                                    page: PageContext(site: site.config, navigation: navigation, buildDate: site.buildDate))
        // Families are independent: render them side by side (each also spreads its own pages).
        let families = Self.families.map { FamilyBox(family: $0) }
        var files = parallelMap(families) { $0.family.render(context) }.flatMap { $0 }
        for asset in templates.assets {
            files.append(OutputFile(path: asset.path, text: asset.contents))
        }
        if let base = SiteURL.base(site.config) {
            files.append(OutputFile(path: Sitemap.path, text: Sitemap.make(pages: files.map(\.path), base: base)))
        }
        return files.sorted { $0.path < $1.path }
    }
}

/// The home page.
enum HomePages: PageFamily {
    static let navigation: [PageContext.NavItem] = [.init(label: "Trang chủ", path: "index.html")]

    static func render(_ context: RenderContext) -> [OutputFile] {
        // The other sections of the site, from the navigation (tasks, calendars, units, search).
        let links = context.page.navigation.filter { $0.path != "index.html" }.map { ["label": $0.label, "href": $0.path] }
        let view = IndexView.make(context.site.conclusions, context: context.page, units: context.site.units.directory, links: links)
        return [OutputFile(path: "index.html", text: context.renderer.render(view, template: "index"))]
    }
}

/// One page per conclusion, laid out like the printed notice.
enum BulletinPages: PageFamily {
    static func render(_ context: RenderContext) -> [OutputFile] {
        let conclusions = context.site.conclusions
        let directory = context.site.units.directory
        let renderer = context.renderer
        let page = context.page
        return parallelMap(Array(conclusions.indices)) { index in
            let conclusion = conclusions[index]
            let rows = conclusion.tasks.map { TaskTableView.Row(task: $0, conclusion: conclusion) }
            let table = TaskTableView.make(caption: "Nhiệm vụ trong kết luận này", rows: rows, showSource: false, units: directory)
            let view = BulletinView.make(conclusion,
                                         previous: index + 1 < conclusions.count ? conclusions[index + 1] : nil,
                                         next: index > 0 ? conclusions[index - 1] : nil,
                                         context: page, taskTable: table)
            return OutputFile(path: conclusion.url, text: renderer.render(view, template: "bulletin"))
        }
    }
}

/// A page family type, to hand to `parallelMap` (metatypes of a protocol are not `Sendable`).
private struct FamilyBox: @unchecked Sendable {
    let family: any PageFamily.Type
}
