import BantinCore
import BantinSite
import DocumentTree
import Markdown

/// The files of the offline search index (`SiteSearchIndex`), written as scripts, not JSON
/// fetched at run time, so search works from `file://`: each file calls
/// `BANTIN_SEARCH_LOADED(name, data)`, and search.js adds a `<script>` for a file only when a
/// query needs it.
///
///     assets/tim-kiem/muc-luc.js          how many records of each kind, the shard counts
///     assets/tim-kiem/tu-<n>.js           words → record numbers (all text, and titles)
///     assets/tim-kiem/ban-ghi-<n>.js      records: kind, title, address, detail, text file, task, conclusion
///     assets/tim-kiem/van-ban/YYYY-MM.js  the paragraphs and tasks of a month's conclusions, for snippets
enum SearchIndex {
    static func contents(_ index: SiteSearchIndex) -> String {
        header + "BANTIN_SEARCH_LOADED(\"muc-luc\", {\"records\":\(index.records.count),\"units\":\(index.unitCount),"
            + "\"conclusions\":\(index.conclusionCount),\"wordShards\":\(index.wordShards.count),"
            + "\"recordShards\":[" + index.recordShardStarts.map(String.init).joined(separator: ",") + "]});\n"
    }

    static func words(_ index: SiteSearchIndex, shard: Int) -> String {
        var out = header + "BANTIN_SEARCH_LOADED(\"tu-\(shard)\", {\n"
        let words = index.wordShards[shard]
        for (position, entry) in words.enumerated() {
            out += JSONValue.quoted(entry.word) + ":[" + JSONValue.quoted(PostingCode.encode(entry.postings.all, records: index.records.count))
            if !entry.postings.title.isEmpty {
                out += "," + JSONValue.quoted(PostingCode.encode(entry.postings.title, records: index.records.count))
            }
            out += position == words.count - 1 ? "]\n" : "],\n"
        }
        return out + "});\n"
    }

    static func records(_ index: SiteSearchIndex, shard: Int) -> String {
        let range = index.recordRange(ofShard: shard)
        var out = header + "BANTIN_SEARCH_LOADED(\"ban-ghi-\(shard)\", [\n"
        for id in range {
            let record = index.records[id]
            out += "[" + [record.kind.rawValue, record.title, record.url, record.detail, record.textName ?? "", record.taskAnchor ?? "",
                          record.conclusionID ?? ""]
                .map(JSONValue.quoted).joined(separator: ",")
            out += id == range.upperBound - 1 ? "]\n" : "],\n"
        }
        return out + "]);\n"
    }

    /// The texts of a file's conclusions for snippets, by conclusion id: each one's paragraphs
    /// and headings as plain text (cut at about 700 KB, far beyond any real conclusion), and each
    /// task's whole text by its anchor.
    static func texts(_ file: SiteSearchIndex.TextFile, of conclusions: [SiteConclusion]) -> String {
        var out = header + "BANTIN_SEARCH_LOADED(" + JSONValue.quoted(file.name) + ", {\n"
        for (position, index) in file.conclusions.enumerated() {
            let conclusion = conclusions[index]
            out += (position == 0 ? "" : ",\n") + JSONValue.quoted(conclusion.id) + ":"
            text(conclusion, into: &out)
        }
        return out + "});\n"
    }

    private static func text(_ conclusion: SiteConclusion, into out: inout String) {
        var paragraphs: [String] = []
        if let markdown = try? MarkdownDocument(markdown: conclusion.body, options: .init(maximumBytes: .max)) {
            let range = conclusion.document.bodyBlocks
            let blocks = markdown.blocks.indices.contains(range.lowerBound) ? Array(markdown.blocks[range.clamped(to: markdown.blocks.indices)]) : markdown.blocks
            func visit(_ block: DocumentBlock) {
                switch block.kind {
                case .paragraph, .heading: paragraphs.append(TextNormalization.collapseWhitespace(block.plainText))
                case .list, .item, .blockQuote: block.children.forEach(visit)
                default: break
                }
            }
            blocks.forEach(visit)
        }
        out += "{\"p\":["
        var size = 0
        var first = true
        for paragraph in paragraphs where !paragraph.isEmpty {
            size += paragraph.utf8.count
            if size > 700_000 { break }
            out += (first ? "" : ",\n") + JSONValue.quoted(paragraph)
            first = false
        }
        out += "],\n\"t\":{"
        out += conclusion.tasks.map { task in
            let text = TextNormalization.collapseWhitespace(task.text)
            // Cut only a text that may be that long (cutting walks its characters one by one).
            let kept = text.hasFewerCharacters(than: 4001) ? text : String(text.prefix(4000))
            return JSONValue.quoted(SitePaths.Anchor.task(task.item)) + ":" + JSONValue.quoted(kept)
        }.joined(separator: ",\n")
        out += "}}"
    }

    static let header = "/* Chỉ mục tìm kiếm do bantin tạo; không sửa tay. */\n"
}
