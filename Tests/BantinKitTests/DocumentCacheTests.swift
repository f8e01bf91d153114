import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
import LunarCalendar

/// The cache of read documents (issue 11, point 4): never changes the output, re-reads only what
/// changed, and shrugs off entries it cannot use.
@Suite struct DocumentCacheTests {
    static let buildDate = CivilDate(year: 2026, month: 12, day: 2)

    /// The example site (bantin.yml, units.yml, content/) with a few generated conclusions beside it.
    static func site() throws -> TemporarySite {
        let site = try TemporarySite()
        for name in ["bantin.yml", "units.yml"] {
            try site.write(name, Array(try Data(contentsOf: Package.root.appendingPathComponent(name))))
        }
        let content = Package.root.appendingPathComponent("content")
        for name in try FileManager.default.contentsOfDirectory(atPath: content.path) {
            try site.write("content/\(name)", Array(try Data(contentsOf: content.appendingPathComponent(name))))
        }
        let generator = Package.root.appendingPathComponent("scripts/gen_corpus.py").path
        let made = try runTool("python3", [generator, "--count", "12", "--out", site.root.appendingPathComponent("content/sinh").path,
                                           "--seed", "3", "--quiet"])
        #expect(made.status == 0, "\(made.error)")
        return site
    }

    static func input(_ site: TemporarySite) throws -> SiteInput {
        var input = try SiteLoader.load(SiteLayout(root: site.root), environment: [:])
        input.buildDate = buildDate
        return input
    }

    static func cache(_ site: TemporarySite, version: String = "test-1") -> DocumentCache {
        DocumentCache(folder: site.root.appendingPathComponent(".bantin-cache"), version: version)
    }

    static func entries(_ site: TemporarySite) throws -> [URL] {
        let folder = site.root.appendingPathComponent(".bantin-cache")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).map { folder.appendingPathComponent($0) }
    }

    @Test func theDigestIsSHA256() {
        func digest(_ text: String) -> String {
            var hash = SHA256()
            hash.update(Array(text.utf8))
            return hash.hexDigest()
        }
        #expect(digest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(digest(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    /// Whole blocks are hashed straight from the buffer, the rest byte by byte: any way of
    /// cutting the input, and a sequence that is not contiguous, give the one digest.
    @Test(arguments: [1, 7, 63, 64, 65, 200])
    func theDigestDoesNotDependOnHowTheInputIsCut(_ piece: Int) {
        let bytes = Array(String(repeating: "Kết luận của Đảng ủy xã. ", count: 40).utf8)
        var whole = SHA256()
        whole.update(bytes)
        var pieces = SHA256()
        for start in stride(from: 0, to: bytes.count, by: piece) { pieces.update(bytes[start..<min(start + piece, bytes.count)]) }
        var lazy = SHA256()
        lazy.update(bytes.lazy.map { $0 })
        let expected = whole.hexDigest()
        #expect(pieces.hexDigest() == expected)
        #expect(lazy.hexDigest() == expected)
    }

    @Test func outputIsTheSameWithoutACacheWithAColdOneAndAWarmOne() throws {
        let site = try Self.site()
        defer { site.remove() }
        let input = try Self.input(site)
        let plain = try SiteBuild.build(input).get()
        let cold = try SiteBuild.build(input, cache: Self.cache(site)).get()
        let warm = try SiteBuild.build(input, cache: Self.cache(site)).get()
        #expect(input.sources.count > 12)
        #expect(cold.cachedDocuments == 0)
        #expect(warm.cachedDocuments == input.sources.count)
        #expect(try Self.entries(site).count == input.sources.count)
        #expect(cold.files == plain.files)
        #expect(warm.files == plain.files)
        #expect(warm.conclusions == plain.conclusions)
        #expect(warm.warnings == plain.warnings)
    }

    @Test func editingOneConclusionRereadsOnlyThatOne() throws {
        let site = try Self.site()
        defer { site.remove() }
        _ = try SiteBuild.build(try Self.input(site), cache: Self.cache(site)).get()
        let edited = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("content/sinh").path).sorted()[0]
        let text = try site.read("content/sinh/\(edited)")
        try site.write("content/sinh/\(edited)", Array((text + "\nBổ sung một đoạn cuối.\n").utf8))
        let input = try Self.input(site)
        let rebuilt = try SiteBuild.build(input, cache: Self.cache(site)).get()
        #expect(rebuilt.cachedDocuments == input.sources.count - 1)
        #expect(rebuilt.files == (try SiteBuild.build(input).get().files))
        // The old entry of the edited file is gone: one entry per file.
        #expect(try Self.entries(site).count == input.sources.count)
    }

    /// A file whose stamp is what the last build recorded is not hashed again: its digest, and so
    /// its key, come from `sources.txt`. Here the bytes behind an unchanged stamp differ, which a
    /// real file cannot do, to show that the recorded digest is the one used; any change of the
    /// stamp hashes the bytes again.
    @Test func aFileWhoseStampIsUnchangedIsNotHashedAgain() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let cache = Self.cache(site)
        let stamp = SiteInput.FileStamp(device: 1, inode: 42, size: 120, modified: 1_000, changed: 2_000)
        func key(_ text: String, stamp: SiteInput.FileStamp?) throws -> String {
            let file = SiteInput.SourceFile(path: "content/tb-01.md", relativePath: "tb-01.md",
                                            bytes: Array("---\ntitle: Kết luận\ndate: 2026-01-05\n---\n\(text)\n".utf8), stamp: stamp)
            let read = try SiteReading.read(SiteInput(sources: [file]), cache: cache).get()
            return try #require(read.documentKeys.values.first)
        }
        let first = try key("Giao UBND xã hoàn thành trước ngày 20/01/2026.", stamp: stamp)
        let recorded = SourceDigests.load(cache.sourceDigests)
        #expect(recorded["content/tb-01.md"]?.stamp == stamp)
        #expect(try key("Giao Công an xã hoàn thành trước ngày 25/01/2026.", stamp: stamp) == first)
        var touched = stamp
        touched.changed += 1
        let edited = try key("Giao Công an xã hoàn thành trước ngày 25/01/2026.", stamp: touched)
        #expect(edited != first)
        #expect(try key("Giao Công an xã hoàn thành trước ngày 25/01/2026.", stamp: nil) == edited)
    }

    /// The loader stamps a file only when it had been still for longer than a file system's time
    /// step before reading began: a file saved just now could be saved again within the same step
    /// and keep its times.
    @Test func onlyASettledFileIsStamped() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("content/tb-01.md", Array("Giao UBND xã thực hiện.\n".utf8))
        let url = site.root.appendingPathComponent("content/tb-01.md")
        let now = DiskReading.now()
        let fresh = try #require(try SiteLoader.source(url, relativePath: "tb-01.md", display: "content/tb-01.md", readAt: now))
        #expect(fresh.stamp == nil)
        let later = try #require(try SiteLoader.source(url, relativePath: "tb-01.md", display: "content/tb-01.md",
                                                       readAt: now + SiteInput.FileStamp.settlingTime + 1_000_000_000))
        let stamp = try #require(later.stamp)
        #expect(stamp.size == Int64("Giao UBND xã thực hiện.\n".utf8.count))
        #expect(stamp.settled(readAt: now + SiteInput.FileStamp.settlingTime + 1_000_000_000))
        #expect(!stamp.settled(readAt: max(stamp.modified, stamp.changed) + SiteInput.FileStamp.settlingTime))
    }

    @Test(arguments: ["", "{", "{\"version\":\"test-1\"}", "\u{0}\u{1}rác"])
    func aCorruptEntryIsReadAgainAndReplaced(_ garbage: String) throws {
        let site = try Self.site()
        defer { site.remove() }
        let input = try Self.input(site)
        _ = try SiteBuild.build(input, cache: Self.cache(site)).get()
        let entries = try Self.entries(site)
        for entry in entries.prefix(3) { try Data(garbage.utf8).write(to: entry) }
        let rebuilt = try SiteBuild.build(input, cache: Self.cache(site)).get()
        #expect(rebuilt.cachedDocuments == input.sources.count - 3)
        #expect(rebuilt.files == (try SiteBuild.build(input).get().files))
        #expect(try SiteBuild.build(input, cache: Self.cache(site)).get().cachedDocuments == input.sources.count)
    }

    @Test func anotherToolVersionIgnoresTheEntries() throws {
        let site = try Self.site()
        defer { site.remove() }
        let input = try Self.input(site)
        _ = try SiteBuild.build(input, cache: Self.cache(site, version: "test-1")).get()
        let other = try SiteBuild.build(input, cache: Self.cache(site, version: "test-2")).get()
        #expect(other.cachedDocuments == 0)
        #expect(other.files == (try SiteBuild.build(input).get().files))
        #expect(try SiteBuild.build(input, cache: Self.cache(site, version: "test-2")).get().cachedDocuments == input.sources.count)
        // An entry copied under another key (a renamed file, a foreign folder) is not taken either.
        let entries = try Self.entries(site)
        let first = try Data(contentsOf: entries[0])
        for entry in entries.dropFirst() { try first.write(to: entry) }
        #expect(try SiteBuild.build(input, cache: Self.cache(site, version: "test-2")).get().cachedDocuments == 1)
    }

    @Test func aCacheThatCannotBeWrittenIsNoCache() throws {
        let site = try Self.site()
        defer { site.remove() }
        let input = try Self.input(site)
        // A folder under a file can never be made, even by root.
        let blocked = DocumentCache(folder: site.root.appendingPathComponent("bantin.yml/cache"), version: "test-1")
        let first = try SiteBuild.build(input, cache: blocked).get()
        let second = try SiteBuild.build(input, cache: blocked).get()
        #expect(second.cachedDocuments == 0)
        #expect(first.files == (try SiteBuild.build(input).get().files))
        #expect(second.files == first.files)
    }

    @Test func theReadingOptionsAndUnitsArePartOfTheKey() throws {
        let site = try Self.site()
        defer { site.remove() }
        var input = try Self.input(site)
        _ = try SiteBuild.build(input, cache: Self.cache(site)).get()
        input.unitsFile?.text += "\n"
        #expect(try SiteBuild.build(input, cache: Self.cache(site)).get().cachedDocuments == 0)
        input.config.rawHTML.toggle()
        #expect(try SiteBuild.build(input, cache: Self.cache(site)).get().cachedDocuments == 0)
    }

    /// Every file under `folder`, by relative path.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func theCommandUsesTheCacheAndAFailedBuildLeavesTheSiteAsItWas() throws {
        let site = try Self.site()
        defer { site.remove() }
        let first = try site.run(["build", "--timings", "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let count = try SiteLoader.load(SiteLayout(root: site.root), environment: [:]).sources.count
        #expect(first.stderr.contains("tài liệu từ bộ đệm: 0/\(count)"), "\(first.stderr)")
        let public1 = try Self.tree(site.root.appendingPathComponent("public"))
        #expect(!public1.isEmpty)

        let again = try site.run(["build", "--timings", "--quiet"])
        #expect(again.stderr.contains("tài liệu từ bộ đệm: \(count)/\(count)"), "\(again.stderr)")
        let bypassed = try site.run(["build", "--timings", "--quiet", "--no-cache"])
        #expect(bypassed.stderr.contains("tài liệu từ bộ đệm: 0/\(count)"), "\(bypassed.stderr)")

        try site.write("content/sinh/hong.md", Array("---\ntitle: \"không đóng\nslug: [b\n---\nTHÔNG BÁO\n".utf8))
        let failed = try site.run(["build", "--timings", "--quiet"])
        #expect(failed.status != 0)
        #expect(try Self.tree(site.root.appendingPathComponent("public")) == public1)
        // The cache lives beside the output, never in it.
        #expect(!public1.keys.contains { $0.contains("bantin-cache") })
    }
}
