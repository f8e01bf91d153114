/// Splits an unlabelled paragraph of ";"-separated directives ("Tổ chức …; chuẩn bị …; rà soát …")
/// into one task per directive.
///
/// Only a real list of directives is split: at least three parts (split at ";" and at sentence
/// ends), each of at least four words. "A; B; C" with short parts is one directive naming a list.
enum DirectiveSplitter {
    struct Directive: Equatable {
        var text: String
        /// UTF-8 offset of `text` in the paragraph.
        var offset: Int
    }

    static func directives(in text: String) -> [Directive] {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: ";")) else { return [] }
        var parts: [Directive] = []
        var start = 0
        func close(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, isTrimmed(bytes[lower]) { lower += 1 }
            while upper > lower, isTrimmed(bytes[upper - 1]) || bytes[upper - 1] == UInt8(ascii: ";") { upper -= 1 }
            if lower < upper {
                parts.append(Directive(text: String(decoding: bytes[lower..<upper], as: UTF8.self), offset: lower))
            }
        }
        for index in bytes.indices {
            let byte = bytes[index]
            let sentenceEnd = (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"))
                && (index + 1 == bytes.count || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A)
            if byte == UInt8(ascii: ";") || sentenceEnd {
                close(index + 1)
                start = index + 1
            }
        }
        close(bytes.count)
        // "Đảng ủy thống nhất các nhiệm vụ trọng tâm tháng 9/2026 như sau: Ủy ban nhân dân xã …":
        // the introduction is no part of the first directive.
        if let first = parts.first, let intro = introductionEnd(first.text) {
            let rest = first.text.utf8.dropFirst(intro).drop(while: { isTrimmed($0) })
            parts[0] = Directive(text: String(decoding: rest, as: UTF8.self), offset: first.offset + first.text.utf8.count - rest.count)
        }
        let wordCounts = parts.map { $0.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
        guard parts.count >= 3, wordCounts.allSatisfy({ $0 >= 4 }) else { return [] }
        return parts
    }

    /// The UTF-8 length of "… như sau:" at the start of `text`, if it opens with such an introduction.
    private static func introductionEnd(_ text: String) -> Int? {
        let folded = FoldedText(text)
        let key = Array("nhu sau:".utf8)
        guard let at = folded.bytes.indices.first(where: { folded.bytes[$0...].starts(with: key) }) else { return nil }
        return folded.originalRange(at..<at + key.count).upperBound
    }

    private static func isTrimmed(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09
    }
}
