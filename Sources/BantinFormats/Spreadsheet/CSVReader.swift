import BantinCore

/// Reads CSV text (RFC 4180: fields in double quotes may hold the separator, line breaks and
/// doubled quotes) into rows, each with the line it starts on. The separator is the one the
/// first line uses most outside quotes: "," (the default), ";" (Excel with Vietnamese regional
/// settings) or a tab (Excel's "Unicode text").
public enum CSVReader {
    public static func rows(_ text: String) -> [SheetRow] {
        let bytes = Array(text.utf8)
        let separator = self.separator(bytes)
        var rows: [SheetRow] = []
        var cells: [String] = []
        var field: [UInt8] = []
        var line = 1
        var rowLine = 1
        var quoted = false
        var index = 0
        func endField() {
            cells.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRow() {
            endField()
            rows.append(SheetRow(line: rowLine, cells: cells))
            cells.removeAll()
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == 0x22 {
                    if index < bytes.count, bytes[index] == 0x22 {
                        field.append(0x22)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x22 where field.allSatisfy({ $0 == 0x20 }):
                field.removeAll()
                quoted = true
            case separator:
                endField()
            case 0x0A:
                endRow()
                line += 1
                rowLine = line
            case 0x0D:
                continue
            default:
                field.append(byte)
            }
        }
        if !field.isEmpty || !cells.isEmpty { endRow() }
        return rows
    }

    /// The separator of the first line: whichever of ",", ";" and tab it has most outside quotes.
    static func separator(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var quoted = false
        for byte in bytes {
            if byte == 0x22 { quoted.toggle() }
            if !quoted, byte == 0x0A { break }
            if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        // Ties go to ",", then ";".
        var best: UInt8 = 0x2C
        for candidate: UInt8 in [0x3B, 0x09] where counts[candidate]! > counts[best]! { best = candidate }
        return best
    }
}
