import BantinCore
import Dispatch

/// Maps `items` on all cores, keeping the order. Each call of `transform` writes only its own
/// slot, so no locking is needed.
package func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    guard items.count > 1 else { return items.map(transform) }
    let slots = ResultSlots<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        slots.set(index, transform(items[index]))
    }
    return slots.values()
}

/// Storage for results written from several threads, one index each. `@unchecked` because the
/// compiler cannot see that no two threads touch one slot and that `values()` runs after every
/// write (`concurrentPerform` returns only when all iterations are done); it holds no build state.
private final class ResultSlots<R>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<R?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: R) { buffer[index] = value }
    func values() -> [R] { buffer.map { $0! } }
}
