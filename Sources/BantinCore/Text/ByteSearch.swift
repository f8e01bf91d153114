extension RandomAccessCollection where Element == UInt8 {
    /// Whether `needle` occurs in these bytes. A byte search is exact for text in NFC (what
    /// `TextNormalization` makes), where Foundation's `contains` compares by canonical
    /// equivalence, many times slower.
    func contains(bytes needle: [UInt8]) -> Bool {
        guard let first = needle.first, count >= needle.count else { return needle.isEmpty }
        var index = startIndex
        let last = self.index(endIndex, offsetBy: -needle.count)
        while index <= last {
            if self[index] == first, self[index..<self.index(index, offsetBy: needle.count)].elementsEqual(needle) { return true }
            index = self.index(after: index)
        }
        return false
    }
}
