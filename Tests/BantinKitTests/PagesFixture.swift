import Foundation
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// A small hand-made site for the page families: units with groups ("Các chi bộ", "Các xóm") and
/// one conclusion whose tasks name units directly and through their groups.
enum PagesFixture {
    static let units: [BantinKit.Unit] = [
        BantinKit.Unit(id: "mttq", name: "Ủy ban MTTQ xã", kind: .frontAndMassOrganisations, aliases: ["Ủy ban MTTQ", "UBMTTQ"]),
        BantinKit.Unit(id: "tyt", name: "Trạm Y tế xã", kind: .government, aliases: ["Trạm Y tế", "TYT"]),
        BantinKit.Unit(id: "dang-uy", name: "Đảng ủy xã", kind: .party, aliases: ["Đảng ủy"]),
        BantinKit.Unit(id: "chi-bo", name: "Các chi bộ", kind: .partyCell, members: ["chi-bo-xom-dong", "chi-bo-xom-doai"]),
        BantinKit.Unit(id: "chi-bo-xom-dong", name: "Chi bộ xóm Đông", kind: .partyCell),
        BantinKit.Unit(id: "chi-bo-xom-doai", name: "Chi bộ xóm Đoài", kind: .partyCell),
        BantinKit.Unit(id: "xom", name: "Các xóm", kind: .hamlet, members: ["xom-dong"]),
        BantinKit.Unit(id: "xom-dong", name: "Xóm Đông", kind: .hamlet),
    ]

    /// The fixture's units alone, as a site's registry.
    static var registry: UnitRegistry { UnitRegistry(units: units, topics: []) }

    /// A task whose units are found by their words in `text` (so each mention has its range).
    static func task(_ ordinal: Int, _ label: String, _ text: String, units: [(String, String, UnitRole)],
                     due: CivilDate? = nil, phrase: String = "") -> TaskItem {
        let mentions = units.map { id, words, role -> UnitMention in
            let start = text.utf8.count - (text.range(of: words).map { text[$0.lowerBound...].utf8.count } ?? 0)
            return UnitMention(unitID: id, role: role, mention: words, range: start..<(start + words.utf8.count))
        }
        let deadlines = due.map { [Deadline(kind: .due, start: nil, end: $0, text: phrase)] } ?? []
        return TaskItem(id: "kl-02-nv-\(ordinal)", ordinal: ordinal, label: label, text: text, units: mentions,
                        deadlines: deadlines, line: 10 + ordinal, blockPath: [ordinal])
    }

    static let tasks: [TaskItem] = [
        task(1, "Một là", "Một là, Trạm Y tế xã chủ trì tiêm chủng mở rộng, xong trước ngày 15/3/2026.",
             units: [("tyt", "Trạm Y tế xã", .lead)], due: CivilDate(year: 2026, month: 3, day: 15), phrase: "trước ngày 15/3/2026"),
        task(2, "Hai là", "Hai là, các chi bộ tổ chức sinh hoạt chuyên đề; Ủy ban MTTQ xã phối hợp, trước ngày 20/02/2026.",
             units: [("chi-bo", "các chi bộ", .lead), ("mttq", "Ủy ban MTTQ xã", .support)],
             due: CivilDate(year: 2026, month: 2, day: 20), phrase: "trước ngày 20/02/2026"),
        task(3, "Ba là", "Ba là, các xóm ra quân vệ sinh môi trường.", units: [("xom", "các xóm", .lead)]),
        task(4, "Bốn là", "Bốn là, Đảng ủy giao các chi bộ kiểm tra; Chi bộ xóm Đông phối hợp, trước ngày 10/02/2026.",
             units: [("dang-uy", "Đảng ủy", .lead), ("chi-bo", "các chi bộ", .lead), ("chi-bo-xom-dong", "Chi bộ xóm Đông", .support)],
             due: CivilDate(year: 2026, month: 2, day: 10), phrase: "trước ngày 10/02/2026"),
    ]

    static var conclusion: Conclusion {
        var document = ConclusionDocument()
        document.meta.typeName = "THÔNG BÁO"
        document.meta.subject = "Kết luận hội nghị tháng 02/2026"
        document.meta.date = CivilDate(year: 2026, month: 2, day: 2)
        document.meta.number = "16-TB/ĐU"
        return Conclusion(id: "kl-02", path: "content/kl-02.md", relativePath: "kl-02.md", document: document,
                          tasks: tasks, body: "Nội dung.")
    }

    /// The fixture site, assembled.
    static func site(_ conclusions: [Conclusion] = [conclusion]) throws -> SiteModel {
        try assembled(conclusions, registry: registry)
    }

    static var page: PageContext {
        PageContext(site: SiteConfig(), navigation: SiteRenderer.navigation, buildDate: nil)
    }

    static func renderer() throws -> PageRenderer { try PageRenderer(templates: .builtIn) }

    /// The unit pages of the fixture.
    static func unitFiles() throws -> [OutputFile] {
        SiteRenderer(site: try site(), renderer: try renderer(), templates: .builtIn).files()
            .filter { $0.path.hasPrefix("don-vi/") }
    }

    static func text(_ files: [OutputFile], _ path: String) -> String? {
        files.first { $0.path == path }.map { String(decoding: $0.contents, as: UTF8.self) }
    }
}

/// Writes output files into a fresh temporary folder.
func writeTemporaryFolder(_ files: [OutputFile]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-pages-\(UUID().uuidString)")
    for file in files {
        let url = root.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(file.contents).write(to: url)
    }
    return root
}
