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
            case "base_url": config.baseURL = try baseURL(value, path: path)
            case "raw_html": config.rawHTML = try YAMLReading.bool(value, key: key, path: path, lineOffset: 0)
            case "max_file_kib":
                let kib = try YAMLReading.int(value, key: key, path: path, lineOffset: 0)
                guard SiteConfig.maxFileKiBRange.contains(kib) else {
                    throw .error(path, line: YAMLReading.line(value, offset: 0),
                        "max_file_kib \(kib) không dùng được; đặt một số KiB từ \(SiteConfig.maxFileKiBRange.lowerBound) đến \(SiteConfig.maxFileKiBRange.upperBound) (mặc định 1024, tức 1 MiB)")
                }
                config.maxFileKiB = kib
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

    /// A YAML list, or an error: a single value where a list belongs ("holidays: statutory") used
    /// to be read as an empty list.
    static func list(_ node: Node, key: String, example: String, path: String) throws(Diagnostic) -> Node.Sequence {
        guard let sequence = node.sequence else {
            throw .error(path, line: YAMLReading.line(node, offset: 0), "\"\(key)\" phải là một danh sách, ví dụ: \(example)")
        }
        return sequence
    }

    /// `key:` with nothing after it: the key is left at its default.
    static func isNull(_ node: Node) -> Bool { node.scalar.map { $0.tag == Tag(.null) || ["", "~", "null"].contains($0.string) } ?? false }

    /// `base_url` goes into feeds as it is: an absolute http(s) address with a host, and nothing
    /// that could end a line or a value there (whitespace, control characters, quotes, "<", ">").
    static func baseURL(_ node: Node, path: String) throws(Diagnostic) -> String {
        let text = try YAMLReading.string(node, key: "base_url", path: path, lineOffset: 0)
        guard !text.isEmpty else { return "" }
        let forbidden = text.unicodeScalars.first { scalar in
            scalar.properties.isWhitespace || scalar.properties.generalCategory == .control || "\"<>\\^`{|}".unicodeScalars.contains(scalar)
        }
        let lower = text.lowercased()
        let rest = lower.hasPrefix("https://") ? text.dropFirst(8) : lower.hasPrefix("http://") ? text.dropFirst(7) : nil
        let host = rest?.prefix { $0 != "/" && $0 != "?" && $0 != "#" } ?? ""
        guard forbidden == nil, !host.isEmpty, !host.hasPrefix(":"), !host.contains("@") else {
            let shown = forbidden.map { " (có ký tự \"\(Diagnostic.printable(String($0)))\" không được phép)" } ?? ""
            throw .error(path, line: YAMLReading.line(node, offset: 0),
                "base_url \"\(Diagnostic.printable(text))\" không phải địa chỉ web đầy đủ\(shown); viết dạng \"http://intranet.xa/bantin/\" (http:// hoặc https://, không có khoảng trắng), hoặc để trống")
        }
        return text
    }

    private static func parseCalendar(_ node: Node, path: String, warnings: inout [Diagnostic]) throws(Diagnostic)
        -> SiteConfig.CalendarOptions
    {
        var options = SiteConfig.CalendarOptions()
        for (keyNode, value) in try YAMLReading.rootMapping(node, path: path, lineOffset: 0) {
            let key = keyNode.string ?? ""
            switch key {
            case "holidays":
                guard !isNull(value) else { continue }
                var lists: Set<String> = []
                for item in try list(value, key: "calendar.holidays", example: "[statutory, anniversary, lunar]", path: path) {
                    let name = try YAMLReading.string(item, key: key, path: path, lineOffset: 0)
                    guard ["statutory", "anniversary", "lunar"].contains(name) else {
                        throw .error(path, line: YAMLReading.line(item, offset: 0),
                            "danh sách ngày lễ \"\(name)\" không có; chọn trong: statutory, anniversary, lunar")
                    }
                    lists.insert(name)
                }
                options.holidayLists = lists
            case "alarm_days_before":
                guard !isNull(value) else { continue }
                let items = value.sequence.map { Array($0) } ?? [value]
                options.alarmDaysBefore = try items.map { (item) throws(Diagnostic) in
                    let days = try YAMLReading.int(item, key: key, path: path, lineOffset: 0)
                    guard SiteConfig.CalendarOptions.alarmDays.contains(days) else {
                        throw .error(path, line: YAMLReading.line(item, offset: 0),
                            "calendar.alarm_days_before: \(days) không dùng được; nhắc trước từ 0 đến \(SiteConfig.CalendarOptions.alarmDays.upperBound) ngày, ví dụ [3] hoặc [1, 7]")
                    }
                    return days
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
                guard !isNull(value) else { continue }
                for item in try list(value, key: "calendar.events", example: "\n  - {date: 2026-03-15, title: \"Bầu cử\"}", path: path) {
                    let fields = try YAMLReading.rootMapping(item, path: path, lineOffset: 0)
                    guard let dateNode = fields["date"], let titleNode = fields["title"] else {
                        throw .error(path, line: YAMLReading.line(item, offset: 0),
                            "mỗi sự kiện cần \"date\" và \"title\", ví dụ: - {date: 2026-03-15, title: \"Bầu cử\"}")
                    }
                    for (fieldKey, _) in fields where !["date", "title", "end_date"].contains(fieldKey.string ?? "") {
                        warnings.append(.warning(path, line: YAMLReading.line(fieldKey, offset: 0),
                            "khóa \"\(fieldKey.string ?? "")\" của sự kiện không được dùng; các khóa: date, title, end_date"))
                    }
                    var event = SiteConfig.LocalEvent(
                        date: try YAMLReading.date(dateNode, key: "date", path: path, lineOffset: 0),
                        title: try YAMLReading.string(titleNode, key: "title", path: path, lineOffset: 0))
                    if let end = fields["end_date"] {
                        let endDate = try YAMLReading.date(end, key: "end_date", path: path, lineOffset: 0)
                        guard endDate >= event.date else {
                            throw .error(path, line: YAMLReading.line(end, offset: 0),
                                "end_date \(endDate.iso) trước ngày bắt đầu \(event.date.iso); sửa lại cho end_date không sớm hơn date")
                        }
                        event.endDate = endDate
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
