import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit

/// The status file (bảng tiến độ) end to end, through the `bantin` executable on a copy of the
/// example site: read from the site root or from content/, bad rows reported at their line, the
/// recorded statuses on the pages, and the exported sheet opened by another program (openpyxl,
/// Python's csv) and read back.
@Suite(.serialized) struct ProgressFileTests {
    static let conclusion = "ket-luan-thang-02-2026"

    /// The example site (its content, bantin.yml and units.yml) in a temporary folder.
    static func exampleSite(_ extra: [String: String] = [:]) throws -> TemporarySite {
        var files = extra
        for name in ["bantin.yml", "units.yml", "content/\(conclusion).md"] {
            files[name] = try String(contentsOf: Package.root.appendingPathComponent(name), encoding: .utf8)
        }
        return try TemporarySite(files)
    }

    /// The task table row of the bulletin for `label`.
    static func row(_ page: String, _ label: String) -> Substring? {
        guard let at = page.range(of: "<td class=\"ordinal\">\(label)</td>") else { return nil }
        let start = page[..<at.lowerBound].range(of: "<tr", options: .backwards)?.lowerBound ?? at.lowerBound
        let end = page[at.upperBound...].range(of: "</tr>")?.upperBound ?? page.endIndex
        return page[start..<end]
    }

    /// Kept in content/ beside the conclusion, saved by Excel with Vietnamese settings (";" and a
    /// byte-order mark), typed without diacritics: read, and shown on the bulletin, the unit page,
    /// the calendar and the home page's counts.
    @Test func aStatusFileInContentShowsOnThePages() throws {
        let csv = "\u{FEFF}Mã nhiệm vụ;Mã đơn vị;Tình trạng;Ngày báo cáo;Ghi chú\r\n"
            + "\(Self.conclusion)-nv-4;;Hoan thanh;14/02/2026;Đã trao 14 căn\r\n"
            + "\(Self.conclusion)-nv-1;bchqs;đang thực hiện;;Đang kiện toàn\r\n"
        let site = try Self.exampleSite(["content/tien-do.csv": csv])
        defer { site.remove() }
        let build = try site.run(["build", "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let bulletin = try site.read("public/ket-luan/\(Self.conclusion).html")
        let four = try #require(Self.row(bulletin, "Bốn là"))
        #expect(four.contains("data-status=\"hoan-thanh\""))
        #expect(four.contains("<span class=\"progress-hoan-thanh\">hoàn thành (14/02/2026)</span><br><small>Đã trao 14 căn</small>"))
        let one = try #require(Self.row(bulletin, "Một là"))
        #expect(one.contains("data-status=\"dang-thuc-hien\""))
        #expect(try #require(Self.row(bulletin, "Hai là")).contains("data-status=\"\""))

        let unit = try site.read("public/don-vi/bchqs.html")
        #expect(unit.contains("<dd class=\"progress\"><span class=\"progress-dang-thuc-hien\">đang thực hiện</span> — Đang kiện toàn</dd>"))
        let calendar = try site.read("public/lich/2026-02.html")
        #expect(calendar.contains("href=\"../ket-luan/\(Self.conclusion).html#nv-4\" data-due=\"2026-02-16\" data-status=\"hoan-thanh\""))
        let home = try site.read("public/index.html")
        #expect(home.contains("<tr><th scope=\"row\"><a href=\"nhiem-vu/2026-02.html\">Tháng 02/2026</a></th><td>8</td><td>1</td><td>1</td><td>0</td>"), "8 tasks, 1 done, 1 under way")
    }

    /// Every bad row is an error at its line saying what to write; nothing is published.
    @Test func badRowsAreErrorsAtTheirLine() throws {
        let csv = "Mã nhiệm vụ,Mã đơn vị,Tình trạng,Ngày báo cáo,Ghi chú\n"
            + "\(Self.conclusion)-nv-4,,xong rồi,,\n"              // 2: no such status
            + "\(Self.conclusion)-nv-4,,hoàn thành,30/02/2026,\n"  // 3: no such day
            + "kl-khong-co-nv-9,,hoàn thành,,\n"                   // 4: no such task
            + "\(Self.conclusion)-nv-1,mttq,hoàn thành,,\n"        // 5: a unit the task does not name
            + "\(Self.conclusion)-nv-1,,,,ghi chú không có tình trạng\n"  // 6: a note without a status
            + "\(Self.conclusion)-nv-5,,hoàn thành,,\n"
            + "\(Self.conclusion)-nv-5,,đang thực hiện,,\n"        // 8: the same task twice
        let site = try Self.exampleSite(["tien-do.csv": csv])
        defer { site.remove() }
        let build = try site.run(["build", "--quiet"])
        #expect(build.status != 0)
        let errors = build.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
        for line in [2, 3, 4, 5, 6, 8] {
            #expect(errors.contains { $0.hasPrefix("tien-do.csv:\(line): error: ") }, "line \(line): \(build.stderr)")
        }
        #expect(errors.count == 6, "\(build.stderr)")
        #expect(build.stderr.contains("tình trạng “xong rồi” không có; ghi một trong: chưa thực hiện, đang thực hiện, hoàn thành, chuyển kỳ sau"))
        #expect(build.stderr.contains("ngày “30/02/2026” không đọc được"))
        #expect(build.stderr.contains("không có nhiệm vụ mã “kl-khong-co-nv-9”"))
        #expect(build.stderr.contains("không giao cho đơn vị “mttq”"))
        #expect(!site.exists("public/index.html"), "a failed build publishes nothing")
    }

    /// A header without the columns that are read says which ones are missing.
    @Test func aSheetWithoutItsHeaderIsAnErrorAtTheHeader() throws {
        let site = try Self.exampleSite(["tien-do.csv": "Nhiệm vụ;Ghi chú\nMột là;xong\n"])
        defer { site.remove() }
        let build = try site.run(["build", "--quiet"])
        #expect(build.status != 0)
        #expect(build.stderr.contains("tien-do.csv:1: error: dòng tiêu đề thiếu cột “Mã nhiệm vụ” và “Tình trạng”"), "\(build.stderr)")
    }

    /// Two status files are one too many.
    @Test func twoStatusFilesAreAnError() throws {
        let header = "Mã nhiệm vụ,Tình trạng\n"
        let site = try Self.exampleSite(["tien-do.csv": header, "content/tien-do.csv": header])
        defer { site.remove() }
        let build = try site.run(["build", "--quiet"])
        #expect(build.status != 0)
        #expect(build.stderr.contains("chỉ giữ một tệp"), "\(build.stderr)")
    }

    /// Runs a Python script with `arguments`; its standard output.
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let result = try runTool("python3", ["-c", script] + arguments)
        #expect(result.status == 0, "\(result.error)")
        return result.output
    }

    /// The workbook opens in openpyxl with the Vietnamese intact, a bold frozen header, widths and
    /// real dates; two statuses filled in there and saved as tien-do.xlsx come back on the pages.
    @Test func theWorkbookOpensInOpenpyxlAndRoundTrips() throws {
        let site = try Self.exampleSite()
        defer { site.remove() }
        let export = try site.run(["tasks", "--format", "xlsx", "--output", "bang-tien-do.xlsx"])
        #expect(export.status == 0, "\(export.stderr)")
        let workbook = site.root.appendingPathComponent("bang-tien-do.xlsx").path
        let facts = try Self.python("""
            import sys, json, datetime, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["Tiến độ"]
            header = [c.value for c in ws[1]]
            col = {t: i for i, t in enumerate(header)}
            rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
            due = rows[0][col["Ngày hạn"]]
            print(json.dumps({
              "sheets": wb.sheetnames, "header": header, "bold": ws["A1"].font.b, "frozen": ws.freeze_panes,
              "rows": len(rows), "first": rows[0][col["Nội dung"]], "unit": rows[0][col["Đơn vị"]],
              "due": due.isoformat() if isinstance(due, datetime.datetime) else repr(due),
              "dueFormat": ws.cell(row=2, column=col["Ngày hạn"] + 1).number_format,
              "widths": [ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(len(header))],
              "statusEmpty": all(r[col["Tình trạng"]] is None for r in rows),
              "ids": [r[col["Mã nhiệm vụ"]] for r in rows],
            }, ensure_ascii=False))
            """, [workbook])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(facts.utf8)) as? [String: Any])
        #expect((json["sheets"] as? [String])?.first == "Tiến độ")
        #expect(json["header"] as? [String] == ProgressSheet.Field.allCases.map(\.title))
        #expect(json["bold"] as? Bool == true)
        #expect(json["frozen"] as? String == "A2")
        #expect((json["first"] as? String)?.hasPrefix("Một là, tiếp tục tăng cường công tác xây dựng Đảng") == true)
        #expect((json["first"] as? String)?.hasSuffix("Ban CHQS, Ban Quản lý dự án và Trạm Y tế xã.") == true)
        #expect(json["unit"] as? String == "Các chi bộ")
        #expect(json["due"] as? String == "2026-02-28T00:00:00", "a date, not text")
        #expect((json["dueFormat"] as? String)?.contains("dd") == true)
        #expect((json["widths"] as? [Double])?.allSatisfy { $0 >= 8 } == true, "\(json["widths"] ?? "")")
        #expect(json["statusEmpty"] as? Bool == true)
        let ids = try #require(json["ids"] as? [String])
        #expect(ids.contains("\(Self.conclusion)-nv-4") && ids.contains("\(Self.conclusion)-nv-6"))

        // The office fills in two statuses in the workbook and keeps it as tien-do.xlsx.
        _ = try Self.python("""
            import sys, datetime, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["Tiến độ"]
            header = [c.value for c in ws[1]]
            col = {t: i + 1 for i, t in enumerate(header)}
            for r in range(2, ws.max_row + 1):
                task, unit = ws.cell(r, col["Mã nhiệm vụ"]).value, ws.cell(r, col["Mã đơn vị"]).value
                if task.endswith("-nv-6") and unit == "bchqs":
                    ws.cell(r, col["Tình trạng"]).value = "Hoàn thành"
                    ws.cell(r, col["Ngày báo cáo"]).value = datetime.datetime(2026, 2, 20)
                    ws.cell(r, col["Ghi chú"]).value = "Giao quân đủ 100% chỉ tiêu"
                if task.endswith("-nv-8") and unit == "mttq":
                    ws.cell(r, col["Tình trạng"]).value = "chuyển kỳ sau"
            wb.save(sys.argv[2])
            """, [workbook, site.root.appendingPathComponent("tien-do.xlsx").path])
        let build = try site.run(["build", "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let unit = try site.read("public/don-vi/bchqs.html")
        #expect(unit.contains("<span class=\"progress-hoan-thanh\">hoàn thành (20/02/2026)</span> — Giao quân đủ 100% chỉ tiêu"), "\(unit)")
        let front = try site.read("public/don-vi/mttq.html")
        #expect(front.contains("<span class=\"progress-chuyen-ky-sau\">chuyển kỳ sau</span>"))
        let sheet = try site.read("public/phieu/bchqs/2026-02.html")
        #expect(sheet.contains("<li class=\"choice checked\">hoàn thành</li>"))
    }

    /// The CSV with ";" opens in columns (Python's csv as Excel with Vietnamese settings reads it),
    /// the same 12 columns on every row, text intact, and the formula guard on text that starts
    /// like a formula.
    @Test func theCSVWithSemicolonsOpensInColumns() throws {
        let site = try Self.exampleSite()
        defer { site.remove() }
        let export = try site.run(["tasks", "--format", "csv", "--delimiter", ";", "--output", "bang.csv"])
        #expect(export.status == 0, "\(export.stderr)")
        let facts = try Self.python("""
            import sys, csv, json
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                rows = list(csv.reader(f, delimiter=";"))
            print(json.dumps({"widths": sorted(set(len(r) for r in rows)), "header": rows[0], "text": rows[1][2], "count": len(rows) - 1}, ensure_ascii=False))
            """, [site.root.appendingPathComponent("bang.csv").path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(facts.utf8)) as? [String: Any])
        #expect(json["widths"] as? [Int] == [12])
        #expect(json["header"] as? [String] == ProgressSheet.Field.allCases.map(\.title))
        #expect((json["text"] as? String)?.contains("Ban CHQS, Ban Quản lý dự án và Trạm Y tế xã.") == true)
        #expect((json["count"] as? Int ?? 0) >= 8)
    }
}
