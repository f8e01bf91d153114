import BantinCore
import Yams

/// Reads `bantin.yml` into `SiteConfig` values.
enum SiteConfigParser {
    /// Reads `bantin.yml`. Unknown keys are warnings (a typo should not pass silently).
    static func parse(_ yaml: String, path: String) throws(Diagnostic) -> (SiteConfig, [Diagnostic]) {
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
                guard let profile = SiteConfig.PrintProfile(rawValue: name.lowercased()) else {
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

    private static func parseCalendar(_ node: Node, path: String, warnings: inout [Diagnostic]) throws(Diagnostic)
        -> SiteConfig.CalendarOptions
    {
        var options = SiteConfig.CalendarOptions()
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
            case "days_off":
                for item in value.sequence ?? [] {
                    let fields = try YAMLReading.rootMapping(item, path: path, lineOffset: 0)
                    guard let dateNode = fields["date"] else {
                        throw .error(path, line: YAMLReading.line(item, offset: 0),
                            "mỗi mục ngày nghỉ cần \"date\", ví dụ: - {date: 2027-02-05, end_date: 2027-02-09, title: \"Nghỉ Tết Nguyên đán\"}")
                    }
                    var day = SiteConfig.LocalEvent(date: try YAMLReading.date(dateNode, key: "date", path: path, lineOffset: 0),
                        title: try fields["title"].map { (node) throws(Diagnostic) in try YAMLReading.string(node, key: "title", path: path, lineOffset: 0) } ?? "")
                    if let end = fields["end_date"] {
                        day.endDate = try YAMLReading.date(end, key: "end_date", path: path, lineOffset: 0)
                        if day.endDate! < day.date || day.endDate!.julianDayNumber - day.date.julianDayNumber > 31 {
                            throw .error(path, line: YAMLReading.line(end, offset: 0),
                                "\"end_date\" phải từ \"date\" trở đi và cách không quá 31 ngày (một đợt nghỉ)")
                        }
                    }
                    options.daysOff.append(day)
                }
            case "events":
                for item in value.sequence ?? [] {
                    let fields = try YAMLReading.rootMapping(item, path: path, lineOffset: 0)
                    guard let dateNode = fields["date"], let titleNode = fields["title"] else {
                        throw .error(path, line: YAMLReading.line(item, offset: 0),
                            "mỗi sự kiện cần \"date\" và \"title\", ví dụ: - {date: 2026-03-15, title: \"Bầu cử\"}")
                    }
                    var event = SiteConfig.LocalEvent(
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
