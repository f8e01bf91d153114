import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// Bad input ends with a compiler-style message naming the file and line, a non-zero exit, and the
/// previous `public/` untouched. These run the real `bantin` executable on temporary sites.
@Suite(.serialized) struct BadInputTests {
    static let good = "THÔNG BÁO\n\nKết luận thử\n\nSáng ngày 05 tháng 3 năm 2026, hội nghị.\n"

    /// Builds a good site once, then breaks it with `change` and checks the second build fails
    /// with `expected` on standard error and leaves public/ as it was.
    func expectFailure(_ change: (TemporarySite) throws -> Void, arguments: [String] = ["build"], expected: String) throws {
        let site = try TemporarySite(["content/a.md": Self.good])
        defer { site.remove() }
        let first = try site.run(["build"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try site.read("public/ket-luan/a.html")
        try change(site)
        let second = try site.run(arguments)
        #expect(second.status != 0)
        #expect(second.stderr.contains(expected), "stderr: \(second.stderr)")
        #expect(try site.read("public/ket-luan/a.html") == before)
        #expect(site.exists("content/a.md"))
    }

    @Test func invalidFrontMatter() throws {
        try expectFailure({ try $0.write("content/b.md", Array("---\ntitle: \"không đóng\nslug: [b\n---\nTHÔNG BÁO\n".utf8)) },
                          expected: "content/b.md:3:")
    }

    @Test func unclosedFrontMatter() throws {
        try expectFailure({ try $0.write("content/b.md", Array("---\ntitle: x\nTHÔNG BÁO\n".utf8)) },
                          expected: "content/b.md:1:1: error: phần đầu YAML mở bằng \"---\" nhưng không có dòng \"---\" đóng lại")
    }

    @Test func invalidUTF8() throws {
        // "Đảng" in TCVN3 (ABC): bytes that are not UTF-8, on line 3.
        try expectFailure({ try $0.write("content/b.md", Array("THÔNG BÁO\n\nBan ".utf8) + [0xA7, 0xB6, 0x6E, 0x67] + Array("\n".utf8)) },
                          expected: "content/b.md:3:5: error: tệp không phải UTF-8")
    }

    @Test func oversizedFile() throws {
        try expectFailure({ site in
            try site.write("bantin.yml", Array("max_file_kib: 1\n".utf8))
            try site.write("content/b.md", Array(String(repeating: "Một đoạn văn rất dài. ", count: 100).utf8))
        }, expected: "content/b.md:1:1: error: tệp quá lớn")
    }

    @Test func missingContentFolder() throws {
        try expectFailure({ _ in }, arguments: ["build", "--content", "khong-co"], expected: "khong-co: error: không tìm thấy thư mục nội dung")
    }

    @Test func outputIntoContent() throws {
        try expectFailure({ _ in }, arguments: ["build", "--output", "content"], expected: "content: error: từ chối ghi đầu ra vào thư mục nội dung")
    }

    @Test func outputIntoRoot() throws {
        try expectFailure({ _ in }, arguments: ["build", "--output", "/"], expected: "/: error: từ chối dùng / làm thư mục đầu ra")
    }

    @Test func outputIntoTheSiteRoot() throws {
        try expectFailure({ _ in }, arguments: ["build", "--output", "."], expected: "error: từ chối ghi đầu ra vào thư mục gốc của trang")
    }

    @Test func outputIntoTemplates() throws {
        try expectFailure({ site in try site.write("templates/index.mustache", Array("x".utf8)) },
                          arguments: ["build", "--output", "templates"], expected: "error: từ chối ghi đầu ra vào thư mục mẫu")
    }

    @Test func invalidSiteConfig() throws {
        try expectFailure({ try $0.write("bantin.yml", Array("title: [\n".utf8)) }, expected: "bantin.yml:2:1: error: YAML không hợp lệ")
    }

    @Test func brokenTemplate() throws {
        try expectFailure({ try $0.write("templates/index.mustache", Array("<p>{{#x}}</p>\n".utf8)) }, expected: "templates/index.mustache")
    }

    @Test func slugCollision() throws {
        try expectFailure({ try $0.write("content/sub/a.md", Array(Self.good.utf8)) }, expected: "trùng địa chỉ trang ket-luan/a.html")
    }

    @Test func aFolderBantinDidNotMakeIsNeverWiped() throws {
        let site = try TemporarySite(["content/a.md": Self.good, "tai-lieu/quan-trong.txt": "giữ lại"])
        defer { site.remove() }
        let result = try site.run(["build", "--output", "tai-lieu"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("tai-lieu: error: thư mục đã có nội dung không do bantin tạo"))
        #expect(try site.read("tai-lieu/quan-trong.txt") == "giữ lại")
    }

    @Test func aFlatFolderOfMarkdownBuilds() throws {
        let site = try TemporarySite(["notes/a.md": Self.good, "notes/b.md": Self.good])
        defer { site.remove() }
        let result = try site.run(["build", "--content", "notes", "--output", "out"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(site.exists("out/ket-luan/a.html") && site.exists("out/ket-luan/b.html") && site.exists("out/index.html"))
        #expect(!site.exists("notes/.bantin-output"))
    }

    @Test func rebuildReplacesOnlyItsOwnOutput() throws {
        let site = try TemporarySite(["content/a.md": Self.good])
        defer { site.remove() }
        #expect(try site.run(["build"]).status == 0)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/a.md"))
        try site.write("content/c.md", Array(Self.good.utf8))
        #expect(try site.run(["build"]).status == 0)
        #expect(!site.exists("public/ket-luan/a.html") && site.exists("public/ket-luan/c.html"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("bantin-") && $0 != DocumentCache.folderName }
        #expect(leftovers.isEmpty)
    }
}
