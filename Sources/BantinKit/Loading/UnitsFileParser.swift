import BantinCore
import Yams

/// Reads a site's units file (format: `SiteUnitsConfig`) into values.
enum UnitsFileParser {
    /// Reads the YAML; `path` is only used in messages.
    static func parse(_ yaml: String, path: String) -> (SiteUnitsConfig, [Diagnostic]) {
        var config = SiteUnitsConfig()
        var diagnostics: [Diagnostic] = []
        let root: Node?
        do {
            // Through YAMLReading, so a syntax error is at its line and column, on one line.
            root = try YAMLReading.compose(yaml, path: path)
        } catch {
            return (config, [error])
        }
        guard let root else { return (config, []) }
        guard let mapping = root.mapping else {
            return (config, [.error(path, line: root.mark?.line, "Tệp đơn vị phải có dạng `units: [...]`, `topics: [...]`.")])
        }
        for (key, _) in mapping where key.string != "units" && key.string != "topics" {
            diagnostics.append(.error(path, line: key.mark?.line, "Khóa “\(key.string ?? "")” không dùng được; chỉ có `units` và `topics`."))
        }
        if let units = mapping["units"] {
            guard let entries = units.sequence else {
                diagnostics.append(.error(path, line: units.mark?.line, "`units` phải là một danh sách."))
                return (config, diagnostics)
            }
            for entry in entries {
                switch parseUnit(entry) {
                case .success(let parsed):
                    if config.lines[parsed.unit.id] != nil {
                        diagnostics.append(.error(path, line: entry.mark?.line, "Mã đơn vị “\(parsed.unit.id)” bị khai báo hai lần."))
                        continue
                    }
                    config.units.append(parsed.unit)
                    config.memberships[parsed.unit.id] = parsed.memberOf
                    config.lines[parsed.unit.id] = entry.mark?.line
                case .failure(let message):
                    diagnostics.append(.error(path, line: message.line ?? entry.mark?.line, message.text))
                }
            }
        }
        if let topics = mapping["topics"] {
            for entry in topics.sequence.map(Array.init) ?? [topics] {
                guard let keyword = entry["keyword"]?.string, !keyword.isEmpty,
                      let unit = entry["unit"]?.string, !unit.isEmpty else {
                    diagnostics.append(.error(path, line: entry.mark?.line, "Mỗi chủ đề cần `keyword` và `unit`."))
                    continue
                }
                config.topics.append(TopicRule(keyword: TextNormalization.normalize(keyword), unitID: unit))
            }
        }
        return (config, diagnostics)
    }

    private struct Message: Error {
        var line: Int?
        var text: String
    }

    private static func parseUnit(_ entry: Node) -> Result<(unit: Unit, memberOf: [String]), Message> {
        guard entry.mapping != nil else { return .failure(Message(text: "Mỗi đơn vị phải là một mục có `id`, `name`, …")) }
        guard let id = entry["id"]?.string, !id.isEmpty else {
            return .failure(Message(text: "Đơn vị thiếu `id`."))
        }
        guard Slug(id).value == id else {
            return .failure(Message(line: entry["id"]?.mark?.line,
                                    text: "Mã đơn vị “\(id)” không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu “-” (ví dụ “\(Slug(id).value)”)."))
        }
        let builtin = BuiltinUnits.units.first { $0.id == id }
        let name = entry["name"]?.string.map(TextNormalization.normalize) ?? builtin?.name
        guard let name, !name.isEmpty else {
            return .failure(Message(text: "Đơn vị “\(id)” thiếu `name` (tên đầy đủ)."))
        }
        var kind = builtin?.kind ?? .other
        if let kindNode = entry["kind"] {
            let text = kindNode.string ?? ""
            guard let parsed = Unit.Kind(rawValue: text) ?? Unit.Kind.allCases.first(where: { "\($0)" == text }) else {
                let allowed = Unit.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(Message(line: kindNode.mark?.line, text: "Loại đơn vị “\(text)” không hợp lệ; dùng một trong: \(allowed)."))
            }
            kind = parsed
        }
        guard let aliases = stringList(entry["aliases"]) else {
            return .failure(Message(line: entry["aliases"]?.mark?.line, text: "`aliases` của “\(id)” phải là danh sách chuỗi."))
        }
        guard let memberOf = stringList(entry["member_of"]) else {
            return .failure(Message(line: entry["member_of"]?.mark?.line, text: "`member_of` của “\(id)” phải là danh sách mã đơn vị."))
        }
        let unit = Unit(id: id, name: name, kind: kind, aliases: aliases.map(TextNormalization.normalize),
                        members: stringList(entry["members"]) ?? [])
        return .success((unit, memberOf))
    }

    /// A list of strings, a single string, or nothing (empty); nil when malformed.
    private static func stringList(_ node: Node?) -> [String]? {
        guard let node else { return [] }
        if let string = node.scalar?.string { return string.isEmpty ? [] : [string] }
        guard let sequence = node.sequence else { return nil }
        let strings = sequence.compactMap(\.scalar?.string)
        return strings.count == sequence.count ? strings : nil
    }
}
