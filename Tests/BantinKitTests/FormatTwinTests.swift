import BantinFormats
import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit

/// The same conclusion as Markdown and as the files an office has — Word files saved by python-docx
/// (HD36 tables, style-linked numbering that restarts per list, Heading styles) and by LibreOffice
/// Writer, PDFs printed by LibreOffice with a page-number footer, and plain text in UTF-8, TCVN3,
/// VNI and Windows-1258 (Fixtures/formats, made by scripts/make-format-fixtures.py): each must give
/// the same conclusion — meeting date, period, issue date, number, signer — and the same tasks with
/// the same units, roles and deadlines as its Markdown twin.
@Suite struct FormatTwinTests {
    static let folder = Package.fixtures.appendingPathComponent("formats")
    static let twins = ["seed", "03-phong-chong-thien-tai", "05-bau-cu", "06-thang-04-tieu-de", "07-bang-nhiem-vu",
                        "10-tet-le-hoi-xuan", "14-so-ket-6-thang"]
    static let variants = ["python-docx.docx", "libreoffice.docx", "pdf", "txt", "tcvn3.txt", "vni.txt", "cp1258.txt"]

    /// What must agree between twins.
    struct Reading: Equatable, CustomStringConvertible {
        struct Task: Equatable { var ordinal: Int; var units: [String]; var deadlines: [String] }
        var meetingDate: CivilDate?
        var date: CivilDate?
        var period: ClosedRange<CivilDate>?
        var number: String?
        var signer: String?
        var tasks: [Task]

        var description: String {
            "họp \(meetingDate?.iso ?? "–"), ngày \(date?.iso ?? "–"), số \(number ?? "–"), ký \(signer ?? "–"), \(tasks.count) nhiệm vụ"
        }
    }

    static func reading(_ name: String) throws -> Reading {
        let url = folder.appendingPathComponent(name)
        let bytes: [UInt8] = name.hasSuffix(".pdf")
            ? try PDFTextExtraction.text(of: url, display: name)
            : Array(try Data(contentsOf: url))
        let input = SiteInput(sources: [.init(path: name, relativePath: name, bytes: bytes)])
        let read = try SiteReading.read(input).get()
        let conclusion = try #require(read.conclusions.first)
        let meta = conclusion.meta
        return Reading(
            meetingDate: meta.meetingDate, date: meta.date, period: meta.period, number: meta.number, signer: meta.signer,
            tasks: conclusion.tasks.map { task in
                .init(ordinal: task.ordinal,
                      units: task.units.filter { !$0.implied }.map { "\($0.unitID):\($0.role)" }.sorted(),
                      deadlines: task.deadlines.map { "\($0.kind) \($0.start?.iso ?? "") \($0.end?.iso ?? "") \($0.inferred)" }.sorted())
            })
    }

    static let cases: [(String, String)] = twins.flatMap { twin in variants.map { (twin, $0) } }

    @Test(arguments: cases)
    func sameReadingAsMarkdown(twin: String, variant: String) throws {
        let markdown = try Self.reading("\(twin).md")
        let other = try Self.reading("\(twin).\(variant)")
        #expect(other.tasks.count == markdown.tasks.count, "\(twin).\(variant): \(other) ≠ \(markdown)")
        #expect(other.meetingDate == markdown.meetingDate)
        #expect(other.period == markdown.period)
        // The Markdown twin's front matter (07) states the issue date; the other files do not.
        let twinText = try String(contentsOf: Self.folder.appendingPathComponent("\(twin).md"), encoding: .utf8)
        if !twinText.hasPrefix("---") { #expect(other.date == markdown.date) }
        #expect(other.number == markdown.number)
        #expect(other.signer == markdown.signer)
        for (a, b) in zip(other.tasks, markdown.tasks) {
            #expect(a == b, "\(twin).\(variant) task \(b.ordinal)")
        }
        #expect(!markdown.tasks.isEmpty)
    }

    /// The bulletin keeps the document's bold and its lists and headings.
    @Test func bulletinKeepsFormatting() throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent("05-bau-cu.python-docx.docx")))
        let converted = try DocxReader.convert(bytes)
        #expect(converted.markdown.contains("1. **Ủy ban nhân dân xã:**"))
        let input = SiteInput(sources: [.init(path: "05.docx", relativePath: "05.docx", bytes: bytes)])
        let output = try SiteBuild.build(input).get()
        let page = try #require(output.file("ket-luan/05.html"))
        #expect(page.contains("<strong><span class=\"task-anchor\" id=\"nv-1\"></span><a class=\"unit\""))
        #expect(page.contains("<ol"))
        let headings = Array(try Data(contentsOf: Self.folder.appendingPathComponent("10-tet-le-hoi-xuan.python-docx.docx")))
        #expect(try DocxReader.convert(headings).markdown.contains("\n## I. Đánh giá công tác chuẩn bị\n"))
    }
}
