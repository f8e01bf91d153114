import Foundation
import Testing
@testable import BantinKit

/// Issue 11, point 4: a rebuild rewrites only the pages whose bytes changed; the others stay the
/// same files (same inode, same time), so copying `public/` to a shared folder carries only what
/// changed — and the site is still exactly what a build from nothing makes.
@Suite(.serialized) struct UnchangedPagesTests {
    static let first = """
        THÔNG BÁO

        Kết luận của Thường trực Đảng ủy xã tại buổi làm việc với Trạm Y tế

        Sáng ngày 05 tháng 3 năm 2026, Thường trực Đảng ủy làm việc với Trạm Y tế xã và kết luận như sau:

        - Trạm Y tế xã tổ chức tiêm phòng cho trẻ em trong tháng 3/2026.
        - UBND xã chỉ đạo rà soát hộ nghèo trước ngày 30/4/2026.

        """
    static let second = """
        THÔNG BÁO

        Kết luận hội nghị giao ban tháng 4

        Chiều ngày 02 tháng 4 năm 2026, Đảng ủy xã họp giao ban và kết luận như sau:

        - Ủy ban MTTQ xã vận động nhân dân tham gia vệ sinh môi trường trong tháng 4/2026.

        """

    /// Path (inside public/) → inode, for every file but bantin's marker.
    static func inodes(_ site: TemporarySite) throws -> [String: UInt64] {
        let root = site.root.appendingPathComponent("public").path
        var result: [String: UInt64] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root) where path != OutputPublisher.markerName {
            var status = stat()
            guard lstat(root + "/" + path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            result[path] = UInt64(status.st_ino)
        }
        return result
    }

    static func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                result[path] = try Data(contentsOf: url)
            }
        }
        return result
    }

    @Test func aRebuildKeepsUnchangedFilesAndRewritesChangedOnes() throws {
        let site = try TemporarySite(["content/y-te.md": Self.first, "content/giao-ban.md": Self.second])
        defer { site.remove() }
        #expect(try site.run(["build"]).status == 0)
        let before = try Self.inodes(site)
        #expect(before.count > 20)

        // Nothing changed: every file is the one already there.
        let again = try site.run(["build", "--timings"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.inodes(site) == before)
        #expect(again.stderr.contains("tệp giữ nguyên từ bản trước: \(before.count)/\(before.count) (ghi mới 0)"), "\(again.stderr)")

        // One body edited: its bulletin is a new file, the other conclusion's bulletin is not.
        try site.write("content/giao-ban.md", Array(Self.second.replacingOccurrences(of: "vệ sinh môi trường", with: "dọn vệ sinh đường làng").utf8))
        #expect(try site.run(["build"]).status == 0)
        let after = try Self.inodes(site)
        let edited = try #require(after.keys.first { $0.hasPrefix("ket-luan/") && $0.contains("giao-ban") })
        let untouched = try #require(after.keys.first { $0.hasPrefix("ket-luan/") && $0.contains("y-te") })
        #expect(after[edited] != before[edited])
        #expect(try site.read("public/" + edited).contains("dọn vệ sinh đường làng"))
        #expect(after[untouched] == before[untouched])
        #expect(after.filter { before[$0.key] != $0.value }.count < after.count / 2)

        // And the site is byte for byte what a build into an empty folder makes.
        #expect(try site.run(["build", "--output", "fresh", "--no-cache"]).status == 0)
        #expect(try Self.contents(of: site.root.appendingPathComponent("public"))
                == Self.contents(of: site.root.appendingPathComponent("fresh")))
    }

    /// A link put into public/ by someone is never carried into the new site, even when the file
    /// it points to holds exactly the page's bytes.
    @Test func aLinkInThePreviousSiteIsReplacedByAFile() throws {
        let site = try TemporarySite(["content/y-te.md": Self.first])
        defer { site.remove() }
        #expect(try site.run(["build"]).status == 0)
        let page = try #require(try Self.inodes(site).keys.first { $0.hasPrefix("ket-luan/") })
        let public_ = site.root.appendingPathComponent("public")
        let copy = site.root.appendingPathComponent("ban-sao.html")
        try FileManager.default.copyItem(at: public_.appendingPathComponent(page), to: copy)
        try FileManager.default.removeItem(at: public_.appendingPathComponent(page))
        try FileManager.default.createSymbolicLink(at: public_.appendingPathComponent(page), withDestinationURL: copy)

        #expect(try site.run(["build"]).status == 0)
        var status = stat()
        #expect(lstat(public_.appendingPathComponent(page).path, &status) == 0)
        #expect((status.st_mode & S_IFMT) == S_IFREG)
        #expect(try Data(contentsOf: public_.appendingPathComponent(page)) == Data(contentsOf: copy))
    }

    /// A page edited by hand inside public/ (same length, other bytes) is written again, not kept.
    @Test func aPageChangedInPublicIsWrittenAgain() throws {
        let site = try TemporarySite(["content/y-te.md": Self.first])
        defer { site.remove() }
        #expect(try site.run(["build"]).status == 0)
        let page = try #require(try Self.inodes(site).keys.first { $0.hasPrefix("ket-luan/") })
        let original = try site.read("public/" + page)
        let tampered = original.replacingOccurrences(of: "Trạm Y tế", with: "Trạm Y tề")
        #expect(tampered != original && tampered.utf8.count == original.utf8.count)
        try site.write("public/" + page, Array(tampered.utf8))

        #expect(try site.run(["build"]).status == 0)
        #expect(try site.read("public/" + page) == original)
    }
}
