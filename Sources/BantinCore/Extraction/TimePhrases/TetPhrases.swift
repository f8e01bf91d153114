import LunarCalendar

/// How a phrase places itself against a Tết.
enum TetRelation: Sendable {
    /// "trước Tết"
    case before
    /// "sau Tết"
    case after
    /// "dịp Tết", "trong Tết", "trước, trong và sau Tết"
    case around
}

/// A festival other than the lunar New Year that is called "Tết …", on a fixed day.
struct Festival: Sendable {
    var words: [TimeWord]
    var month: Int
    var day: Int
    var isLunar: Bool

    static let all: [Festival] = [
        Festival(words: [.nguyen, .tieu], month: 1, day: 15, isLunar: true),
        Festival(words: [.han, .thuc], month: 3, day: 3, isLunar: true),
        Festival(words: [.doan, .ngo], month: 5, day: 5, isLunar: true),
        Festival(words: [.trung, .nguyen], month: 7, day: 15, isLunar: true),
        Festival(words: [.trung, .thu], month: 8, day: 15, isLunar: true),
        Festival(words: [.ong, .cong, .ong, .tao], month: 12, day: 23, isLunar: true),
        Festival(words: [.duong, .lich], month: 1, day: 1, isLunar: false),
        Festival(words: [.thieu, .nhi], month: 6, day: 1, isLunar: false),
        Festival(words: [.doc, .lap], month: 9, day: 2, isLunar: false),
    ]
}

extension TimePhraseScanner {
    /// "trước Tết (Nguyên đán)( Bính Ngọ)" → due the day before mùng 1 Tết;
    /// "dịp Tết", "trong Tết", "trước, trong và sau Tết" → period from 23 tháng Chạp to mùng 10
    /// tháng Giêng (Ông Công Ông Táo to the end of the festive days, when Tết work is done);
    /// "sau Tết" → period from mùng 4 (after the three days of Tết) to the end of tháng Giêng.
    /// The Tết meant is the coming one, unless its can-chi year is written.
    ///
    /// Other festivals called Tết are read on their own day ("trước Tết Trung thu" → due the day
    /// before 15/8 âm lịch; "dịp Tết Trung thu" → event). "Tết trồng cây" has no fixed day and
    /// gives nothing.
    func tetPhrase(at index: Int) -> TimeMatch? {
        guard let (relation, tetIndex) = tetCue(at: index) else { return nil }
        var end = tetIndex + 1
        if let festival = Festival.all.first(where: { festival in
            festival.words.enumerated().allSatisfy { word(end + $0.offset) == $0.element }
        }) {
            return festivalMatch(festival, relation, from: index, end: end + festival.words.count)
        }
        if words(end, .trong, .cay) { return nil }
        if words(end, .nguyen, .dan) || words(end, .am, .lich) { end += 2 }
        var lunarYear = context.occasionTetYear ?? context.comingTetYear
        if let named = namedTetYear(at: end) {
            lunarYear = named.year
            end = named.end
        } else if let later = laterTetYear(after: end) {
            // "trước, trong và sau tết … đón Tết Quý Mão": the year is written at the second "Tết".
            lunarYear = later
        }
        guard let lunarYear, let tet = context.tet(ofLunarYear: lunarYear) else {
            return matched(relation == .before ? .due : .period, nil, nil, index, end)
        }
        switch relation {
        case .before:
            return matched(.due, nil, tet.adding(days: -1), index, end)
        case .around:
            let start = context.solarDate(lunarYear: lunarYear - 1, month: 12, day: 23) ?? tet.adding(days: -7)
            return matched(.period, start, tet.adding(days: 9), index, end)
        case .after:
            let giengEnd = context.lunarMonth(year: lunarYear, month: 1)?.end ?? tet.adding(days: 28)
            return matched(.period, tet.adding(days: 3), giengEnd, index, end)
        }
    }

    /// The year of a Tết as written after it: "Bính Ngọ", "năm Quý Mão", "năm 2024", "Tân Sửu 2021".
    private func namedTetYear(at index: Int) -> (year: Int, end: Int)? {
        if let named = canChiYear(at: word(index) == .nam ? index + 1 : index) {
            // "Tân Sửu 2021": the solar year that follows names the same Tết.
            return (named.year, year(named.end) == named.year ? named.end + 1 : named.end)
        }
        if word(index) == .nam, let written = year(index + 1) { return (written, index + 2) }
        if let written = year(index), touchesNext(index - 1) == false { return (written, index + 1) }
        return nil
    }

    /// The lunar year of the first Tết named with its year ("Tết Nguyên đán Bính Ngọ 2026", "Tết Quý
    /// Mão"): the occasion a title says the document is about.
    func firstNamedTetYear() -> Int? {
        for index in tokens.indices where word(index) == .tet {
            var end = index + 1
            if words(end, .nguyen, .dan) || words(end, .am, .lich) { end += 2 }
            if let named = namedTetYear(at: end) { return named.year }
        }
        return nil
    }

    /// The year of a later "Tết …" in the same clause.
    private func laterTetYear(after index: Int) -> Int? {
        var next = index
        while next < tokens.count, next - index < 14 {
            if let mark = mark(next), mark == Int(UInt8(ascii: ";")) || mark == Mark.dot { return nil }
            if word(next) == .tet {
                var end = next + 1
                if words(end, .nguyen, .dan) || words(end, .am, .lich) { end += 2 }
                return namedTetYear(at: end)?.year
            }
            next += 1
        }
        return nil
    }

    /// The words before "Tết" and the index of "Tết".
    private func tetCue(at index: Int) -> (TetRelation, Int)? {
        switch word(index) {
        case .truoc:
            if mark(index + 1) == Mark.comma, words(index + 2, .trong, .va, .sau, .tet) { return (.around, index + 5) }
            if words(index + 1, .trong, .va, .sau, .tet) { return (.around, index + 4) }
            if words(index + 1, .va, .sau, .tet) || words(index + 1, .va, .trong, .tet) { return (.around, index + 3) }
            if word(index + 1) == .tet { return (.before, index + 1) }
            // "trước, trong và sau Đại hội … và Tết Nguyên đán": the window around each occasion.
            let after = mark(index + 1) == Mark.comma ? index + 2 : index + 1
            if words(after, .trong, .va, .sau), let tet = tetAfterConjunction(from: after + 3) { return (.around, tet) }
        case .trong:
            if words(index + 1, .va, .sau, .tet) { return (.around, index + 3) }
            if words(index + 1, .dip, .tet) { return (.around, index + 2) }
            if word(index + 1) == .tet { return (.around, index + 1) }
            // "trong (những) ngày (nghỉ) Tết", "trong thời gian nghỉ Tết", "trong dịp nghỉ Tết".
            var next = index + 1
            if word(next) == .nhung { next += 1 }
            if word(next) == .ngay { next += 1 } else if words(next, .thoi, .gian) { next += 2 } else if word(next) == .dip { next += 1 }
            if next > index + 1 {
                if word(next) == .nghi { next += 1 }
                if word(next) == .tet { return (.around, next) }
            }
        case .den:
            // "đến Tết", "(còn) lại đến Tết Nguyên đán": until the eve of Tết.
            if word(index + 1) == .tet { return (.before, index + 1) }
        case .sau:
            if word(index + 1) == .tet { return (.after, index + 1) }
        case .dip:
            if word(index + 1) == .tet { return (.around, index + 1) }
        case .nhan, .vao:
            if words(index + 1, .dip, .tet) { return (.around, index + 2) }
        default:
            break
        }
        return nil
    }

    /// The "Tết" after "và" within the next few words of the clause: "… sau Đại hội … lần thứ XIII và Tết …".
    private func tetAfterConjunction(from index: Int) -> Int? {
        var next = index
        while next + 1 < tokens.count, next - index < 14 {
            if let mark = mark(next), mark == Int(UInt8(ascii: ";")) || mark == Mark.dot || mark == Mark.comma { return nil }
            if word(next) == .va, word(next + 1) == .tet { return next + 1 }
            next += 1
        }
        return nil
    }

    private func festivalMatch(_ festival: Festival, _ relation: TetRelation, from index: Int, end: Int) -> TimeMatch? {
        // A festival comes every year: the one meant is the next on or after the meeting.
        var phrase = DayPhrase(day: festival.day, month: festival.month, year: nil, isLunar: festival.isLunar, end: end)
        var day = date(of: phrase)
        if let found = day, let meeting = context.meetingDate, found < meeting {
            let year = festival.isLunar ? context.lunarYear(forMonth: festival.month) : found.year
            phrase.year = year.map { $0 + 1 }
            day = date(of: phrase)
        }
        switch relation {
        case .before: return matched(.due, nil, day?.adding(days: -1), index, end)
        case .around: return matched(.event, day, day, index, end)
        case .after: return nil
        }
    }

    /// A year named by can-chi at `index`: "Bính Ngọ", "Ất Tỵ".
    private func canChiYear(at index: Int) -> (year: Int, end: Int)? {
        guard let stem = word(index)?.heavenlyStem, let branch = word(index + 1)?.earthlyBranch(stem: stem),
            let year = context.year(stem: stem, branch: branch)
        else { return nil }
        return (year, index + 2)
    }
}

extension TimeWord {
    /// Thiên can: Giáp 0 … Quý 9.
    var heavenlyStem: Int? {
        switch self {
        case .giap: 0
        case .at: 1
        case .binh: 2
        case .dinh: 3
        case .mau: 4
        case .ky: 5
        case .canh: 6
        case .tan: 7
        case .nham: 8
        case .quy: 9
        default: nil
        }
    }

    /// Địa chi: Tý 0 … Hợi 11. Folding makes Tý and Tỵ both "ty"; the stem's parity tells them
    /// apart (Giáp Tý, Ất Tỵ).
    func earthlyBranch(stem: Int) -> Int? {
        switch self {
        case .ty: stem % 2 == 0 ? 0 : 5
        case .suu: 1
        case .dan: 2
        case .mao, .meo: 3
        case .thin: 4
        case .ngo: 6
        case .mui: 7
        case .than: 8
        case .dau: 9
        case .tuat: 10
        case .hoi: 11
        default: nil
        }
    }
}
