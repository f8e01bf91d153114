import BantinCore
import Foundation

/// Reads the rows of one sheet of an Excel workbook (`.xlsx`, SpreadsheetML) as text: shared and
/// inline strings as they are, numbers as written ("14", "2.5"), and numbers in a date format as
/// the date they stand for (`YYYY-MM-DD`), since Excel stores a date as a count of days. Enough for
/// a sheet a clerk filled in and saved from Excel or LibreOffice; formulas give their cached value.
public enum XLSXReader {
    /// The sheet named `preferredSheet` if the workbook has one, else its first sheet. Rows keep
    /// their row number (`line`), so a message can say "tien-do.xlsx:12".
    public static func rows(_ bytes: [UInt8], preferredSheet: String? = nil, maximumUnpackedBytes: Int = 64 << 20)
        throws(FormatError) -> [SheetRow]
    {
        var parts = try ZIPParts(bytes, limits: .init(maximumUnpackedBytes: maximumUnpackedBytes),
                                 messages: .init(corrupt: corrupt, bomb: bomb))
        guard let workbookData = try parts.part("xl/workbook.xml", required: true), let workbook = XMLTree.parse(workbookData) else {
            throw corrupt
        }
        let relations = try parts.part("xl/_rels/workbook.xml.rels", required: false).flatMap(XMLTree.parse)
        let sheets = workbook.descendant("sheets")?.children("sheet") ?? []
        let chosen = sheets.first { $0["name"] == preferredSheet } ?? sheets.first
        guard let sheet = chosen else { throw corrupt }
        // The sheet's part, from the relationship its r:id names ("worksheets/sheet1.xml").
        var target = "worksheets/sheet1.xml"
        if let id = sheet["id"], let relation = relations?.children("Relationship").first(where: { $0["Id"] == id }),
           let path = relation["Target"] {
            target = path
        }
        let sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        guard let sheetData = try parts.part(sheetPath, required: true), let worksheet = XMLTree.parse(sheetData) else {
            throw corrupt
        }
        let strings = try parts.part("xl/sharedStrings.xml", required: false).flatMap(XMLTree.parse)
            .map { $0.children("si").map(text(of:)) } ?? []
        let styles = try parts.part("xl/styles.xml", required: false).flatMap(XMLTree.parse)
        let dateStyles = styles.map(dateStyleIndexes) ?? []
        let epoch = workbook.descendant("workbookPr")?["date1904"].map { $0 == "1" || $0 == "true" } == true
            ? CivilDate(year: 1904, month: 1, day: 1)! : CivilDate(year: 1899, month: 12, day: 30)!

        var rows: [SheetRow] = []
        for (position, row) in (worksheet.descendant("sheetData")?.children("row") ?? []).enumerated() {
            let number = row["r"].flatMap(Int.init) ?? position + 1
            var cells: [String] = []
            for (index, cell) in row.children("c").enumerated() {
                let column = cell["r"].flatMap(columnIndex) ?? index
                guard column < 16_384 else { continue }
                while cells.count < column { cells.append("") }
                let value = self.value(of: cell, strings: strings, dateStyles: dateStyles, epoch: epoch)
                if cells.count == column { cells.append(value) } else { cells[column] = value }
            }
            rows.append(SheetRow(line: number, cells: cells))
        }
        return rows
    }

    static func value(of cell: XMLNode, strings: [String], dateStyles: Set<Int>, epoch: CivilDate) -> String {
        let raw = cell.child("v")?.text ?? ""
        switch cell["t"] {
        case "s": return Int(raw).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
        case "inlineStr": return cell.child("is").map(text(of:)) ?? ""
        case "str", "e": return raw
        case "b": return raw == "1" ? "TRUE" : "FALSE"
        default:
            guard let number = Double(raw) else { return raw }
            if let style = cell["s"].flatMap(Int.init), dateStyles.contains(style), number >= 1, number < 2_958_466 {
                // Day 60 of the 1900 system is Excel's 29/02/1900, which never was; later days are
                // counted from 30/12/1899.
                let days = Int(number.rounded(.down))
                return epoch.adding(days: days < 61 && epoch.year == 1899 ? days + 1 : days).iso
            }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
            return raw
        }
    }

    /// The text of a shared or inline string: its `t`, or the `t` of every rich-text run.
    static func text(of item: XMLNode) -> String {
        if let plain = item.child("t") { return plain.text }
        return item.children("r").compactMap { $0.child("t")?.text }.joined()
    }

    /// "B12" → 1.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for byte in reference.utf8 {
            guard byte >= 0x41, byte <= 0x5A else { break }
            index = index * 26 + Int(byte - 0x40)
            letters += 1
        }
        return letters > 0 && letters <= 3 ? index - 1 : nil
    }

    /// The cell styles (indexes into `cellXfs`) whose number format shows a date.
    static func dateStyleIndexes(_ styles: XMLNode) -> Set<Int> {
        var custom: [Int: String] = [:]
        for format in styles.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format["numFmtId"].flatMap(Int.init) { custom[id] = format["formatCode"] ?? "" }
        }
        var indexes: Set<Int> = []
        for (index, xf) in (styles.child("cellXfs")?.children("xf") ?? []).enumerated() {
            guard let id = xf["numFmtId"].flatMap(Int.init) else { continue }
            if builtInDateFormats.contains(id) || custom[id].map(isDateFormat) == true { indexes.insert(index) }
        }
        return indexes
    }

    /// Excel's built-in number formats that show dates (ECMA-376 §18.8.30, with the East Asian ones).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// A custom format shows a date when, outside quoted text and [..] sections, it has a day or a
    /// year ("dd/mm/yyyy", "d-mmm-yy"); "mm" alone may be minutes.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        for character in code.lowercased() {
            switch character {
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            case "d", "y": if !inQuote && !inBracket { return true }
            default: continue
            }
        }
        return false
    }

    static let corrupt = FormatError("tệp .xlsx bị hỏng hoặc không trọn vẹn; hãy mở bằng Excel hoặc LibreOffice rồi lưu lại dạng Sổ làm việc Excel (.xlsx)")
    static let bomb = FormatError("tệp .xlsx giải nén ra quá lớn hoặc nén bất thường: có thể là tệp độc hại; không đọc tệp này. Hãy lưu lại bảng tiến độ dạng .csv")
}
