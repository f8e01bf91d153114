import BantinCore

/// The offline search index as values: one record per unit, conclusion and task, and for every
/// folded word the records that hold it, cut into shards that the search page loads only when a
/// query needs them (script files, so it works from `file://`). A conclusion is found by every
/// word of its text, not only by its title.
///
/// Records are numbered units first, then conclusions, then tasks, so the browser knows a
/// record's kind from its number and can rank hits without loading them. Words are spread over
/// the word shards by a hash of their folded bytes (`shard(of:count:)`, the same in search.js).
public struct SiteSearchIndex: Sendable {
    public enum Kind: String, Sendable {
        case unit = "don-vi"
        case conclusion = "ket-luan"
        case task = "nhiem-vu"
    }

    public struct Record: Sendable {
        public var kind: Kind
        public var title: String
        /// Page path relative to the site root, with its fragment.
        public var url: String
        /// A line under the title: the unit's kind and task count, the conclusion's number and date,
        /// the task's summary.
        public var detail: String
        /// The conclusion whose text gives the snippet (conclusions and tasks).
        public var conclusionID: String?
        /// The name of the text file that holds it (`TextFile.name`).
        public var textName: String?
        /// The task's anchor in that text file ("nv-3").
        public var taskAnchor: String?
    }

    /// What a query word finds: the records whose text has it, and those whose title has it
    /// (ranked first).
    public struct Postings: Sendable {
        public var all: [UInt32] = []
        public var title: [UInt32] = []
    }

    public var records: [Record]
    public var unitCount: Int
    public var conclusionCount: Int
    /// Words and their postings, by word shard; each shard's words in byte order.
    public var wordShards: [[(word: String, postings: Postings)]]
    /// The first record of each record shard.
    public var recordShardStarts: [Int]
    /// The records of record shard `shard`: from its start to the next one's.
    public func recordRange(ofShard shard: Int) -> Range<Int> {
        recordShardStarts[shard]..<(shard + 1 < recordShardStarts.count ? recordShardStarts[shard + 1] : records.count)
    }
    /// The files of the conclusions' texts for snippets, in record order.
    public var textFiles: [TextFile]

    /// The texts of some conclusions of one month (by their date), loaded together: one file per
    /// conclusion would be thousands of small files, whose creation costs the file system more
    /// than their bytes.
    public struct TextFile: Sendable {
        public var name: String
        public var conclusions: [Int]
    }

    /// The text a conclusion's record is found by, and its heading (ranked first).
    static func source(of conclusion: Conclusion) -> (text: String, title: String) {
        let meta = conclusion.meta
        let date = (meta.date ?? meta.meetingDate)?.vietnameseNumeric
        let heading = [conclusion.title, meta.typeName ?? "", meta.number ?? "", date ?? ""].joined(separator: " | ")
        // The Markdown source: its syntax is punctuation, which separates words anyway.
        return (heading + " | " + (meta.periodText ?? "") + " | " + conclusion.body, heading)
    }

    /// - Parameter derived: the words of conclusions worked out before (by conclusion id); the
    ///   others' are worked out here.
    public static func make(_ conclusions: [SiteConclusion], units: SiteUnits, assignments: [String: [UnitAssignment]],
                            derived: [String: ConclusionDerivation] = [:], limits: SiteLimits = .standard) -> SiteSearchIndex {
        let shardBudget = limits.searchShard
        let textFiles = textFiles(conclusions, budget: shardBudget / 2)
        var textName = [String: String]()
        for file in textFiles { for index in file.conclusions { textName[conclusions[index].id] = file.name } }
        var records: [Record] = []
        // The words of each record: (all words, title words), worked out on all cores, or known.
        enum Source { case text(String, title: String), words([String], title: [String]) }
        var sources: [Source] = []
        for unit in units.all {
            let count = assignments[unit.id]?.count ?? 0
            records.append(Record(kind: .unit, title: unit.name, url: SitePaths.unit(unit.id),
                                  detail: unit.kind.displayName + (count > 0 ? " · \(count) nhiệm vụ" : "")))
            let names = ([unit.name] + unit.aliases).joined(separator: " | ")
            sources.append(.text(names, title: names))
        }
        for conclusion in conclusions {
            let meta = conclusion.meta
            let date = (meta.date ?? meta.meetingDate)?.vietnameseNumeric
            records.append(Record(kind: .conclusion, title: conclusion.title, url: conclusion.page,
                                  detail: [meta.number.map { "Số " + $0 }, date].compactMap { $0 }.joined(separator: " · "),
                                  conclusionID: conclusion.id, textName: textName[conclusion.id]))
            if let known = derived[conclusion.id], known.fits(conclusion.source) {
                sources.append(.words(known.searchWords, title: known.titleWords))
            } else {
                let source = source(of: conclusion.source)
                sources.append(.text(source.text, title: source.title))
            }
        }
        for conclusion in conclusions {
            for task in conclusion.tasks {
                records.append(Record(kind: .task, title: "\(task.displayLabel) — \(conclusion.title)", url: task.link,
                                      detail: task.summary, conclusionID: conclusion.id, textName: textName[conclusion.id],
                                      taskAnchor: SitePaths.Anchor.task(task.item)))
                let unitNames = task.units.map { units.name(of: $0.unitID) }
                let text = ([task.text] + unitNames + task.deadlines.map(\.text)).joined(separator: " | ")
                sources.append(.text(text, title: unitNames.joined(separator: " | ")))
            }
        }
        // Words are worked out a slice of records at a time and posted at once, so the words of
        // every record of a large site are never all held together (hundreds of MB at 10,000).
        var postings: [String: Postings] = [:]
        let slice = 4096
        for start in stride(from: 0, to: sources.count, by: slice) {
            let part = Array(sources[start..<min(start + slice, sources.count)])
            let words = parallelMap(part) { source in
                switch source {
                case .text(let text, let title): (FoldedText.words(text), FoldedText.words(title))
                case .words(let words, let title): (words, title)
                }
            }
            for (offset, (all, title)) in words.enumerated() {
                let id = UInt32(start + offset)
                for word in all { postings[word, default: Postings()].all.append(id) }
                for word in title { postings[word, default: Postings()].title.append(id) }
            }
        }
        let sortedWords = postings.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let total = sortedWords.reduce(0) { $0 + PostingCode.estimatedSize(postings[$1]!, records: records.count) + $1.utf8.count }
        var shardCount = 1
        while total / shardCount > shardBudget, shardCount < 4096 { shardCount *= 2 }
        var shards = Array(repeating: [(word: String, postings: Postings)](), count: shardCount)
        for word in sortedWords { shards[shard(of: word, count: shardCount)].append((word, postings[word]!)) }

        let recordPages = Paging.split(Array(records.indices), budget: shardBudget) { index in
            let record = records[index]
            return record.title.utf8.count + record.detail.utf8.count + record.url.utf8.count + 80
        }
        var starts: [Int] = []
        for page in recordPages { if let first = page.first { starts.append(first) } }
        return SiteSearchIndex(records: records, unitCount: units.all.count, conclusionCount: conclusions.count,
                               wordShards: shards, recordShardStarts: starts.isEmpty ? [0] : starts,
                               textFiles: textFiles)
    }

    /// The conclusions by month of their date, each month's cut where its texts go over the
    /// budget (a text is about its body again in paragraphs and task texts). A month's files
    /// change only when that month's conclusions do, so a rebuild rewrites few of them.
    static func textFiles(_ conclusions: [SiteConclusion], budget: Int) -> [TextFile] {
        var months: [String] = []
        var byMonth: [String: [Int]] = [:]
        for (index, conclusion) in conclusions.enumerated() {
            let month = conclusion.issued?.yearMonth ?? SitePaths.undatedKey
            if byMonth[month] == nil { months.append(month) }
            byMonth[month, default: []].append(index)
        }
        return months.flatMap { month in
            Paging.split(byMonth[month]!, budget: budget) { conclusions[$0].body.utf8.count * 2 + 200 }.enumerated().map { part, members in
                TextFile(name: SitePaths.Search.textName(month, part: part + 1), conclusions: members)
            }
        }
    }

    /// FNV-1a over the word's bytes, masked to the shard count (a power of two).
    public static func shard(of word: String, count: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in word.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return Int(hash & UInt32(count - 1))
    }

    /// Every file of the index.
    public var paths: [String] {
        [SitePaths.Search.contents] + wordShards.indices.map(SitePaths.Search.words)
            + recordShardStarts.indices.map(SitePaths.Search.records) + textFiles.map { SitePaths.Search.text($0.name) }
    }
}

/// How a list of record numbers is written in a word shard, as short as the list allows: either
/// the gaps between numbers in base 36, separated by ","; or, for a word in many records, a
/// bitmap of every record in base 64 after a "*" (search.js reads both).
public enum PostingCode {
    public static func encode(_ ids: [UInt32], records: Int) -> String {
        let sparse = gaps(ids)
        let bitmapLength = 1 + (records + 5) / 6
        return sparse.utf8.count <= bitmapLength ? sparse : bitmap(ids, records: records)
    }

    static func estimatedSize(_ postings: SiteSearchIndex.Postings, records: Int) -> Int {
        let bitmap = 1 + (records + 5) / 6
        let sparse = { (ids: [UInt32]) -> Int in
            // Gaps of a list are mostly one or two base-36 digits, and a comma each.
            ids.count * 2 + ids.count / 2
        }
        return min(sparse(postings.all), bitmap) + min(sparse(postings.title), bitmap) + 12
    }

    static func gaps(_ ids: [UInt32]) -> String {
        var previous: UInt32 = 0
        var parts: [String] = []
        parts.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() {
            parts.append(String(index == 0 ? id : id - previous, radix: 36))
            previous = id
        }
        return parts.joined(separator: ",")
    }

    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Six records per character, lowest record in the lowest bit of the first character.
    static func bitmap(_ ids: [UInt32], records: Int) -> String {
        var sextets = Array(repeating: 0, count: (records + 5) / 6)
        for id in ids { sextets[Int(id) / 6] |= 1 << (Int(id) % 6) }
        return "*" + String(decoding: sextets.map { alphabet[$0] }, as: UTF8.self)
    }
}
