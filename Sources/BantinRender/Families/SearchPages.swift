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
        // A shard is fingerprinted by what it holds (hashing it is cheaper than writing it out):
        // an edit changes the postings of the words it adds or removes, not the other shards.
        for shard in index.wordShards.indices {
            let path = SitePaths.Search.words(shard)
            let fingerprint = context.fingerprint(path) { hasher, _ in
                hasher.add(index.records.count)
                for entry in index.wordShards[shard] {
                    hasher.add(entry.word)
                    hasher.add(entry.postings.all)
                    hasher.add(entry.postings.title)
                }
            }
            jobs.append(PageJob(path, fingerprint: fingerprint) { SearchIndex.words(index, shard: shard) })
        }
        for shard in index.recordShardStarts.indices {
            let path = SitePaths.Search.records(shard)
            let fingerprint = context.fingerprint(path) { hasher, _ in
                for record in index.records[index.recordRange(ofShard: shard)] {
                    hasher.add(record.kind.rawValue)
                    hasher.add(record.title)
                    hasher.add(record.url)
                    hasher.add(record.detail)
                    hasher.add(record.textName)
                    hasher.add(record.taskAnchor)
                    hasher.add(record.conclusionID)
                }
            }
            jobs.append(PageJob(path, fingerprint: fingerprint) { SearchIndex.records(index, shard: shard) })
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
