import BantinCore
import BantinSite

/// The search page, `tim-kiem.html`, and the files of its offline index (`SearchIndex`).
enum SearchPages: PageFamily {
    static let navigation: [PageContext.NavItem] = [.init(label: "Tìm kiếm", path: SitePaths.search)]

    static func pages(_ context: RenderContext) -> [PageJob] {
        let site = context.site
        let index = site.search
        var jobs = [
            PageJob(SitePaths.search) {
                var view = context.page.view(pagePath: SitePaths.search, title: "Tìm kiếm", kind: "search",
                                             breadcrumbs: [("Tìm kiếm", nil)])
                view["recordCount"] = .number(index.records.count)
                view["scripts"] = [["src": .text(SitePaths.assetsFolder + "search.js")]]
                return context.renderer.render(view, template: "search")
            },
            PageJob(SitePaths.Search.contents) { SearchIndex.contents(index) },
        ]
        for shard in index.wordShards.indices {
            jobs.append(PageJob(SitePaths.Search.words(shard)) { SearchIndex.words(index, shard: shard) })
        }
        for shard in index.recordShardStarts.indices {
            jobs.append(PageJob(SitePaths.Search.records(shard)) { SearchIndex.records(index, shard: shard) })
        }
        for file in index.textFiles {
            let path = SitePaths.Search.text(file.name)
            let fingerprint = context.fingerprint(path) { hasher, inputs in
                for member in file.conclusions { hasher.add(conclusion: site.conclusions[member].id, in: inputs) }
            }
            jobs.append(PageJob(path, fingerprint: fingerprint) { SearchIndex.texts(file, of: site.conclusions) })
        }
        return jobs
    }
}
