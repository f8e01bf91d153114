import BantinCore
import BantinSite
import Synchronization

/// What one page is made from, hashed (issue 11, point 4). A page is a function of the site's
/// shared inputs (tool, templates, configuration, units, status file, build date, the list of
/// pages) and of the conclusions or calendar entries it shows; when its fingerprint equals the one
/// the previous build recorded for the same file, the page would come out byte for byte the
/// same, so the previous file is kept without rendering it again.
public struct PageFingerprint: Hashable, Sendable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// 32 lowercase hexadecimal digits.
    public var description: String { Self.hex(high) + Self.hex(low) }

    /// The fingerprint written as `description` writes it; nil for anything else.
    public init?(_ text: Substring) {
        guard text.utf8.count == 32, let high = UInt64(text.prefix(16), radix: 16), let low = UInt64(text.suffix(16), radix: 16) else {
            return nil
        }
        self.init(high: high, low: low)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.utf8.count) + digits
    }
}

/// What every fingerprint starts from, worked out by the build before rendering: a digest of the
/// inputs all pages share, one per conclusion of what it was read from (its document-cache key),
/// and one per task of what it was read as. A page that shows a conclusion whole (its bulletin)
/// takes the conclusion's; a list row takes its task's, so editing one task of a conclusion
/// renders again only the pages that show that task, not every page that shows its neighbours.
/// Without them (no cache, or a build in memory) no page is fingerprinted.
public struct RenderInputs: Sendable {
    public var site: String
    /// Each conclusion's and each task's digest, hashed once to 16 bytes: a page adds one per
    /// item it shows.
    var conclusions: [String: PageFingerprint]
    var tasks: [String: PageFingerprint]

    public init(site: String, conclusions: [String: String], tasks: [String: String]) {
        self.site = site
        self.conclusions = conclusions.mapValues(Self.short)
        self.tasks = tasks.mapValues(Self.short)
    }

    private static func short(_ digest: String) -> PageFingerprint {
        var hasher = FingerprintHasher()
        hasher.add(digest)
        return hasher.finish()!
    }
}

/// A stable 128-bit hash (two multiply-rotate lanes over 8-byte words, with a final mix): the
/// same bytes give the same value in every process, unlike Swift's seeded `Hasher`. Not
/// cryptographic; it tells apart inputs that differ by accident, which is all a page fingerprint
/// needs. Every text carries its length, so ("ab", "c") and ("a", "bc") differ.
struct FingerprintHasher {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x6c62_272e_07bb_0142
    /// Set when a conclusion's digest is missing: such a page cannot be fingerprinted.
    private(set) var incomplete = false

    private mutating func word(_ value: UInt64) {
        a = (a ^ value) &* 0x9e37_79b9_7f4a_7c15
        a = a << 29 | a >> 35
        b = (b ^ (value &+ 0x632b_e59b_d9b4_e019)) &* 0xc2b2_ae3d_27d4_eb4f
        b = b << 31 | b >> 33
    }

    mutating func add(_ value: Int) {
        word(UInt64(bitPattern: Int64(value)))
    }

    mutating func add(_ text: String) {
        var text = text
        add(text.utf8.count)
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset + 8 <= bytes.count {
                word(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
                offset += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count {
                tail |= UInt64(bytes[offset]) << shift
                shift += 8
                offset += 1
            }
            if shift > 0 { word(tail) }
        }
    }

    /// Numbers (search postings), two to a word, after their count.
    mutating func add(_ numbers: [UInt32]) {
        add(numbers.count)
        var index = 0
        while index + 1 < numbers.count {
            word(UInt64(numbers[index]) << 32 | UInt64(numbers[index + 1]))
            index += 2
        }
        if index < numbers.count { word(UInt64(numbers[index])) }
    }

    mutating func add(_ text: String?) {
        guard let text else { return add(-1) }
        add(text)
    }

    mutating func add(_ date: CivilDate?) {
        guard let date else { return add(-1) }
        add(date.year * 10_000 + date.month * 100 + date.day)
    }

    mutating func add(_ fingerprint: PageFingerprint) {
        word(fingerprint.high)
        word(fingerprint.low)
    }

    /// A shared digest; a missing one (a conclusion without a digest in it) leaves this incomplete too.
    mutating func add(_ digest: PageFingerprint?) {
        guard let digest else {
            incomplete = true
            return
        }
        add(digest)
    }

    /// A conclusion by its digest; a conclusion without one leaves the fingerprint incomplete.
    mutating func add(conclusion id: String, in inputs: RenderInputs) {
        add(inputs.conclusions[id])
    }

    /// A task by its digest (which covers its conclusion's title, date and file); a task without
    /// one leaves the fingerprint incomplete.
    mutating func add(task id: String, in inputs: RenderInputs) {
        add(inputs.tasks[id])
    }

    /// The hash, or nil when a conclusion had no digest.
    func finish() -> PageFingerprint? {
        guard !incomplete else { return nil }
        return PageFingerprint(high: Self.mix(a), low: Self.mix(b ^ a.byteSwapped))
    }

    /// splitmix64's finaliser: spreads every input bit over the whole word.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

extension FingerprintHasher {
    /// A task of a list across conclusions: what it shows comes from the task and its
    /// conclusion's title, date and file, all in the task's digest.
    mutating func add(_ entry: TaskEntry, in inputs: RenderInputs) {
        add(task: entry.taskID, in: inputs)
    }

    /// A unit's task: its conclusion, and how it reaches the unit.
    mutating func add(_ assignment: UnitAssignment, in inputs: RenderInputs) {
        add(task: assignment.taskID, in: inputs)
        add(assignment.role.rawValue)
        add(assignment.group)
        add(assignment.namedUnit)
    }

    /// A calendar entry: made from its task (and the shared inputs).
    mutating func add(_ entry: CalendarEntry, in inputs: RenderInputs) {
        add(task: entry.taskID, in: inputs)
        add(entry.id)
    }

    /// Every item of a list over its pages, in order (which page holds which item follows from
    /// them and the page budget, a shared input).
    mutating func add<Item: FingerprintedItem>(_ list: PagedList<Item>, in inputs: RenderInputs) {
        add(list.path)
        add(list.pages.count)
        for page in list.pages {
            add(page.count)
            for item in page { item.add(to: &self, in: inputs) }
        }
    }
}

/// An item a list page shows, put into the page's fingerprint by what it is made from.
protocol FingerprintedItem: Sendable {
    func add(to hasher: inout FingerprintHasher, in inputs: RenderInputs)
}

extension TaskEntry: FingerprintedItem {
    func add(to hasher: inout FingerprintHasher, in inputs: RenderInputs) { hasher.add(self, in: inputs) }
}

extension UnitAssignment: FingerprintedItem {
    func add(to hasher: inout FingerprintHasher, in inputs: RenderInputs) { hasher.add(self, in: inputs) }
}

extension RenderContext {
    /// How to work out the fingerprint of the page at `path` — the shared inputs, the path, and
    /// what `add` puts in — on the thread that renders it; nil when the build gave no inputs.
    func fingerprint(_ path: String, _ add: @escaping @Sendable (inout FingerprintHasher, RenderInputs) -> Void = { _, _ in })
        -> PageJob.Fingerprint?
    {
        guard let inputs else { return nil }
        return {
            var hasher = FingerprintHasher()
            hasher.add(inputs.site)
            hasher.add(path)
            add(&hasher, inputs)
            return hasher.finish()
        }
    }

    /// The digest of a list's items over all its pages, shared by those pages.
    func digest<Item: FingerprintedItem>(of list: PagedList<Item>) -> SharedDigest? {
        digest { hasher, inputs in hasher.add(list, in: inputs) }
    }

    /// A digest of values several pages share (a month's list, a unit's entries), worked out once,
    /// by the first page that needs it, and then put into each page's fingerprint.
    func digest(_ add: @escaping @Sendable (inout FingerprintHasher, RenderInputs) -> Void) -> SharedDigest? {
        inputs.map { inputs in SharedDigest { () -> PageFingerprint? in
            var hasher = FingerprintHasher()
            add(&hasher, inputs)
            return hasher.finish()
        } }
    }
}

/// A digest made on first use, from any thread, and kept (it is 16 bytes).
final class SharedDigest: Sendable {
    private let make: @Sendable () -> PageFingerprint?
    private let state = Mutex<PageFingerprint??>(nil)

    init(_ make: @escaping @Sendable () -> PageFingerprint?) {
        self.make = make
    }

    /// The digest; nil when a conclusion in it had none.
    var value: PageFingerprint? {
        state.withLock { state in
            if let made = state { return made }
            let made = make()
            state = .some(made)
            return made
        }
    }
}

extension FingerprintHasher {
    /// A shared digest; one that is missing (no inputs) or incomplete leaves this incomplete too.
    mutating func add(_ digest: SharedDigest?) {
        add(digest?.value)
    }
}
