import DocumentTree
import LunarCalendar

/// What the opening of a write-up or web notice says about the meeting: its headline, the day
/// of the meeting, the period the directives are for, and a date to read year-less phrases by.
enum ProseOpening {
    // MARK: - Headline

    /// The headline: the first line of the text when it is a title — short, not a sentence that
    /// opens the account ("Sáng ngày …", "Căn cứ …"), not a label ("Người ký văn bản:") — with
    /// a posting stamp cut off ("… năm 2021. Cập nhật08-02-2021 02:28", "… 03/02/2026 11:08").
    static func headline(_ blocks: [DocumentBlock]) -> (block: Int, range: Range<Int>, text: String)? {
        for (index, block) in blocks.prefix(3).enumerated() {
            switch block.kind {
            case .paragraph, .heading: break
            default: continue
            }
            let text = ProseText(block.plainText)
            for line in ProseSegmenter.lines(of: text, in: 0..<text.bytes.count).prefix(3) {
                let words = text.words(in: line)
                if isStamp(words, text, line) { continue }
                if text.bytes[line].last == UInt8(ascii: ":") { continue }  // "Nội dung thông báo:"
                guard line.count <= 300, !opensAccount(words) else { return nil }
                // A line that introduces or gives directives is text, not a title.
                let reading = DirectiveGrammar.read(text, line)
                let dateline = isDateline(text, line)
                if !dateline, reading.isStrictDirective || text.bytes[line].contains(UInt8(ascii: ":")) && !text.bytes[line].starts(with: "Thông báo:".utf8) {
                    return nil
                }
                var title = text.string(line)
                title = stripStamp(title).trimming(" *_.")
                guard !title.isEmpty else { return nil }
                return (index, line, title)
            }
        }
        return nil
    }

    /// "Thanh Liêm: Xã Liêm Thuận tổ chức …", "Phường Quảng Vinh: Phát động “Tết trồng cây …”": a news
    /// headline after the place it comes from, as papers write it. The place is a proper name (every
    /// word capitalised, at most five, no digit or comma) and the line has no final stop; a doer's
    /// run-in ("Ủy ban MTTQ xã: Chủ trì, …", "Công an xã: tăng cường …") names a body with a
    /// lowercase level word and goes on as a sentence.
    static func isDateline(_ text: ProseText, _ line: Range<Int>) -> Bool {
        guard let colon = text.bytes[line].firstIndex(of: UInt8(ascii: ":")),
              let last = text.bytes[line].last(where: { $0 != 0x20 }), last != UInt8(ascii: "."), last != UInt8(ascii: ":"),
              !text.bytes[line.lowerBound..<colon].contains(where: { ProseSegmenter.isDigit($0) || $0 == UInt8(ascii: ",") }) else { return false }
        let place = text.words(in: line.lowerBound..<colon)
        return (1...5).contains(place.count) && place.allSatisfy { text.startsWithCapital(at: $0.original.lowerBound) }
            && text.words(in: colon + 1..<line.upperBound).count >= 3
    }

    /// A posting stamp on its own line: "(04/09/2022 09:49:30)", "Thứ Hai, 28/04/2025",
    /// "Ngày cập nhật 07/04/2018", "14:14 30/12/2025".
    private static func isStamp(_ words: [ProseWord], _ text: ProseText, _ line: Range<Int>) -> Bool {
        let letters = words.filter { $0.key.first?.isLetter == true }
        let digits = text.bytes[line].filter(ProseSegmenter.isDigit).count
        if letters.count <= 3, digits >= 4 { return true }
        return WordPhrase("ngay cap nhat").matches(words, at: 0) || WordPhrase("cap nhat").matches(words, at: 0)
            || WordPhrase("ngay dang").matches(words, at: 0)
    }

    /// "… năm 2021. Cập nhật08-02-2021 02:28" → "… năm 2021."; "… pháp luật 03/02/2026 11:08" → "… pháp luật".
    private static func stripStamp(_ title: String) -> String {
        var result = title
        for marker in ["Cập nhật", "Ngày cập nhật", "Ngày đăng"] {
            if let range = result.range(of: marker) { result = String(result[..<range.lowerBound]) }
        }
        // A trailing "DD/MM/YYYY HH:MM".
        let parts = result.split(separator: " ")
        if parts.count > 2, let last = parts.last, last.contains(":"), last.allSatisfy({ $0.isNumber || $0 == ":" }),
           parts[parts.count - 2].contains("/"), parts[parts.count - 2].allSatisfy({ $0.isNumber || $0 == "/" }) {
            result = parts.dropLast(2).joined(separator: " ")
        }
        return result.trimming(" ")
    }

    /// Sentences that tell the meeting or cite the basis: not a headline.
    private static func opensAccount(_ words: [ProseWord]) -> Bool {
        let openings: [WordPhrase] = ["sang", "chieu", "toi", "trua", "ngay", "hom nay", "vao", "can cu", "thuc hien", "chu tri",
                                      "du hoi nghi", "tham du", "theo", "tai"]
        guard let first = words.starts(with: openings, at: 0) else { return false }
        // "Ngày 9/6, …", "Sáng 30-1, …": followed by a number.
        if ["sang", "chieu", "toi", "trua", "ngay", "vao"].contains(first.words[0]) {
            return words.count > first.count && (words[first.count].key.first?.isNumber == true || words[first.count].key == "ngay"
                || words[first.count].key == "nay" || words[first.count].key == "luc")
        }
        return true
    }

    /// The first sentence of the text, shortened to a title when there is no headline.
    static func firstSentenceTitle(_ blocks: [DocumentBlock]) -> String? {
        // Labels of a web page ("Người ký văn bản:") are no sentence.
        let found = blocks.lazy.compactMap { block -> (ProseText, Range<Int>)? in
            guard case .paragraph = block.kind else { return nil }
            let text = ProseText(block.plainText)
            return ProseSegmenter.lines(of: text, in: 0..<text.bytes.count).first { text.bytes[$0].last != UInt8(ascii: ":") }.map { (text, $0) }
        }.first
        guard let (text, line) = found, let sentence = ProseSegmenter.sentences(of: text, in: line).first else { return nil }
        let title = TextNormalization.collapseWhitespace(text.string(sentence)).trimming(" *_")
        guard title.count > 110 else { return title }
        let cut = title.prefix(110)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]).trimming(" ,;:") + " …"
    }

    // MARK: - Meeting date

    /// The day of the meeting from the sentence that tells it: "Sáng 10/7/2025, …", "Chiều 31/10,
    /// …", "Sáng 30-1, …", "Sáng ngày 01 /7/2022 …", "Ngày 9/6, UBND xã … tổ chức hội nghị …".
    /// The sentence must tell of a meeting (hội nghị, họp, giao ban, làm việc, tổ chức …): "Ngày
    /// 30/12/2025, UBND xã ban hành Thông báo số …" dates a document, not a meeting. A missing year
    /// comes from `year` (the front matter's), else from the same sentence ("… nhiệm vụ trọng tâm
    /// tháng 7/2025"), else from the text.
    static func meetingDate(in sentences: [(text: ProseText, range: Range<Int>)], year fallbackYear: Int?,
                            textYear: Int?) -> CivilDate? {
        for (text, range) in sentences {
            let words = text.words(in: range)
            guard let (day, month, year) = leadingDate(words, text), tellsOfMeeting(words) else { continue }
            if let year { return CivilDate(year: year, month: month, day: day) }
            if let fallbackYear { return CivilDate(year: fallbackYear, month: month, day: day) }
            if let (planYear, planMonth) = yearInSentence(text, range) {
                var year = planYear
                if let planMonth {
                    if month - planMonth > 6 { year -= 1 } else if planMonth - month > 6 { year += 1 }
                }
                return CivilDate(year: year, month: month, day: day)
            }
            if let textYear { return CivilDate(year: textYear, month: month, day: day) }
            return nil
        }
        return nil
    }

    private static let meetingWords: [WordPhrase] = [
        "hoi nghi", "hop", "phien hop", "giao ban", "ky hop", "lam viec", "buoi", "to chuc", "trieu tap", "chu tri", "so ket",
        "tong ket", "gap mat", "doi thoai", "le", "dai hoi", "chao co",
    ]

    private static func tellsOfMeeting(_ words: [ProseWord]) -> Bool {
        Array(words.prefix(40)).contains(meetingWords)
    }

    /// (day, month, year?) of a date that opens the sentence after a time of day.
    private static func leadingDate(_ words: [ProseWord], _ text: ProseText) -> (Int, Int, Int?)? {
        var index = 0
        if index < words.count, words[index].key == "vao" { index += 1 }
        if index < words.count, ["sang", "chieu", "toi", "trua"].contains(words[index].key) {
            index += 1
            if index < words.count, words[index].key == "nay" { index += 1 }
        }
        if index < words.count, words[index].key == "hom", index + 1 < words.count, words[index + 1].key == "nay" { index += 2 }
        if index < words.count, words[index].key == "ngay" { index += 1 }
        guard index > 0 || words.first?.key.first?.isNumber == false, index < words.count else { return nil }
        // The words used up to the date must be time words only.
        guard words[index].key.allSatisfy(\.isNumber), let day = Int(words[index].key), (1...31).contains(day) else { return nil }
        // "D/M/Y", "D-M-Y", "D /M/Y" (the separators are marks between the number words).
        func separated(_ a: Int, _ b: Int) -> Bool {
            let gap = text.bytes[words[a].original.upperBound..<words[b].original.lowerBound].filter { $0 != 0x20 }
            return gap.count == 1 && [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")].contains(gap[0])
        }
        if index + 1 < words.count, separated(index, index + 1), let month = Int(words[index + 1].key), (1...12).contains(month) {
            if index + 2 < words.count, separated(index + 1, index + 2), words[index + 2].key.count == 4, let year = Int(words[index + 2].key) {
                return (day, month, year)
            }
            return (day, month, nil)
        }
        if index + 2 < words.count, words[index + 1].key == "thang", let month = Int(words[index + 2].key), (1...12).contains(month) {
            if index + 4 < words.count, words[index + 3].key == "nam", words[index + 4].key.count == 4, let year = Int(words[index + 4].key) {
                return (day, month, year)
            }
            return (day, month, nil)
        }
        return nil
    }

    /// A year written in the sentence that is not a term ("nhiệm kỳ 2021 - 2026") nor a cited
    /// document's; with the month when it dates a month ("tháng 7/2025", "tháng 1-2026").
    private static func yearInSentence(_ text: ProseText, _ range: Range<Int>) -> (Int, Int?)? {
        let words = text.words(in: range)
        for (index, word) in words.enumerated() where word.key.count == 4 {
            guard let year = Int(word.key), (1990...2100).contains(year), !isTermYear(words, index, text) else { continue }
            var month: Int?
            if index >= 2, words[index - 2].key == "thang", let m = Int(words[index - 1].key), (1...12).contains(m) { month = m }
            if index >= 3, words[index - 1].key == "nam", words[index - 3].key == "thang", let m = Int(words[index - 2].key), (1...12).contains(m) { month = m }
            return (year, month)
        }
        return nil
    }

    /// "nhiệm kỳ 2021 - 2026", "giai đoạn 2021 -2025", "2015-2020": years of a span.
    static func isTermYear(_ words: [ProseWord], _ index: Int, _ text: ProseText) -> Bool {
        let before = words[max(0, index - 3)..<index].map(\.key)
        // "nhiệm kỳ", "giai đoạn", "khóa" name terms; "đến năm 2035", "tầm nhìn đến năm 2050" horizons.
        for (a, b) in [("nhiem", "ky"), ("giai", "doan"), ("den", "nam"), ("tam", "nhin")] where zip(before, before.dropFirst()).contains(where: { $0 == (a, b) }) {
            return true
        }
        if before.contains("khoa") { return true }
        func joined(_ a: Int, _ b: Int) -> Bool {
            guard a >= 0, b < words.count else { return false }
            let gap = text.bytes[words[a].original.upperBound..<words[b].original.lowerBound].filter { $0 != 0x20 }
            return !gap.isEmpty && gap.allSatisfy { $0 == UInt8(ascii: "-") || $0 >= 0x80 }
        }
        return index + 1 < words.count && words[index + 1].key.count == 4 && joined(index, index + 1)
            || index > 0 && words[index - 1].key.count == 4 && joined(index - 1, index)
    }

    /// The first year the text gives outside terms and citations ("nhiệm kỳ 2021 - 2026",
    /// "Nghị quyết số 57-NQ/TW ngày 22/12/2024"): the year the account is in.
    static func textYear(_ texts: [ProseText]) -> Int? {
        for text in texts {
            let words = text.words(in: 0..<text.bytes.count)
            for (index, word) in words.enumerated() where word.key.count == 4 {
                guard let year = Int(word.key), (1990...2100).contains(year), !isTermYear(words, index, text),
                      !isCited(words, index, text) else { continue }
                return year
            }
        }
        return nil
    }

    /// For a text that names no year of its own: the year its event is held in, read from the term
    /// or phase the event is for, as a clerk dates it. A congress or an election opens its term
    /// ("Đại hội … nhiệm kỳ 2025-2030", "Ngày bầu cử … nhiệm kỳ 2026-2031" → 2025, 2026); a review
    /// closes its phase ("tổng kết phong trào … giai đoạn 2014 – 2019" → 2019). A term named
    /// alone ("đảng viên khóa XII, nhiệm kỳ 2021 - 2026") dates nothing.
    static func termEventYear(_ texts: [ProseText]) -> Int? {
        let opensTerm: [WordPhrase] = ["dai hoi", "bau cu"]
        for text in texts {
            let words = text.words(in: 0..<text.bytes.count)
            for index in words.indices.dropFirst(2) where index + 1 < words.count && words[index].key.count == 4 {
                guard let first = Int(words[index].key), let last = Int(words[index + 1].key), words[index + 1].key.count == 4,
                      (1990...2100).contains(first), (1...10).contains(last - first), isTermYear(words, index + 1, text) else { continue }
                // The event within the twenty words before the term: its name runs long ("Đại hội
                // đại biểu Đảng bộ phường Vạn Hương lần thứ 10, nhiệm kỳ …", "Ngày bầu cử đại biểu Quốc
                // hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ …").
                let before = max(0, index - 20)..<index
                if WordPhrase("nhiem ky").matches(words, at: index - 2), before.contains(where: { words.starts(with: opensTerm, at: $0) != nil }) {
                    return first
                }
                if WordPhrase("giai doan").matches(words, at: index - 2), before.contains(where: { WordPhrase("tong ket").matches(words, at: $0) }) {
                    return last
                }
            }
        }
        return nil
    }

    /// A date of a cited document: within a few words after "số", "căn cứ" or a document code
    /// ("15-NQ/ĐU", "200/TB-UBND").
    private static func isCited(_ words: [ProseWord], _ index: Int, _ text: ProseText) -> Bool {
        let first = max(0, index - 8)
        if words[first..<index].contains(where: { $0.key == "so" || $0.key == "cu" }) { return true }
        guard index > first else { return false }
        // A number joined to capitals by "-" or "/" in the words before.
        let window = Array(text.bytes[words[first].original.lowerBound..<words[index].original.lowerBound])
        for position in window.indices.dropLast() where ProseSegmenter.isDigit(window[position]) || window[position] >= 0x41 && window[position] <= 0x5A {
            let mark = window[position + 1]
            guard mark == UInt8(ascii: "-") || mark == UInt8(ascii: "/"), position + 2 < window.count else { continue }
            let next = window[position + 2]
            if next >= 0x41 && next <= 0x5A || next == 0xC4 { return true }  // A–Z, Đ
        }
        return false
    }

    // MARK: - Reference date

    /// A date the text gives, to read year-less phrases by when the meeting's day is unknown: the
    /// earliest full date of the latest year written, leaving out cited documents and history
    /// ("(19/8/1945 - 19/8/2022)" gives 19/8/2022).
    static func referenceDate(_ texts: [ProseText]) -> CivilDate? {
        var dates: [CivilDate] = []
        for text in texts {
            let words = text.words(in: 0..<text.bytes.count)
            var index = 0
            while index + 2 < words.count {
                defer { index += 1 }
                guard let day = Int(words[index].key), let month = Int(words[index + 1].key), words[index + 2].key.count == 4,
                      let year = Int(words[index + 2].key), (1...31).contains(day), (1...12).contains(month), (1990...2100).contains(year),
                      !isCited(words, index, text), let date = CivilDate(year: year, month: month, day: day) else { continue }
                let gap1 = text.bytes[words[index].original.upperBound..<words[index + 1].original.lowerBound]
                let gap2 = text.bytes[words[index + 1].original.upperBound..<words[index + 2].original.lowerBound]
                guard gap1.count == 1, gap2.count == 1, gap1.first == gap2.first,
                      [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")].contains(gap1.first!) else { continue }
                dates.append(date)
            }
        }
        guard let latest = dates.map(\.year).max() else { return nil }
        return dates.filter { $0.year == latest }.min()
    }

    // MARK: - Planned period

    /// The period the directives are for, from the introductions first, then the opening: the
    /// last month, quarter or half-year of the first sentence that plans one ("triển khai nhiệm vụ
    /// trọng tâm tháng 7/2025", "cần tổ chức thực hiện trong tháng 9 năm 2020, cụ thể như sau",
    /// "tập trung các nhiệm vụ trong 6 tháng cuối năm 2023"). A window under review ("đánh giá kết
    /// quả … tháng 6 năm 2022") is no plan.
    static func plannedPeriod(introductions: [String], opening: [String], reference: CivilDate?)
        -> (period: ClosedRange<CivilDate>, text: String)? {
        for sentence in introductions + opening where !listsDocuments(sentence) {
            if let found = plannedWindows(in: sentence, reference: reference).last { return found }
        }
        return nil
    }

    /// "… thảo luận vào các văn bản như: Báo cáo tháng 01 và nhiệm vụ tháng 02/2021; Dự thảo Kế
    /// hoạch …": the months are in the titles of the documents discussed, not the meeting's plan.
    private static func listsDocuments(_ sentence: String) -> Bool {
        let text = ProseText(sentence)
        let words = text.words(in: 0..<text.bytes.count)
        return words.contains(["cac van ban", "cac du thao", "cac tai lieu"])
    }

    private static let reviewWords: [WordPhrase] = ["ket qua", "danh gia", "so ket", "tong ket", "kiem diem", "bao cao", "tinh hinh"]
    private static let planWords: [WordPhrase] = [
        "nhiem vu", "trong tam", "trien khai", "phuong huong", "ke hoach", "chuong trinh", "giai phap", "thuc hien", "tap trung",
        "de ra", "cong viec", "toi", "de nghi", "yeu cau",
    ]

    private static let planNounEnds = ["nhiem vu ", "trong tam ", "phuong huong ", "ke hoach "]

    static func followsPlanNoun(_ before: ArraySlice<UInt8>) -> Bool {
        planNounEnds.contains { before.count >= $0.utf8.count && before.suffix($0.utf8.count).elementsEqual($0.utf8) }
    }

    static func plannedWindows(in sentence: String, reference: CivilDate?) -> [(period: ClosedRange<CivilDate>, text: String)] {
        let folded = FoldedText(sentence)
        let scanner = TimePhraseScanner(source: sentence, folded: folded, context: TimeContext(meetingDate: reference))
        let bytes = folded.bytes
        var found: [(period: ClosedRange<CivilDate>, text: String)] = []
        var index = 0
        var previousEnd = 0
        var previousWasPlan = false
        while index < scanner.tokens.count {
            guard let window = scanner.windowPhrase(at: index) else { index += 1; continue }
            // "năm 2026" labels as often as it plans ("phát động thi đua năm 2026"); right after a
            // plan noun ("nhiệm vụ trọng tâm năm 2024", "phương hướng, nhiệm vụ năm 2024") it is the plan's year.
            if window.isWholeYear, !Self.followsPlanNoun(bytes[..<scanner.tokens[index].start]) {
                index = window.end
                continue
            }
            // "ngày 21 tháng 12 năm 2020" names a day (a cited document's, or an event's), not a month of work.
            if index >= 2, scanner.tokens[index - 1].kind == .number, scanner.tokens[index - 2].word == .ngay {
                index = window.end
                continue
            }
            // The words between the previous window (or the clause start) and this one.
            var start = index
            while start > previousEnd, scanner.mark(start - 1).map({ [Mark.comma, Int(UInt8(ascii: ";")), Mark.dot, Mark.colon].contains($0) }) != true {
                start -= 1
            }
            let lower = start < scanner.tokens.count ? scanner.tokens[start].start : bytes.count
            let upper = scanner.tokens[index].start
            let context = ProseText(String(decoding: bytes[lower..<max(lower, upper)], as: UTF8.self)).words(in: 0..<max(0, upper - lower))
            // "Thực hiện kế hoạch hoạt động tháng 08/2022, ngày 17/8/2022 chi hội … tổ chức …": the
            // plan an event told carries out, cited as its ground ("Thực hiện …" opens the sentence,
            // as "Thực hiện Thông báo số …" does), is not the period of the directives that follow.
            let isGround = lower == 0 && WordPhrase("thuc hien").matches(context, at: 0)
            let isReview = isGround || context.contains(reviewWords)
            let isPlan = !isReview && (context.contains(planWords) || context.isEmpty && previousWasPlan
                || context.count <= 2 && context.allSatisfy { ["va", "trong", "cuoi", "dau"].contains($0.key) } && previousWasPlan)
            if isPlan, let dates = scanner.dates(of: window) {
                let first = scanner.tokens[index]
                let last = scanner.tokens[window.end - 1]
                let range = folded.originalRange(first.start..<last.end)
                let phrase = String(decoding: Array(sentence.utf8)[range], as: UTF8.self)
                if let start = Optional(dates.start), dates.end >= start { found.append((start...dates.end, phrase)) }
            }
            previousWasPlan = isPlan
            previousEnd = window.end
            index = window.end
        }
        return found
    }
}
