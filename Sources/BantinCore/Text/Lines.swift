extension StringProtocol {
    /// The lines of the text, split at "\n" over UTF-8 bytes (splitting by `Character` walks
    /// grapheme clusters, which is many times slower on Vietnamese text).
    var lines: [SubSequence] {
        var result: [SubSequence] = []
        var start = startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == 0x0A {
                result.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        result.append(self[start..<endIndex])
        return result
    }
}

extension StringProtocol {
    /// Whether the text has fewer than `limit` characters, found by walking at most `limit` of
    /// them (`count` walks every character of a long paragraph, grapheme by grapheme).
    package func hasFewerCharacters(than limit: Int) -> Bool {
        if utf8.count < limit { return true }  // a character is at least one byte
        return index(startIndex, offsetBy: limit, limitedBy: endIndex) == nil
    }
}
