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
}
