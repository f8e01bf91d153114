import BantinCore
import BantinSite

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
/// inputs all pages share, and one per conclusion of what it was read from (its document-cache
/// key). Without them (no cache, or a build in memory) no page is fingerprinted.
public struct RenderInputs: Sendable {
    public var site: String
    /// Each conclusion's digest, hashed once to 16 bytes: a page adds one per item it shows.
    var conclusions: [String: PageFingerprint]

    public init(site: String, conclusions: [String: String]) {
        self.site = site
        self.conclusions = conclusions.mapValues { digest in
            var hasher = FingerprintHasher()
            hasher.add(digest)
            return hasher.finish()!
        }
    }
}

/// A stable 128-bit hash (two FNV-1a lanes with a final mix): the same bytes give the same value
/// in every process, unlike Swift's seeded `Hasher`. Not cryptographic; it tells apart inputs
/// that differ by accident, which is all a page fingerprint needs. Every field carries its length,
/// so ("ab", "c") and ("a", "bc") differ.
struct FingerprintHasher {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x6c62_272e_07bb_0142
    /// Set when a conclusion's digest is missing: such a page cannot be fingerprinted.
    private(set) var incomplete = false

    private mutating func byte(_ value: UInt8) {
        a = (a ^ UInt64(value)) &* 0x0000_0100_0000_01b3
        b = (b ^ UInt64(value)) &* 0x9e37_79b9_7f4a_7c15
    }

    mutating func add(_ value: Int) {
        var bits = UInt64(bitPattern: Int64(value))
        for _ in 0..<8 {
            byte(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    mutating func add(_ text: String) {
        add(text.utf8.count)
        for value in text.utf8 { byte(value) }
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
        add(Int(Int64(bitPattern: fingerprint.high)))
        add(Int(Int64(bitPattern: fingerprint.low)))
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
    /// A task of a list across conclusions: everything it shows comes from its conclusion.
    mutating func add(_ entry: TaskEntry, in inputs: RenderInputs) {
        add(conclusion: entry.conclusionID, in: inputs)
        add(entry.task.id)
    }

    /// A unit's task: its conclusion, and how it reaches the unit.
    mutating func add(_ assignment: UnitAssignment, in inputs: RenderInputs) {
        add(conclusion: assignment.conclusionID, in: inputs)
        add(assignment.task.id)
        add(String(describing: assignment.role))
        add(assignment.group)
        add(assignment.namedUnit)
    }

    /// A calendar entry: made from its conclusion (and the shared inputs).
    mutating func add(_ entry: CalendarEntry, in inputs: RenderInputs) {
        add(conclusion: entry.conclusionID, in: inputs)
        add(entry.id)
    }

    /// Every item of a list over its pages, in order (which page holds which item follows from
    /// them and the page budget, a shared input).
    mutating func add<Item>(_ list: PagedList<Item>, _ item: (inout FingerprintHasher, Item) -> Void) {
        add(list.path)
        add(list.pages.count)
        for page in list.pages {
            add(page.count)
            for element in page { item(&self, element) }
        }
    }
}

extension RenderContext {
    /// The fingerprint of the page at `path`: the shared inputs, the path, and what `add` puts in;
    /// nil when the build gave no inputs or a conclusion has no digest.
    func fingerprint(_ path: String, _ add: (inout FingerprintHasher, RenderInputs) -> Void = { _, _ in }) -> PageFingerprint? {
        guard let inputs else { return nil }
        var hasher = FingerprintHasher()
        hasher.add(inputs.site)
        hasher.add(path)
        add(&hasher, inputs)
        return hasher.finish()
    }

    /// A digest of values several pages share (a month's list, a unit's entries), worked out once
    /// and then put into each page's fingerprint.
    func digest(_ add: (inout FingerprintHasher, RenderInputs) -> Void) -> PageFingerprint? {
        guard let inputs else { return nil }
        var hasher = FingerprintHasher()
        add(&hasher, inputs)
        return hasher.finish()
    }
}
