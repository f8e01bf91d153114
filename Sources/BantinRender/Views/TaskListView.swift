import BantinCore
import BantinSite

/// The task pages: `nhiem-vu.html`, the months with their completion counts (and, on a small
/// site, every task in one table the browser filters and sorts), and `nhiem-vu/YYYY-MM.html`,
/// the tasks of one month, over continuation pages when long.
enum TaskListView {
    static let tableID = SitePaths.Anchor.allTasksTable

    static func index(_ site: SiteModel, context: PageContext) -> [String: Any] {
        var view = context.view(pagePath: SitePaths.tasks, title: "Nhiệm vụ", kind: "tasks", breadcrumbs: [("Nhiệm vụ", nil)])
        let total = site.conclusions.reduce(0) { $0 + $1.tasks.count }
        view["heading"] = "Nhiệm vụ"
        view["intro"] = "Tất cả \(total) nhiệm vụ trong các thông báo kết luận, theo tháng. Mỗi dòng dẫn đến câu giao nhiệm vụ trong kết luận; bấm tên đơn vị để xem mọi nhiệm vụ của đơn vị đó."
        view["months"] = site.plan.taskMonths.map { month -> [String: Any] in
            var count = ProgressCount()
            for entry in month.list.items { count.add(entry.task.progress.overall?.status) }
            return ["title": monthTitle(month.key), "href": month.list.path, "counts": ProgressView.counts(count),
                    "sheet": month.key == SitePaths.undatedKey ? false : SitePaths.Sheets.month(month.key)]
        }
        view["hasMonths"] = !site.plan.taskMonths.isEmpty
        view["hasTasks"] = total > 0
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
    static func month(_ month: MonthList<TaskEntry>, page: Int, site: SiteModel, context: PageContext) -> [String: Any] {
        let path = month.list.paths[page]
        let title = monthTitle(month.key)
        var view = context.view(pagePath: path, title: "Nhiệm vụ " + title.lowercasedFirst, kind: "tasks",
                                breadcrumbs: [("Nhiệm vụ", SitePaths.tasks), (title, nil)])
        view["heading"] = "Nhiệm vụ " + title.lowercasedFirst
        var count = ProgressCount()
        for entry in month.list.items { count.add(entry.task.progress.overall?.status) }
        view["intro"] = ProgressView.summary(count) + "."
        let months = site.plan.taskMonths
        let position = months.firstIndex { $0.key == month.key } ?? 0
        view["pager"] = Pager.view(month.list, page: page)
        view["monthNav"] = [
            "previous": position > 0 ? ["href": months[position - 1].list.path, "label": monthTitle(months[position - 1].key)] : false,
            "next": position + 1 < months.count ? ["href": months[position + 1].list.path, "label": monthTitle(months[position + 1].key)] : false,
            "sheet": month.key == SitePaths.undatedKey ? false : SitePaths.Sheets.month(month.key),
        ] as [String: Any]
        view["hasMonths"] = false
        view["hasTasks"] = true
        let rows = month.list.pages[page].map { TaskTableView.Row(task: $0.task, conclusionTitle: $0.conclusionTitle) }
        return table(view, rows: rows, caption: "Nhiệm vụ " + title.lowercasedFirst, site: site, monthFilter: false)
    }

    /// The table, with the unit (and month) filters of the rows it holds.
    static func table(_ view: [String: Any], rows: [TaskTableView.Row], caption: String, site: SiteModel,
                      monthFilter: Bool) -> [String: Any] {
        var view = view
        var table = TaskTableView.make(caption: caption, rows: rows, showSource: true, units: site.units,
                                       showsProgress: site.hasProgress)
        table["tableID"] = tableID
        view["tasks"] = table
        view["tableID"] = tableID
        view["taskCount"] = rows.count
        view["hasTable"] = !rows.isEmpty
        // Only units and months that some row carries, in the catalog's order and by date.
        var unitIDs: Set<String> = []
        var months: Set<String> = []
        for row in rows {
            unitIDs.formUnion(row.task.reach)
            months.formUnion(row.task.months)
        }
        let known = site.units.all.filter { unitIDs.contains($0.id) }
        let unknown = unitIDs.subtracting(known.map(\.id)).sorted()
        view["unitOptions"] = known.map { ["value": $0.id, "label": $0.name] }
            + unknown.map { ["value": $0, "label": site.units.names[$0] ?? $0] }
        view["monthOptions"] = monthFilter ? months.sorted().map { ["value": $0, "label": monthTitle($0)] } : []
        view["hasMonthFilter"] = monthFilter
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
    static func view<T>(_ list: PagedList<T>, page: Int) -> Any {
        guard list.pages.count > 1 else { return false }
        let paths = list.paths
        return [
            "pages": paths.enumerated().map { ["number": $0.offset + 1, "href": $0.element, "current": $0.offset == page] },
            "previous": page > 0 ? ["href": paths[page - 1]] : false,
            "next": page + 1 < paths.count ? ["href": paths[page + 1]] : false,
            "label": "Trang \(page + 1)/\(paths.count)",
        ] as [String: Any]
    }
}
