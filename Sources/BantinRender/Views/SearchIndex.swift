import BantinCore
import BantinSite
/// The offline search index, `assets/search-index.js`: a script (not JSON fetched at run time, so
/// search works from `file://`) that sets `window.BANTIN_SEARCH` to one record per unit,
/// conclusion and task. Each record carries its text already folded by `FoldedText`
/// ("Trạm Y tế" → "tram y te"); the browser folds only the query.
enum SearchIndex {
    static let path = SitePaths.searchIndex

    struct Record {
        /// "don-vi", "ket-luan" or "nhiem-vu".
        var kind: String
        var title: String
        /// Page path relative to the site root, with its fragment.
        var url: String
        /// A line under the title: the unit's kind, the conclusion's date, the task's text.
        var detail: String
        /// Everything the record is found by, before folding.
        var searchable: [String]
    }

    static func records(units: [Unit], names: [String: String], conclusions: [SiteConclusion],
                        assignments: [String: [UnitAssignment]]) -> [Record] {
        var records: [Record] = []
        for unit in units {
            let count = assignments[unit.id]?.count ?? 0
            records.append(Record(kind: "don-vi", title: unit.name, url: SitePaths.unit(unit.id),
                                  detail: unit.kind.displayName + (count > 0 ? " · \(count) nhiệm vụ" : ""),
                                  searchable: [unit.name] + unit.aliases))
        }
        for conclusion in conclusions {
            let meta = conclusion.meta
            let date = meta.sortDate?.vietnameseNumeric
            records.append(Record(kind: "ket-luan", title: conclusion.title, url: conclusion.page,
                                  detail: [meta.number.map { "Số " + $0 }, date].compactMap { $0 }.joined(separator: " · "),
                                  searchable: [conclusion.title, meta.typeName ?? "", meta.number ?? "", date ?? "",
                                               meta.periodText ?? ""] + conclusion.document.sections.map(\.title)))
        }
        for conclusion in conclusions {
            for task in conclusion.tasks {
                let label = task.displayLabel
                let unitNames = task.units.map { names[$0.unitID] ?? $0.mention }
                records.append(Record(kind: "nhiem-vu", title: "\(label) — \(conclusion.title)",
                                      url: task.link,
                                      detail: task.summary,
                                      searchable: [task.text] + unitNames + task.deadlines.map(\.text)))
            }
        }
        return records
    }

    /// How many records `records` makes: one per unit, conclusion and task.
    static func recordCount(units: [Unit], conclusions: [SiteConclusion]) -> Int {
        units.count + conclusions.count + conclusions.reduce(0) { $0 + $1.tasks.count }
    }

    /// The script text. Keys are short because the file grows with the site.
    static func script(_ records: [Record]) -> String {
        var out = "/* Chỉ mục tìm kiếm do bantin tạo; không sửa tay. */\nwindow.BANTIN_SEARCH = [\n"
        for (index, record) in records.enumerated() {
            out += "{\"k\":" + jsonString(record.kind)
            out += ",\"t\":" + jsonString(record.title)
            out += ",\"u\":" + jsonString(record.url)
            out += ",\"d\":" + jsonString(record.detail)
            out += ",\"n\":" + jsonString(FoldedText.key(record.title))
            out += ",\"f\":" + jsonString(FoldedText.key(record.searchable.joined(separator: " | ")))
            out += index == records.count - 1 ? "}\n" : "},\n"
        }
        return out + "];\n"
    }

    /// A JavaScript string literal in JSON syntax ("</" and U+2028/U+2029 escaped, see `JSONValue`).
    static func jsonString(_ text: String) -> String { JSONValue.quoted(text) }
}
