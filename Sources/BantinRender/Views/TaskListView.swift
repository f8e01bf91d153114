import BantinCore
import BantinSite

/// The task pages: `nhiem-vu.html`, the months with their completion counts (and, on a small
/// site, every task in one table the browser filters and sorts), and `nhiem-vu/YYYY-MM.html`,
/// the tasks of one month, over continuation pages when long.
enum TaskListView {
    static let tableID = SitePaths.Anchor.allTasksTable

    static func index(_ site: SiteModel, context: PageContext) -> TemplateObject {
        var view = context.view(pagePath: SitePaths.tasks, title: "Nhiệm vụ", kind: "tasks", breadcrumbs: [("Nhiệm vụ", nil)])
        let total = site.conclusions.reduce(0) { $0 + $1.tasks.count }
        view["heading"] = "Nhiệm vụ"
        view["intro"] = .text("Tất cả \(total) nhiệm vụ trong các thông báo kết luận, theo tháng. Mỗi dòng dẫn đến câu giao nhiệm vụ trong kết luận; bấm tên đơn vị để xem mọi nhiệm vụ của đơn vị đó.")
        view["months"] = .list(site.plan.taskMonths) { month in
            var count = ProgressCount()
            for entry in month.list.items { count.add(entry.task.progress.overall?.status) }
            return ["title": .text(monthTitle(month.key)), "href": .text(month.list.path), "counts": .object(ProgressView.counts(count)),
                    "sheet": month.key == SitePaths.undatedKey ? false : .text(SitePaths.Sheets.month(month.key))]
        }
        view["hasMonths"] = .flag(!site.plan.taskMonths.isEmpty)
        view["hasTasks"] = .flag(total > 0)
        guard site.plan.allTasksOnOnePage else {
            view["hasTable"] = false
            return view
        }
        let rows = site.conclusions.flatMap { conclusion in
            conclusion.tasks.map { TaskTableView.Row(task: $0, conclusionTitle: conclusion.title) }
        }
        return table(view, rows: rows, caption: "Nhiệm vụ của mọi kết luận, kết luận mới nhất trước", site: site, monthFilter: true)
    }

    /// Page `page` (from 0) of a month.
    static func month(_ month: MonthList<TaskEntry>, page: Int, site: SiteModel, context: PageContext) -> TemplateObject {
        let path = month.list.paths[page]
        let title = monthTitle(month.key)
        var view = context.view(pagePath: path, title: "Nhiệm vụ " + title.lowercasedFirst, kind: "tasks",
                                breadcrumbs: [("Nhiệm vụ", SitePaths.tasks), (title, nil)])
        view["heading"] = .text("Nhiệm vụ " + title.lowercasedFirst)
        var count = ProgressCount()
        for entry in month.list.items { count.add(entry.task.progress.overall?.status) }
        view["intro"] = .text(ProgressView.summary(count) + ".")
        let months = site.plan.taskMonths
        let position = months.firstIndex { $0.key == month.key } ?? 0
        view["pager"] = Pager.view(month.list, page: page)
        view["monthNav"] = [
            "previous": position > 0 ? ["href": .text(months[position - 1].list.path), "label": .text(monthTitle(months[position - 1].key))] : false,
            "next": position + 1 < months.count ? ["href": .text(months[position + 1].list.path), "label": .text(monthTitle(months[position + 1].key))] : false,
            "sheet": month.key == SitePaths.undatedKey ? false : .text(SitePaths.Sheets.month(month.key)),
        ]
        view["hasMonths"] = false
        view["hasTasks"] = true
        let rows = month.list.pages[page].map { TaskTableView.Row(task: $0.task, conclusionTitle: $0.conclusionTitle) }
        return table(view, rows: rows, caption: "Nhiệm vụ " + title.lowercasedFirst, site: site, monthFilter: false)
    }

    /// The table, with the unit (and month) filters of the rows it holds.
    static func table(_ view: TemplateObject, rows: [TaskTableView.Row], caption: String, site: SiteModel,
                      monthFilter: Bool) -> TemplateObject {
        var view = view
        var table = TaskTableView.make(caption: caption, rows: rows, showSource: true, units: site.units,
                                       showsProgress: site.hasProgress)
        table["tableID"] = .text(tableID)
        view["tasks"] = .object(table)
        view["tableID"] = .text(tableID)
        view["taskCount"] = .number(rows.count)
        view["hasTable"] = .flag(!rows.isEmpty)
        // Only units and months that some row carries, in the catalog's order and by date.
        var unitIDs: Set<String> = []
        var months: Set<String> = []
        for row in rows {
            unitIDs.formUnion(row.task.reach)
            months.formUnion(row.task.months)
        }
        let known = site.units.all.filter { unitIDs.contains($0.id) }
        let unknown = unitIDs.subtracting(known.map(\.id)).sorted()
        view["unitOptions"] = .list(known.map { ["value": .text($0.id), "label": .text($0.name)] }
            + unknown.map { ["value": .text($0), "label": .text(site.units.names[$0] ?? $0)] })
        view["monthOptions"] = monthFilter ? .list(months.sorted()) { ["value": .text($0), "label": .text(monthTitle($0))] } : []
        view["hasMonthFilter"] = .flag(monthFilter)
        return view
    }

    /// "Tháng 02/2026", or "Không nêu thời hạn" for the undated key.
    static func monthTitle(_ key: String) -> String {
        let parts = key.split(separator: "-")
        guard key != SitePaths.undatedKey, parts.count == 2 else { return "Không nêu thời hạn" }
        return "Tháng \(parts[1])/\(parts[0])"
    }
}

/// The page links of a list over several pages ("Trang 1 2 3"), or `false` for one page.
enum Pager {
    static func view<T>(_ list: PagedList<T>, page: Int) -> TemplateValue {
        guard list.pages.count > 1 else { return false }
        let paths = list.paths
        return [
            "pages": .list(paths.enumerated()) { ["number": .number($0.offset + 1), "href": .text($0.element), "current": .flag($0.offset == page)] },
            "previous": page > 0 ? ["href": .text(paths[page - 1])] : false,
            "next": page + 1 < paths.count ? ["href": .text(paths[page + 1])] : false,
            "label": .text("Trang \(page + 1)/\(paths.count)"),
        ]
    }
}
