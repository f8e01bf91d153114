import Foundation
import Testing
import BantinFuzzing
@testable import BantinCore

/// `bantin check` on the fixture sites of Fixtures/check/, one per kind of problem: each reported at
/// its file, line (and column where the text gives one), with the exit the issue asks for, and
/// nothing written anywhere.
@Suite struct CheckCommandTests {
    static let file = "content/ket-luan-thang-02-2026.md"

    /// A copy of a fixture site in a temporary folder, checked, then compared with how it was.
    static func check(_ fixture: String, _ arguments: [String] = []) throws -> (status: Int32, lines: [String], stdout: String) {
        let site = try TemporarySite()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Package.fixtures.appendingPathComponent("check/\(fixture)"), to: site.root)
        let before = try snapshot(site.root)
        let result = try site.run(["check"] + arguments)
        #expect(try snapshot(site.root) == before, "bantin check wrote into the site")
        return (result.status, result.stdout.split(separator: "\n").map(String.init), result.stdout)
    }

    /// Every file below a folder with its size and modification time.
    static func snapshot(_ folder: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
            files[path] = "\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? "")"
        }
        return files
    }

    /// The 1-based column of a phrase in a line of the fixture, counted in characters.
    static func place(of phrase: String, in fixture: String) throws -> (line: Int, column: Int) {
        let text = try String(contentsOf: Package.fixtures.appendingPathComponent("check/\(fixture)/\(file)"), encoding: .utf8)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: phrase) { return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
        }
        Issue.record("\(phrase) not in \(fixture)")
        return (0, 0)
    }

    @Test func aCleanSiteHasNothingToReportEvenStrictly() throws {
        let result = try Self.check("clean", ["--strict"])
        #expect(result.status == 0)
        #expect(result.lines.isEmpty, "\(result.lines)")
    }

    @Test func aCanChiNameThatDoesNotFitItsYearIsNamedWithTheRightOne() throws {
        let result = try Self.check("can-chi")
        #expect(result.status == 0)
        let seed = try Self.place(of: "Bính Ngọc", in: "can-chi")
        #expect(result.lines.contains { $0.hasPrefix("\(Self.file):\(seed.line):\(seed.column): warning:") && $0.contains("“Bính Ngọ”") }, "\(result.lines)")
        let wrongYear = try Self.place(of: "Giáp Thìn 2025", in: "can-chi")
        #expect(result.lines.contains { $0.hasPrefix("\(Self.file):\(wrongYear.line):\(wrongYear.column): warning:") && $0.contains("Ất Tỵ") }, "\(result.lines)")
        // The right name of 2026 is no problem.
        #expect(result.lines.count == 2, "\(result.lines)")
        // --strict: warnings fail the check.
        #expect(try Self.check("can-chi", ["--strict"]).status == 1)
    }

    @Test func daysThatDoNotExistAreErrors() throws {
        let result = try Self.check("impossible-dates")
        #expect(result.status == 1)
        for phrase in ["30/02/2026", "31/4", "ngày 30 tháng Chạp"] {
            let at = try Self.place(of: phrase, in: "impossible-dates")
            #expect(result.lines.contains { $0.hasPrefix("\(Self.file):\(at.line):\(at.column): error:") && $0.contains("“\(phrase)”") }, "\(phrase): \(result.lines)")
        }
        #expect(result.lines.filter { $0.contains(": error:") }.count == 3, "\(result.lines)")
        // "Nghị định 30/2020", "37/45 hộ" and a real lunar 15/8 are no dates to complain of.
        #expect(!result.lines.contains { $0.contains("30/2020") || $0.contains("37/45") || $0.contains("15/8/2026 âm lịch”: không") })
    }

    @Test func deadlinesBeforeTheMeetingOrOutsideThePeriod() throws {
        let result = try Self.check("deadlines")
        #expect(result.status == 0)
        let before = try Self.place(of: "Một là", in: "deadlines")
        #expect(result.lines.contains { $0.hasPrefix("\(Self.file):\(before.line): warning:") && $0.contains("trước ngày họp 29/01/2026") }, "\(result.lines)")
        let outside = try Self.place(of: "Hai là", in: "deadlines")
        #expect(result.lines.contains { $0.hasPrefix("\(Self.file):\(outside.line): warning:") && $0.contains("sau hơn nửa năm so với “tháng 02/2026”") }, "\(result.lines)")
        #expect(result.lines.count == 2, "\(result.lines)")
    }

    /// Plans reach past their month ("(03/02)", "trước Tết", the seed's "tháng 05/2026 phê duyệt"):
    /// no warning for those.
    @Test func deadlinesSoonAfterThePeriodAreNoProblem() throws {
        let result = try Self.check("clean")
        #expect(!result.stdout.contains("deadline"))
        let seed = try TemporarySite(["content/seed.md": try String(contentsOf: Package.root.appendingPathComponent("content/ket-luan-thang-02-2026.md"), encoding: .utf8)])
        defer { seed.remove() }
        let check = try seed.run(["check", "--format", "json"])
        #expect(!check.stdout.contains("deadline-outside-period") && !check.stdout.contains("deadline-before-meeting"), "\(check.stdout)")
        #expect(check.stdout.contains("can-chi-year"))
    }

    @Test func directiveFormulasWithoutATask() throws {
        let result = try Self.check("no-task")
        #expect(result.status == 0)
        #expect(result.lines.contains { $0.hasPrefix("content/lam-viec-thang-3.md:5: warning:") && $0.contains("không đọc được nhiệm vụ nào") }, "\(result.lines)")
    }

    @Test func unknownUnitLikePhrasesGetTheNearestKnownName() throws {
        let result = try Self.check("unknown-unit")
        #expect(result.lines.contains { $0.contains("“Trung tâm Phục vụ hành chánh”") && $0.contains("Có phải là “Trung tâm Phục vụ hành chính công”?") }, "\(result.lines)")
        #expect(result.lines.contains { $0.contains("“Hội Cựu chiếng binh xã”") && $0.contains("“Hội Cựu chiến binh xã”") }, "\(result.lines)")
    }

    @Test func headerFieldsThePrintNeedsPointIntoBantinYml() throws {
        let result = try Self.check("header-empty")
        #expect(result.status == 0)
        for (key, line) in [("superior", 2), ("issuer", 3), ("place", 4)] {
            #expect(result.lines.contains { $0.hasPrefix("bantin.yml:\(line): warning: khóa “\(key)”") }, "\(key): \(result.lines)")
        }
    }

    /// Only the files named are checked; a file outside content/ is read the same way.
    @Test func namedFilesOnly() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try FileManager.default.copyItem(at: Package.fixtures.appendingPathComponent("check/impossible-dates"), to: site.root)
        try site.write("content/khac.md", Array("THÔNG BÁO\n\nKết luận\n\nIII. Nhiệm vụ\n\nMột là, UBND xã báo cáo trước 31/9/2026.\n".utf8))
        try site.write("nhap/du-thao.md", Array("THÔNG BÁO\n\nKết luận\n\nIII. Nhiệm vụ\n\nMột là, UBND xã báo cáo trước 30/2/2026.\n".utf8))
        let named = try site.run(["check", "content/khac.md", "nhap/du-thao.md"])
        #expect(named.status == 1)
        #expect(named.stdout.contains("content/khac.md:7:") && named.stdout.contains("nhap/du-thao.md:7:"), "\(named.stdout)")
        #expect(!named.stdout.contains(Self.file))
        let missing = try site.run(["check", "khong-co.md"])
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("khong-co.md: error:"))
    }

    @Test func jsonForOtherTools() throws {
        let result = try Self.check("impossible-dates", ["--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 3)
        let items = try #require(object["diagnostics"] as? [[String: Any]])
        let first = try #require(items.first)
        #expect(first["path"] as? String == Self.file)
        #expect(first["severity"] as? String == "error")
        #expect(first["code"] as? String == "impossible-date")
        #expect(first["column"] as? Int == (try Self.place(of: "30/02/2026", in: "impossible-dates")).column)
        // Same input, same bytes.
        #expect(try Self.check("impossible-dates", ["--format", "json"]).stdout == result.stdout)
    }

    /// `build` warns of the same days (it does not stop: the rest of the site is fine).
    @Test func buildWarnsOfTheSameDays() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try FileManager.default.copyItem(at: Package.fixtures.appendingPathComponent("check/impossible-dates"), to: site.root)
        let build = try site.run(["build"])
        #expect(build.status == 0)
        #expect(build.stderr.contains("warning: “30/02/2026”: không có ngày này"), "\(build.stderr)")
    }
}

/// The pure checks on strings, case by case.
@Suite struct WrittenDateCheckTests {
    static let meeting = CivilDate(year: 2026, month: 1, day: 29)

    @Test(arguments: [
        ("trước ngày 30/02/2026", "30/02/2026"), ("trước 31/4", "31/4"), ("ngày 31 tháng 6 năm 2026", "ngày 31 tháng 6 năm 2026"),
        ("hạn 29-02-2026", "29-02-2026"), ("mùng 30 tháng Chạp", "mùng 30 tháng Chạp"), ("ngày 31/8 âm lịch", "31/8"),
        ("ngày 30/12/2026 (âm lịch)", "30/12/2026"),
    ])
    func impossible(_ line: String, _ written: String) {
        let findings = DateExistence.findings(in: line, context: Self.meeting)
        #expect(findings.map(\.written) == [written], "\(findings)")
    }

    @Test(arguments: ["Nghị định 30/2020/NĐ-CP", "37/45 hộ", "13/20 xã", "trước 28/02/2026", "29/02/2028", "1/2/3/4",
                      "ngày 15/8 âm lịch", "30 tháng Chạp năm 2023", "số 15-TB/ĐU", "giai đoạn 2026-2031", "tỷ lệ 31/4.5"])
    func possible(_ line: String) {
        #expect(DateExistence.findings(in: line, context: Self.meeting).isEmpty, "\(line)")
    }

    @Test(arguments: [
        ("Tết trồng cây Xuân Bính Ngọc", "Bính Ngọ"), ("đón Tết Ất Tị", nil), ("năm Giáp Thìn 2025", "Ất Tỵ"),
        ("Tết Nguyên đán Bính Ngọ", nil), ("Xuân Canh Tý", "không phải năm của kết luận"), ("năm Quý Mão 2023", nil),
    ] as [(String, String?)])
    func canChi(_ line: String, _ expected: String?) {
        let findings = CanChiYearNames.findings(in: line, context: Self.meeting)
        if let expected {
            #expect(findings.count == 1 && findings[0].message.contains(expected), "\(findings)")
        } else {
            #expect(findings.isEmpty, "\(findings)")
        }
    }

    @Test(arguments: ["xã Xuân Tân Thịnh", "canh gác Tết", "quý I năm 2026", "năm Canh tác", "Xuân Tân Mỹ"])
    func noYearName(_ line: String) {
        #expect(CanChiYearNames.findings(in: line, context: Self.meeting).isEmpty, "\(line)")
    }

    @Test(arguments: [
        ("Hội Cựu chiếng binh xã", "Hội Cựu chiến binh xã"), ("Trung tâm Phục vụ hành chánh", "Trung tâm Phục vụ hành chính công"),
        ("Ban Chỉ huy phòng thủ dân", nil), ("Ban công tác Mặt trận", nil), ("Trạm Y tế xã", nil),
    ] as [(String, String?)])
    func nearestKnownUnit(_ phrase: String, _ expected: String?) {
        #expect(UnitRegistry.standard.nearestName(to: phrase) == expected)
    }

    @Test func editDistance() {
        #expect(EditDistance.between("ngoc", "ngo") == 1)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("kitten", "sitting") == 3)
    }

    /// The bounded distance is the distance whenever it is within the bound, and nil otherwise:
    /// checked against the full one on many random pairs of short folded words and on every bound.
    @Test func boundedEditDistanceAgreesWithTheFullOne() {
        var generator = SeededGenerator(seed: 11)
        let letters = Array("abcdđeghn ".utf8)
        for _ in 0..<3000 {
            let a = (0..<Int.random(in: 0...9, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            let b = (0..<Int.random(in: 0...9, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            let full = EditDistance.between(a, b)
            for bound in 0...10 {
                #expect(EditDistance.between(a, b, atMost: bound) == (full <= bound ? full : nil), "\(a) \(b) \(bound)")
            }
        }
    }
}
