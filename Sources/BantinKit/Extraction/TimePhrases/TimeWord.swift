/// The folded words that time phrases are made of ("trước" → `truoc`, "Tết" → `tet`).
///
/// Folding merges some words: `tu` is both "từ" (from) and "tư" (fourth), `sau` both "sau"
/// (after) and "sáu" (six), `nam` both "năm" (year) and "Năm" (five), `trong` both "trong" (in)
/// and "trồng" (to plant). The matchers tell them apart by the words around them.
enum TimeWord: String, CaseIterable, Sendable {
    case am, at, ba, bay, binh, canh, cay, chap, cham, chieu, chin, chot, cong, cua, cuoi, dan, dau, de, den, dinh
    case dip, doan, doc, duong, gieng, gio, giap, h, hai, han, hang, het, hoac, hoan, hoi
    case i, ii, iii, iv, ky, la, lan, lap, lich, mao, mau, meo, moi, mong, mot, mui, muoi, mung
    case nam, nay, ngay, ngo, nguyen, nham, nhan, nhat, nhi, ong, phan, phut, quy, ram, sang, sau, so, suu
    case tai, tam, tan, tao, tet, than, thang, thanh, theo, thieu, thin, thoi, thu, thuc, thuong, tieu
    case trong, trung, truoc, tu, tuan, tuat, tuc, ty, va, vao, voi, xong, xuan, xuyen

    /// The word spelled by `bytes` (folded, lowercase ASCII letters), if it is in the vocabulary.
    static func lookup(_ bytes: ArraySlice<UInt8>) -> TimeWord? {
        guard bytes.count <= 8 else { return nil }
        return table.word(packed(bytes))
    }

    /// Up to eight ASCII letters packed into one integer, so looking a word up allocates nothing.
    fileprivate static func packed(_ bytes: some Collection<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static let table = WordTable(allCases.map { (packed(Array($0.rawValue.utf8)), $0) })
}

/// A small open-addressing hash table from packed words to `TimeWord`. Every word of every text
/// is looked up, and this is several times faster than a `Dictionary` with its seeded hashing.
private struct WordTable: Sendable {
    private var keys: [UInt64]
    private var words: [TimeWord?]
    private static let bits = 9

    init(_ entries: [(UInt64, TimeWord)]) {
        keys = Array(repeating: 0, count: 1 << Self.bits)
        words = Array(repeating: nil, count: 1 << Self.bits)
        for (key, word) in entries {
            var slot = Self.slot(key)
            while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            words[slot] = word
        }
    }

    func word(_ key: UInt64) -> TimeWord? {
        var slot = Self.slot(key)
        while keys[slot] != 0 {
            if keys[slot] == key { return words[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - UInt64(bits)))
    }
}

extension TimeWord {
    /// A month named by a word: "tháng Giêng", "tháng Hai" … "tháng Mười", "tháng Chạp".
    /// "Mười một" needs the next word and is handled by the month reader.
    var monthNumber: Int? {
        switch self {
        case .gieng: 1
        case .hai: 2
        case .ba: 3
        case .tu: 4
        case .nam: 5
        case .sau: 6
        case .bay: 7
        case .tam: 8
        case .chin: 9
        case .muoi: 10
        case .chap: 12
        default: nil
        }
    }

    /// Roman quarter numbers: "quý I" … "quý IV".
    var romanNumber: Int? {
        switch self {
        case .i: 1
        case .ii: 2
        case .iii: 3
        case .iv: 4
        default: nil
        }
    }

    /// True for the words a time phrase can start with; the scanner skips every other token fast.
    var startsPhrase: Bool {
        switch self {
        case .thuong, .hang, .moi, .dinh, .tu, .truoc, .trong, .sau, .dip, .nhan, .vao, .cham, .den, .cuoi, .thang,
            .quy, .nam, .ngay, .ram, .mung, .mong, .han, .sang, .chieu, .phan:
            true
        default: false
        }
    }

    /// Words of counting that cannot follow a date: "trước 2-3 ngày" is a count of days, not 2 March.
    var isCountUnit: Bool {
        switch self {
        case .ngay, .tuan, .thang, .nam, .gio, .phut, .lan: true
        default: false
        }
    }

    /// The units of "hằng ngày/tuần/tháng/quý/năm".
    var isRecurrenceUnit: Bool {
        switch self {
        case .ngay, .tuan, .thang, .quy, .nam: true
        default: false
        }
    }
}
