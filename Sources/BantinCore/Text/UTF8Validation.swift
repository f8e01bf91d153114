/// Strict UTF-8 validation with the place of the first bad byte, for messages a clerk can act on.
/// Shared by the loader (file contents) and the cmark wrapper (bytes handed to it).
enum UTF8Validation {
    struct InvalidByte: Hashable {
        /// Byte offset of the bad byte, its 1-based line, and the offset where that line starts.
        var offset: Int
        var line: Int
        var lineStart: Int
    }

    static func firstInvalidByte(in bytes: [UInt8]) -> InvalidByte? {
        guard let offset = firstInvalidOffset(bytes) else { return nil }
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return InvalidByte(offset: offset, line: line, lineStart: lineStart)
    }

    /// Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or nil.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            if bytes[i + 1] < lower || bytes[i + 1] > upper { return i }
            for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}
