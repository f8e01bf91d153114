import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// A clerk corrects a task in the front matter; the correction wins over what was read.
struct CorrectionTests {
    static let source = """
    ---
    corrections:
      - task: 2
        units: [ubnd, "phong-vhxh:support"]
        deadline: 2026-03-20
      - task: 1
        remove_units: [cax]
    ---
    THÔNG BÁO

    Kết luận hội nghị tháng 3/2026

    Sáng ngày 27 tháng 02 năm 2026, Ban Thường vụ Đảng ủy họp.

    I. Nhiệm vụ trọng tâm tháng 3/2026

    Một là, Công an xã bảo đảm an ninh trật tự trước ngày 10/3/2026.

    Hai là, tổ chức tốt các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ.
    """

    static func tasks(_ text: String) throws -> ([TaskItem], [Diagnostic]) {
        let input = SiteInput(sources: [.init(path: "content/a.md", relativePath: "a.md", bytes: Array(text.utf8))])
        let read = try SiteReading.read(input).get()
        return (read.conclusions[0].tasks, read.warnings)
    }

    @Test func correctionsReplaceUnitsAndDeadlines() throws {
        let (tasks, _) = try Self.tasks(Self.source)
        #expect(!tasks[0].units.contains { $0.unitID == "cax" })
        #expect(tasks[1].units.contains { $0.unitID == "ubnd" && $0.role == .lead })
        #expect(tasks[1].units.contains { $0.unitID == "phong-vhxh" && $0.role == .support })
        #expect(tasks[1].deadlines.map(\.end) == [CivilDate(year: 2026, month: 3, day: 20)])
    }

    @Test func aMalformedCorrectionStopsTheBuildAtItsLine() throws {
        let broken = Self.source.replacingOccurrences(of: "  - task: 1\n    remove_units: [cax]", with: "  - oops")
        let input = SiteInput(sources: [.init(path: "content/a.md", relativePath: "a.md", bytes: Array(broken.utf8))])
        guard case .failure(let failure) = SiteReading.read(input) else {
            Issue.record("a malformed correction must fail the build")
            return
        }
        #expect(failure.errors.contains { $0.description.hasPrefix("content/a.md:3: error: phần \"corrections\" không đúng dạng") })
    }
}
