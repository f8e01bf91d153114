import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// Inputs crafted to crash or stall bantin (issue 13). What used to crash runs the real `bantin`
/// executable, so that a crash shows as a signal in the exit status instead of killing the runner:
/// each must end with exit status 1 and a message naming the file.
@Suite(.serialized) struct HostileInputTests {
    static let opening = "THÔNG BÁO\n\nKết luận thử\n\nSáng ngày 05 tháng 3 năm 2026, hội nghị.\n\n"

    func build(_ files: [String: String], arguments: [String] = ["build"]) throws -> (status: Int32, stdout: String, stderr: String) {
        let site = try TemporarySite(files)
        defer { site.remove() }
        return try site.run(arguments)
    }

    // Point 1: SIGSEGV from recursion over 25,000 nested quotes.
    @Test func deeplyNestedQuotesAreAnErrorAtTheirLine() throws {
        let body = Self.opening + String(repeating: "> ", count: 25_000) + "Một là, làm việc.\n"
        let result = try build(["content/a.md": body])
        #expect(result.status == 1, "exit \(result.status): \(result.stderr.prefix(300))")
        #expect(result.stderr.contains("content/a.md:7: error:"), "\(result.stderr.prefix(300))")
        #expect(result.stderr.contains("lồng quá sâu"))
    }

    // Point 1: the same with 12,000 nested list items.
    @Test func deeplyNestedListsAreAnError() throws {
        let body = Self.opening + String(repeating: "- ", count: 12_000) + "việc\n"
        let result = try build(["content/a.md": body])
        #expect(result.status == 1, "exit \(result.status): \(result.stderr.prefix(300))")
        #expect(result.stderr.contains("content/a.md:7: error:") && result.stderr.contains("lồng quá sâu"),
                "\(result.stderr.prefix(300))")
    }

    // Point 1: `bantin tasks` reads the same way.
    @Test func deeplyNestedEmphasisInTasksIsAnError() throws {
        let body = Self.opening + String(repeating: "*a ", count: 20_000) + String(repeating: "a*", count: 20_000) + "\n"
        let result = try build(["content/a.md": body], arguments: ["tasks", "--format", "json"])
        #expect(result.status == 1, "exit \(result.status): \(result.stderr.prefix(300))")
        #expect(result.stderr.contains("lồng quá sâu"), "\(result.stderr.prefix(300))")
    }

    // Point 1: SIGILL from the overflow of `max_file_kib * 1024`.
    @Test func hugeMaximumFileSizeIsAConfigurationError() throws {
        let result = try build(["bantin.yml": "title: Thử\nmax_file_kib: 9007199254740992\n", "content/a.md": Self.opening])
        #expect(result.status == 1, "exit \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("bantin.yml:2:") && result.stderr.contains("max_file_kib"), "\(result.stderr)")
    }

    @Test(arguments: ["0", "-1", "-9223372036854775808"])
    func maximumFileSizeMustBePositive(_ value: String) throws {
        let result = try build(["bantin.yml": "max_file_kib: \(value)\n", "content/a.md": Self.opening])
        #expect(result.status == 1, "exit \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("bantin.yml:1:") && result.stderr.contains("max_file_kib"), "\(result.stderr)")
    }

    @Test func derivedSizesSaturate() {
        var config = SiteConfig()
        config.maxFileKiB = .max
        #expect(config.maxFileBytes == (1 << 30))
        #expect(Int.max.saturatingMultiplied(by: 16) == .max)
        #expect(Int.min.saturatingMultiplied(by: 16) == .min)
        #expect((-3).saturatingMultiplied(by: 4) == -12)
    }

    // Point 2: "a" then 100,000 "_" took 45 s (`trimming` dropped one character at a time, each
    // drop recounting the string). A generous bound for a debug build on a busy machine: the
    // quadratic version took over 30 s for 40,000.
    @Test(arguments: [String(repeating: "_", count: 100_000), String(repeating: "* _ ", count: 25_000)])
    func trimmingIsLinear(_ run: String) {
        let clock = ContinuousClock()
        var results: [String] = []
        let elapsed = clock.measure {
            results = [("a" + run).trimming("*_ "), (run + "a").trimming("*_ "), (run + "a" + run).trimming("*_ ")]
        }
        #expect(results == ["a", "a", "a"])
        #expect(elapsed < .seconds(5), "trimming took \(elapsed)")
        #expect(run.trimming("*_ ") == "")
    }

    // Point 2 through the whole reading of a file (page-break repair, Markdown, the reader).
    @Test(arguments: ["a" + String(repeating: "_", count: 100_000), "a\n\n" + String(repeating: "_\n\n", count: 30_000),
                      "Một là, a" + String(repeating: "_", count: 100_000), String(repeating: "x ", count: 100_000)])
    func readingHugeRunsIsLinear(_ tail: String) throws {
        let file = SiteInput.SourceFile(path: "content/a.md", relativePath: "a.md", bytes: Array((Self.opening + tail + "\n").utf8), format: .markdown)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let result = DocumentReading.read(file, options: .init(maximumBytes: 4 << 20), registry: .standard)
            #expect((try? result.get()) != nil)
        }
        #expect(elapsed < .seconds(20), "reading took \(elapsed)")
    }
}

/// Point 8: each declared unit added about 12 ms to a build (4,000 units → 48 s): the registry
/// merge looked every unit up by a search through the list, and the units page sorted with a
/// collation key made inside the comparison. Time is measured by `scripts/bench-units.sh`; this
/// checks that the linear merge still means what the quadratic one did, at that scale.
@Suite struct ManyUnitsTests {
    @Test func thousandsOfUnitsMergeWithTheirGroupsAndCollisions() throws {
        let count = 3_000
        var yaml = "units:\n  - id: to-cong-tac\n    name: \"Các tổ công tác\"\n    kind: khac\n"
        for index in 0..<count {
            yaml += "  - id: u-\(index)\n    name: \"Tổ công tác số \(index)\"\n    kind: \(index % 2 == 0 ? "chi-bo" : "khac")\n"
            yaml += "    aliases: [\"Tổ \(index)\"]\n    member_of: [to-cong-tac]\n"
        }
        // The last one takes an alias of the first: still an error, naming the owner.
        yaml += "  - id: trung\n    name: \"Tổ trùng\"\n    kind: khac\n    aliases: [\"Tổ 0\"]\n"
        // A built-in id extended, and a topic replacing a built-in keyword.
        yaml += "  - id: tyt\n    aliases: [Trạm xá]\ntopics:\n  - keyword: tiêm chủng\n    unit: u-7\n"
        var warnings: [Diagnostic] = []
        #expect(throws: BuildFailure.self) { try SiteReading.units(("units.yml", yaml), warnings: &warnings) }
        do {
            _ = try SiteReading.units(("units.yml", yaml), warnings: &warnings)
        } catch {
            #expect(error.errors.map(\.message) == ["Tên gọi “Tổ 0” đã dùng cho đơn vị “u-0”; mỗi tên gọi chỉ thuộc một đơn vị."])
        }
        let valid = yaml.replacingOccurrences(of: "aliases: [\"Tổ 0\"]\n  - id: tyt", with: "aliases: [\"Tổ trùng lặp\"]\n  - id: tyt")
        let (registry, _) = try SiteReading.units(("units.yml", valid), warnings: &warnings)
        #expect(registry.unit("to-cong-tac")?.members.count == count)
        #expect(registry.resolve("Tổ 2999") == "u-2999")
        #expect(registry.resolve("Trạm xá") == "tyt")
        #expect(registry.topics.filter { FoldedText.key($0.keyword) == FoldedText.key("tiêm chủng") }.map(\.unitID) == ["u-7"])
        let site = SiteUnits(registry)
        #expect(site.all.count == registry.units.count)
        #expect(site.members(of: BuiltinUnits.partyCells).filter { $0.hasPrefix("u-") }.count == count / 2)
    }
}

/// Issue 13 point 8: what a declared unit costs a build. A unit no task names gets its own page and
/// nothing else — no calendar pages, feed, meeting sheet or task script — so a long `units.yml`
/// (every hamlet, cell and office of a district) adds one small page per unit, not a calendar each.
@Suite struct DeclaredUnitCostTests {
    static func build(extraUnits: Int) throws -> BuildOutput {
        var input = try ExampleSite.input()
        guard extraUnits > 0 else { return try SiteBuild.build(input).get() }
        // The example's units.yml has topics only; the declared units are a list of their own.
        let declared = (0..<extraUnits).map {
            "  - id: to-\($0)\n    name: \"Tổ công tác số \($0)\"\n    kind: khac\n"
        }.joined()
        #expect(input.unitsFile?.text.contains("\nunits:") == false)
        input.unitsFile = (input.unitsFile?.path ?? "units.yml", (input.unitsFile?.text ?? "") + "\nunits:\n" + declared)
        return try SiteBuild.build(input).get()
    }

    @Test func aUnitWithoutTasksAddsOnlyItsPage() throws {
        let plain = Set(try Self.build(extraUnits: 0).files.map(\.path))
        let extended = try Self.build(extraUnits: 300)
        let added = Set(extended.files.map(\.path)).subtracting(plain)
        #expect(added == Set((0..<300).map { "don-vi/to-\($0).html" }))
        // The page itself stays small: no calendar grid in it.
        let page = try #require(extended.file("don-vi/to-7.html"))
        #expect(page.utf8.count < 16_384)
        #expect(!page.contains("lich/don-vi/to-7"))
    }
}
