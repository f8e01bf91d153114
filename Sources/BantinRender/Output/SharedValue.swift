import Synchronization

/// A value several page jobs need, worked out by the first one that asks and shared with the
/// others (a calendar month's grid, shown on each page of that month's agenda). Jobs run on any
/// thread; the value is let go once its last user has it, so a build does not hold every grid.
final class SharedValue<Value: Sendable>: Sendable {
    private let make: @Sendable () -> Value
    private let state: Mutex<(value: Value?, usesLeft: Int)>

    /// - Parameter uses: how many times `value` will be asked for.
    init(uses: Int, _ make: @escaping @Sendable () -> Value) {
        self.make = make
        state = Mutex((value: nil, usesLeft: uses))
    }

    var value: Value {
        state.withLock { state in
            let value = state.value ?? make()
            state.usesLeft -= 1
            state.value = state.usesLeft > 0 ? value : nil
            return value
        }
    }
}
