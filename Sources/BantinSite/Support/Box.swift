/// An immutable value behind one reference. A large value that the site model copies into many
/// lists (a task into its months, units and sheets; a calendar entry into each day it covers)
/// then costs one reference count a copy instead of one per string and array inside it.
@usableFromInline final class Box<Value: Sendable>: Sendable {
    @usableFromInline let value: Value

    @usableFromInline init(_ value: Value) {
        self.value = value
    }
}

extension Box: Equatable where Value: Equatable {
    @usableFromInline static func == (a: Box, b: Box) -> Bool { a === b || a.value == b.value }
}

extension Box: Hashable where Value: Hashable {
    @usableFromInline func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
