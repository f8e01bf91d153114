import Foundation
import Testing
@testable import BantinCore

struct TaskExtractorTests {
    static let february = CivilDate(year: 2026, month: 2, day: 1)!...CivilDate(year: 2026, month: 2, day: 28)!

    static func context(_ corrections: [TaskCorrection] = [], registry: UnitRegistry = .standard) -> TaskExtractionContext {
        TaskExtractionContext(conclusionID: "2026-01-tb", path: "content/tb.md", meetingDate: CivilDate(year: 2026, month: 1, day: 29),
                              period: february, periodText: "tháng 02/2026", registry: registry, corrections: corrections)
    }

    @Test func idsAndTheInferredMonth() {
        let raws = [RawTask(ordinal: 1, label: "Một là", text: "Một là, UBND xã chỉ đạo sản xuất.", line: 10),
                    RawTask(ordinal: 2, label: "Hai là", text: "Hai là, Công an xã bảo đảm an ninh.", line: 12)]
        let (tasks, _) = TaskExtractor(context: Self.context()).extract(raws)
        #expect(tasks.map(\.id) == ["2026-01-tb-nv-1", "2026-01-tb-nv-2"])
        let inferred = tasks[0].deadlines.last
        #expect(inferred == Deadline(kind: .due, start: nil, end: CivilDate(year: 2026, month: 2, day: 28), text: "tháng 02/2026", inferred: true))
    }

    @Test func aDistrictBodyOnlyNamedIsNoUnit() {
        let raws = [RawTask(ordinal: 1, label: "-", text: "- Các ấp thực hiện tốt Nghị quyết số 03-NQ/HU của Huyện ủy.", line: 3),
                    RawTask(ordinal: 2, label: "-", text: "- Đề nghị UBND huyện hỗ trợ kinh phí sửa chữa đường.", line: 4)]
        let tasks = TaskExtractor(context: Self.context()).extract(raws).tasks
        #expect(!tasks[0].units.contains { $0.unitID == "huyen-uy" })
        #expect(tasks[1].units.map(\.unitID) == ["ubnd-huyen"])
        #expect(tasks[1].units[0].role == .requested)
    }

    @Test func aBareOfficeIsTheIssuersOffice() {
        let raw = RawTask(ordinal: 1, label: "-", text: "- Giao Văn phòng theo dõi, đôn đốc việc thực hiện.", line: 3)
        let tasks = TaskExtractor(context: Self.context()).extract([raw]).tasks
        #expect(ConclusionExtraction.officesOfTheIssuer(tasks, kind: .party)[0].units.map(\.unitID) == ["vpdu"])
        #expect(ConclusionExtraction.officesOfTheIssuer(tasks, kind: .state)[0].units.map(\.unitID) == ["vp-hdnd-ubnd"])
    }

    @Test func aLeadInMakesItsUnitLead() {
        let raw = RawTask(ordinal: 1, label: "1.", text: "1. Ủy ban nhân dân xã: chỉ đạo Công an xã ra quân.", line: 3,
                          leadIn: "Ủy ban nhân dân xã")
        let units = TaskExtractor(context: Self.context()).extract([raw]).tasks[0].units
        #expect(units.map(\.unitID) == ["ubnd", "cax"])
        #expect(units[0].role == .lead)
        // "chỉ đạo Công an xã ra quân": the body directed does the work.
        #expect(units[1].role == .lead)
    }

    @Test func aLongUnlabelledParagraphIsSplitIntoDirectives() {
        let text = "Phòng Kinh tế rà soát diện tích gieo cấy vụ Xuân; Trạm Y tế xã tổ chức tiêm chủng cho trẻ em; "
            + "Công an xã ra quân bảo đảm an toàn giao thông trước ngày 15/02/2026."
        let raw = RawTask(ordinal: 3, label: "", text: text, line: 20, blockPath: [4])
        let tasks = TaskExtractor(context: Self.context()).extract([raw]).tasks
        #expect(tasks.map(\.id) == ["2026-01-tb-nv-3-1", "2026-01-tb-nv-3-2", "2026-01-tb-nv-3-3"])
        #expect(tasks.map { $0.units.first?.unitID } == ["phong-kt", "tyt", "cax"])
        #expect(tasks.allSatisfy { $0.units.first?.role == .lead && $0.line == 20 && $0.blockPath == [4] })
        #expect(tasks[1].text == "Trạm Y tế xã tổ chức tiêm chủng cho trẻ em")
        let bytes = Array(text.utf8)
        let second = tasks[1]
        #expect(String(decoding: bytes[second.sourceOffset..<second.sourceOffset + second.text.utf8.count], as: UTF8.self) == second.text)
    }

    @Test func aShortListIsNotSplit() {
        let raw = RawTask(ordinal: 1, label: "", text: "Rà soát: hộ nghèo; hộ cận nghèo; người có công.", line: 1)
        #expect(TaskExtractor(context: Self.context()).extract([raw]).tasks.map(\.id) == ["2026-01-tb-nv-1"])
    }

    @Test func nhiemVuRowsAreResolvedExactly() {
        let raw = RawTask(ordinal: 1, label: "1.", text: "Ra quân bảo đảm trật tự dịp Tết", line: 30,
                          explicitUnits: "UBND xã (chủ trì); Công an xã, Đoàn Thanh niên", explicitDeadline: "15/03/2026")
        let (tasks, diagnostics) = TaskExtractor(context: Self.context()).extract([raw])
        let task = tasks[0]
        #expect(task.units.map(\.unitID) == ["ubnd", "cax", "doan"])
        #expect(task.units.map(\.role) == [.lead, .support, .support])
        #expect(task.deadlines.first == Deadline(kind: .due, start: nil, end: CivilDate(year: 2026, month: 3, day: 15), text: "15/03/2026"))
        #expect(diagnostics.isEmpty)
    }

    /// The text of a row names more units and dates than its cells, and says what its unit does.
    @Test func nhiemVuRowsAlsoReadTheirText() {
        let rows = [
            RawTask(ordinal: 1, label: "1.", text: "Chỉ đạo sản xuất vụ Mùa; phối hợp với Hội Nông dân xã hướng dẫn Nhân dân", line: 30,
                    explicitUnits: "UBND xã", explicitDeadline: "Trong tháng 6/2026"),
            RawTask(ordinal: 2, label: "2.", text: "Tổ chức kỷ niệm Ngày Gia đình Việt Nam (28/6); báo cáo Ban Thường vụ", line: 31,
                    explicitUnits: "Ủy ban MTTQ xã, các đoàn thể", explicitDeadline: "Quý III/2026"),
            RawTask(ordinal: 3, label: "3.", text: "Theo dõi, đôn đốc việc thực hiện; báo cáo Thường trực Đảng ủy", line: 32,
                    explicitUnits: "Văn phòng Đảng ủy", explicitDeadline: "Trước ngày 25 hằng tháng"),
        ]
        let context = TaskExtractionContext(conclusionID: "t", path: "t.md", meetingDate: CivilDate(year: 2026, month: 5, day: 29))
        let tasks = TaskExtractor(context: context).extract(rows).tasks
        let units = tasks.map { Dictionary(uniqueKeysWithValues: $0.units.map { ($0.unitID, $0.role) }) }
        #expect(units[0] == ["ubnd": .lead, "hnd": .support])
        #expect(units[1] == ["mttq-doan-the": .lead, "btv": .concerned])
        #expect(units[2] == ["vpdu": .monitor, "thuong-truc-du": .concerned])
        let june30 = CivilDate(year: 2026, month: 6, day: 30)
        #expect(tasks[0].deadlines.map(\.kind) == [.due] && tasks[0].deadlines[0].end == june30)
        #expect(tasks[1].deadlines.map(\.kind) == [.period, .event])
        #expect(tasks[1].deadlines[0].start == CivilDate(year: 2026, month: 7, day: 1) && tasks[1].deadlines[0].end == CivilDate(year: 2026, month: 9, day: 30))
        #expect(tasks[1].deadlines[0].text == "Quý III/2026")
        #expect(tasks[2].deadlines.map(\.kind) == [.recurring])
    }

    @Test func nhiemVuRowsWithoutChuTriAreAllLeads() {
        let raw = RawTask(ordinal: 1, label: "1.", text: "Tổng vệ sinh", line: 30, explicitUnits: "Hội Phụ nữ; Đoàn xã:phối hợp; Ban Văn hóa")
        let (tasks, diagnostics) = TaskExtractor(context: Self.context()).extract([raw])
        #expect(tasks[0].units.map(\.role) == [.lead, .support])
        #expect(diagnostics.contains { $0.message.contains("“Ban Văn hóa”") })
    }

    @Test func correctionsRunAfterExtraction() {
        let corrections = [TaskCorrection(task: "1", units: ["ubnd", "phong-vhxh:support"], removeUnits: ["tyt"], deadline: "2026-02-16"),
                           TaskCorrection(task: "9"),
                           TaskCorrection(task: "1", units: ["khong-co"]),
                           TaskCorrection(task: "1", deadline: "sớm")]
        let raw = RawTask(ordinal: 1, label: "Một là", text: "Một là, Trạm Y tế xã và Công an xã phối hợp.", line: 5)
        let (tasks, diagnostics) = TaskExtractor(context: Self.context(corrections)).extract([raw])
        let units = tasks[0].units
        #expect(units.map(\.unitID) == ["cax", "ubnd", "phong-vhxh"])
        #expect(units.map(\.role) == [.lead, .lead, .support])
        #expect(tasks[0].deadlines == [Deadline(kind: .due, start: nil, end: CivilDate(year: 2026, month: 2, day: 16), text: "2026-02-16")])
        #expect(diagnostics.filter { $0.severity == .error }.count == 3)
    }

    @Test func correctionsDecode() throws {
        let json = #"[{"task": 4, "units": ["ubnd", "phong-vhxh:support"], "remove_units": ["tyt"], "deadline": "2026-02-16"}, {"task": "4-2"}]"#
        let decoded = try JSONDecoder().decode([TaskCorrection].self, from: Data(json.utf8))
        #expect(decoded == [TaskCorrection(task: "4", units: ["ubnd", "phong-vhxh:support"], removeUnits: ["tyt"], deadline: "2026-02-16"),
                            TaskCorrection(task: "4-2")])
    }

    @Test func warnings() {
        let raws = [RawTask(ordinal: 1, label: "Một là", text: "Một là, tăng cường công tác tuyên truyền.", line: 7),
                    RawTask(ordinal: 2, label: "Hai là", text: "Hai là, Ban Quản lý chợ xã phối hợp Tổ công tác đặc biệt rà soát; Chi bộ xóm Đông họp.", line: 9)]
        var context = Self.context()
        context.period = nil
        let (_, diagnostics) = TaskExtractor(context: context).extract(raws)
        let messages = diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("content/tb.md:7: warning:") && $0.contains("không nêu đơn vị") })
        #expect(messages.contains { $0.hasPrefix("content/tb.md:7: warning:") && $0.contains("không có thời hạn") })
        #expect(messages.contains { $0.hasPrefix("content/tb.md:9:") && $0.contains("“Ban Quản lý") })
        #expect(messages.contains { $0.contains("“Tổ công tác đặc biệt”") })
        #expect(messages.contains { $0.contains("“Chi bộ xóm Đông”") })
        #expect(!messages.contains { $0.hasPrefix("content/tb.md:9:") && $0.contains("không nêu đơn vị") })
    }

    @Test func ordinaryCapitalisedWordsAreNotUnknownUnits() {
        let raw = RawTask(ordinal: 1, label: "", text: "Tổ chức Hội nghị; Ban hành kế hoạch. Phòng, chống dịch. Đội ngũ cán bộ. Trưởng xóm Nguyễn Văn A.", line: 1)
        let (_, diagnostics) = TaskExtractor(context: Self.context()).extract([raw])
        #expect(!diagnostics.contains { $0.message.contains("giống tên một đơn vị") }, "\(diagnostics)")
    }
}
