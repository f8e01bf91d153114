/// The folded words that time phrases are made of ("trước" → `truoc`, "Tết" → `tet`).
///
/// Folding merges some words: `tu` is both "từ" (from) and "tư" (fourth), `sau` both "sau"
/// (after) and "sáu" (six), `nam` both "năm" (year) and "Năm" (five), `trong` both "trong" (in)
/// and "trồng" (to plant). The matchers tell them apart by the words around them.
enum TimeWord: String, CaseIterable, Sendable {
    case am, at, ba, ban, bay, binh, canh, cao, cay, chap, cham, chieu, chin, cho, chu, cong, cua, cuoi, dan, dau, de, den, dinh
    case dat, dip, doan, doc, duoc, duong, gian, gieng, gio, giap, h, hai, han, hang, het, hoac, hoan, hoi, hop
    case i, ii, iii, iv, ket, ky, la, lai, lan, lap, lich, mao, mau, meo, moi, mong, mot, mui, muoi, muon, mung
    case nam, nay, ngay, nghi, ngo, nguyen, nham, nhan, nhat, nhi, nhung, ong, phut, qua, quy, ram, sang, sau, so, suu
    case tai, tam, tan, tao, tet, than, thang, thanh, theo, thieu, thin, thoi, thu, thuc, thuong, tieu
    case trong, trua, trung, truoc, tu, tuan, tuat, ty, va, vao, voi, xong, xuan, xuyen

    /// The word spelled by `bytes` (folded, lowercase ASCII letters), if it is in the vocabulary.
    static func lookup(_ bytes: ArraySlice<UInt8>) -> TimeWord? {
        guard bytes.count <= 8 else { return nil }
        return table[packed(bytes)]
    }

    /// Up to eight ASCII letters packed into one integer, so looking a word up allocates nothing.
    private static func packed(_ bytes: some Collection<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static let table: [UInt64: TimeWord] = Dictionary(
        uniqueKeysWithValues: allCases.map { (packed(Array($0.rawValue.utf8)), $0) })
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

    /// The units of "hằng ngày/tuần/tháng/quý/năm".
    var isRecurrenceUnit: Bool {
        switch self {
        case .ngay, .tuan, .thang, .quy, .nam: true
        default: false
        }
    }
}
