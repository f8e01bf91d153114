import LunarCalendar

/// Year names of the sexagenary cycle written in a text ("Xuân Bính Ngọ", "Tết Ất Tỵ", "năm Giáp
/// Thìn 2024"), checked against the year they must mean. The seed's "Xuân Bính Ngọc" is the spring of
/// 2026, Bính Ngọ: a misspelt branch is named with its correct form.
public enum CanChiYearNames {
    public struct Finding: Hashable, Sendable {
        public var written: String
        /// UTF-8 offset of the name (stem and branch) in the line.
        public var offset: Int
        public var message: String
    }

    /// Only after a word that announces a year ("Xuân", "Tết", "năm", "Nguyên đán"), with stem and
    /// branch both capitalised: "canh gác", "quý I" and "Tân" in place names are left alone.
    static let cues: Set<String> = ["xuân", "tết", "năm", "đán"]
    static let stems: [String: Int] = {
        var names: [String: Int] = [:]
        for (index, name) in CanChi.stemNames.enumerated() { names[name.lowercased()] = index }
        names["kỉ"] = 5
        names["quí"] = 9
        return names
    }()
    static let branches: [String: Int] = {
        var names: [String: Int] = [:]
        for (index, name) in CanChi.branchNames.enumerated() { names[name.lowercased()] = index }
        names["tí"] = 0
        names["tị"] = 5
        return names
    }()

    /// - Parameter context: the conclusion's date; the names it may use are those of the lunar year
    ///   it falls in and of the years just before and after (the coming Tết, last year's results).
    public static func findings(in line: String, context: CivilDate?) -> [Finding] {
        let words = Word.split(line)
        guard words.count >= 3 else { return [] }
        let time = TimeContext(meetingDate: context)
        var findings: [Finding] = []
        for i in 0..<(words.count - 2) where cues.contains(words[i].lowered) {
            let stemWord = words[i + 1], branchWord = words[i + 2]
            guard stemWord.isCapitalised, branchWord.isCapitalised, let stem = stems[stemWord.lowered] else { continue }
            let written = stemWord.text + " " + branchWord.text
            let writtenYear = i + 3 < words.count ? Int(words[i + 3].text).flatMap { (1900...2100).contains($0) ? $0 : nil } : nil
            if let branch = branches[branchWord.lowered] {
                guard let message = wrongYear(stem: stem, branch: branch, written: written, writtenYear: writtenYear, time: time) else { continue }
                findings.append(Finding(written: written, offset: stemWord.offset, message: message))
            } else if let branch = nearestBranch(branchWord.text, stem: stem),
                let year = writtenYear ?? time.year(stem: stem, branch: branch),
                isNear(year, time: time) || writtenYear != nil {
                let right = CanChi.year(year)
                let fitting = right.stem == stem && right.branch == branch ? right.description : CanChi.stemNames[stem] + " " + CanChi.branchNames[branch]
                findings.append(Finding(written: written, offset: stemWord.offset,
                    message: "“\(words[i].text) \(written)”: không có năm “\(written)”; năm \(year) âm lịch là năm \(right) — sửa “\(written)” thành “\(fitting)”."))
            }
        }
        return findings
    }

    /// A correct name that is not the year's: with a year written after it, that year's; without,
    /// none of the years around the conclusion's date.
    static func wrongYear(stem: Int, branch: Int, written: String, writtenYear: Int?, time: TimeContext) -> String? {
        if let writtenYear {
            let right = CanChi.year(writtenYear)
            guard right.stem != stem || right.branch != branch else { return nil }
            return "“\(written) \(writtenYear)”: năm \(writtenYear) âm lịch là năm \(right), không phải \(written) — sửa tên năm hoặc số năm."
        }
        guard let coming = time.comingTetYear else { return nil }
        if let year = time.year(stem: stem, branch: branch), isNear(year, time: time) { return nil }
        return "“\(written)” không phải năm của kết luận này (năm \(coming - 1) là \(CanChi.year(coming - 1)), năm \(coming) là \(CanChi.year(coming))) — kiểm tra lại tên năm."
    }

    static func isNear(_ year: Int, time: TimeContext) -> Bool {
        guard let coming = time.comingTetYear else { return true }
        return (coming - 2...coming + 1).contains(year)
    }

    /// The branch a capitalised word one letter away was meant to be ("Ngọc" → Ngọ), if it makes a
    /// name with the stem (stem and branch share parity) and no other branch is as near.
    static func nearestBranch(_ word: String, stem: Int) -> Int? {
        let folded = FoldedText.key(word)
        guard folded.utf8.count >= 3 else { return nil }
        let near = CanChi.branchNames.indices.filter { index in
            index % 2 == stem % 2 && EditDistance.between(folded, FoldedText.key(CanChi.branchNames[index])) == 1
        }
        return near.count == 1 ? near[0] : nil
    }

    /// A word of letters with its UTF-8 offset.
    struct Word {
        var text: String
        var offset: Int
        var lowered: String { text.lowercased() }
        var isCapitalised: Bool { text.first?.isUppercase == true }

        static func split(_ line: String) -> [Word] {
            var words: [Word] = []
            var current = ""
            var start = 0
            var offset = 0
            for character in line {
                let width = character.utf8.count
                if character.isLetter || character.isNumber {
                    if current.isEmpty { start = offset }
                    current.append(character)
                } else if !current.isEmpty {
                    words.append(Word(text: current, offset: start))
                    current = ""
                }
                offset += width
            }
            if !current.isEmpty { words.append(Word(text: current, offset: start)) }
            return words
        }
    }
}
