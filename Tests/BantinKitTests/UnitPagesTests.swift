import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// Unit pages: who has which task, groups reaching their members, months, the follow-up sheet.
struct UnitPagesTests {
    let assignments = try! PagesFixture.site().assignments

    func labels(_ unitID: String) -> [String] { (assignments[unitID] ?? []).map(\.task.label) }

    @Test func aTaskGivenToAGroupReachesTheGroupAndEveryMember() {
        #expect(labels("chi-bo") == ["Bốn là", "Hai là"])
        #expect(labels("chi-bo-xom-doai") == ["Bốn là", "Hai là"])
        #expect(labels("chi-bo-xom-dong") == ["Bốn là", "Hai là"])
        #expect(labels("xom") == ["Ba là"])
        #expect(labels("xom-dong") == ["Ba là"])
        #expect(labels("tyt") == ["Một là"])
        #expect(labels("mttq") == ["Hai là"])
    }

    @Test func aUnitNamedDirectlyKeepsItsOwnRole() throws {
        let direct = try #require(assignments["chi-bo-xom-dong"]?.first { $0.task.label == "Bốn là" })
        #expect(direct.role == .support)
        #expect(direct.group == nil)
        let throughGroup = try #require(assignments["chi-bo-xom-doai"]?.first { $0.task.label == "Bốn là" })
        #expect(throughGroup.role == .lead)
        #expect(throughGroup.group == "chi-bo")
    }

    @Test func groupsOfGroupsAreFollowedWithoutLooping() {
        let units = SiteUnits(UnitRegistry(units: [
            BantinCore.Unit(id: "a", name: "A", kind: .other, members: ["b", "c"]),
            BantinCore.Unit(id: "b", name: "B", kind: .other, members: ["d", "a"]),
            BantinCore.Unit(id: "c", name: "C", kind: .other),
            BantinCore.Unit(id: "d", name: "D", kind: .other, members: ["b"]),
        ], topics: []))
        #expect(units.members(of: "a") == ["b", "c", "d"])
        #expect(units.reach([UnitMention(unitID: "c", role: .lead, mention: "C"), UnitMention(unitID: "b", role: .lead, mention: "B")])
            == ["c", "b", "d", "a"])
    }

    @Test func tasksAreSortedByDeadlineUndatedLast() throws {
        let tasks = [PagesFixture.task(1, "A", "A", units: [("tyt", "A", .lead)]),
                     PagesFixture.task(2, "B", "B", units: [("tyt", "B", .lead)], due: CivilDate(year: 2026, month: 5, day: 1)),
                     PagesFixture.task(10, "C", "C", units: [("tyt", "C", .lead)], due: CivilDate(year: 2026, month: 4, day: 1)),
                     PagesFixture.task(3, "D", "D", units: [("tyt", "D", .lead)])]
        var conclusion = PagesFixture.conclusion
        conclusion.tasks = tasks
        let index = try PagesFixture.site([conclusion]).assignments
        #expect(index["tyt"]?.map(\.task.label) == ["C", "B", "A", "D"])
    }

    @Test func thePageListsTasksByMonthWithRoleAndLinkToTheSentence() throws {
        let files = try PagesFixture.unitFiles()
        let page = try #require(PagesFixture.text(files, "don-vi/chi-bo-xom-doai.html"))
        #expect(page.contains("<h1>Chi bộ xóm Đoài</h1>"))
        let february = try #require(page.range(of: "<h2 id=\"thang-2026-02\">Tháng 02/2026</h2>"))
        #expect(page[february.upperBound...].contains("Bốn là"))
        #expect(page.contains("chủ trì (giao cho các chi bộ)"))
        #expect(page.contains("href=\"../ket-luan/kl-02.html#nv-2-chi-bo\""), "links to where the group is named")
        #expect(page.contains("data-due=\"2026-02-10\""))
        #expect(page.contains("<a href=\"../don-vi/chi-bo.html\">Các chi bộ</a>"), "names its group")

        // A task with no deadline is listed under the month of its conclusion, and says so.
        let hamlet = try #require(PagesFixture.text(files, "don-vi/xom-dong.html"))
        let undated = try #require(ExampleUnitPagesTests.row(hamlet, label: "Ba là"))
        #expect(undated.contains("<span class=\"missing\">không nêu</span>"))
        #expect(hamlet.contains("<h2 id=\"thang-2026-02\">Tháng 02/2026</h2>"))

        let mttq = try #require(PagesFixture.text(files, "don-vi/mttq.html"))
        #expect(mttq.contains("Ủy ban MTTQ, UBMTTQ"), "aliases")
        #expect(mttq.contains("<dd class=\"role role-support\">phối hợp</dd>"))
        #expect(mttq.contains("#nv-2-mttq"))
    }

    /// The whole text of the task, never cut, with the unit's own words marked — or the words of
    /// the group it is reached through.
    @Test func theUnitPageHoldsTheWholeTextWithItsOwnPartMarked() throws {
        let files = try PagesFixture.unitFiles()
        let mttq = try #require(PagesFixture.text(files, "don-vi/mttq.html"))
        #expect(mttq.contains("<p class=\"task-text\"><strong>Hai là</strong>, các chi bộ tổ chức sinh hoạt chuyên đề; <mark class=\"own-part\">Ủy ban MTTQ xã</mark> phối hợp, trước ngày 20/02/2026.</p>"))
        let cell = try #require(PagesFixture.text(files, "don-vi/chi-bo-xom-doai.html"))
        #expect(cell.contains("<strong>Hai là</strong>, <mark class=\"own-part\">các chi bộ</mark> tổ chức sinh hoạt chuyên đề"))
        #expect(!cell.contains(" …</"), "no task is cut")
    }

    @Test func theIndexGroupsUnitsByKind() throws {
        let index = try #require(PagesFixture.text(try PagesFixture.unitFiles(), SitePaths.units))
        let party = try #require(index.range(of: "<h2 id=\"loai-dang\">Đảng</h2>")).lowerBound
        let cells = try #require(index.range(of: "<h2 id=\"loai-chi-bo\">Chi bộ</h2>")).lowerBound
        let tyt = try #require(index.range(of: "href=\"../don-vi/tyt.html\"")).lowerBound
        #expect(party < tyt && tyt < cells)
        #expect(index.contains("Trạm Y tế xã</a> <small>· 1 nhiệm vụ</small>"))
    }

    @Test func bodyMarksTheFirstMentionOfEachUnitWithAnId() {
        let task = PagesFixture.tasks[1]
        #expect(SitePaths.Anchor.mention(of: "mttq", in: task) == "nv-2-mttq")
        var implied = task
        implied.units = [UnitMention(unitID: "mttq", role: .lead, mention: "MTTQ", range: nil, implied: true)]
        #expect(SitePaths.Anchor.mention(of: "mttq", in: implied) == nil)
    }
}
