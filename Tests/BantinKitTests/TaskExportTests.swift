import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

struct TaskExportTests {
    static let input: TaskExportInput = {
        let task = TaskItem(id: "tb-nv-1", ordinal: 1, label: "Một là", text: "Một là, UBND xã chủ trì, \"gấp\"; phối hợp.",
                            units: [UnitMention(unitID: "ubnd", role: .lead, mention: "UBND xã", range: 9..<17),
                                    UnitMention(unitID: "bchqs", role: .concerned, mention: "tuyển quân", implied: true)],
                            deadlines: [Deadline(kind: .due, start: nil, end: CivilDate(year: 2026, month: 2, day: 28), text: "tháng 02/2026", inferred: true)],
                            line: 3, blockPath: [2])
        return TaskExportInput(conclusionID: "tb", source: "content/tb.md", title: "Kết luận </script>", meetingDate: CivilDate(year: 2026, month: 1, day: 29),
                               period: nil, tasks: [task])
    }()

    @Test func jsonHasItsKeysInOrder() throws {
        let json = TaskExport.json([Self.input], registry: .standard)
        let keys = ["\"conclusions\"", "\"id\"", "\"source\"", "\"title\"", "\"meetingDate\"", "\"period\": null", "\"tasks\"",
                    "\"id\": \"tb-nv-1\"", "\"ordinal\": 1", "\"label\"", "\"text\"", "\"units\"", "\"id\": \"ubnd\"",
                    "\"name\": \"Ủy ban nhân dân xã\"", "\"role\": \"lead\"", "\"mention\": \"UBND xã\"", "\"deadlines\"",
                    "\"kind\": \"due\"", "\"start\": \"2026-02-28\"", "\"end\": \"2026-02-28\"", "\"text\": \"tháng 02/2026\"", "\"inferred\": true"]
        var cursor = json.startIndex
        for key in keys {
            let found = json.range(of: key, range: cursor..<json.endIndex)
            #expect(found != nil, "\(key) out of order")
            if let found { cursor = found.upperBound }
        }
        #expect(json.contains(#""meetingDate": "2026-01-29""#))
        #expect(json.contains(#"\"gấp\""#))
        #expect(json.contains(#"<\/script>"#))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((parsed?["conclusions"] as? [Any])?.count == 1)
        #expect(TaskExport.json([Self.input], registry: .standard) == json)
    }

    @Test func jsonPeriod() {
        var input = Self.input
        input.period = Seed.february
        #expect(TaskExport.json([input], registry: .standard).contains("\"period\": {\n        \"start\": \"2026-02-01\",\n        \"end\": \"2026-02-28\"\n      }"))
    }

    /// The status sheet as CSV: one row per task and unit it names, status columns empty, the
    /// separator asked for, text that looks like a formula guarded.
    @Test func csvStatusSheetOpensInExcel() {
        let table = TaskExport.progressTable([Self.input], units: SiteUnits(.standard))
        let csv = TaskExport.csv(table)
        #expect(csv.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.count == 4 && lines[3].isEmpty)
        #expect(lines[0] == "Kết luận,Nhiệm vụ,Nội dung,Đơn vị,Vai trò,Thời hạn,Ngày hạn,Tình trạng,Ngày báo cáo,Ghi chú,Mã nhiệm vụ,Mã đơn vị")
        #expect(lines[1] == #"Kết luận </script> (29/01/2026),Một là,"Một là, UBND xã chủ trì, ""gấp""; phối hợp.",Ủy ban nhân dân xã,chủ trì,hạn: tháng 02/2026 (28/02/2026),28/02/2026,,,,tb-nv-1,ubnd"#)
        #expect(lines[2].contains(",Ban Chỉ huy Quân sự xã,\"liên quan, suy ra từ “tuyển quân”\","))
        #expect(lines[2].hasSuffix(",tb-nv-1,bchqs"))
        let semicolons = TaskExport.csv(table, delimiter: ";").dropFirst().components(separatedBy: "\r\n")
        #expect(semicolons[0].split(separator: ";").count == 12)
        #expect(semicolons[1].contains(";\"Một là, UBND xã chủ trì, \"\"gấp\"\"; phối hợp.\";"))
    }

    /// One unit's sheet: each task that concerns it, through a group too, with its role.
    @Test func csvForOneUnitHasOneRowPerTask() {
        var input = Self.input
        input.tasks[0].units.append(UnitMention(unitID: BuiltinUnits.partyCells, role: .support, mention: "các chi bộ", range: 30..<40))
        let units = SiteUnits(.standard)
        let member = units.members(of: BuiltinUnits.partyCells).first ?? BuiltinUnits.partyCells
        let rows = TaskExport.progressTable([input], units: units, unit: member).rows
        #expect(rows.count == 1)
        #expect(rows.first?[11] == .text(member))
    }

    @Test(arguments: [("a", "a"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("line\nbreak", "\"line\nbreak\""),
                      ("=1+2", "'=1+2"), ("+84 912", "'+84 912"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("=a,b", "\"'=a,b\"")])
    func csvQuotingAndFormulaGuard(field: String, expected: String) {
        #expect(TaskExport.csvField(field) == expected)
    }

    /// Reading a sheet back removes the guard (and only the guard).
    @Test func theFormulaGuardComesOffWhenReadBack() {
        #expect(ProgressSheet.clean("'=1+2") == "=1+2")
        #expect(ProgressSheet.clean("'-1") == "-1")
        #expect(ProgressSheet.clean("'tên") == "'tên")
        #expect(ProgressSheet.clean("  hoàn   thành ") == "hoàn thành")
    }

    @Test func terminalTable() {
        let table = TaskExport.table([Self.input], registry: .standard, width: 80)
        let lines = table.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("tb-nv-1  Ủy ban nhân dân xã  28/02/2026  Một là, UBND xã"))
        #expect(lines.allSatisfy { $0.count <= 80 })
    }
}
