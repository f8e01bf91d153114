import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// The "X là, …" paragraphs of the seed against the units and roles of the hand-checked gold file.
struct SeedTaskTests {
    /// The seed's task paragraphs, with the page-break split of "Năm là" joined back.
    static func rawTasks() throws -> [RawTask] {
        let url = Bundle.module.url(forResource: "Fixtures/seed", withExtension: "md")!
        let text = try String(contentsOf: url, encoding: .utf8)
        let labels = ["Một là", "Hai là", "Ba là", "Bốn là", "Năm là", "Sáu là", "Bảy là", "Tám là"]
        var tasks: [RawTask] = []
        for paragraph in text.components(separatedBy: "\n\n") {
            let paragraph = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
            if let index = labels.firstIndex(where: { paragraph.hasPrefix($0 + ",") }) {
                tasks.append(RawTask(ordinal: index + 1, label: labels[index], text: paragraph, line: 0))
            } else if let last = tasks.last, let first = paragraph.first, first.isNumber || first.isLowercase,
                      !(last.text.last.map { ".;:".contains($0) } ?? true) {
                tasks[tasks.count - 1].text += " " + paragraph
            }
        }
        return tasks
    }

    static func extract() throws -> (tasks: [TaskItem], diagnostics: [Diagnostic]) {
        let context = TaskExtractionContext(conclusionID: "tb", path: "seed.md", meetingDate: CivilDate(year: 2026, month: 1, day: 29),
                                            period: Seed.february, periodText: "tháng 02/2026")
        return TaskExtractor(context: context).extract(try rawTasks())
    }

    /// Gold unit names → ids.
    static let ids: [String: String] = [
        "Chi bộ": "chi-bo", "Trung tâm Dịch vụ Sự nghiệp công": "ttdvsnc", "Ban Chỉ huy Quân sự xã": "bchqs",
        "Ban Quản lý dự án": "bqlda", "Trạm Y tế xã": "tyt", "HĐND xã": "hdnd", "Trung tâm Phục vụ hành chính công": "ttpvhcc",
        "Ủy ban MTTQ xã": "mttq", "Xóm": "xom", "Ngân hàng Chính sách xã hội": "nhcsxh", "Đảng ủy xã": "dang-uy",
        "Ủy ban Kiểm tra Đảng ủy": "ubkt", "Ban Xây dựng Đảng": "bxdd", "UBND xã": "ubnd", "Phòng Kinh tế": "phong-kt",
        "Phòng Văn hóa - Xã hội": "phong-vhxh", "Công an xã": "cax",
    ]

    struct Gold: Decodable {
        struct Task: Decodable {
            struct Unit: Decodable { var unit: String; var role: String; var mention: String? }
            var ordinal: Int
            var units: [Unit]
            var implied_ok: [String]
        }
        var tasks: [Task]
    }

    /// Extra mentions the registry makes on purpose, which the gold leaves out. None now: "các sở,
    /// ngành liên quan" (Bảy là) names no body and is no alias of `cap-tren` any more.
    static let knownExtras: [Int: Set<String>] = [:]

    static let gold: Gold = {
        let json = #"""
        {"tasks": [
         {"ordinal": 1, "units": [{"unit": "Chi bộ", "role": "concerned", "mention": "bí thư chi bộ"}, {"unit": "Trung tâm Dịch vụ Sự nghiệp công", "role": "concerned"}, {"unit": "Ban Chỉ huy Quân sự xã", "role": "concerned", "mention": "Ban CHQS"}, {"unit": "Ban Quản lý dự án", "role": "concerned"}, {"unit": "Trạm Y tế xã", "role": "concerned"}], "implied_ok": ["Đảng ủy xã", "Ủy ban Kiểm tra Đảng ủy", "Ban Xây dựng Đảng"]},
         {"ordinal": 2, "units": [], "implied_ok": ["Đảng ủy xã", "Ủy ban MTTQ xã", "HĐND xã", "UBND xã", "Ban Xây dựng Đảng"]},
         {"ordinal": 3, "units": [], "implied_ok": ["UBND xã", "Phòng Kinh tế", "Trạm Y tế xã", "Xóm"]},
         {"ordinal": 4, "units": [], "implied_ok": ["UBND xã", "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ xã"]},
         {"ordinal": 5, "units": [{"unit": "HĐND xã", "role": "concerned", "mention": "kỳ họp HĐND xã"}, {"unit": "Trung tâm Phục vụ hành chính công", "role": "lead"}], "implied_ok": ["UBND xã"]},
         {"ordinal": 6, "units": [], "implied_ok": ["Ban Chỉ huy Quân sự xã", "Công an xã", "UBND xã", "Ủy ban Kiểm tra Đảng ủy"]},
         {"ordinal": 7, "units": [], "implied_ok": ["UBND xã", "Phòng Kinh tế"]},
         {"ordinal": 8, "units": [{"unit": "Ủy ban MTTQ xã", "role": "lead"}, {"unit": "Xóm", "role": "concerned", "mention": "các xóm"}, {"unit": "Ngân hàng Chính sách xã hội", "role": "concerned"}], "implied_ok": ["HĐND xã"]}
        ]}
        """#
        return try! JSONDecoder().decode(Gold.self, from: Data(json.utf8))
    }()

    @Test func theSeedHasEightTasks() throws {
        #expect(try Self.rawTasks().map(\.ordinal) == Array(1...8))
    }

    @Test(arguments: 1...8)
    func unitsAndRolesMatchTheGold(ordinal: Int) throws {
        let task = try Self.extract().tasks.first { $0.ordinal == ordinal }!
        let gold = Self.gold.tasks.first { $0.ordinal == ordinal }!
        let allowed = Set(gold.implied_ok.map { Self.ids[$0]! })
        for expected in gold.units {
            let id = Self.ids[expected.unit]!
            let found = task.units.first { $0.unitID == id }
            #expect(found?.role.rawValue == expected.role, "\(task.label): \(id)")
            #expect(found?.implied == false)
            if let mention = expected.mention { #expect(found?.mention == mention, "\(task.label): \(id)") }
        }
        let goldIDs = Set(gold.units.map { Self.ids[$0.unit]! })
        for unit in task.units where !goldIDs.contains(unit.unitID) {
            let known = Self.knownExtras[ordinal]?.contains(unit.unitID) ?? false
            #expect(allowed.contains(unit.unitID) || (known && !unit.implied), "\(task.label): unexpected \(unit.unitID) “\(unit.mention)”")
            #expect(unit.role == .concerned, "\(task.label): \(unit.unitID) is \(unit.role)")
        }
    }

    @Test func everyTaskIsDueAtTheEndOfFebruary() throws {
        for task in try Self.extract().tasks {
            #expect(task.deadlines.contains { $0.inferred && $0.end == CivilDate(year: 2026, month: 2, day: 28) && $0.text == "tháng 02/2026" })
        }
    }

    @Test func statedDeadlinesComeFromTheDeadlineExtractor() throws {
        let tasks = try Self.extract().tasks
        #expect(tasks[3].deadlines.contains { !$0.inferred && $0.kind == .due && $0.end == CivilDate(year: 2026, month: 2, day: 16) })
        #expect(tasks[6].deadlines.filter { !$0.inferred }.compactMap(\.end).contains(CivilDate(year: 2026, month: 5, day: 31)!))
        for task in tasks {
            for deadline in task.deadlines where !deadline.inferred {
                let range = try #require(deadline.range)
                #expect(String(decoding: Array(task.text.utf8)[range], as: UTF8.self) == deadline.text)
            }
        }
    }

    @Test func noUnknownUnitWarningsOnTheSeed() throws {
        let messages = try Self.extract().diagnostics.map(\.message)
        #expect(!messages.contains { $0.contains("giống tên một đơn vị") }, "\(messages)")
    }

    @Test func throughTheConclusionReader() throws {
        let document = try SeedReaderTests.readSeed()
        let context = TaskExtractionContext(conclusionID: "tb", path: "seed.md", meetingDate: document.meta.meetingDate,
                                            period: document.meta.period, periodText: document.meta.periodText)
        let tasks = TaskExtractor(context: context).extract(document.rawTasks).tasks
        #expect(tasks.count == 8)
        #expect(tasks[4].units.first { $0.unitID == "ttpvhcc" }?.role == .lead)
        #expect(tasks[7].units.first { $0.unitID == "mttq" }?.role == .lead)
        for task in tasks {
            let bytes = Array(task.text.utf8)
            for unit in task.units { if let range = unit.range { #expect(String(decoding: bytes[range], as: UTF8.self) == unit.mention) } }
        }
    }
}
