import DocumentTree

/// Reads the structure of a conclusion from its Markdown blocks, whether the clerk used Markdown
/// headings or wrote plain text as in a Word document (domain.md §2.1):
///
///     [header: ĐẢNG BỘ … / ĐẢNG ỦY … / * / Số …-TB/ĐU / Nơi, ngày … tháng … năm …]
///     THÔNG BÁO                                   ← type name
///     Kết luận hội nghị …                         ← subject (trích yếu)
///     Sáng ngày 29 tháng 01 năm 2026, …           ← opening: meeting date, chair
///     I. Kết quả … / II. Những tồn tại … / III. Nhiệm vụ trọng tâm tháng 02/2026
///         Một là, … Tám là, …                     ← task items
///     Yêu cầu …                                   ← closing
///     Nơi nhận: - …                               ← recipients
///     T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG / name  ← signature
///
/// The reader only finds structure; it never guesses a value that is not written.
public struct ConclusionReader: Sendable {
    /// Maps a line of the parsed text to the line of the file (page-break repair and front matter
    /// shift lines).
    public var sourceLine: @Sendable (Int) -> Int
    /// A date the front matter gives (meeting or issue date): a meeting day written without its
    /// year ("Ngày 9/6, …") takes its year.
    public var knownDate: CivilDate?

    public init(sourceLine: @escaping @Sendable (Int) -> Int = { $0 }, knownDate: CivilDate? = nil) {
        self.sourceLine = sourceLine
        self.knownDate = knownDate
    }

    public func read(_ blocks: [DocumentBlock]) -> ConclusionDocument {
        var document = ConclusionDocument()
        var index = 0

        // Header and type name: everything up to the type name line.
        if let typeIndex = blocks.prefix(12).firstIndex(where: { Self.typeName(of: $0) != nil }) {
            readHeader(blocks[..<typeIndex], into: &document.meta)
            document.meta.typeName = Self.typeName(of: blocks[typeIndex])
            index = typeIndex + 1
            // The subject follows, possibly underlined by "-----" (a thematic break).
            if index < blocks.count, Self.isSubject(blocks[index]) {
                document.meta.subject = TextNormalization.collapseWhitespace(blocks[index].plainText.trimming("*_ "))
                index += 1
            }
            while index < blocks.count, case .thematicBreak = blocks[index].kind { index += 1 }
        }

        let bodyStart = index
        var bodyEnd = blocks.count
        var currentSection: Int? = nil
        var pendingTask: Int? = nil
        var inClosing = false
        var dateFromPreamble = false

        while index < blocks.count {
            let block = blocks[index]
            defer { index += 1 }
            let text = block.plainText

            if Self.isRecipientsStart(block) || Self.signingAuthority(in: block) != nil {
                bodyEnd = min(bodyEnd, index)
                readFooter(blocks[index...], into: &document)
                break
            }
            if let (marker, title) = Self.sectionHeading(block) {
                let kind = Self.sectionKind(title)
                document.sections.append(ConclusionSection(marker: marker, title: title, kind: kind, line: sourceLine(block.line)))
                document.sectionTitleBlocks.append(index)
                currentSection = document.sections.count - 1
                pendingTask = nil
                inClosing = kind == .implementation
                if kind == .tasks, document.meta.period == nil, let (period, phrase) = Self.period(in: title) {
                    document.meta.period = period
                    document.meta.periodText = phrase
                }
                continue
            }
            if currentSection == nil {
                readOpening(text, into: &document.meta, dateFromPreamble: &dateFromPreamble)
                continue
            }
            let section = document.sections[currentSection!]
            if inClosing {
                document.closing.append(TextNormalization.collapseWhitespace(text))
                continue
            }
            switch section.kind {
            case .tasks:
                if case .paragraph = block.kind, VietnameseOrdinal.label(in: text) == nil {
                    // After a `nhiem-vu` table the tasks are given: a plain paragraph closes
                    // ("Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ chịu trách nhiệm …").
                    if !document.rawTasks.isEmpty, Self.isClosingFormula(text) || document.rawTasks.last?.explicitUnits != nil {
                        inClosing = true
                        document.closing.append(TextNormalization.collapseWhitespace(text))
                        continue
                    }
                    if pendingTask == nil, Self.isIntroduction(text) { continue }
                }
                readTasks(block, continuing: &pendingTask, into: &document)
            case .results, .shortcomings, .implementation, .other:
                if Self.isSubsectionTitle(block, section: section) {
                    document.sections[currentSection!].subsections.append(Self.firstParagraphText(block))
                    document.subsectionTitleBlocks.append(index)
                } else if case .list = block.kind, section.kind == .shortcomings {
                    document.sections[currentSection!].items += block.children.map { TextNormalization.collapseWhitespace($0.plainText) }
                } else if section.kind == .shortcomings, case .paragraph = block.kind {
                    document.sections[currentSection!].items.append(TextNormalization.collapseWhitespace(text))
                }
            }
        }
        document.bodyBlocks = bodyStart..<max(bodyStart, bodyEnd)
        if document.rawTasks.isEmpty {
            readProse(Array(blocks[document.bodyBlocks]), firstIndex: bodyStart, into: &document)
        }
        document.meta.kind = DocumentKind.read(document)
        return document
    }

    // MARK: - Running text

    /// A conclusion without a tasks section, read as running text (`ProseTaskReader`): its
    /// headline is its title, its meeting date and planned period come from its opening.
    private func readProse(_ body: [DocumentBlock], firstIndex: Int, into document: inout ConclusionDocument) {
        document.isProse = true
        let headline = document.meta.typeName == nil ? ProseOpening.headline(body) : nil
        let result = ProseTaskReader(sourceLine: sourceLine).read(body, skipping: headline.map { ($0.block, $0.range) })
        document.rawTasks = result.tasks
        document.directiveIntroductions = result.introductions.map {
            DirectiveIntroduction(line: $0.line, text: $0.text, tasksRead: $0.tasksRead)
        }
        document.unreadDirectiveSentences = result.unreadDirectives.map {
            DirectiveIntroduction(line: $0.line, text: $0.text, tasksRead: 0)
        }
        if document.meta.subject == nil {
            document.meta.subject = headline?.text ?? ProseOpening.firstSentenceTitle(body)
        }
        // A headline that is a block of its own is the page's title, not part of the text shown.
        if let headline, headline.block == 0, !body[0].plainText.contains("\n") {
            document.bodyBlocks = (firstIndex + 1)..<max(firstIndex + 1, document.bodyBlocks.upperBound)
        }

        // The opening: every sentence before the first directive or introduction.
        var texts: [ProseText] = []
        func collect(_ block: DocumentBlock) {
            switch block.kind {
            case .paragraph, .heading: texts.append(ProseText(block.plainText))
            default: block.children.forEach(collect)
            }
        }
        body.forEach(collect)
        var opening: [(text: ProseText, range: Range<Int>)] = []
        for (index, block) in body.enumerated() {
            switch block.kind {
            case .paragraph, .heading: break
            default: continue
            }
            let text = ProseText(block.plainText)
            var end = text.bytes.count
            if let stop = result.openingEnd {
                if index > stop.block { continue }
                if index == stop.block { end = stop.offset }
            }
            for line in ProseSegmenter.lines(of: text, in: 0..<end) {
                if index == headline?.block, line.overlaps(headline!.range) { continue }
                for sentence in ProseSegmenter.sentences(of: text, in: line) { opening.append((text, sentence)) }
            }
        }
        let textYear = ProseOpening.textYear(texts)
        // The sectioned reader took the first dated paragraph; running text tells the meeting in a
        // sentence of its own, and cites documents whose dates are not the meeting's.
        document.meta.meetingDate = ProseOpening.meetingDate(in: opening, year: knownDate?.year, textYear: textYear)
        // Without any full date, the year the account is in ("trong 9 tháng năm 2017, xã đã …") still
        // dates "đến cuối năm": its first day, so that no month rolls into another year.
        document.meta.referenceDate = document.meta.meetingDate ?? knownDate ?? ProseOpening.referenceDate(texts)
            ?? (textYear ?? ProseOpening.termEventYear(texts)).flatMap { CivilDate(year: $0, month: 1, day: 1) }
        if document.meta.period == nil,
           let (period, phrase) = ProseOpening.plannedPeriod(introductions: result.introductionTexts,
                                                             opening: opening.map { $0.text.string($0.range) },
                                                             reference: document.meta.referenceDate) {
            document.meta.period = period
            document.meta.periodText = phrase
        }
    }

    // MARK: - Header and opening

    /// Type names of Party and state documents (Quy định 399-QĐ/TW, Nghị định 30/2020).
    static let typeNames: Set<String> = [
        "THÔNG BÁO", "THÔNG BÁO KẾT LUẬN", "KẾT LUẬN", "NGHỊ QUYẾT", "CHỈ THỊ", "BÁO CÁO", "KẾ HOẠCH",
        "CHƯƠNG TRÌNH", "QUYẾT ĐỊNH", "HƯỚNG DẪN", "TỜ TRÌNH", "CÔNG VĂN", "BIÊN BẢN", "QUY ĐỊNH", "THÔNG TRI",
    ]

    static func typeName(of block: DocumentBlock) -> String? {
        switch block.kind {
        case .paragraph, .heading: break
        default: return nil
        }
        let text = TextNormalization.collapseWhitespace(block.plainText.trimming("*_ "))
        return typeNames.contains(text.uppercased()) && text == text.uppercased() ? text : nil
    }

    /// The block right after the type name is the subject unless it is a numbered section or the opening.
    static func isSubject(_ block: DocumentBlock) -> Bool {
        switch block.kind {
        case .paragraph, .heading: break
        default: return false
        }
        let text = block.plainText
        return text.count < 300 && sectionHeading(block)?.marker == nil && !startsLikeOpening(text)
    }

    static func startsLikeOpening(_ text: String) -> Bool {
        let key = FoldedText(String(text.prefix(40))).string
        return ["sang ngay", "chieu ngay", "toi ngay", "ngay ", "hom nay", "can cu", "thuc hien", "vao "].contains { key.hasPrefix($0) }
    }

    private func readHeader(_ blocks: ArraySlice<DocumentBlock>, into meta: inout ConclusionMeta) {
        let lines = blocks.flatMap { block in
            block.plainText.lines.map { TextNormalization.collapseWhitespace($0.trimming("*_|")) }
        }.flatMap { $0.components(separatedBy: " | ") }
        var bodies: [String] = []
        for raw in lines {
            let line = raw.trimming(" *_|")
            let key = FoldedText.key(line)
            if line.isEmpty || key == "dang cong san viet nam" || key.allSatisfy({ $0 == "-" || $0 == "*" || $0 == " " }) { continue }
            // The national title and motto of a state document (Nghị định 30/2020) name no body.
            if key.hasPrefix("cong hoa xa hoi chu nghia") || key.hasPrefix("doc lap - tu do") {
                meta.hasStateMotto = true
                continue
            }
            if key.hasPrefix("so ") || key.hasPrefix("so:") {
                meta.number = String(line.dropFirst(2)).trimming(" :")
            } else if let (place, date) = Self.placeAndDate(line) {
                meta.place = place
                meta.date = date
            } else if line == line.uppercased(), line.contains(where: \.isLetter) {
                bodies.append(line)
            }
        }
        // Left column: the superior body above the issuing body (domain.md §1.4).
        if bodies.count >= 2 {
            meta.superior = bodies[0]
            meta.issuer = bodies[1]
        } else if let only = bodies.first {
            meta.issuer = only
        }
    }

    /// "Xuân Hưng, ngày 30 tháng 01 năm 2026" → ("Xuân Hưng", 2026-01-30).
    static func placeAndDate(_ line: String) -> (String, CivilDate)? {
        guard let comma = line.firstIndex(of: ","), let date = Self.longDate(in: String(line[comma...])) else { return nil }
        let place = line[..<comma].trimming(" ")
        return place.isEmpty || place.count > 40 ? nil : (place, date.date)
    }

    /// The first "ngày D tháng M năm Y" or "ngày D/M/Y" in `text`.
    static func longDate(in text: String) -> (date: CivilDate, range: Range<String.Index>)? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        for (i, word) in words.enumerated() where FoldedText.key(String(word)) == "ngay" {
            let rest = words.dropFirst(i + 1)
            guard let first = rest.first else { continue }
            if rest.count >= 5 {
                let w = Array(rest.prefix(5))
                if FoldedText.key(String(w[1])) == "thang", FoldedText.key(String(w[3])) == "nam",
                   let d = Int(w[0]), let m = Int(w[2]), let y = Int(w[4].prefix(while: \.isNumber)),
                   let date = CivilDate(year: y, month: m, day: d) {
                    return (date, word.startIndex..<w[4].endIndex)
                }
            }
            let token = first.prefix(while: { $0.isNumber || $0 == "/" || $0 == "-" || $0 == "." })
            if let date = CivilDate(vietnamese: String(token)) { return (date, word.startIndex..<token.endIndex) }
        }
        return nil
    }

    private func readOpening(_ text: String, into meta: inout ConclusionMeta, dateFromPreamble: inout Bool) {
        // The meeting date is in the paragraph that tells of the meeting ("Sáng ngày …"); dates in
        // "Căn cứ …" / "Thực hiện …" lines belong to the documents cited, and are used only when
        // no other paragraph has a date.
        let key = FoldedText(String(text.prefix(40))).string
        let isPreamble = ["can cu", "thuc hien", "theo ", "xet "].contains { key.hasPrefix($0) }
        if meta.meetingDate == nil || dateFromPreamble && !isPreamble, let found = Self.longDate(in: text) {
            meta.meetingDate = found.date
            dateFromPreamble = isPreamble
        }
        if meta.chair == nil, let (name, title) = Self.chair(in: text) {
            meta.chair = name
            meta.chairTitle = title
        }
    }

    /// "Đồng chí Trần Văn Vy - Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị" → ("Trần Văn Vy", "Bí thư …").
    static func chair(in text: String) -> (String, String?)? {
        let folded = FoldedText(text)
        let key = folded.string
        guard key.contains("chu tri"), let found = key.range(of: "dong chi ") else { return nil }
        let bytes = Array(text.utf8)
        let start = folded.originalRange(key.utf8.distance(from: key.startIndex, to: found.upperBound)..<key.utf8.count).lowerBound
        let rest = String(decoding: bytes[start...], as: UTF8.self)
        // A name is a run of capitalised words.
        var nameWords: [Substring] = []
        for word in rest.split(separator: " ") {
            guard let first = word.first, first.isUppercase, nameWords.count < 5 else { break }
            let clean = word.trimming(",.;")
            nameWords.append(Substring(clean))
            if clean.count != word.count { break }
        }
        guard nameWords.count >= 2 else { return nil }
        let name = nameWords.joined(separator: " ")
        var title: String? = nil
        if let dash = rest.range(of: " - ") ?? rest.range(of: " – ") ?? rest.range(of: ", "),
           rest.distance(from: rest.startIndex, to: dash.lowerBound) <= name.count + 1 {
            let after = rest[dash.upperBound...]
            let end = after.range(of: " chủ trì")?.lowerBound ?? after.endIndex
            let value = after[..<end].trimming(" ,.")
            if !value.isEmpty, value.count < 120 { title = value }
        }
        return (name, title)
    }

    // MARK: - Sections

    static let romanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    /// A section title: "I. Kết quả …", "II- Những tồn tại …", "## III. Nhiệm vụ …", "**IV. TỔ CHỨC THỰC HIỆN**",
    /// or a Markdown heading of a known section without a numeral.
    static func sectionHeading(_ block: DocumentBlock) -> (marker: String?, title: String)? {
        let isHeading: Bool
        switch block.kind {
        case .heading: isHeading = true
        case .paragraph: isHeading = false
        default: return nil
        }
        let raw = block.plainText
        // Titles are short, single-line: skip running paragraphs before any string work.
        guard raw.utf8.count < 600, !raw.utf8.contains(0x0A) else { return nil }
        let text = TextNormalization.collapseWhitespace(raw.trimming("*_ "))
        guard text.hasFewerCharacters(than: 200) else { return nil }
        let token = text.prefix(while: { !$0.isWhitespace })
        if let last = token.last, ".-)".contains(last) || token.hasSuffix(".-") {
            let numeral = String(token.trimming(".-)"))
            if romanNumerals.contains(numeral) {
                let title = String(text.dropFirst(token.count)).trimming(" *_")
                return title.isEmpty ? nil : (numeral, title)
            }
        }
        if isHeading, sectionKind(text, openingWordsOnly: true) != .other { return (nil, text) }
        return nil
    }

    /// The kind of a section from its title. Unnumbered Markdown headings count as sections only
    /// when the title starts with a section word (`openingWordsOnly`): "Kết luận hội nghị … triển khai
    /// nhiệm vụ …" is a subject, not a tasks section.
    static func sectionKind(_ title: String, openingWordsOnly: Bool = false) -> ConclusionSection.Kind {
        var key = FoldedText.key(title)
        if key.hasPrefix("nhung ") { key.removeFirst(6) }
        if openingWordsOnly {
            let openings: [(String, ConclusionSection.Kind)] = [
                ("ton tai", .shortcomings), ("han che", .shortcomings), ("khuyet diem", .shortcomings),
                ("ket qua", .results), ("danh gia", .results), ("uu diem", .results), ("tinh hinh", .results),
                ("nhiem vu", .tasks), ("phuong huong", .tasks), ("giai phap", .tasks), ("yeu cau", .tasks), ("kien nghi", .tasks),
                ("to chuc thuc hien", .implementation),
            ]
            return openings.first { key.hasPrefix($0.0) }?.1 ?? .other
        }
        if key.contains("ton tai") || key.contains("han che") || key.contains("khuyet diem") { return .shortcomings }
        // "Kết quả thực hiện nhiệm vụ tháng 01" reviews the past month: the opening words decide.
        if key.hasPrefix("ket qua") || key.hasPrefix("danh gia") || key.hasPrefix("tinh hinh") { return .results }
        if key.contains("to chuc thuc hien") { return .implementation }
        if key.contains("nhiem vu") || key.contains("phuong huong") || key.contains("giai phap")
            || key.hasPrefix("yeu cau") || key.hasPrefix("kien nghi") || key.hasPrefix("de nghi") { return .tasks }
        if key.contains("ket qua") || key.contains("uu diem") || key.contains("danh gia") || key.contains("tinh hinh") { return .results }
        return .other
    }

    /// "tháng 02/2026", "tháng 2 năm 2026", "quý I/2026" in a tasks section title → its days.
    static func period(in title: String) -> (ClosedRange<CivilDate>, String)? {
        let folded = FoldedText(title)
        let key = folded.string
        let bytes = Array(title.utf8)
        func phrase(_ range: Range<String.Index>) -> String {
            let lower = key.utf8.distance(from: key.startIndex, to: range.lowerBound)
            let upper = key.utf8.distance(from: key.startIndex, to: range.upperBound)
            return String(decoding: bytes[folded.originalRange(lower..<upper)], as: UTF8.self)
        }
        // "6 tháng cuối năm 2018", "5 tháng cuối năm 2018", "9 tháng đầu năm 2019": months from either end.
        for (words, first) in [(" thang dau nam ", true), (" thang cuoi nam ", false)] {
            if let found = key.range(of: words) {
                let count = key[..<found.lowerBound].reversed().prefix(while: \.isNumber)
                let year = key[found.upperBound...].prefix(while: \.isNumber)
                guard let months = Int(String(count.reversed())), (1...11).contains(months), let y = Int(year), year.count == 4 else { return nil }
                let start = CivilDate(year: y, month: first ? 1 : 13 - months, day: 1)!
                let lower = key.index(found.lowerBound, offsetBy: -count.count)
                return (start...start.startOfMonth(adding: months - 1).endOfMonth, phrase(lower..<year.endIndex))
            }
        }
        if let found = key.range(of: "thang ") {
            let rest = key[found.upperBound...]
            let month = rest.prefix(while: \.isNumber)
            var after = rest.dropFirst(month.count)
            if after.hasPrefix("/") || after.hasPrefix("-") { after = after.dropFirst() } else if after.hasPrefix(" nam ") { after = after.dropFirst(5) } else { return nil }
            let year = after.prefix(while: \.isNumber)
            guard let m = Int(month), let y = Int(year), year.count == 4, let first = CivilDate(year: y, month: m, day: 1) else { return nil }
            return (first...first.endOfMonth, phrase(found.lowerBound..<year.endIndex))
        }
        if let found = key.range(of: "quy ") {
            let rest = key[found.upperBound...]
            let numeral = rest.prefix(while: { "ivx".contains($0) })
            guard let q = ["i", "ii", "iii", "iv"].firstIndex(of: String(numeral)) else { return nil }
            var after = rest.dropFirst(numeral.count)
            if after.hasPrefix("/") { after = after.dropFirst() } else if after.hasPrefix(" nam ") { after = after.dropFirst(5) } else { return nil }
            let year = after.prefix(while: \.isNumber)
            guard let y = Int(year), year.count == 4 else { return nil }
            let first = CivilDate(year: y, month: q * 3 + 1, day: 1)!
            return (first...first.startOfMonth(adding: 2).endOfMonth, phrase(found.lowerBound..<year.endIndex))
        }
        // "Phương hướng, nhiệm vụ năm 2024": a tasks section for a whole year ("đến năm 2030" is a horizon).
        if let found = key.range(of: "nam "), !key[..<found.lowerBound].hasSuffix("den ") {
            let year = key[found.upperBound...].prefix(while: \.isNumber)
            guard let y = Int(year), year.count == 4, let first = CivilDate(year: y, month: 1, day: 1) else { return nil }
            return (first...CivilDate(year: y, month: 12, day: 31)!, phrase(found.lowerBound..<year.endIndex))
        }
        return nil
    }

    /// A numbered sub-section title in the results section: "1. Công tác xây dựng Đảng và hệ thống
    /// chính trị" (a one-item list whose text is short and ends without punctuation), or a heading.
    static func isSubsectionTitle(_ block: DocumentBlock, section: ConclusionSection) -> Bool {
        guard section.kind != .shortcomings else { return false }
        if case .heading = block.kind { return true }
        guard case .list = block.kind, block.children.count == 1,
              let item = block.children.first, item.children.count == 1 else { return false }
        let text = item.plainText.trimming(" *_")
        guard let last = text.last else { return false }
        return text.count < 150 && !".;:".contains(last)
    }

    static func firstParagraphText(_ block: DocumentBlock) -> String {
        if case .list = block.kind, let item = block.children.first {
            if case .list(_, let start) = block.kind { return "\(start). " + TextNormalization.collapseWhitespace(item.plainText.trimming("*_ ")) }
        }
        return TextNormalization.collapseWhitespace(block.plainText.trimming("*_ "))
    }

    // MARK: - Tasks

    /// Opening words of the closing paragraph after the task items (domain.md §2.1 item 8).
    static let closingFormulas = [
        "yeu cau", "de nghi cac", "ban thuong vu dang uy thong bao", "thuong truc dang uy thong bao",
        "tren day la", "giao van phong dang uy theo doi", "cac co quan, don vi", "cac dong chi uy vien",
        "ban thuong vu thong bao", "dang uy thong bao",
    ]

    /// The closing paragraph: an opening formula, or a request addressed to all units at once
    /// ("Ban Thường vụ Đảng ủy yêu cầu các cơ quan, đơn vị, các chi bộ …").
    static func isClosingFormula(_ text: String) -> Bool {
        let key = FoldedText(String(text.prefix(160))).string
        if closingFormulas.contains(where: { key.hasPrefix($0) }) { return true }
        let asks = ["yeu cau", "de nghi", "thong bao de"].contains { key.contains($0) }
        let everyone = ["cac co quan", "cac don vi", "cac chi bo", "cac xom", "ket luan nay"].contains { key.contains($0) }
        return asks && everyone
    }

    /// "Ban Thường vụ giao nhiệm vụ cụ thể như sau:" introduces the items; it is not one.
    static func isIntroduction(_ text: String) -> Bool {
        text.trimming(" \n").hasSuffix(":") && text.count < 400
    }

    private func readTasks(_ block: DocumentBlock, continuing pending: inout Int?, into document: inout ConclusionDocument) {
        switch block.kind {
        case .paragraph:
            let text = block.plainText
            if let (value, label) = VietnameseOrdinal.label(in: text) {
                document.rawTasks.append(RawTask(ordinal: value, label: label, text: text, line: sourceLine(block.line),
                                                 blockPath: block.path, leadIn: Self.leadIn(block)))
                pending = document.rawTasks.count - 1
            } else if let open = pending {
                document.rawTasks[open].appendSegment(text, path: block.path)
            } else {
                document.rawTasks.append(RawTask(ordinal: document.rawTasks.count + 1, label: "", text: text,
                                                 line: sourceLine(block.line), blockPath: block.path, leadIn: Self.leadIn(block)))
            }
        case .list(let ordered, let start):
            for (offset, item) in block.children.enumerated() {
                guard let first = item.children.first, case .paragraph = first.kind else { continue }
                let label = ordered ? "\(start + offset)." : "-"
                var task = RawTask(ordinal: document.rawTasks.count + 1, label: label, text: first.plainText,
                                   line: sourceLine(first.line), blockPath: first.path, leadIn: Self.leadIn(first))
                // Sub-items ("+" bullets) and further paragraphs belong to the item.
                for child in item.children.dropFirst() { task.appendParagraphs(of: child) }
                document.rawTasks.append(task)
            }
            pending = nil
        case .codeBlock(let info) where FoldedText.key(info) == "nhiem-vu" || FoldedText.key(info) == "nhiem vu":
            for row in TaskBlockTable.rows(block.literal, firstLine: sourceLine(block.line) + 1) {
                document.rawTasks.append(RawTask(ordinal: document.rawTasks.count + 1, label: "\(document.rawTasks.count + 1).",
                                                 text: row.task, line: row.line, explicitUnits: row.units,
                                                 explicitDeadline: row.deadline))
            }
            pending = nil
        default:
            break
        }
    }

    /// "**Ủy ban nhân dân xã:** …" → "Ủy ban nhân dân xã".
    static func leadIn(_ block: DocumentBlock) -> String? {
        guard case .strong(let children) = block.inlines.first else { return nil }
        var text = children.plainText.trimming(" ")
        var trailing = ""
        if block.inlines.count > 1, case .text(let next) = block.inlines[1] { trailing = next }
        guard text.hasSuffix(":") || trailing.hasPrefix(":") else { return nil }
        text = text.trimming(": ")
        return text.isEmpty || text.count > 80 || VietnameseOrdinal.label(in: text + ",") != nil ? nil : text
    }

    // MARK: - Footer

    static func isRecipientsStart(_ block: DocumentBlock) -> Bool {
        guard case .paragraph = block.kind else { return false }
        // Only the opening words matter: look at the first inline, not the whole paragraph.
        let opening = block.inlines.first?.plainText.prefix(12) ?? ""
        return FoldedText(String(opening)).string.hasPrefix("noi nhan")
    }

    /// "T/M BAN THƯỜNG VỤ", "T/L …", "K/T …", "TM. …", "KT. …", "TL. …", "Q. …" at the start of a paragraph.
    static func signingAuthority(in block: DocumentBlock) -> String? {
        guard case .paragraph = block.kind else { return nil }
        let text = block.plainText
        let firstLine = text.utf8.firstIndex(of: 0x0A).map { text[..<$0] } ?? text[...]
        guard firstLine.utf8.count < 120 else { return nil }
        let first = firstLine.trimming(" *_")
        let prefixes = ["T/M ", "T/L ", "K/T ", "TM. ", "TL. ", "KT. ", "TUQ. ", "Q. "]
        guard prefixes.contains(where: { first.hasPrefix($0) }), first == first.uppercased() else { return nil }
        return TextNormalization.collapseWhitespace(first)
    }

    private func readFooter(_ blocks: ArraySlice<DocumentBlock>, into document: inout ConclusionDocument) {
        var meta = document.meta
        var afterTitle = false
        for block in blocks {
            if Self.isRecipientsStart(block) {
                // "Nơi nhận:" may carry its items on the following lines of the same paragraph.
                for line in block.plainText.lines.dropFirst() {
                    let item = line.trimming(" -+•")
                    if !item.isEmpty { document.recipients.append(item) }
                }
                continue
            }
            if case .list = block.kind, document.recipients.isEmpty || !afterTitle && meta.signingAuthority == nil {
                document.recipients += block.children.map { TextNormalization.collapseWhitespace($0.plainText) }
                continue
            }
            if let authority = Self.signingAuthority(in: block) {
                meta.signingAuthority = authority
                let lines = block.plainText.lines.map { String($0).trimming(" *_") }
                let titleLines = lines.dropFirst().filter { !$0.isEmpty && $0 == $0.uppercased() }
                if !titleLines.isEmpty { meta.signerTitle = titleLines.joined(separator: " ") }
                // A name inside the same paragraph, after the title lines.
                if let name = lines.dropFirst().last(where: { !$0.isEmpty && $0 != $0.uppercased() }) { meta.signer = name }
                afterTitle = true
                continue
            }
            guard afterTitle, case .paragraph = block.kind else { continue }
            let line = TextNormalization.collapseWhitespace(block.plainText.trimming(" *_"))
            let key = FoldedText.key(line)
            if key.hasPrefix("(da ky") || key.hasPrefix("da ky") || line.isEmpty { continue }
            if line == line.uppercased(), meta.signerTitle == nil || meta.signer == nil && line.count < 40 && meta.signerTitle == nil {
                meta.signerTitle = line
            } else if line.count < 60, line.first?.isUppercase == true, meta.signer == nil {
                meta.signer = line
            }
        }
        document.meta = meta
    }
}

extension RawTask {
    /// Adds a paragraph that continues this item: its text goes after a line break.
    mutating func appendSegment(_ text: String, path: [Int]) {
        self.text += "\n"
        segments.append(TextSegment(path: path, offset: self.text.utf8.count))
        self.text += text
    }

    mutating func appendParagraphs(of block: DocumentBlock) {
        switch block.kind {
        case .paragraph: appendSegment(block.plainText, path: block.path)
        default: for child in block.children { appendParagraphs(of: child) }
        }
    }
}
