/// Levenshtein distance over bytes: how many letters to insert, delete or replace to turn one
/// folded word into another ("ngoc" → "ngo" is 1). Used to name what a misspelt word was meant to be.
public enum EditDistance {
    public static func between(_ a: some StringProtocol, _ b: some StringProtocol) -> Int {
        between(Array(a.utf8), Array(b.utf8))
    }

    public static func between(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The distance when it is at most `bound`, else nil — worked out only near the diagonal and
    /// given up as soon as a whole row is past the bound: looking for the known name nearest to a
    /// phrase needs only the near ones, and most names are far.
    public static func between(_ a: [UInt8], _ b: [UInt8], atMost bound: Int) -> Int? {
        guard bound >= 0, abs(a.count - b.count) <= bound else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let far = bound + 1  // every distance past the bound is the same to the caller
        var previous = (0...b.count).map { min($0, far) }
        var current = [Int](repeating: far, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - bound), high = min(b.count, i + bound)
            current[0] = min(i, far)
            // The cells next to the band are read by this row and the next one: past the bound.
            if low > 1 { current[low - 1] = far }
            var rowMinimum = current[0]
            for j in low...high {
                let cell = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                current[j] = min(cell, far)
                rowMinimum = min(rowMinimum, current[j])
            }
            if high < b.count { current[high + 1] = far }
            if rowMinimum > bound { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }
}
