import Foundation
import Testing

/// `bantin new`: next month's skeleton, one file, never overwritten, and it builds without an error.
@Suite struct NewCommandTests {
    /// A copy of the example site (its bantin.yml, units.yml and the seed conclusion).
    static func exampleSite(superior: String = "") throws -> TemporarySite {
        var files: [String: String] = [:]
        for path in ["bantin.yml", "units.yml", "content/ket-luan-thang-02-2026.md"] {
            files[path] = try String(contentsOf: Package.root.appendingPathComponent(path), encoding: .utf8)
        }
        if !superior.isEmpty {
            files["bantin.yml"] = files["bantin.yml"]!.replacingOccurrences(of: "superior: \"\"", with: "superior: \"\(superior)\"")
                .replacingOccurrences(of: "issuer: \"\"", with: "issuer: \"ĐẢNG ỦY XÃ XUÂN HƯNG\"")
                .replacingOccurrences(of: "place: \"\"", with: "place: \"Xuân Hưng\"")
        }
        return try TemporarySite(files)
    }

    @Test func nextMonthAfterTheLatestConclusionBuildsWithoutAnError() throws {
        let site = try Self.exampleSite(superior: "ĐẢNG BỘ TỈNH THANH HÓA")
        defer { site.remove() }
        let made = try site.run(["new"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "content/ket-luan-thang-03-2026.md")
        let text = try site.read("content/ket-luan-thang-03-2026.md")
        for line in ["ĐẢNG BỘ TỈNH THANH HÓA", "ĐẢNG ỦY XÃ XUÂN HƯNG", "Xuân Hưng, ngày … tháng … năm …",
                     "III. Nhiệm vụ trọng tâm tháng 03/2026", "Một là, …", "I. Kết quả thực hiện nhiệm vụ tháng 02/2026"] {
            #expect(text.contains(line), "\(line)")
        }
        let build = try site.run(["build"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("error:"), "\(build.stderr)")
        #expect(site.exists("public/ket-luan/ket-luan-thang-03-2026.html"))
        // The blanks are no tasks: nothing invented, no unit, no deadline; the build says they are blank.
        #expect(build.stderr.contains("content/ket-luan-thang-03-2026.md:") && build.stderr.contains("“Một là” chưa viết"), "\(build.stderr)")
        let tasks = try site.run(["tasks", "--format", "json", "--quiet"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(tasks.stdout.utf8)) as? [String: Any])
        let conclusions = try #require(json["conclusions"] as? [[String: Any]])
        let new = try #require(conclusions.first { $0["id"] as? String == "ket-luan-thang-03-2026" })
        #expect((new["tasks"] as? [Any])?.isEmpty == true)
        // And the check finds no error in it.
        let check = try site.run(["check", "content/ket-luan-thang-03-2026.md"])
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func neverOverwrites() throws {
        let site = try Self.exampleSite()
        defer { site.remove() }
        #expect(try site.run(["new"]).status == 0)
        try site.write("content/ket-luan-thang-03-2026.md", Array("bản nháp của văn phòng\n".utf8))
        let again = try site.run(["new"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("content/ket-luan-thang-03-2026.md: error: tệp đã có"), "\(again.stderr)")
        #expect(try site.read("content/ket-luan-thang-03-2026.md") == "bản nháp của văn phòng\n")
    }

    @Test func aGivenMeetingDatePlansTheMonthAfterIt() throws {
        let site = try Self.exampleSite()
        defer { site.remove() }
        let made = try site.run(["new", "--date", "2026-03-27"])
        #expect(made.status == 0, "\(made.stderr)")
        let text = try site.read("content/ket-luan-thang-04-2026.md")
        #expect(text.contains("Sáng ngày 27 tháng 03 năm 2026"))
        #expect(text.contains("III. Nhiệm vụ trọng tâm tháng 04/2026"))
        // No header lines are made up when bantin.yml has none.
        #expect(!text.contains("ĐẢNG BỘ TỈNH"))
        #expect(try site.run(["new", "--date", "30/02/2026"]).status != 0)
    }
}
