/// Renders the site model into output files (in memory; publishing writes them).
struct SiteRenderer {
    var site: SiteModel
    var renderer: PageRenderer
    var templates: TemplateSet

    var context: PageContext {
        PageContext(site: site.config, navigation: [
            .init(label: "Trang chủ", path: "index.html"),
        ], buildDate: site.buildDate)
    }

    func render() -> [OutputFile] {
        let context = self.context
        let conclusions = site.conclusions
        let directory = site.units.directory
        var files: [OutputFile] = parallelMap(Array(conclusions.indices)) { [renderer] index in
            let conclusion = conclusions[index]
            let rows = conclusion.tasks.map { TaskTableView.Row(task: $0, conclusion: conclusion) }
            let table = TaskTableView.make(caption: "Nhiệm vụ trong kết luận này", rows: rows, showSource: false, units: directory)
            let view = BulletinView.make(conclusion,
                                         previous: index + 1 < conclusions.count ? conclusions[index + 1] : nil,
                                         next: index > 0 ? conclusions[index - 1] : nil,
                                         context: context, taskTable: table)
            return OutputFile(path: conclusion.url, text: renderer.render(view, template: "bulletin"))
        }
        files.append(OutputFile(path: "index.html", text: renderer.render(IndexView.make(conclusions, context: context), template: "index")))
        for asset in templates.assets {
            files.append(OutputFile(path: asset.path, text: asset.contents))
        }
        return files.sorted { $0.path < $1.path }
    }
}
