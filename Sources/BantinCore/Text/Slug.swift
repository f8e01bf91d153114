/// A URL path segment made from Vietnamese text: "Trạm Y tế xã" → "tram-y-te-xa",
/// "tháng 02/2026" → "thang-02-2026".
///
/// Only `a-z`, `0-9` and single hyphens survive, so a slug can never contain "/", "..", a
/// drive letter or anything else that could lead outside the output folder.
public struct Slug: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ text: String, fallback: String = "trang") {
        var result: [UInt8] = []
        var pendingHyphen = false
        for byte in FoldedText(text).bytes {
            let isAlphanumeric = (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
            if isAlphanumeric {
                if pendingHyphen, !result.isEmpty { result.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                result.append(byte)
            } else {
                pendingHyphen = true
            }
        }
        // Long titles make unwieldy file names; cut at a word boundary.
        if result.count > 80 {
            result = Array(result.prefix(80))
            if let lastHyphen = result.lastIndex(of: UInt8(ascii: "-")) { result = Array(result[..<lastHyphen]) }
        }
        value = result.isEmpty ? Slug(fallback, fallback: "trang").value : String(decoding: result, as: UTF8.self)
    }

    public var description: String { value }
    public static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.value < rhs.value }
}
