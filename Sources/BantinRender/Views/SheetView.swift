import BantinCore
import BantinSite

/// The follow-up sheets for meetings ("Phiếu theo dõi thực hiện nhiệm vụ"): per unit and month,
/// and for the whole commune per month; A4 with the Party header, each task's full text, its
/// deadlines by kind, role, status, a column for progress and the signature lines. And their index.
enum SheetView {
    /// A unit's sheet of a month, page `page`.
    static func unit(_ unit: Unit, month: MonthList<UnitAssignment>, page: Int, site: SiteModel, context: PageContext) -> TemplateObject {
        let title = TaskListView.monthTitle(month.key)
        var view = frame(month.list.paths[page], title: "Phiếu theo dõi \(title.lowercasedFirst) — \(unit.name)",
                         crumbs: [("Đơn vị", SitePaths.units), (unit.name, SitePaths.unit(unit.id)), ("Phiếu \(title.lowercasedFirst)", nil)],
                         site: site, context: context)
        view["sheet"] = [
            "month": .text(title), "unit": .text(unit.name), "isUnit": true,
            "rows": .list(month.list.pages[page].enumerated()) { offset, assignment in
                let task = assignment.task
                let record = task.progress.record(for: unit.id, throughGroup: assignment.group)
                var row = common(task.item, number: offset + 1, record: record, conclusion: assignment.conclusionTitle,
                                 marking: [assignment.namedUnit])
                var role = assignment.role.displayName
                if let group = assignment.group { role += " (giao cho \(site.units.names[group]?.lowercasedFirst ?? group))" }
                if let inference = task.units.first(where: { $0.unitID == assignment.namedUnit }).flatMap(TaskTextView.inference) {
                    role += " — \(inference)"
                }
                row["role"] = .text(role)
                return .object(row)
            },
            "signatures": [["title": "NGƯỜI BÁO CÁO", "hint": "(Ký, ghi rõ họ tên)"],
                           ["title": "XÁC NHẬN CỦA CHI BỘ", "hint": "(Ký, ghi rõ họ tên)"]],
        ]
        view["pager"] = Pager.view(month.list, page: page)
        return view
    }

    /// The commune's sheet of a month, page `page`: every task with all its units.
    static func commune(_ month: MonthList<TaskEntry>, page: Int, site: SiteModel, context: PageContext) -> TemplateObject {
        let title = TaskListView.monthTitle(month.key)
        var view = frame(month.list.paths[page], title: "Phiếu theo dõi \(title.lowercasedFirst) — toàn xã",
                         crumbs: [("Phiếu theo dõi", SitePaths.Sheets.index), (title, nil)], site: site, context: context)
        let config = site.config
        view["sheet"] = [
            "month": .text(title), "unit": false, "isUnit": false,
            "rows": .list(month.list.pages[page].enumerated()) { offset, entry in
                let task = entry.task
                var row = common(task.item, number: offset + 1, record: task.progress.overall, conclusion: entry.conclusionTitle, marking: [])
                row["units"] = .list(site.units.displayed(task.units)) { mention in
                    let record = task.progress.byUnit[mention.id]
                    return ["name": .text(mention.name), "role": .text(mention.role.displayName), "inference": .present(mention.inference),
                            "progress": record.map { ProgressView.status($0) } ?? false]
                }
                row["hasUnits"] = .flag(!task.units.isEmpty)
                return .object(row)
            },
            "signatures": [["title": "NGƯỜI TỔNG HỢP", "hint": "(Ký, ghi rõ họ tên)"],
                           ["title": .text(config.signingAuthority.isEmpty ? "XÁC NHẬN CỦA VĂN PHÒNG ĐẢNG ỦY" : config.signingAuthority),
                            "hint": .text(config.signerTitle.isEmpty ? "(Ký, ghi rõ họ tên)" : config.signerTitle)]],
        ]
        view["pager"] = Pager.view(month.list, page: page)
        return view
    }

    /// The index, `phieu/index.html`: months, newest first, each with the commune's sheet and
    /// the units that have one.
    static func index(_ site: SiteModel, context: PageContext) -> TemplateObject {
        var view = context.view(pagePath: SitePaths.Sheets.index, title: "Phiếu theo dõi thực hiện nhiệm vụ", kind: "sheets",
                                breadcrumbs: [("Phiếu theo dõi", nil)])
        var unitsByMonth: [String: [TemplateValue]] = [:]
        for unit in site.units.all {
            for month in site.plan.unitSheets[unit.id] ?? [] {
                unitsByMonth[month.key, default: []].append(["name": .text(unit.name), "href": .text(month.list.path), "count": .number(month.list.count)])
            }
        }
        view["months"] = .list(site.plan.sheetMonths.reversed()) { month in
            ["title": .text(TaskListView.monthTitle(month.key)), "href": .text(month.list.path), "count": .number(month.list.count),
             "id": .text(SitePaths.Anchor.month(month.key)), "units": .list(unitsByMonth[month.key] ?? [])]
        }
        view["hasMonths"] = .flag(!site.plan.sheetMonths.isEmpty)
        return view
    }

    /// What every sheet has: the page frame and the document header.
    static func frame(_ path: String, title: String, crumbs: [(String, String?)], site: SiteModel, context: PageContext) -> TemplateObject {
        var view = context.view(pagePath: path, title: title, kind: "sheet", breadcrumbs: crumbs)
        let config = site.config
        let party = config.printProfile != .nd30
        view["header"] = [
            "superior": .present(config.superior), "issuer": .present(config.issuer),
            "nationalTitle": party ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "nationalMotto": party ? false : "Độc lập - Tự do - Hạnh phúc",
        ]
        view["choices"] = .list(ProgressStatus.allCases) { ["name": .text($0.displayName), "key": .text($0.rawValue)] }
        view["showsProgress"] = .flag(site.hasProgress)
        return view
    }

    /// A row's text, deadlines by kind and status with the four choices, the recorded one ticked.
    static func common(_ task: TaskItem, number: Int, record: ProgressRecord?, conclusion: String, marking: Set<String>) -> TemplateObject {
        [
            "number": .number(number),
            "parts": .list(TaskTextView.parts(task, marking: marking)),
            "conclusion": .text(conclusion),
            "deadlines": .list(TaskTableView.deadlines(task.deadlines)),
            "due": .text(task.firstDate?.iso ?? ""),
            "status": .text(ProgressView.key(record)),
            "choices": .list(ProgressStatus.allCases) { ["name": .text($0.displayName), "checked": .flag($0 == record?.status)] },
            "note": .present(record.map { record in
                [record.date.map { "(\($0.vietnameseNumeric))" }, record.note.isEmpty ? nil : record.note].compactMap { $0 }.joined(separator: " ")
            }),
        ]
    }
}
