import Yams

/// The site configuration, `bantin.yml` at the site root: who issues the conclusions and how the
/// site is built. Every field is optional; a field left empty is left off the pages.
public struct SiteConfig: Sendable, Hashable {
    public static let fileName = "bantin.yml"

    /// Title of the site, shown in the header of every page.
    public var title = "Bản tin Đảng ủy"
    /// The issuing body in the document header: "ĐẢNG ỦY XÃ XUÂN HƯNG".
    public var issuer = ""
    /// The body directly above it: "ĐẢNG BỘ TỈNH THANH HÓA".
    public var superior = ""
    /// Place name for the date line: "Xuân Hưng" → "Xuân Hưng, ngày … tháng … năm …".
    public var place = ""
    /// Signer used when a conclusion names none.
    public var signer = ""
    public var signerTitle = ""
    public var signingAuthority = ""
    /// Absolute address of the published site ("https://intranet.xa/bantin/"). Only feeds and the
    /// sitemap use it; pages link relatively and work from any folder or sub-path without it.
    public var baseURL = ""
    /// Print layout: `hd36` (Party documents, Hướng dẫn 36-HD/VPTW), `hd05` (HD36 with the 2026
    /// punctuation: "Nơi nhận" items end with ";") or `nd30` (state documents, Nghị định 30/2020).
    public var printProfile: PrintProfile = .hd36
    /// Pass raw HTML written in Markdown through to pages. Off: it is left out with a warning.
    public var rawHTML = false
    /// Largest conclusion file accepted, in KiB.
    public var maxFileKiB = 1024
    /// Calendar options (holidays shown, local events, reminders).
    public var calendar = CalendarOptions()

    public enum PrintProfile: String, CaseIterable, Sendable, Hashable {
        case hd36, hd05, nd30
    }

    public struct CalendarOptions: Sendable, Hashable {
        /// Which built-in lists to show: statutory, anniversary, lunar.
        public var holidayLists: Set<String> = ["statutory", "anniversary", "lunar"]
        /// Dated local events: "15/03/2026 — Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp".
        public var events: [LocalEvent] = []
        /// Reminders in the iCalendar feeds, in days before the deadline (empty: none).
        public var alarmDaysBefore: [Int] = []
        public init() {}
    }

    public struct LocalEvent: Sendable, Hashable {
        public var date: CivilDate
        public var endDate: CivilDate?
        public var title: String
        public init(date: CivilDate, endDate: CivilDate? = nil, title: String) {
            self.date = date
            self.endDate = endDate
            self.title = title
        }
    }

    public init() {}

    /// Reads `bantin.yml`. Unknown keys are warnings (a typo should not pass silently).
    public static func parse(_ yaml: String, path: String) throws(Diagnostic) -> (SiteConfig, [Diagnostic]) {
        let root = try YAMLReading.compose(yaml, path: path)
        var config = SiteConfig()
        var warnings: [Diagnostic] = []
        for (keyNode, value) in try YAMLReading.rootMapping(root, path: path, lineOffset: 0) {
            let key = keyNode.string ?? ""
            func text() throws(Diagnostic) -> String { try YAMLReading.string(value, key: key, path: path, lineOffset: 0) }
            switch key {
            case "title": config.title = try text()
            case "issuer": config.issuer = try text()
            case "superior": config.superior = try text()
            case "place": config.place = try text()
            case "signer": config.signer = try text()
            case "signer_title": config.signerTitle = try text()
            case "signing_authority": config.signingAuthority = try text()
            case "base_url": config.baseURL = try text()
            case "raw_html": config.rawHTML = try YAMLReading.bool(value, key: key, path: path, lineOffset: 0)
            case "max_file_kib": config.maxFileKiB = try YAMLReading.int(value, key: key, path: path, lineOffset: 0)
            case "print_profile":
                let name = try text()
                guard let profile = PrintProfile(rawValue: name.lowercased()) else {
                    throw .error(path, line: YAMLReading.line(value, offset: 0),
                        "print_profile \"\(name)\" không có; chọn một trong: hd36, hd05, nd30")
                }
                config.printProfile = profile
            case "calendar":
                config.calendar = try parseCalendar(value, path: path, warnings: &warnings)
            default:
                warnings.append(.warning(path, line: YAMLReading.line(keyNode, offset: 0), "khóa \"\(key)\" không được dùng"))
            }
        }
        return (config, warnings)
    }

    private static func parseCalendar(_ node: Node, path: String, warnings: inout [Diagnostic]) throws(Diagnostic) -> CalendarOptions {
        var options = CalendarOptions()
        for (keyNode, value) in try YAMLReading.rootMapping(node, path: path, lineOffset: 0) {
            let key = keyNode.string ?? ""
            switch key {
            case "holidays":
                var lists: Set<String> = []
                for item in value.sequence ?? [] {
                    let name = try YAMLReading.string(item, key: key, path: path, lineOffset: 0)
                    guard ["statutory", "anniversary", "lunar"].contains(name) else {
                        throw .error(path, line: YAMLReading.line(item, offset: 0),
                            "danh sách ngày lễ \"\(name)\" không có; chọn trong: statutory, anniversary, lunar")
                    }
                    lists.insert(name)
                }
                options.holidayLists = lists
            case "alarm_days_before":
                options.alarmDaysBefore = try (value.sequence ?? [value]).map { (item) throws(Diagnostic) in
                    try YAMLReading.int(item, key: key, path: path, lineOffset: 0)
                }
            case "events":
                for item in value.sequence ?? [] {
                    let fields = try YAMLReading.rootMapping(item, path: path, lineOffset: 0)
                    guard let dateNode = fields["date"], let titleNode = fields["title"] else {
                        throw .error(path, line: YAMLReading.line(item, offset: 0),
                            "mỗi sự kiện cần \"date\" và \"title\", ví dụ: - {date: 2026-03-15, title: \"Bầu cử\"}")
                    }
                    var event = LocalEvent(
                        date: try YAMLReading.date(dateNode, key: "date", path: path, lineOffset: 0),
                        title: try YAMLReading.string(titleNode, key: "title", path: path, lineOffset: 0))
                    if let end = fields["end_date"] {
                        event.endDate = try YAMLReading.date(end, key: "end_date", path: path, lineOffset: 0)
                    }
                    options.events.append(event)
                }
            default:
                warnings.append(.warning(path, line: YAMLReading.line(keyNode, offset: 0), "khóa \"calendar.\(key)\" không được dùng"))
            }
        }
        return options
    }
}
