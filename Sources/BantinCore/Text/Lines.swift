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
