import BantinCore
import Foundation
import ZIPFoundation

/// Writes sheets as an Excel workbook (`.xlsx`, the minimal SpreadsheetML that Excel, LibreOffice
/// and openpyxl open): a bold, frozen header row, the columns' widths, text as inline strings
/// (so a cell starting with "=" is text, never a formula), dates as dates in DD/MM/YYYY, a
/// drop-down list where a column has fixed choices, A4 landscape for printing. Made in memory;
/// the same sheets always give the same bytes (fixed ZIP timestamps, no creation date).
public enum XLSXWriter {
    public static func workbook(_ sheets: [SpreadsheetTable]) -> [UInt8] {
        var parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", rootRelations),
            ("xl/workbook.xml", workbookXML(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelations(sheetCount: sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet)))
        }
        return zip(parts)
    }

    /// The cell styles of `styles`, by their index in `cellXfs`.
    enum Style: Int {
        case plain = 0, header = 1, date = 2, wrapped = 3
    }

    static func worksheet(_ sheet: SpreadsheetTable) -> String {
        let lastColumn = columnName(max(sheet.columns.count, 1) - 1)
        let lastRow = sheet.rows.count + 1
        var xml = header
        xml += "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        xml += "<dimension ref=\"A1:\(lastColumn)\(lastRow)\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columns.isEmpty {
            xml += "<cols>"
            for (index, column) in sheet.columns.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(number(column.width))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        xml += row(1, sheet.columns.map { .text($0.title) }, styles: sheet.columns.map { _ in .header })
        // Long text wraps; other text stays on one line.
        let wraps = sheet.columns.map { $0.width >= 30 }
        for (offset, cells) in sheet.rows.enumerated() {
            let styles = cells.indices.map { index -> Style in
                if case .date = cells[index] { return .date }
                guard index < sheet.columns.count else { return .plain }
                if sheet.columns[index].isDate { return .date }
                return wraps[index] ? .wrapped : .plain
            }
            xml += row(offset + 2, cells, styles: styles)
        }
        xml += "</sheetData>"
        let lists = sheet.columns.enumerated().filter { !$0.element.choices.isEmpty }
        if !lists.isEmpty {
            xml += "<dataValidations count=\"\(lists.count)\">"
            for (index, column) in lists {
                let letter = columnName(index)
                let choices = column.choices.map { $0.replacingOccurrences(of: "\"", with: "") }.joined(separator: ",")
                xml += "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" sqref=\"\(letter)2:\(letter)\(max(lastRow, 2) + 200)\">"
                xml += "<formula1>\"\(escape(choices))\"</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        return xml + "</worksheet>"
    }

    static func row(_ number: Int, _ cells: [SpreadsheetCell], styles: [Style]) -> String {
        var xml = "<row r=\"\(number)\">"
        for (index, cell) in cells.enumerated() {
            let reference = columnName(index) + String(number)
            let style = styles[index] == .plain ? "" : " s=\"\(styles[index].rawValue)\""
            switch cell {
            case .empty:
                if styles[index] != .plain { xml += "<c r=\"\(reference)\"\(style)/>" }
            case .text(let text):
                xml += "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
            case .number(let value):
                xml += "<c r=\"\(reference)\"\(style)><v>\(value)</v></c>"
            case .date(let date):
                xml += "<c r=\"\(reference)\"\(style)><v>\(serial(date))</v></c>"
            }
        }
        return xml + "</row>"
    }

    /// Excel's day count (1900 system): days since 30/12/1899, right for every date after 28/02/1900.
    static func serial(_ date: CivilDate) -> Int {
        date.julianDayNumber - CivilDate(year: 1899, month: 12, day: 30)!.julianDayNumber
    }

    /// 0 → "A", 25 → "Z", 26 → "AA".
    static func columnName(_ index: Int) -> String {
        var index = index
        var name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// XML text escaping; characters XML 1.0 forbids (control characters) are left out.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func contentTypes(sheetCount: Int) -> String {
        var xml = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for index in 1...max(sheetCount, 1) {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    static let rootRelations = header + "<Relationships xmlns=\"\(packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    static func workbookXML(_ sheets: [SpreadsheetTable]) -> String {
        var xml = header + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><bookViews><workbookView/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(escape(sheetName(sheet.name)))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    /// Excel's rules for a tab name: at most 31 characters, none of : \ / ? * [ ].
    static func sheetName(_ name: String) -> String {
        let cleaned = String(name.filter { !":\\/?*[]".contains($0) }.prefix(31))
        return cleaned.isEmpty ? "Sheet" : cleaned
    }

    static func workbookRelations(sheetCount: Int) -> String {
        var xml = header + "<Relationships xmlns=\"\(packageRelationships)\">"
        for index in 1...max(sheetCount, 1) {
            xml += "<Relationship Id=\"rId\(index)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(index).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(max(sheetCount, 1) + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        return xml + "</Relationships>"
    }

    /// Fonts: 0 plain, 1 bold. Cell styles (`Style`): plain, bold header on a grey fill, date
    /// DD/MM/YYYY, wrapped text at the top of its cell.
    static let styles = header + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font></fonts>"
        + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFF5F1E8\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"><alignment vertical=\"top\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"

    /// 01/01/1980 00:00 UTC, the first time a ZIP entry can hold: every build stamps the same.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    static func zip(_ parts: [(path: String, text: String)]) -> [UInt8] {
        // An in-memory archive cannot fail but for memory: writing into `Data` has no other error.
        guard let archive = try? Archive(data: Data(), accessMode: .create, pathEncoding: nil) else { return [] }
        for part in parts {
            let data = Data(part.text.utf8)
            try? archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                                  compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data ?? Data())
    }
}
