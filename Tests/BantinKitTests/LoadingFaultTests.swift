import Foundation
import Testing
@testable import BantinKit

/// Inputs that cannot be read, and names that cannot be shown (issue 13, points 4 and 7): each
/// is an error or a warning naming the file, never an empty site published with exit 0.
@Suite(.serialized) struct LoadingFaultTests {
    static let good = "THÔNG BÁO\n\nKết luận thử\n\nSáng ngày 05 tháng 3 năm 2026, hội nghị.\n"

    /// Runs bantin without the power to ignore file modes: as root (CI, containers) `chmod 000`
    /// stops nothing, so the two capabilities that override it are dropped from the bounding set.
    func runConstrained(_ site: TemporarySite, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        guard getuid() == 0 else { return try site.run(arguments) }
        let result = try runTool("/usr/bin/setpriv", ["--bounding-set=-dac_override,-dac_read_search", "--", Package.executable.path] + arguments,
                                 in: site.root, environment: ProcessInfo.processInfo.environment.filter { $0.key != "SOURCE_DATE_EPOCH" })
        return (result.status, result.output, result.error)
    }

    // Point 4: with content/ unreadable the published site was replaced by one with 0 conclusions.
    @Test(arguments: [
        ("content", "content: error: không đọc được"),
        ("content/2026", "content/2026: error: không đọc được"),
        ("bantin.yml", "bantin.yml: error: không đọc được"),
        ("units.yml", "units.yml: error: không đọc được"),
        ("templates/bulletin.mustache", "templates/bulletin.mustache: error: không đọc được"),
        ("templates", "templates: error: không đọc được"),
    ])
    func anUnreadableInputStopsTheBuild(_ path: String, _ expected: String) throws {
        let site = try TemporarySite([
            "content/a.md": Self.good, "content/2026/b.md": Self.good.replacingOccurrences(of: "thử", with: "hai"),
            "bantin.yml": "title: \"Thử\"\n", "units.yml": "units: []\n",
            "templates/bulletin.mustache": try String(contentsOf: Package.root.appendingPathComponent("templates/bulletin.mustache"), encoding: .utf8),
        ])
        defer {
            chmod(site.root.appendingPathComponent(path).path, 0o755)
            site.remove()
        }
        let first = try site.run(["build"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try site.read("public/index.html")
        #expect(chmod(site.root.appendingPathComponent(path).path, 0) == 0)

        let second = try runConstrained(site, ["build"])
        #expect(second.status == 1, "exit \(second.status): \(second.stderr)")
        #expect(second.stderr.contains(expected), "\(second.stderr)")
        #expect(try site.read("public/index.html") == before)
        #expect(site.exists("public/ket-luan/b.html"))
    }

    // Point 7: a file name that is not UTF-8 was skipped without a word.
    @Test func aNameThatIsNotUTF8IsAWarning() throws {
        let site = try TemporarySite(["content/a.md": Self.good])
        defer { site.remove() }
        let name = Array((site.root.appendingPathComponent("content").path + "/").utf8) + [0x62, 0xE1, 0xBA, 0x0A, 0xFF, 0x2E, 0x6D, 0x64, 0]
        let descriptor = name.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let result = try site.run(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(": warning: tên tệp không phải UTF-8"), "\(result.stderr)")
        // The message is one line: the line break in the name is written as "\n".
        #expect(result.stderr.split(separator: "\n").contains { $0.contains("\\n") && $0.contains("tên tệp không phải UTF-8") })
    }

    // Point 7: a link out of content/ was skipped without a word.
    @Test func aLinkOutOfContentIsAWarning() throws {
        let site = try TemporarySite(["content/a.md": Self.good, "ngoai/b.md": Self.good])
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/b.md").path,
                                                   withDestinationPath: site.root.appendingPathComponent("ngoai/b.md").path)
        // A link to a file inside content/ is read once, under the file's own name.
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/c.md").path, withDestinationPath: "a.md")
        let result = try site.run(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("content/b.md: warning: liên kết tượng trưng trỏ ra ngoài"), "\(result.stderr)")
        #expect(!site.exists("public/ket-luan/b.html"))
        #expect(site.exists("public/ket-luan/a.html") && !site.exists("public/ket-luan/c.html"))
    }

    // Point 7: a line break in a file name split the error message in two.
    @Test func aLineBreakInANameStaysOnTheMessageLine() throws {
        let site = try TemporarySite(["content/a.md": Self.good, "content/x\ny.md": "---\ntitle: [\n---\n"])
        defer { site.remove() }
        let result = try site.run(["build"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/x\\ny.md:"), "\(result.stderr)")
        #expect(!result.stderr.contains("content/x\ny.md"))
    }
}
