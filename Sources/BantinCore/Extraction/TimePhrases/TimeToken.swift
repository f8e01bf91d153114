/// One token of folded text, for time-phrase matching: a word, a number or a punctuation mark.
struct TimeToken: Sendable {
    enum Kind: Sendable { case word, number, mark }

    var kind: Kind
    /// The token's bytes in the folded text.
    var start: Int
    var end: Int
    /// For a word: the vocabulary word it spells, if any.
    var word: TimeWord?
    /// For a number: its value (capped, so long digit runs never overflow); for a mark: its byte.
    var value: Int
    /// For a number: how many digits it was written with ("02" has two).
    var digitCount: Int
}

enum TimeTokenizer {
    /// Splits folded text into words (ASCII letters), numbers (digits) and marks (any other single
    /// byte; a run of non-ASCII bytes is one mark). Spaces only separate tokens.
    static func tokens(of bytes: [UInt8]) -> [TimeToken] {
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(bytes.count / 4)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let start = index
            if isLetter(byte) {
                while index < bytes.count, isLetter(bytes[index]) { index += 1 }
                let word = TimeWord.lookup(bytes[start..<index])
                tokens.append(TimeToken(kind: .word, start: start, end: index, word: word, value: 0, digitCount: 0))
            } else if isDigit(byte) {
                var value = 0
                while index < bytes.count, isDigit(bytes[index]) {
                    value = min(value * 10 + Int(bytes[index] - 0x30), 1_000_000_000)
                    index += 1
                }
                tokens.append(
                    TimeToken(kind: .number, start: start, end: index, word: nil, value: value, digitCount: index - start))
            } else if byte == 0x20 {
                index += 1
            } else if byte >= 0x80 {
                while index < bytes.count, bytes[index] >= 0x80 { index += 1 }
                tokens.append(TimeToken(kind: .mark, start: start, end: index, word: nil, value: 0x80, digitCount: 0))
            } else {
                index += 1
                tokens.append(TimeToken(kind: .mark, start: start, end: index, word: nil, value: Int(byte), digitCount: 0))
            }
        }
        return tokens
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
