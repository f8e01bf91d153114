import BantinFuzzing
import Foundation
import Testing
@testable import BantinFormats
@testable import BantinCore
@testable import BantinKit

/// `bantin import`: a clean `.md` with what was read in its front matter, never over an existing
/// file, the source left as it was.
@Suite(.serialized) struct ImportTests {
    @Test func importWritesMarkdownOnceAndLeavesTheSource() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let source = Package.fixtures.appendingPathComponent("formats/06-thang-04-tieu-de.python-docx.docx")
        let original = try Data(contentsOf: source)
        try site.write("don/bao-cao.docx", Array(original))
        let first = try site.run(["import", "don/bao-cao.docx"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("content/bao-cao.md"))
        let markdown = try site.read("content/bao-cao.md")
        #expect(markdown.hasPrefix("---\n# Đọc tự động từ tệp gốc (bantin import); sửa nếu sai.\n"
            + "title: \"Kết luận của Ban Thường vụ Đảng uỷ tại phiên họp thường kỳ tháng 3/2026\"\n"
            + "date: 2026-04-02\nmeeting_date: 2026-03-30\nnumber: \"112-TB/ĐU\"\nsigner: \"Trịnh Văn Khải\"\n---\n\n"))
        #expect(markdown.contains("\nTám là, giao Văn phòng Đảng uỷ theo dõi"))
        #expect(try Data(contentsOf: site.root.appendingPathComponent("don/bao-cao.docx")) == original)

        // The written file builds to the same tasks as the Word file.
        let build = try site.run(["tasks", "--format", "json", "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("\"ordinal\": 8") || build.stdout.contains("\"ordinal\":8"))

        // A second import never overwrites.
        try site.write("content/bao-cao.md", Array("sửa tay\n".utf8))
        let second = try site.run(["import", "don/bao-cao.docx"])
        #expect(second.status != 0)
        #expect(second.stderr.contains("error: đã có tệp content/bao-cao.md; bantin không ghi đè"), "\(second.stderr)")
        #expect(try site.read("content/bao-cao.md") == "sửa tay\n")
    }

    @Test func importOfABadFileFailsWithItsName() throws {
        let site = try TemporarySite(bytes: ["cu.doc": Array(try Data(contentsOf: Package.fixtures.appendingPathComponent("formats/bad/word97.doc")))])
        defer { site.remove() }
        let result = try site.run(["import", "cu.doc", "--content", "noi-dung"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cu.doc: error: tệp Word 97–2003 (.doc)"), "\(result.stderr)")
        #expect(!site.exists("noi-dung/cu.md"))
    }

    /// Whatever was read, the front matter reads back as the same values.
    @Test func frontMatterReadsBack() throws {
        var meta = ConclusionMeta()
        meta.subject = "Kết luận \"số 12\": a\\b </script> #1\n: - [x]"
        meta.number = "12-TB/ĐU"
        meta.signer = "Trần Văn Điệp"
        meta.date = CivilDate(year: 2026, month: 1, day: 30)
        let yaml = ConclusionImport.frontMatter(meta).split(separator: "\n").dropFirst().dropLast().filter { $0 != "---" }.joined(separator: "\n")
        let parsed = try FrontMatterParser.parse(yaml, path: "a.md", firstLine: 2)
        let (matter, warnings) = (parsed.matter, parsed.warnings)
        #expect(warnings.isEmpty)
        #expect(matter.title == meta.subject)
        #expect(matter.number == "12-TB/ĐU")
        #expect(matter.signer == "Trần Văn Điệp")
        #expect(matter.date == meta.date)
    }
}

/// Seeded mutations of real inputs: every one ends in a result or an error, never a crash or a hang.
@Suite struct FormatFuzzTests {
    static func mutate(_ bytes: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
        var out = bytes
        switch Int.random(in: 0..<4, using: &random) {
        case 0:   // flip bytes
            for _ in 0..<Int.random(in: 1...16, using: &random) where !out.isEmpty {
                out[Int.random(in: 0..<out.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
        case 1:   // truncate
            out = Array(out.prefix(Int.random(in: 0...out.count, using: &random)))
        case 2:   // duplicate a slice
            if out.count > 2 {
                let a = Int.random(in: 0..<out.count, using: &random)
                let b = min(out.count, a + Int.random(in: 1...512, using: &random))
                out.insert(contentsOf: out[a..<b], at: Int.random(in: 0...out.count, using: &random))
            }
        default:  // high bytes into the text (legacy-encoding shapes)
            for _ in 0..<Int.random(in: 1...64, using: &random) where !out.isEmpty {
                out.insert(UInt8.random(in: 0x80...0xFF, using: &random), at: Int.random(in: 0...out.count, using: &random))
            }
        }
        return out
    }

    @Test(arguments: ["seed.python-docx.docx", "14-so-ket-6-thang.libreoffice.docx", "seed.tcvn3.txt", "05-bau-cu.vni.txt", "seed.txt"])
    func mutatedInputsNeverCrash(name: String) throws {
        let original = Array(try Data(contentsOf: Package.fixtures.appendingPathComponent("formats/\(name)")))
        var random = SeededGenerator(seed: UInt64(name.utf8.count) * 7919)
        var results = (read: 0, refused: 0)
        let started = Date()
        for _ in 0..<80 {
            let bytes = Self.mutate(original, &random)
            let file = SiteInput.SourceFile(path: name, relativePath: name, bytes: bytes)
            switch SiteReading.read(SiteInput(sources: [file])) {
            case .success: results.read += 1
            case .failure(let failure):
                results.refused += 1
                #expect(failure.errors.allSatisfy { $0.path == name && !$0.message.isEmpty })
            }
        }
        #expect(results.read + results.refused == 80)
        // Never a hang: 80 readings of a small file take far less than this.
        #expect(Date().timeIntervalSince(started) < 120)
    }

    /// Random pdftotext-like text through the PDF cleaner: columns, form feeds, spaces, marks.
    @Test func randomPDFTextNeverHangs() {
        var random = SeededGenerator(seed: 42)
        let pieces = ["THÔNG BÁO", "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 1-TB/ĐU", "- ", "\u{0C}", "\n", "\n\n",
                      "          ", "    ", "1. ", "Một là, ", "chữ thường ", "2", "-", "", "ngày 1 tháng 2 năm 2026", "."]
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 0...120, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let converted = PDFTextCleaner.convert(text)
            #expect(converted.sourceLines.count >= converted.markdown.split(separator: "\n", omittingEmptySubsequences: false).count - 1)
        }
    }
}
