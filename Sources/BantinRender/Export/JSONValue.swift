import BantinCore
/// A JSON value whose objects keep their keys in the order given, rendered pretty-printed with
/// two-space indentation. `JSONEncoder` can only sort keys alphabetically, and exports promise a
/// fixed key order.
public enum JSONValue {
    case null
    case bool(Bool)
    case number(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    func rendered(indent: Int) -> String {
        let inner = String(repeating: "  ", count: indent + 1)
        let outer = String(repeating: "  ", count: indent)
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let value): return String(value)
        case .string(let value): return Self.quoted(value)
        case .array(let values):
            if values.isEmpty { return "[]" }
            return "[\n" + values.map { inner + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n" + outer + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.map { inner + Self.quoted($0.0) + ": " + $0.1.rendered(indent: indent + 1) }
                .joined(separator: ",\n") + "\n" + outer + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped; other
    /// characters (Vietnamese letters) kept as UTF-8. "</" is escaped so the JSON can sit in a
    /// `<script>` element.
    public static func quoted(_ text: String) -> String {
        // Most texts hold nothing to escape: then the string itself goes between the quotes, with
        // no byte copy and no UTF-8 check of the result.
        if !needsEscaping(text) { return "\"" + text + "\"" }
        // Byte by byte: every byte to escape is ASCII or U+2028/U+2029 (E2 80 A8/A9), and appending
        // bytes is several times faster than appending scalars to a String (feeds, search, scripts).
        var out: [UInt8] = [0x22]
        let bytes = Array(text.utf8)
        out.reserveCapacity(bytes.count + 2)
        let hex = Self.hexDigits
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x2F where index > 0 && bytes[index - 1] == 0x3C: out += [0x5C, 0x2F]
            case 0..<0x20:
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                out += Array("\\u202".utf8) + [bytes[index + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")]
                index += 2
            default: out.append(byte)
            }
            index += 1
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Whether `quoted` has anything to escape in `text` (the cases of its loop).
    static func needsEscaping(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var lineSeparatorStage = 0
        for byte in text.utf8 {
            switch byte {
            case 0..<0x20, 0x22, 0x5C: return true
            case 0x2F where previous == 0x3C: return true
            default: break
            }
            // E2 80 A8 / E2 80 A9: U+2028, U+2029.
            switch (lineSeparatorStage, byte) {
            case (_, 0xE2): lineSeparatorStage = 1
            case (1, 0x80): lineSeparatorStage = 2
            case (2, 0xA8), (2, 0xA9): return true
            default: lineSeparatorStage = 0
            }
            previous = byte
        }
        return false
    }
}
