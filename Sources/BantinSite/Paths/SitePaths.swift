import BantinCore

/// Every output path of the site, every link between its pages and every anchor id one page
/// links to in another: the one place they are spelled. Paths are relative to the site root and
/// "/"-separated; the address scheme is stable, so bookmarks and calendar subscriptions keep
/// working:
///
///     index.html                            home page
///     ket-luan/<conclusion id>.html         a bulletin
///     nhiem-vu.html                         the tasks: months with counts (and every task, on a small site)
///     nhiem-vu/YYYY-MM.html                 the tasks of a month; nhiem-vu/khong-han.html: undated ones
///     don-vi/index.html, don-vi/<id>.html   units by kind; a unit's page (its latest year of tasks)
///     don-vi/<id>/YYYY.html                 a unit's tasks of one year
///     don-vi/chua-ro.html                   tasks that name no unit, for the office to assign
///     phieu/index.html                      meeting sheets by month
///     phieu/YYYY-MM.html                    the commune's follow-up sheet of a month
///     phieu/<unit id>/YYYY-MM.html          a unit's follow-up sheet of a month
///     tim-kiem.html, assets/tim-kiem/…      search and its offline index, in shards
///     assets/viec/<unit id>/YYYY-MM.js      a unit's tasks of months from this one, for "Đơn vị của tôi"
///     feed.xml, sitemap.xml, 404.html       Atom feed, sitemap (with base_url), for web servers
///     lich/index.html                       year overview of the whole site's calendar
///     lich/YYYY-MM.html                     month page of the whole site
///     lich/bantin.ics                       iCalendar feed of the whole site
///     lich/don-vi/<unit id>/index.html      a unit's year overview (every unit has one)
///     lich/don-vi/<unit id>/YYYY-MM.html    a unit's month page
///     lich/don-vi-<unit id>.ics             a unit's feed
///     assets/…                              static files of the templates, as they are
///
/// A list too long for one page (at most about half a MiB) goes on over continuation pages:
/// `nhiem-vu/2026-02.html`, then `nhiem-vu/2026-02-2.html`, `nhiem-vu/2026-02-3.html` … (see
/// `continuation`); the first page keeps the address.
///
/// Links in pages are always relative (`link(from:to:)`), so the site works from a shared folder
/// over `file://` and from any sub-path of a web server.
public enum SitePaths {
    public static let home = "index.html"
    public static let tasks = "nhiem-vu.html"
    public static let units = "don-vi/index.html"
    public static let search = "tim-kiem.html"
    public static let unassigned = "don-vi/chua-ro.html"
    public static let atomFeed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let notFound = "404.html"
    /// Static files of the templates are copied under this folder.
    public static let assetsFolder = "assets/"

    /// A conclusion's bulletin page.
    public static func conclusion(_ id: String) -> String { "ket-luan/\(id).html" }

    /// A unit's page.
    public static func unit(_ id: String) -> String { "don-vi/\(id).html" }

    /// A unit's tasks of one year ("2026", or `undatedKey`).
    public static func unitYear(_ id: String, _ year: String) -> String { "don-vi/\(id)/\(year).html" }

    /// The conclusions of one year of issue ("2026", or `undatedKey`), on a site too large for the
    /// home page to list them all.
    public static func conclusionYear(_ year: String) -> String { "luu-tru/\(year).html" }

    /// The key of undated tasks where months or years would be: "khong-han" (không hạn).
    public static let undatedKey = "khong-han"

    /// The tasks of a month ("YYYY-MM", or `undatedKey`).
    public static func taskMonth(_ key: String) -> String { "nhiem-vu/\(key).html" }

    /// Page `number` (from 1) of a list that starts at `path`: "a/b.html" for 1, "a/b-2.html" for 2.
    public static func continuation(_ path: String, page number: Int) -> String {
        guard number > 1, path.hasSuffix(".html") else { return path }
        return String(path.dropLast(5)) + "-\(number).html"
    }

    /// The follow-up sheets for meetings (phiếu theo dõi thực hiện nhiệm vụ).
    public enum Sheets {
        public static let index = "phieu/index.html"
        /// The commune's sheet of a month: every task of the month with all its units.
        public static func month(_ yearMonth: String) -> String { "phieu/\(yearMonth).html" }
        /// One unit's sheet of a month.
        public static func unitMonth(_ unitID: String, _ yearMonth: String) -> String { "phieu/\(unitID)/\(yearMonth).html" }
    }

    /// The offline search index: a small table of contents, word shards and record shards, and
    /// the conclusions' texts for the snippets, a month's conclusions (by their date) to a file;
    /// all scripts, so search works from `file://`.
    public enum Search {
        public static let contents = "assets/tim-kiem/muc-luc.js"
        public static func words(_ shard: Int) -> String { "assets/tim-kiem/tu-\(shard).js" }
        public static func records(_ shard: Int) -> String { "assets/tim-kiem/ban-ghi-\(shard).js" }
        /// The name a text file is loaded by: "van-ban/YYYY-MM", then "van-ban/YYYY-MM-2" … when a
        /// month's texts go over the budget ("van-ban/khong-han" for undated conclusions).
        public static func textName(_ yearMonth: String, part: Int) -> String {
            part > 1 ? "van-ban/\(yearMonth)-\(part)" : "van-ban/\(yearMonth)"
        }
        public static func text(_ name: String) -> String { "assets/tim-kiem/\(name).js" }
    }

    /// A unit's tasks of the months from `yearMonth` on (as many as fit one file) as a script, for
    /// the home page's "Đơn vị của tôi".
    public static func unitMonthData(_ unitID: String, _ yearMonth: String) -> String { "assets/viec/\(unitID)/\(yearMonth).js" }

    /// The deadline calendars.
    public enum Calendar {
        public static let overview = "lich/index.html"
        public static let siteFeed = "lich/bantin.ics"

        /// A month page of the whole site; `yearMonth` is "YYYY-MM".
        public static func month(_ yearMonth: String) -> String { "lich/\(yearMonth).html" }

        /// The calendar page of a unit, for its unit page to link to.
        public static func unitOverview(_ unitID: String) -> String { "lich/don-vi/\(unitID)/index.html" }

        public static func unitMonth(_ unitID: String, _ yearMonth: String) -> String { "lich/don-vi/\(unitID)/\(yearMonth).html" }

        /// The iCalendar feed of a unit, for its unit page to link to.
        public static func unitFeed(_ unitID: String) -> String { "lich/don-vi-\(unitID).ics" }
    }

    /// `../` once per folder between `page` and the site root.
    public static func root(of page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }

    /// The link from `page` to `target` (both relative to the site root).
    public static func link(from page: String, to target: String) -> String { root(of: page) + target }

    /// A task in its bulletin, relative to the site root: "ket-luan/<id>.html#nv-8".
    public static func task(_ task: TaskItem, in conclusionID: String) -> String {
        conclusion(conclusionID) + "#" + Anchor.task(task)
    }

    /// The ids of elements that links point at.
    public enum Anchor {
        /// A task's anchor in its bulletin page: "nv-1" (task ids are "<conclusion id>-nv-<n>").
        public static func task(_ task: TaskItem) -> String {
            let id = Array(task.id.utf8)
            let marker = Array("-nv-".utf8)
            guard id.count >= marker.count,
                  let start = stride(from: id.count - marker.count, through: 0, by: -1)
                      .first(where: { id[$0..<$0 + marker.count].elementsEqual(marker) })
            else { return task.id }
            return "nv-" + String(decoding: id[(start + marker.count)...], as: UTF8.self)
        }

        /// The first place a task's text names a unit ("nv-8-mttq"), where the unit's page links
        /// to; nil when the unit is not written in the text (implied, or from a table column).
        public static func mention(of unitID: String, in task: TaskItem) -> String? {
            guard task.blockPath != nil, task.units.contains(where: { $0.unitID == unitID && $0.range != nil }) else { return nil }
            return mentionID(of: unitID, in: task)
        }

        /// The id the bulletin gives the first mention of a unit in a task.
        public static func mentionID(of unitID: String, in task: TaskItem) -> String { Self.task(task) + "-" + unitID }

        /// The list of every conclusion on the home page.
        public static let allConclusions = "tat-ca"
        /// Sections by year and month ("YYYY-MM", or a word for undated ones).
        public static func year(_ year: String) -> String { "nam-" + Slug(year).value }
        public static func month(_ key: String) -> String { "thang-" + key }
        /// The agenda under a calendar month's grid (the template appends "-theo-ngay" to the month's id).
        public static func agenda(_ yearMonth: String) -> String { month(yearMonth) + "-theo-ngay" }
        /// A kind of unit on the units page.
        public static func unitKind(_ kind: Unit.Kind) -> String { "loai-" + kind.rawValue }
        /// The table of every task on the task page.
        public static let allTasksTable = "bang-tat-ca-nhiem-vu"
    }
}

extension SitePaths {
    /// The site's absolute address, from `base_url`, always ending in "/"; nil when not configured.
    /// Only the feeds and the sitemap use it.
    public static func absoluteBase(_ config: SiteConfig) -> String? {
        let trimmed = config.baseURL.trimming(" ")
        guard !trimmed.isEmpty else { return nil }
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }
}
