import Foundation
import Testing
@testable import BantinKit
@testable import BantinRender

/// Issue 11, point 4: a rebuild does not even render a page whose inputs are the ones the previous
/// build recorded for it (`PageFingerprint`) — and whatever changed, the site is still byte for
/// byte what a build from nothing makes.
@Suite(.serialized) struct PageFingerprintTests {
    static let third = """
        THÔNG BÁO

        Kết luận của Đảng ủy xã về công tác tuyển quân

        Ngày 10 tháng 5 năm 2026, Thường trực Đảng ủy kết luận như sau:

        - Ban Chỉ huy Quân sự xã hoàn thành hồ sơ gọi công dân nhập ngũ trước ngày 15/6/2026.
        - Công an xã phối hợp rà soát độ tuổi thanh niên trong tháng 5/2026.

        """

    /// "trang không phải dựng lại: K/N" of a `--timings` build: K.
    static func unrendered(_ stderr: String) throws -> Int {
        let line = try #require(stderr.split(separator: "\n").first { $0.contains("trang không phải dựng lại") })
        let counts = try #require(line.split(separator: ":").last?.split(separator: "(").first)
        return try #require(Int(counts.split(separator: "/")[0].trimmingCharacters(in: .whitespaces)))
    }

    /// A cached build, then a build from nothing into `fresh/`: the two sites must be the same.
    static func rebuildMatchesAFreshBuild(_ site: TemporarySite, _ change: String,
                                          environment: [String: String] = [:]) throws -> Int {
        let build = try site.run(["build", "--quiet", "--timings"], environment: environment)
        #expect(build.status == 0, "\(change): \(build.stderr)")
        try? FileManager.default.removeItem(at: site.root.appendingPathComponent("fresh"))
        let fresh = try site.run(["build", "--quiet", "--no-cache", "--output", "fresh"], environment: environment)
        #expect(fresh.status == 0, "\(change): \(fresh.stderr)")
        let built = try UnchangedPagesTests.contents(of: site.root.appendingPathComponent("public"))
        let expected = try UnchangedPagesTests.contents(of: site.root.appendingPathComponent("fresh"))
        #expect(built.keys.sorted() == expected.keys.sorted(), "\(change)")
        for (path, bytes) in expected where built[path] != bytes {
            Issue.record("\(change): public/\(path) differs from a build from nothing")
        }
        return try unrendered(build.stderr)
    }

    @Test func everyKindOfChangeGivesWhatABuildFromNothingGives() throws {
        let site = try TemporarySite(["content/y-te.md": UnchangedPagesTests.first, "content/giao-ban.md": UnchangedPagesTests.second])
        defer { site.remove() }
        #expect(try site.run(["build", "--quiet"]).status == 0)

        let unchanged = try Self.rebuildMatchesAFreshBuild(site, "nothing changed")
        #expect(unchanged > 20, "an unchanged site renders only the pages that show everything")

        func edit(_ path: String, _ old: String, _ new: String) throws {
            let text = try site.read(path)
            #expect(text.contains(old), "\(path) holds “\(old)”")
            try site.write(path, Array(text.replacingOccurrences(of: old, with: new).utf8))
        }
        try edit("content/giao-ban.md", "vệ sinh môi trường", "dọn vệ sinh đường làng")
        let oneEdit = try Self.rebuildMatchesAFreshBuild(site, "a task's text edited")
        #expect(oneEdit > 0 && oneEdit < unchanged, "the edited conclusion's pages are rendered, the other's are not")

        // The other bulletin links to this one by its title: it changes too, with no page added.
        try edit("content/giao-ban.md", "Kết luận hội nghị giao ban tháng 4", "Kết luận hội nghị giao ban tháng Tư")
        _ = try Self.rebuildMatchesAFreshBuild(site, "a conclusion's title edited")
        try edit("content/giao-ban.md", "trong tháng 4/2026", "trong tháng 6/2026")
        _ = try Self.rebuildMatchesAFreshBuild(site, "a deadline moved to another month")
        try site.write("content/tuyen-quan.md", Array(Self.third.utf8))
        _ = try Self.rebuildMatchesAFreshBuild(site, "a conclusion added")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/y-te.md"))
        _ = try Self.rebuildMatchesAFreshBuild(site, "a conclusion removed")
        try site.write("units.yml", Array("topics:\n  - keyword: đường làng\n    unit: mttq\n".utf8))
        _ = try Self.rebuildMatchesAFreshBuild(site, "units.yml changed")
        try site.write("bantin.yml", Array("title: \"Bản tin Đảng ủy xã Thử\"\n".utf8))
        _ = try Self.rebuildMatchesAFreshBuild(site, "the site's title changed")
        try site.write("tien-do.csv", Array("Mã nhiệm vụ;Mã đơn vị;Tình trạng;Ngày báo cáo;Ghi chú\r\ngiao-ban-nv-1;;hoàn thành;20/06/2026;\r\n".utf8))
        _ = try Self.rebuildMatchesAFreshBuild(site, "a status file added")
        _ = try Self.rebuildMatchesAFreshBuild(site, "a build date given", environment: ["SOURCE_DATE_EPOCH": "1782000000"])

        // A template of the site's own, then edited: every page made with it changes.
        try FileManager.default.copyItem(at: Package.root.appendingPathComponent("templates"), to: site.root.appendingPathComponent("templates"))
        _ = try Self.rebuildMatchesAFreshBuild(site, "the site's own templates")
        try edit("templates/bulletin.mustache", "{{/main}}", "<p>Bản thử mẫu</p>{{/main}}")
        _ = try Self.rebuildMatchesAFreshBuild(site, "a template edited")
        #expect(try site.read("public/ket-luan/giao-ban.html").contains("Bản thử mẫu"))

        // Without the cache every page is rendered again, and the site is the same.
        try FileManager.default.removeItem(at: DocumentCache.folder(of: SiteLayout(root: site.root)))
        #expect(try Self.rebuildMatchesAFreshBuild(site, "the cache deleted") == 0)
    }

    /// A list row is fingerprinted by its task, not by its whole conclusion: editing one task's
    /// text renders again the pages that show it, and leaves those that show only the
    /// conclusion's other tasks (another unit's page and sheet) as they were.
    @Test func editingOneTaskLeavesThePagesOfTheConclusionsOtherTasksAlone() throws {
        let site = try TemporarySite(["content/tuyen-quan.md": Self.third, "content/y-te.md": UnchangedPagesTests.first])
        defer { site.remove() }
        #expect(try site.run(["build", "--quiet"]).status == 0)
        let records = DocumentCache.folder(of: SiteLayout(root: site.root)).appendingPathComponent(PageRecords.fileName)
        let before = PageRecords.load(records)
        let text = try site.read("content/tuyen-quan.md")
        try site.write("content/tuyen-quan.md", Array(text.replacingOccurrences(of: "hoàn thành hồ sơ", with: "hoàn thiện hồ sơ").utf8))
        _ = try Self.rebuildMatchesAFreshBuild(site, "one task of two edited")
        let after = PageRecords.load(records)
        for page in ["don-vi/cax.html", "don-vi/bchqs.html", "ket-luan/tuyen-quan.html"] {
            #expect(before[page] != nil && after[page] != nil, "\(page) is recorded")
        }
        #expect(before["don-vi/cax.html"]?.fingerprint == after["don-vi/cax.html"]?.fingerprint,
                "Công an xã's page shows only the task that did not change")
        #expect(before["don-vi/bchqs.html"]?.fingerprint != after["don-vi/bchqs.html"]?.fingerprint,
                "Ban CHQS's page shows the edited task")
        #expect(before["ket-luan/tuyen-quan.html"]?.fingerprint != after["ket-luan/tuyen-quan.html"]?.fingerprint,
                "the bulletin shows the conclusion whole")
        #expect(try site.read("public/don-vi/bchqs.html").contains("hoàn thiện hồ sơ"))
    }

    /// The records survive a round trip; a line that is not one is skipped, not trusted.
    @Test func pageRecordsRoundTripAndSkipWhatIsNotARecord() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-records-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(PageRecords.fileName)
        let records = [
            "ket-luan/a b.html": PageRecord(fingerprint: PageFingerprint(high: 1, low: .max), inode: 42, size: 7, modified: 1_700_000_000_123_456_789),
            "index.html": PageRecord(fingerprint: PageFingerprint(high: 0xdead_beef, low: 0), inode: 1, size: 0, modified: 0),
        ]
        PageRecords.store(records, to: url)
        #expect(PageRecords.load(url) == records)
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data((text + "xyz 1 2 3 nua.html\n\(PageFingerprint(high: 2, low: 3)) 1 2\n").utf8).write(to: url)
        #expect(PageRecords.load(url) == records)
        #expect(PageFingerprint("00000000000000010000000000000002") == PageFingerprint(high: 1, low: 2))
        #expect(PageFingerprint("0000000000000001000000000000000") == nil)
    }

    /// The configuration's digest does not depend on the order a set was filled in.
    @Test func stableDescriptionsIgnoreTheOrderOfSets() {
        var one = SiteConfig()
        one.calendar.holidayLists = ["statutory", "lunar"]
        var two = SiteConfig()
        two.calendar.holidayLists = Set(["lunar", "statutory"].reversed())
        #expect(StableDescription.of(one) == StableDescription.of(two))
        two.title = "Khác"
        #expect(StableDescription.of(one) != StableDescription.of(two))
    }
}
