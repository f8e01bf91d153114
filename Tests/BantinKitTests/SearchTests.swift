import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// The offline search: the index in shards, and the search page in a real browser from file://.
@Suite(.serialized) struct SearchTests {
    static var index: SiteSearchIndex { try! PagesFixture.site().search }

    @Test func recordsAreUnitsThenConclusionsThenTasks() throws {
        let index = Self.index
        #expect(index.unitCount == PagesFixture.units.count)
        #expect(index.conclusionCount == 1)
        #expect(index.records.count == PagesFixture.units.count + 1 + PagesFixture.tasks.count)
        #expect(index.records[..<index.unitCount].allSatisfy { $0.kind == .unit })
        #expect(index.records[index.unitCount].kind == .conclusion)
        #expect(index.records[(index.unitCount + 1)...].allSatisfy { $0.kind == .task })
        let tram = try #require(index.records.firstIndex { $0.title == "Trạm Y tế xã" })
        #expect(index.records[tram].url == "don-vi/tyt.html")
        #expect(index.records.contains { $0.url == "ket-luan/kl-02.html#nv-2" && $0.taskAnchor == "nv-2" && $0.conclusionID == "kl-02" })
    }

    /// Every folded word finds its records, in the shard the browser looks in; a unit's name is
    /// also a title word of the unit.
    @Test func wordsAreFoldedAndInTheirShard() throws {
        let index = Self.index
        func postings(_ word: String) -> SiteSearchIndex.Postings? {
            index.wordShards[SiteSearchIndex.shard(of: word, count: index.wordShards.count)].first { $0.word == word }?.postings
        }
        let tram = try #require(index.records.firstIndex { $0.title == "Trạm Y tế xã" })
        for word in ["tram", "y", "te", "tyt"] {
            #expect(postings(word)?.all.contains(UInt32(tram)) == true, "\(word)")
            #expect(postings(word)?.title.contains(UInt32(tram)) == true, "\(word)")
        }
        #expect(postings("Trạm") == nil, "only folded words")
        #expect(FoldedText.words("Sổ tay đảng viên “điện tử”, 37%") == ["so", "tay", "dang", "vien", "dien", "tu", "37"])
        #expect(FoldedText.words("Uỷ ban") == FoldedText.words("Ủy ban") && FoldedText.words("Ủy ban") == FoldedText.words("Ủy ban".decomposedStringWithCanonicalMapping))
    }

    /// The distinct words come out as a plain set would give them, in first-seen order, however
    /// many there are (the table grows many times over thousands of distinct words).
    @Test func distinctWordsAreThoseOfAPlainSet() {
        let syllables = ["xã", "Đảng", "ủy", "ban", "nhân", "dân", "tổ", "chức", "thôn", "xóm", "2026", "hạn", "Trạm"]
        var text = ""
        for index in 0..<20_000 {
            text += syllables[(index * 31) % syllables.count]
            text += index % 4 == 0 ? "\((index * 7_919) % 5_003) " : (index % 7 == 0 ? ", " : " ")
        }
        var seen: Set<[UInt8]> = []
        var expected: [String] = []
        FoldedText.forEachWord(in: text) { word in
            if seen.insert(word).inserted { expected.append(String(decoding: word, as: UTF8.self)) }
        }
        #expect(expected.count > 3_000)
        #expect(FoldedText.words(text) == expected)
        #expect(FoldedText.words("") == [])
    }

    /// Words are cut from the UTF-8 bytes with ASCII taken without decoding; the result is that of
    /// folding scalar by scalar, for Vietnamese in NFC and NFD, other scripts, emoji and controls.
    @Test(arguments: [
        "Sổ tay đảng viên “điện tử”, 37% — Ủy ban MTTQ xã!",
        "Thôn Đông\tXóm\r\nBắc\u{00A0}khu 3 (tổ 12)",
        "Привет мир, 東京 2026; Ελλάδα",
        "chi bộ 👍🏽 họp; ½ số 𝟙𝟚",
        "\u{200B}ẩn\u{00AD}giữa\u{FEFF}từ",
    ])
    func wordsFromBytesAreThoseOfScalars(_ text: String) {
        func byScalars(_ text: String) -> [String] {
            var words: [String] = []
            var word = ""
            for scalar in text.unicodeScalars {
                switch FoldingTable.fold(scalar) {
                case .drop: continue
                case .space: if !word.isEmpty { words.append(word); word = "" }
                case .ascii(let byte):
                    if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) { word.unicodeScalars.append(Unicode.Scalar(byte)) }
                    else if !word.isEmpty { words.append(word); word = "" }
                case .keep(let lowered):
                    if lowered.properties.isAlphabetic || lowered.properties.numericType != nil { word.unicodeScalars.append(lowered) }
                    else if !word.isEmpty { words.append(word); word = "" }
                }
            }
            if !word.isEmpty { words.append(word) }
            return words
        }
        for form in [text, text.decomposedStringWithCanonicalMapping] {
            var words: [String] = []
            FoldedText.forEachWord(in: form) { words.append(String(decoding: $0, as: UTF8.self)) }
            #expect(words == byScalars(form))
            #expect(!words.isEmpty)
        }
    }

    @Test func postingListsAreGapsOrABitmap() {
        #expect(PostingCode.encode([3, 5, 40], records: 1000) == "3,2,z")
        // A word in nearly every record is a bitmap: six records a character.
        let all = PostingCode.encode(Array(0..<12), records: 12)
        #expect(all == "*//")
        #expect(PostingCode.encode([0, 7], records: 12) == "0,7")
    }

    @Test(arguments: [
        ("a\"b\\c", "\"a\\\"b\\\\c\""),
        ("dòng\nmới", "\"dòng\\nmới\""),
        ("</script>", "\"<\\/script>\""),
        ("\u{2028}\u{1}", "\"\\u2028\\u0001\""),
        ("đoạn \u{2029}", "\"đoạn \\u2029\""),
        // Nothing to escape: the text as it is (a slash not after "<", a dash and an ellipsis,
        // whose UTF-8 also starts E2 80).
        ("(03/02) – trước Tết…", "\"(03/02) – trước Tết…\""),
        ("", "\"\""),
    ])
    func stringsAreSafeJavaScript(text: String, literal: String) {
        #expect(JSONValue.quoted(text) == literal)
    }

    /// The example site in a folder, as a clerk opens it from a shared drive.
    static func siteFolder() throws -> URL {
        try writeTemporaryFolder(try ExampleSite.build().files)
    }

    static func results(_ dom: String) -> Substring {
        guard let start = dom.range(of: "<ol id=\"ket-qua\"") else { return "" }
        return dom[start.lowerBound...]
    }

    @Test func theSearchPageFindsUnitsAndBulletinTextWithoutDiacriticsFromFile() throws {
        let root = try Self.siteFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let page = root.appendingPathComponent("tim-kiem.html").absoluteString
        let tram = Self.results(try Browser.dumpDOM(page + "?q=tram%20y%20te"))
        #expect(tram.contains("Trạm Y tế xã</a>"), "\(tram.prefix(600))")
        #expect(tram.contains("href=\"don-vi/tyt.html\""))
        // The unit comes first.
        #expect(tram.range(of: "Trạm Y tế xã</a>")!.lowerBound < (tram.range(of: "kind-nhiem-vu")?.lowerBound ?? tram.endIndex))

        // Words of the bulletin's text, not of any title: the shortcomings section.
        let app = Self.results(try Browser.dumpDOM(page + "?q=so%20tay%20dang%20vien"))
        #expect(app.contains("href=\"ket-luan/ket-luan-thang-02-2026.html\""), "\(app.prefix(800))")
        #expect(app.contains("<mark>Sổ</mark> <mark>tay</mark> <mark>đảng</mark> <mark>viên</mark>"), "\(app.prefix(1200))")

        // Typed with diacritics in NFD and the other tone placement ("Uỷ"), it still matches.
        let decomposed = "Trạm Y tế".decomposedStringWithCanonicalMapping.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? ""
        #expect(Self.results(try Browser.dumpDOM(page + "?q=" + decomposed)).contains("Trạm Y tế xã</a>"))
        let front = "Uỷ ban MTTQ".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? ""
        #expect(Self.results(try Browser.dumpDOM(page + "?q=" + front)).contains("Ủy ban MTTQ xã</a>"))
        let none = try Browser.dumpDOM(page + "?q=khongcogi")
        #expect(none.contains("Không tìm thấy kết quả nào"))
    }
}
