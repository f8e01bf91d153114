import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit

/// Files an office may drop into content/ that bantin cannot read (issue 9, point 6): each gets a
/// `path: error:` the clerk can act on, a non-zero exit, and the previous `public/` stays as it was.
/// The files are in Fixtures/formats/bad (scripts/make-format-fixtures.py made them).
@Suite(.serialized) struct BadFormatTests {
    static let bad = Package.fixtures.appendingPathComponent("formats/bad")

    func expectFailure(_ name: String, as target: String? = nil, expected: [String]) throws {
        let site = try TemporarySite(["content/a.md": BadInputTests.good])
        defer { site.remove() }
        let first = try site.run(["build"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try site.read("public/ket-luan/a.html")
        let file = target ?? name
        try site.write("content/\(file)", Array(try Data(contentsOf: Self.bad.appendingPathComponent(name))))
        let second = try site.run(["build"])
        #expect(second.status != 0)
        #expect(second.stderr.contains("content/\(file)"), "stderr: \(second.stderr)")
        #expect(second.stderr.contains(": error: "), "stderr: \(second.stderr)")
        for phrase in expected { #expect(second.stderr.contains(phrase), "stderr: \(second.stderr)") }
        #expect(try site.read("public/ket-luan/a.html") == before)
        #expect(site.exists("content/\(file)"))
    }

    @Test func truncatedDocx() throws {
        try expectFailure("cat-ngang.docx", expected: ["bị hỏng hoặc không trọn vẹn", "lưu lại"])
    }

    @Test func notAZipNamedDocx() throws {
        try expectFailure("khong-phai-zip.docx", expected: ["không phải tài liệu Word .docx"])
    }

    @Test func zipBomb() throws {
        try expectFailure("bom-zip.docx", expected: ["giải nén ra quá lớn"])
    }

    @Test func passwordProtectedDocx() throws {
        try expectFailure("mat-khau.docx", expected: ["đặt mật khẩu", "bỏ mật khẩu"])
    }

    @Test func word97() throws {
        try expectFailure("word97.doc", expected: ["Word 97–2003", ".docx"])
    }

    @Test func word97NamedDocx() throws {
        try expectFailure("word97.doc", as: "doi-ten.docx", expected: ["Word 97–2003 (.doc) mang tên .docx"])
    }

    @Test func encryptedPDF() throws {
        try expectFailure("ma-hoa.pdf", expected: ["PDF được đặt mật khẩu"])
    }

    @Test func scannedPDF() throws {
        try expectFailure("ban-quet.pdf", expected: ["không có lớp chữ", "OCR", "tesseract-ocr-vie"])
    }

    @Test func emptyPDF() throws {
        try expectFailure("rong.pdf", expected: ["tệp PDF rỗng"])
    }

    /// Two files that would give the same page: a Word file and its Markdown twin.
    @Test func sameStemInTwoFormats() throws {
        let site = try TemporarySite(["content/bao-cao.md": BadInputTests.good])
        defer { site.remove() }
        let docx = Package.fixtures.appendingPathComponent("formats/seed.python-docx.docx")
        try site.write("content/bao-cao.docx", Array(try Data(contentsOf: docx)))
        let result = try site.run(["build"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("content/bao-cao.md:1: error: trùng địa chỉ trang ket-luan/bao-cao.html với content/bao-cao.docx"),
                "stderr: \(result.stderr)")
    }

    /// A legacy-encoded file is read with a warning naming the encoding, not refused.
    @Test func legacyEncodingIsAWarning() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let tcvn3 = Package.fixtures.appendingPathComponent("formats/seed.tcvn3.txt")
        try site.write("content/ket-luan.txt", Array(try Data(contentsOf: tcvn3)))
        let result = try site.run(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("content/ket-luan.txt:1: warning: tệp viết bằng mã TCVN3 (ABC, phông .VnTime)"))
        #expect(try site.read("public/ket-luan/ket-luan.html").contains("Tám là"))
    }

    /// Word's lock file of an open document ("~$…docx") is not a document.
    @Test func wordLockFileIsSkipped() throws {
        let site = try TemporarySite(["content/a.md": BadInputTests.good], bytes: ["content/~$a.docx": Array("lock".utf8)])
        defer { site.remove() }
        let result = try site.run(["build"])
        #expect(result.status == 0, "\(result.stderr)")
    }
}
