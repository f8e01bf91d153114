import BantinFuzzing
import Foundation
import Testing
@testable import BantinKit

/// Where bantin writes (issue 13, points 3 and 6): safety decided on resolved paths, existing or
/// not; the previous site at `public/` at every instant; leftovers of killed builds cleaned.
@Suite(.serialized) struct PublishSafetyTests {
    static let good = "THÔNG BÁO\n\nKết luận thử\n\nSáng ngày 05 tháng 3 năm 2026, hội nghị.\n"

    /// A site whose build takes long enough to be killed in the middle: the seed under `count` slugs.
    static func largerSite(_ count: Int) throws -> TemporarySite {
        let seed = try String(contentsOf: Package.root.appendingPathComponent("content/ket-luan-thang-02-2026.md"), encoding: .utf8)
        var files: [String: String] = [:]
        for index in 0..<count {
            files["content/kl-\(index).md"] = seed.replacingOccurrences(of: "slug: ket-luan-thang-02-2026", with: "slug: kl-\(index)")
        }
        return try TemporarySite(files)
    }

    func leftovers(_ site: TemporarySite) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains(".bantin-") && $0 != DocumentCache.folderName }.sorted()
    }

    // Point 3: `--output LINK/content/out`, LINK a link to the site and `out` not there yet,
    // used to write the whole site into content/out.
    @Test(arguments: ["content", "templates"])
    func outputThroughALinkToTheSiteIsRefused(_ folder: String) throws {
        let site = try TemporarySite(["content/a.md": Self.good, "templates/.keep": ""])
        defer { site.remove() }
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-link-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let link = elsewhere.appendingPathComponent("LINK")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: site.root)

        let result = try site.run(["build", "--output", link.path + "/\(folder)/out"])
        #expect(result.status == 1, "exit \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("từ chối ghi đầu ra vào"), "\(result.stderr)")
        #expect(!site.exists("\(folder)/out"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent(folder).path)
            .allSatisfy { !$0.contains("bantin") && $0 != "out" })
        // Through `..` after the link, too.
        let climbing = try site.run(["build", "--output", link.path + "/public/../\(folder)/x/y"])
        #expect(climbing.status == 1 && !site.exists("\(folder)/x"), "\(climbing.stderr)")
    }

    @Test func outputThroughADanglingLinkIsRefused() throws {
        let site = try TemporarySite(["content/a.md": Self.good])
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("public").path,
                                                   withDestinationPath: site.root.appendingPathComponent("content/gen").path)
        let result = try site.run(["build"])
        #expect(result.status == 1, "exit \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("liên kết hỏng"), "\(result.stderr)")
        #expect(!site.exists("content/gen"))
    }

    @Test func resolvedPathsOfMissingFolders() throws {
        let base = try PhysicalPath.resolve(FileManager.default.temporaryDirectory.path)
        #expect(try PhysicalPath.resolve(base + "/a/b/../c/./d") == base + "/a/c/d")
        #expect(try PhysicalPath.resolve("/") == "/")
        #expect(PhysicalPath.isInside(base + "/a", base) && !PhysicalPath.isInside(base + "x", base))
    }

    // Point 6: a leftover of a killed build (13 of 26 kills left one, 31–145 MB) is removed by the
    // next build, whatever PID named it; as PID 1 it used to make every later build fail.
    @Test func leftoversOfKilledBuildsAreRemoved() throws {
        let site = try TemporarySite(["content/a.md": Self.good])
        defer { site.remove() }
        #expect(try site.run(["build"]).status == 0)
        for name in [".public.bantin-old-1", ".public.bantin-staging-1", ".public.bantin-staging-4f3a9c0d1e2b3a4f"] {
            try site.write("\(name)/\(OutputPublisher.markerName)", [])
            try site.write("\(name)/ket-luan/a.html", Array("cũ".utf8))
        }
        // The earlier scheme wrote its staging folder's marker last.
        try site.write(".public.bantin-staging-77/index.html", Array("dở".utf8))
        // A deletion cut short by a kill, the marker already gone: the trash name says it is bantin's.
        try site.write(".public.bantin-trash-0123456789abcdef/lich/2026-03.html", Array("dở".utf8))
        // Not bantin's: no marker, not empty, not its naming.
        try site.write(".public.bantin-old-notes/ghi-chu.txt", Array("của người dùng".utf8))

        let result = try site.run(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try leftovers(site) == [".public.bantin-old-notes"])
        #expect(site.exists("public/ket-luan/a.html"))
    }

    // Point 6: the fallback swap (two renames) cut short between them leaves no public/; the
    // next build puts the old site back before anything else.
    @Test func aSwapCutShortIsRepaired() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-swap-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let retired = parent + "/.public.bantin-old-0123456789abcdef"
        try FileManager.default.createDirectory(atPath: retired, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: retired + "/" + OutputPublisher.markerName))
        try Data("trang cũ".utf8).write(to: URL(fileURLWithPath: retired + "/index.html"))

        PublishFolders(parent: parent, outputName: "public").recoverAndClean()
        #expect(try String(contentsOfFile: parent + "/public/index.html", encoding: .utf8) == "trang cũ")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["public"])
    }

    @Test func theExchangeSwapsTwoFolders() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-swap-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: parent) }
        for name in ["a", "b"] {
            try FileManager.default.createDirectory(atPath: parent + "/" + name, withIntermediateDirectories: true)
            try Data(name.utf8).write(to: URL(fileURLWithPath: parent + "/\(name)/x"))
        }
        #if os(Linux)
        guard case .exchanged = PublishFolders.exchange(parent + "/a", parent + "/b") else {
            Issue.record("renameat2(RENAME_EXCHANGE) failed on \(parent)")
            return
        }
        #expect(try String(contentsOfFile: parent + "/a/x", encoding: .utf8) == "b")
        #expect(try String(contentsOfFile: parent + "/b/x", encoding: .utf8) == "a")
        #endif
    }

    // Point 6: 26 kills mid-build used to leave leftovers and, between the two renames, no public/.
    // Now public/ is a whole site after every kill, and the next build leaves nothing behind.
    @Test func killsMidBuildLeaveTheSiteWholeAndNothingBehind() throws {
        let site = try Self.largerSite(12)
        defer { site.remove() }
        let clock = ContinuousClock()
        var duration = Duration.zero
        duration = clock.measure { _ = try? site.run(["build", "--quiet"]) }
        #expect(site.exists("public/index.html"))
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<12 {
            let process = Process()
            process.executableURL = Package.executable
            process.arguments = ["build", "--quiet"]
            process.currentDirectoryURL = site.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let fraction = Double(generator.next() % 1000) / 1000
            Thread.sleep(forTimeInterval: max(0.01, duration / .seconds(1) * fraction))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(site.exists("public/index.html") && site.exists("public/\(OutputPublisher.markerName)"))
        }
        let last = try site.run(["build", "--quiet"])
        #expect(last.status == 0, "\(last.stderr)")
        #expect(try leftovers(site) == [])
    }

    // The previous site is reachable at every instant: a reader polling public/ while builds
    // replace it never finds it missing.
    @Test func theSiteIsThereAtEveryInstant() throws {
        let site = try Self.largerSite(4)
        defer { site.remove() }
        #expect(try site.run(["build", "--quiet"]).status == 0)
        let index = site.root.appendingPathComponent("public/index.html").path
        let done = Flag()
        let misses = Counter()
        let poller = Thread {
            while !done.isSet {
                if access(index, F_OK) != 0 { misses.increment() }
            }
        }
        poller.start()
        for _ in 0..<4 { _ = try site.run(["build", "--quiet"]) }
        done.set()
        Thread.sleep(forTimeInterval: 0.05)
        #expect(misses.value == 0)
    }
}

final class Flag: Sendable {
    private let lock = NSLock()
    nonisolated(unsafe) private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

final class Counter: Sendable {
    private let lock = NSLock()
    nonisolated(unsafe) private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
