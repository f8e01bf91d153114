import Foundation

/// A compact binary form of `Codable` values, for the document cache: decoding JSON was a fifth of
/// a rebuild of 10,000 conclusions, most of it finding keys and numbers in text.
///
/// Every value starts with a tag byte. Numbers are variable-length (zigzag for signed ones);
/// strings are a length and their UTF-8 bytes. A keyed container is its byte length, then its
/// entries (key string, value) in the order they were encoded; an unkeyed one is its byte length,
/// then its values. The lengths let a decoder step over a value it does not want in one move.
/// Keys are looked for where the previous key ended first, which is where synthesized `Codable`
/// asks for them, and then from the container's start, so any order decodes. Nothing here knows
/// about conclusions; a value that does not match its type is an error, never a guess. The coding
/// path of an error names the containers down to the failing one, not the key inside it: appending
/// each key to the path as it is read cost an array a value, a sixth of decoding a rebuild's cache.
enum BinaryCoding {
    enum Tag: UInt8 {
        case null = 0, `false`, `true`, int, uint, double, string, keyed, unkeyed
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let state = EncodingState()
        try state.encodeValue(value, codingPath: [])
        return state.finish()
    }

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBufferPointer { buffer in
            let state = DecodingState(buffer)
            var position = 0
            let value = try state.decodeValue(T.self, at: &position, codingPath: [])
            guard position == buffer.count else { throw Failure(description: "trailing bytes after the value") }
            return value
        }
    }
}

// MARK: - Encoding

private final class EncodingState {
    var bytes: [UInt8] = []
    /// Where each container's length goes, filled in at the end: a container is not told when
    /// its owner has finished with it. It has finished when a container it sits in writes again
    /// (the next key or element), or when the whole value is done.
    var lengths: [(slot: Int, end: Int)] = []
    /// The containers still being written, outermost first, as indexes into `lengths`.
    var open: [Int] = []

    init() { bytes.reserveCapacity(1 << 14) }

    func append(_ tag: BinaryCoding.Tag) { bytes.append(tag.rawValue) }

    func appendVarint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    func appendInt(_ value: Int64) {
        append(.int)
        appendVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    func appendUInt(_ value: UInt64) {
        append(.uint)
        appendVarint(value)
    }

    func appendDouble(_ value: Double) {
        append(.double)
        appendVarint(value.bitPattern)
    }

    func appendString(_ value: String) {
        append(.string)
        appendRawString(value)
    }

    func appendRawString(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            appendVarint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Opens a container: its tag and a fixed-width slot for its length. Returns its depth.
    func open(_ tag: BinaryCoding.Tag) -> Int {
        append(tag)
        lengths.append((bytes.count, 0))
        bytes.append(contentsOf: [0, 0, 0, 0])
        open.append(lengths.count - 1)
        return open.count - 1
    }

    /// The container at `depth` writes again: every container inside it is finished.
    func writing(at depth: Int) {
        while open.count > depth + 1 { lengths[open.removeLast()].end = bytes.count }
    }

    func finish() -> [UInt8] {
        writing(at: -1)
        for (slot, end) in lengths {
            let length = UInt32(end - slot - 4)
            for index in 0..<4 { bytes[slot + index] = UInt8(truncatingIfNeeded: length >> (8 * index)) }
        }
        return bytes
    }

    func encodeValue<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        switch value {
        case let string as String: appendString(string)
        case let int as Int: appendInt(Int64(int))
        case let bool as Bool: append(bool ? .true : .false)
        case let double as Double: appendDouble(double)
        default:
            let start = bytes.count
            try value.encode(to: ValueEncoder(state: self, codingPath: codingPath))
            // A value that wrote nothing (an empty custom encoding) is an empty keyed container.
            if bytes.count == start { _ = open(.keyed) }
        }
    }
}

private struct ValueEncoder: Encoder {
    let state: EncodingState
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedEncoder<Key>(state: state, depth: state.open(.keyed), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedEncoder(state: state, depth: state.open(.unkeyed), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueEncoder(state: state, codingPath: codingPath)
    }
}

private struct KeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let state: EncodingState
    let depth: Int
    var codingPath: [any CodingKey]

    private func key(_ key: Key) {
        state.writing(at: depth)
        state.appendRawString(key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws { self.key(key); state.append(.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { self.key(key); state.append(value ? .true : .false) }
    mutating func encode(_ value: String, forKey key: Key) throws { self.key(key); state.appendString(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { self.key(key); state.appendInt(Int64(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { self.key(key); state.appendDouble(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        self.key(key)
        try state.encodeValue(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        self.key(key)
        return KeyedEncodingContainer(KeyedEncoder<NestedKey>(state: state, depth: state.open(.keyed), codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        self.key(key)
        return UnkeyedEncoder(state: state, depth: state.open(.unkeyed), codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { ValueEncoder(state: state, codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        self.key(key)
        return ValueEncoder(state: state, codingPath: codingPath)
    }
}

private struct UnkeyedEncoder: UnkeyedEncodingContainer {
    let state: EncodingState
    let depth: Int
    var codingPath: [any CodingKey]
    var count = 0

    init(state: EncodingState, depth: Int, codingPath: [any CodingKey]) {
        self.state = state
        self.depth = depth
        self.codingPath = codingPath
    }

    private mutating func element() {
        state.writing(at: depth)
        count += 1
    }

    mutating func encodeNil() throws { element(); state.append(.null) }
    mutating func encode(_ value: Bool) throws { element(); state.append(value ? .true : .false) }
    mutating func encode(_ value: String) throws { element(); state.appendString(value) }
    mutating func encode(_ value: Int) throws { element(); state.appendInt(Int64(value)) }
    mutating func encode(_ value: Double) throws { element(); state.appendDouble(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        element()
        try state.encodeValue(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        element()
        return KeyedEncodingContainer(KeyedEncoder<NestedKey>(state: state, depth: state.open(.keyed), codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        element()
        return UnkeyedEncoder(state: state, depth: state.open(.unkeyed), codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        element()
        return ValueEncoder(state: state, codingPath: codingPath)
    }
}

private struct SingleValueEncoder: SingleValueEncodingContainer {
    let state: EncodingState
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { state.append(.null) }
    mutating func encode(_ value: Bool) throws { state.append(value ? .true : .false) }
    mutating func encode(_ value: String) throws { state.appendString(value) }
    mutating func encode(_ value: Double) throws { state.appendDouble(value) }
    mutating func encode(_ value: Float) throws { state.appendDouble(Double(value)) }
    mutating func encode(_ value: Int) throws { state.appendInt(Int64(value)) }
    mutating func encode(_ value: Int8) throws { state.appendInt(Int64(value)) }
    mutating func encode(_ value: Int16) throws { state.appendInt(Int64(value)) }
    mutating func encode(_ value: Int32) throws { state.appendInt(Int64(value)) }
    mutating func encode(_ value: Int64) throws { state.appendInt(value) }
    mutating func encode(_ value: UInt) throws { state.appendUInt(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { state.appendUInt(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { state.appendUInt(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { state.appendUInt(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { state.appendUInt(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try state.encodeValue(value, codingPath: codingPath) }
}

// MARK: - Decoding

private final class DecodingState {
    let buffer: UnsafeBufferPointer<UInt8>

    init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

    func failure(_ what: String, _ codingPath: [any CodingKey]) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: what))
    }

    func tag(at position: Int, _ codingPath: [any CodingKey]) throws -> BinaryCoding.Tag {
        guard position < buffer.count, let tag = BinaryCoding.Tag(rawValue: buffer[position]) else {
            throw failure("no value at byte \(position)", codingPath)
        }
        return tag
    }

    func varint(_ position: inout Int, _ codingPath: [any CodingKey]) throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < buffer.count, shift < 64 {
            let byte = buffer[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        throw failure("a number runs past the data", codingPath)
    }

    func length(_ position: inout Int, _ codingPath: [any CodingKey]) throws -> Int {
        let value = try varint(&position, codingPath)
        guard value <= UInt64(buffer.count - position) else { throw failure("a string runs past the data", codingPath) }
        return Int(value)
    }

    /// The raw bytes of a string without its tag (a key).
    func rawBytes(_ position: inout Int, _ codingPath: [any CodingKey]) throws -> UnsafeBufferPointer<UInt8> {
        let count = try length(&position, codingPath)
        defer { position += count }
        return UnsafeBufferPointer(rebasing: buffer[position..<position + count])
    }

    /// A container's bounds: after its tag and length, to its end.
    func container(_ expected: BinaryCoding.Tag, at position: Int, _ codingPath: [any CodingKey]) throws -> Range<Int> {
        guard try tag(at: position, codingPath) == expected else {
            throw DecodingError.typeMismatch(Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "expected a \(expected) container"))
        }
        let start = position + 5
        guard start <= buffer.count else { throw failure("a container runs past the data", codingPath) }
        var length = 0
        for index in 0..<4 { length |= Int(buffer[position + 1 + index]) << (8 * index) }
        guard length <= buffer.count - start else { throw failure("a container runs past the data", codingPath) }
        return start..<start + length
    }

    func skip(_ position: inout Int, _ codingPath: [any CodingKey]) throws {
        switch try tag(at: position, codingPath) {
        case .null, .false, .true: position += 1
        case .int, .uint, .double:
            position += 1
            _ = try varint(&position, codingPath)
        case .string:
            position += 1
            position += try length(&position, codingPath)
        case .keyed, .unkeyed:
            position = try container(try tag(at: position, codingPath), at: position, codingPath).upperBound
        }
    }

    func string(_ position: inout Int, _ codingPath: [any CodingKey]) throws -> String {
        guard try tag(at: position, codingPath) == .string else {
            throw DecodingError.typeMismatch(String.self, DecodingError.Context(codingPath: codingPath, debugDescription: "not a string"))
        }
        position += 1
        return String(decoding: try rawBytes(&position, codingPath), as: UTF8.self)
    }

    func bool(_ position: inout Int, _ codingPath: [any CodingKey]) throws -> Bool {
        switch try tag(at: position, codingPath) {
        case .true: position += 1; return true
        case .false: position += 1; return false
        default: throw DecodingError.typeMismatch(Bool.self, DecodingError.Context(codingPath: codingPath, debugDescription: "not a Boolean"))
        }
    }

    func double(_ position: inout Int, _ codingPath: [any CodingKey]) throws -> Double {
        guard try tag(at: position, codingPath) == .double else {
            throw DecodingError.typeMismatch(Double.self, DecodingError.Context(codingPath: codingPath, debugDescription: "not a number"))
        }
        position += 1
        return Double(bitPattern: try varint(&position, codingPath))
    }

    func integer<I: FixedWidthInteger>(_ type: I.Type, _ position: inout Int, _ codingPath: [any CodingKey]) throws -> I {
        let tag = try tag(at: position, codingPath)
        position += 1
        let value: I?
        switch tag {
        case .int:
            let raw = try varint(&position, codingPath)
            value = I(exactly: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
        case .uint: value = I(exactly: try varint(&position, codingPath))
        default: value = nil
        }
        guard let value else {
            throw DecodingError.typeMismatch(I.self, DecodingError.Context(codingPath: codingPath, debugDescription: "not a \(I.self)"))
        }
        return value
    }

    func decodeValue<T: Decodable>(_ type: T.Type, at position: inout Int, codingPath: [any CodingKey]) throws -> T {
        if T.self == String.self { return try string(&position, codingPath) as! T }
        if T.self == Int.self { return try integer(Int.self, &position, codingPath) as! T }
        if T.self == Bool.self { return try bool(&position, codingPath) as! T }
        var end = position
        try skip(&end, codingPath)
        let value = try T(from: ValueDecoder(state: self, position: position, codingPath: codingPath))
        position = end
        return value
    }
}

private struct ValueDecoder: Decoder {
    let state: DecodingState
    let position: Int
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedDecoder<Key>(state: state, bounds: try state.container(.keyed, at: position, codingPath), codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        UnkeyedDecoder(state: state, bounds: try state.container(.unkeyed, at: position, codingPath), codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueDecoder(state: state, position: position, codingPath: codingPath)
    }
}

private struct KeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let state: DecodingState
    let bounds: Range<Int>
    var codingPath: [any CodingKey]
    /// Where the entry after the last one decoded starts: where the next key usually is. A
    /// reference, because the protocol's methods do not mutate the container.
    private final class Cursor {
        var position: Int
        init(_ position: Int) { self.position = position }
    }
    private let cursor: Cursor

    init(state: DecodingState, bounds: Range<Int>, codingPath: [any CodingKey]) {
        self.state = state
        self.bounds = bounds
        self.codingPath = codingPath
        cursor = Cursor(bounds.lowerBound)
    }

    /// The entry's value position, or nil when the key is not there.
    private func find(_ key: Key) throws -> Int? {
        var name = key.stringValue
        return try name.withUTF8 { wanted -> Int? in
            func matches(at position: inout Int) throws -> Bool {
                let bytes = try state.rawBytes(&position, codingPath)
                return bytes.count == wanted.count && (wanted.isEmpty || memcmp(bytes.baseAddress!, wanted.baseAddress!, wanted.count) == 0)
            }
            if cursor.position < bounds.upperBound {
                var position = cursor.position
                if try matches(at: &position) { return position }
            }
            var position = bounds.lowerBound
            while position < bounds.upperBound {
                if try matches(at: &position) { return position }
                try state.skip(&position, codingPath)
            }
            return nil
        }
    }

    private func value(_ key: Key) throws -> Int {
        guard let position = try find(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "no value for \(key.stringValue)"))
        }
        return position
    }

    var allKeys: [Key] {
        var keys: [Key] = []
        var position = bounds.lowerBound
        while position < bounds.upperBound {
            guard let bytes = try? state.rawBytes(&position, codingPath) else { break }
            if let key = Key(stringValue: String(decoding: bytes, as: UTF8.self)) { keys.append(key) }
            guard (try? state.skip(&position, codingPath)) != nil else { break }
        }
        return keys
    }

    func contains(_ key: Key) -> Bool { (try? find(key)) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        let position = try value(key)
        return try state.tag(at: position, codingPath) == .null
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        var position = try value(key)
        let decoded = try state.decodeValue(T.self, at: &position, codingPath: codingPath)
        cursor.position = position
        return decoded
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard var position = try find(key) else { return nil }
        if try state.tag(at: position, codingPath) == .null {
            cursor.position = position + 1
            return nil
        }
        let decoded = try state.decodeValue(T.self, at: &position, codingPath: codingPath)
        cursor.position = position
        return decoded
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(state: state, position: try value(key), codingPath: codingPath).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try ValueDecoder(state: state, position: try value(key), codingPath: codingPath).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { ValueDecoder(state: state, position: bounds.lowerBound - 5, codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        ValueDecoder(state: state, position: try value(key), codingPath: codingPath)
    }
}

private struct UnkeyedDecoder: UnkeyedDecodingContainer {
    let state: DecodingState
    let bounds: Range<Int>
    var codingPath: [any CodingKey]
    private var cursor: Int
    var currentIndex = 0
    var count: Int? { nil }
    var isAtEnd: Bool { cursor >= bounds.upperBound }

    init(state: DecodingState, bounds: Range<Int>, codingPath: [any CodingKey]) {
        self.state = state
        self.bounds = bounds
        self.codingPath = codingPath
        cursor = bounds.lowerBound
    }

    private func checkNotAtEnd() throws {
        if isAtEnd { throw state.failure("no more elements", codingPath) }
    }

    mutating func decodeNil() throws -> Bool {
        try checkNotAtEnd()
        guard try state.tag(at: cursor, codingPath) == .null else { return false }
        cursor += 1
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try checkNotAtEnd()
        let decoded = try state.decodeValue(T.self, at: &cursor, codingPath: codingPath)
        currentIndex += 1
        return decoded
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try checkNotAtEnd()
        let container = try ValueDecoder(state: state, position: cursor, codingPath: codingPath).container(keyedBy: type)
        try state.skip(&cursor, codingPath)
        currentIndex += 1
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try checkNotAtEnd()
        let container = try ValueDecoder(state: state, position: cursor, codingPath: codingPath).unkeyedContainer()
        try state.skip(&cursor, codingPath)
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        try checkNotAtEnd()
        let decoder = ValueDecoder(state: state, position: cursor, codingPath: codingPath)
        try state.skip(&cursor, codingPath)
        currentIndex += 1
        return decoder
    }
}

private struct SingleValueDecoder: SingleValueDecodingContainer {
    let state: DecodingState
    let position: Int
    var codingPath: [any CodingKey]

    func decodeNil() -> Bool { (try? state.tag(at: position, codingPath)) == .null }
    func decode(_ type: Bool.Type) throws -> Bool { var p = position; return try state.bool(&p, codingPath) }
    func decode(_ type: String.Type) throws -> String { var p = position; return try state.string(&p, codingPath) }
    func decode(_ type: Double.Type) throws -> Double { var p = position; return try state.double(&p, codingPath) }
    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { var p = position; return try state.integer(type, &p, codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { var p = position; return try state.integer(type, &p, codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { var p = position; return try state.integer(type, &p, codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { var p = position; return try state.integer(type, &p, codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { var p = position; return try state.integer(type, &p, codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { var p = position; return try state.integer(type, &p, codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { var p = position; return try state.integer(type, &p, codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { var p = position; return try state.integer(type, &p, codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { var p = position; return try state.integer(type, &p, codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { var p = position; return try state.integer(type, &p, codingPath) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { var p = position; return try state.decodeValue(type, at: &p, codingPath: codingPath) }
}
