/// Sorting large values (tasks, assignments, calendar entries, conclusions) by a key worked out
/// once per element. `sorted(by:)` on the values themselves recomputes the key at every
/// comparison and moves whole values at every step, each move retaining and releasing every
/// string and array inside; at 10,000 conclusions that was a tenth of the assembly.
extension Sequence {
    /// The elements in the order of their keys; elements with equal keys keep their order.
    package func sorted<Key>(onKey key: (Element) -> Key, by areInIncreasingOrder: (Key, Key) -> Bool) -> [Element] {
        let elements = Array(self)
        let keys = elements.map(key)
        // Swift's sort is stable, so equal keys keep the input order.
        return keys.indices.sorted { areInIncreasingOrder(keys[$0], keys[$1]) }.map { elements[$0] }
    }
}
