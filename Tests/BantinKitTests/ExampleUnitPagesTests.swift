import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// The acceptance checks on the example site and on a fixture site that declares its chi bộ and
/// xóm in `units.yml`.
@Suite(.serialized) struct ExampleUnitPagesTests {
    /// The item of `don-vi/<unit>.html` whose task has `label`.
    static func row(_ page: String, label: String) -> Substring? {
        guard let at = page.range(of: "<strong>\(label)</strong>") else { return nil }
        let start = page[..<at.lowerBound].range(of: "<li class=\"unit-task\"", options: .backwards)?.lowerBound ?? at.lowerBound
        let end = page[at.upperBound...].range(of: "</li>")?.upperBound ?? page.endIndex
        return page[start..<end]
    }

    @Test func theFrontPageListsTamLaAsLeadAndTheMilitaryPageMotLa() throws {
        let output = try ExampleSite.build()
        let mttq = try #require(output.file("don-vi/mttq.html"))
        let tamLa = try #require(Self.row(mttq, label: "Tám là"))
        #expect(tamLa.contains("chủ trì"), "\(tamLa)")
        let military = try #require(output.file("don-vi/bchqs.html"))
        #expect(Self.row(military, label: "Một là") != nil)
        let hamlets = try #require(output.file("don-vi/\(BuiltinUnits.hamlets).html"))
        #expect(Self.row(hamlets, label: "Tám là") != nil, "the task naming các xóm is on the group's page")
    }

    @Test func groupTasksReachEveryDeclaredCellAndHamlet() throws {
        let site = try TemporarySite([
            "bantin.yml": "title: \"Thử\"\n",
            "units.yml": """
            units:
              - id: chi-bo-xom-dong
                name: Chi bộ xóm Đông
                kind: chi-bo
              - id: chi-bo-xom-doai
                name: Chi bộ xóm Đoài
                kind: chi-bo
              - id: xom-dong
                name: Xóm Đông
                kind: thon-xom
              - id: xom-doai
                name: Xóm Đoài
                kind: thon-xom
            """,
            "content/kl-03.md": """
            THÔNG BÁO
            Kết luận hội nghị tháng 3/2026

            Ngày 02/3/2026, Ban Thường vụ Đảng ủy họp.

            I. Nhiệm vụ trọng tâm tháng 3/2026

            Một là, các chi bộ tổ chức sinh hoạt chuyên đề, hoàn thành trước ngày 25/3/2026.

            Hai là, các xóm tổ chức ra quân vệ sinh môi trường.

            """,
        ])
        defer { site.remove() }
        let result = try site.run(["build", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        for cell in ["chi-bo", "chi-bo-xom-dong", "chi-bo-xom-doai"] {
            let page = try site.read("public/don-vi/\(cell).html")
            #expect(Self.row(page, label: "Một là") != nil, "\(cell)")
            #expect(Self.row(page, label: "Hai là") == nil, "\(cell)")
        }
        for hamlet in ["xom", "xom-dong", "xom-doai"] {
            let page = try site.read("public/don-vi/\(hamlet).html")
            #expect(Self.row(page, label: "Hai là") != nil, "\(hamlet)")
        }
    }

    @Test func theSearchPageOfTheExampleSiteListsTramYTe() throws {
        let root = try writeTemporaryFolder(try ExampleSite.build().files)
        defer { try? FileManager.default.removeItem(at: root) }
        let dom = try Browser.dumpDOM(root.appendingPathComponent("tim-kiem.html").absoluteString + "?q=tram%20y%20te")
        let results = try #require(dom.range(of: "<ol id=\"ket-qua\""))
        #expect(dom[results.lowerBound...].contains("Trạm Y tế"))
    }
}
