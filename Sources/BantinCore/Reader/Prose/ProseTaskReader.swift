import DocumentTree

/// Reads the directives of a conclusion that has no tasks section: write-ups of conferences, web
/// notices, working-session conclusions (Fixtures/real/README.md).
///
/// The directive part is found by how people write it:
/// - after an introduction ending at a colon ("… kết luận như sau:", "… yêu cầu:", "thông báo như
///   sau:", "một số nhiệm vụ trọng tâm sau:", "… gồm:"), every item of what follows: `-`/`+`/`•`
///   bullets, `1.`/`1)`/`1/`/`a)` items, run-in ordinals ("Thứ nhất, … Thứ hai, …"), topic run-ins
///   ("Về sản xuất nông nghiệp: …;"), a ";"-separated sentence, one directive per line;
/// - after a speech opening without a colon ("Kết luận hội nghị, đồng chí …", "Phát biểu kết luận
///   …"), each sentence that instructs (an address, a modal, an imperative or a commitment "… sẽ …");
/// - anywhere else, only the unmistakable forms: "Đề nghị X …", "Yêu cầu X …", "Giao X …", "X đề
///   nghị Y …", "X cần / phải / hãy …", an instruction framed "Thời gian tới, …", and dated schedule
///   lines ("Đợt 2 từ 13-15/4/2018: tổ chức …");
/// - "Đó là những nội dung … chỉ ra …" after the fact: the instructions just before it.
///
/// The part ends at a closing formula ("Trên đây là …", "… thực hiện tốt nội dung Thông báo này./."),
/// an author line, a photo caption, a heading, or the footer (which the caller has cut off).
/// Reports, praise, attendance, statements and entitlements never become tasks.
///
/// Splitting: in a list each item is one task with its follow-up sentences, except a sentence that
/// names its own addressee; in running text each instruction sentence is a task, and after ";" a
/// capital, an address or a list of three or more clauses opens a new one.
struct ProseTaskReader {
    /// Maps a line of the parsed text to the line of the file.
    var sourceLine: (Int) -> Int

    /// An introduction found in the text ("… kết luận như sau:", "Phát biểu kết luận …"), and how
    /// many tasks were read after it: none is worth a warning.
    struct Introduction {
        var line: Int
        var text: String
        var tasksRead = 0
    }

    struct Result {
        var tasks: [RawTask]
        var introductions: [Introduction]
        /// The text of each introduction, in order, for the planned period.
        var introductionTexts: [String]
        /// Where the first task or introduction begins: everything before is the opening.
        var openingEnd: (block: Int, offset: Int)?
        /// Sentences said as a directive ("Đề nghị …", "… yêu cầu …") that read as no task: the
        /// clerk is warned at each (`DocumentChecks`).
        var unreadDirectives: [Introduction] = []
    }

    /// Reads `blocks` (the body, without header and footer). `skipping` is the headline, which is
    /// the title and not a directive: (block index, UTF-8 range in its text).
    func read(_ blocks: [DocumentBlock], skipping headline: (block: Int, range: Range<Int>)? = nil) -> Result {
        var machine = Machine(sourceLine: sourceLine, headline: headline)
        for (index, block) in blocks.enumerated() {
            machine.block(block, index: index)
        }
        machine.closeDraft()
        return machine.result()
    }
}

// MARK: - The state machine

private struct Machine {
    let sourceLine: (Int) -> Int
    let headline: (block: Int, range: Range<Int>)?

    init(sourceLine: @escaping (Int) -> Int, headline: (block: Int, range: Range<Int>)?) {
        self.sourceLine = sourceLine
        self.headline = headline
    }

    /// Where the reader is: outside the directive part, after an introduction (a colon), or in a
    /// speech without one.
    enum Mode: Equatable {
        case outside
        case list(speech: Bool)
        case speech
    }

    /// A stretch of one paragraph that belongs to a task.
    struct Piece {
        var text: Int  // index in `texts`
        var path: [Int]
        var range: Range<Int>
        var line: Int
    }

    struct Draft {
        var pieces: [Piece]
        var label: String
        var leadIn: String?
        var addressed: String?
        /// Opened by a marker or a list item: follow-up sentences belong to it.
        var enumerated: Bool
        /// A Markdown list item (ordered or not), for absorbing a detail list after "như sau:".
        var listKind: Bool?
        var order: (Int, Int)
        /// Kept only if an afterword ("Đó là những nội dung …") confirms it.
        var pending: Bool
        /// Took in a detail list after its "… như sau:".
        var absorbing = false
        /// The directive part's time line, when it stands apart.
        var statedTime: String?
    }

    enum Boundary { case line, sentence, semicolonCapital, semicolonLower }

    var texts: [ProseText] = []
    var mode: Mode = .outside
    var draft: Draft?
    var committed: [Draft] = []
    var pending: [Draft] = []
    var zoneTasks = 0
    var addressed: String?
    var introductions: [ProseTaskReader.Introduction] = []
    var unreadDirectives: [ProseTaskReader.Introduction] = []
    /// The introduction whose directive part the reader is in.
    var currentIntroduction: Int?
    /// A time line of the directive part before its items ("Thời gian treo cờ: từ … đến …").
    var zoneTime: String?
    /// The introduction of the current directive part when it asks for work of its own.
    var instructingIntroduction: Piece?
    /// The doer a heading names for the items under it ("1. Đối với UBND xã:").
    var headingDoer: String?
    /// A speech opened by a person's instruction, which lasts to the end of its paragraph.
    var speechEndsWithParagraph = false
    var introductionTexts: [String] = []
    var openingEnd: (block: Int, offset: Int)?
    var blockIndex = 0
    /// The last source line of the block read before, to tell a list that follows a line
    /// directly (Markdown lets "+ …" interrupt a paragraph) from one after a blank line.
    var previousEndLine = -1
    /// The bodies the clause just read praised ("ghi nhận những đóng góp của X"), for a request after it.
    var praisedBodies: String?
    /// A numbered item of the directive part was a doer heading ("1. Đề nghị các cơ quan …").
    var numberedDoerHeadings = false
    /// A photo caption (or the end of a plan account's paragraph) came after tasks of the directive
    /// part: the next paragraph decides whether the part goes on ("Bên cạnh đó, …").
    var endsUnlessCarriedOn = false
    /// The part is a plan account ("Theo kế hoạch, …"), which lasts to the end of its paragraph and
    /// the paragraphs that carry it on.
    var planAccount = false
    /// The last sentence outside a directive part, for "Trong đó, …" after "… đề ra nhiều giải pháp …".
    var lastOutsideSentence: (text: Int, range: Range<Int>)?

    // MARK: Blocks

    mutating func block(_ block: DocumentBlock, index: Int) {
        blockIndex = index
        defer { previousEndLine = block.endLine }
        // Only a paragraph may carry on a directive part after a photo caption.
        if endsUnlessCarriedOn, block.kind != .paragraph, block.kind != .blockQuote {
            endsUnlessCarriedOn = false
            endZone()
        }
        switch block.kind {
        case .paragraph:
            paragraph(block, inListItem: nil)
        case .heading:
            closeDraft()
            if index != headline?.block { endZone() }
            pending.removeAll()
            let text = add(block.plainText)
            if index != headline?.block, let doer = DirectiveGrammar.doerHeading(texts[text], 0..<texts[text].bytes.count) {
                openHeadingPart(doer, line: sourceLine(block.line), written: block.plainText, offset: 0)
            }
        case .list(let ordered, let start):
            list(block, ordered: ordered, start: start)
        case .blockQuote:
            for child in block.children { self.block(child, index: index) }
        case .thematicBreak:
            closeDraft()
        default:
            break
        }
    }

    mutating func list(_ block: DocumentBlock, ordered: Bool, start: Int) {
        for (offset, item) in block.children.enumerated() {
            // "… như sau:" followed by a list of another kind: the list details the item.
            // (A bare label "1. Thời gian:" heads its bullets, each an item of its own.)
            if var open = draft, let kind = open.listKind, kind != ordered, open.absorbing || endsWithColon(open) && !isBareLabel(open) {
                open.absorbing = true
                draft = open
                for child in item.children { absorb(child) }
                continue
            }
            // "1. Tuyên truyền cổ động trực quan:" titles the bullets after it: no task of its own.
            if offset == 0, let open = draft, let kind = open.listKind, kind != ordered, !open.absorbing, endsWithColon(open), isBareLabel(open) {
                draft = nil
            }
            guard let first = item.children.first, case .paragraph = first.kind else { continue }
            // "• Phòng Kinh tế …⏎    + Rà soát …": a list right under a bulleted line details it.
            if offset == 0, block.line == previousEndLine + 1, var open = draft, open.listKind == nil, open.enumerated {
                let text = add(first.plainText)
                let lines = ProseSegmenter.lines(of: texts[text], in: 0..<texts[text].bytes.count)
                if let line = lines.first {
                    extend(&open, with: Piece(text: text, path: first.path, range: line, line: sourceLine(first.line)))
                    draft = open
                }
                // Lines pasted after it ("• Trưởng các thôn …") are read as they come.
                if lines.count > 1 { paragraph(first, inListItem: nil, skippingLines: 1, textIndex: text) }
                continue
            }
            // A lone bullet that holds a whole paragraph of directives ("- Trong tháng 6, Ban Thường trực
            // … tiếp tục …. Hướng dẫn …; thực hiện …. Phối hợp …") is the paragraph pasted with a dash:
            // no list, its sentences read as running text.
            if !ordered, block.children.count == 1, item.children.count == 1, mode != .outside,
               ProseSegmenter.sentences(of: ProseText(first.plainText), in: 0..<first.plainText.utf8.count).count > 2 {
                paragraph(first, inListItem: nil)
                continue
            }
            let label = ordered ? "\(start + offset)." : "-"
            // "1. Đối với UBND xã:" heads the items after it (or under it).
            let firstLine = ProseText(first.plainText)
            if let line = ProseSegmenter.lines(of: firstLine, in: 0..<firstLine.bytes.count).first,
               DirectiveGrammar.doerHeading(firstLine, line) != nil {
                numberedDoerHeadings = numberedDoerHeadings || ordered
                paragraph(first, inListItem: (label, ordered))
                for child in item.children.dropFirst() { self.block(child, index: blockIndex) }
                continue
            }
            // A one-line item without final punctuation is a sub-title ("1. Về nghỉ lễ"); among
            // bullets that mark directives, it is an item (cut short, or a fragment).
            if item.children.count == 1, ordered || block.children.count == 1, isSubtitle(first.plainText) {
                closeDraft()
                // "1. Đề nghị các cơ quan …", then "2. Ban nhân dân các thôn": numbered headings of one
                // plan are alike, so a bare name after a doer heading names the doer too.
                if ordered, numberedDoerHeadings, !first.plainText.contains("\n") {
                    let name = first.plainText.trimming(" *_:")
                    openHeadingPart(name, line: sourceLine(first.line), written: first.plainText, offset: 0)
                }
                continue
            }
            paragraph(first, inListItem: (label, ordered))
            if var open = draft, open.listKind == ordered, open.pieces.first?.path == first.path {
                for child in item.children.dropFirst() { appendBlock(child, to: &open) }
                draft = open
            }
        }
    }

    /// Takes a block of a detail list into the open task, line by line, up to a line that closes the
    /// directive part (a closing formula, a caption, a byline pasted onto the last item); the rest
    /// is read as it comes.
    mutating func absorb(_ block: DocumentBlock) {
        guard case .paragraph = block.kind else {
            for child in block.children { absorb(child) }
            return
        }
        let index = add(block.plainText)
        let text = texts[index]
        for (number, line) in ProseSegmenter.lines(of: text, in: 0..<text.bytes.count).enumerated() {
            let sentences = ProseSegmenter.sentences(of: text, in: line)
            let closes = sentences.contains { DirectiveGrammar.read(text, $0).isClosingFormula }
            if closes || number > 0 && DirectiveGrammar.isCaptionOrByline(text, line) {
                paragraph(block, inListItem: nil, skippingLines: number, textIndex: index)
                return
            }
            guard var open = draft else { return }
            extend(&open, with: Piece(text: index, path: block.path, range: line, line: sourceLine(block.line + number)))
            draft = open
        }
    }

    /// Appends a further block of a list item (a paragraph, "+" sub-items) to a task.
    mutating func appendBlock(_ block: DocumentBlock, to draft: inout Draft) {
        switch block.kind {
        case .paragraph:
            let text = add(block.plainText)
            let range = texts[text].trimmed(0..<texts[text].bytes.count)
            guard !range.isEmpty else { return }
            draft.pieces.append(Piece(text: text, path: block.path, range: range, line: sourceLine(block.line)))
        default:
            for child in block.children { appendBlock(child, to: &draft) }
        }
    }

    mutating func add(_ text: String) -> Int {
        texts.append(ProseText(text))
        return texts.count - 1
    }

    // MARK: Paragraphs

    mutating func paragraph(_ block: DocumentBlock, inListItem item: (label: String, ordered: Bool)?, skippingLines skipped: Int = 0,
                            textIndex known: Int? = nil) {
        let textIndex = known ?? add(block.plainText)
        let text = texts[textIndex]
        var item = item
        var afterColon = false
        var labelledItem = false
        var informationFollows = false
        for (lineNumber, line) in ProseSegmenter.lines(of: text, in: 0..<text.bytes.count).enumerated() where lineNumber >= skipped {
            // The line before ended with a colon (or the item opened with a label "Thời gian thu gom:"):
            // this one is what it announced, never a caption.
            let announced = afterColon || labelledItem
            afterColon = text.bytes[line.upperBound - 1] == UInt8(ascii: ":")
            if lineNumber == 0, item != nil, afterColon { labelledItem = true }
            // "+ Phí thu gom:⏎Theo quy định …": the lines of an information label are information.
            if informationFollows { continue }
            if blockIndex == headline?.block, item == nil, line.overlaps(headline!.range) { continue }
            let fileLine = sourceLine(block.line + newlines(in: text, before: line.lowerBound))
            let words = text.words(in: line)
            if DirectiveGrammar.isAfterword(words) {
                closeDraft()
                commitPending()
                endZone()
                continue
            }
            // "1. Đối với UBND xã:", "+ Yêu cầu đối với người dân:": the lines after it are its items.
            let content = ProseSegmenter.marker(of: text, in: line).map { $0.contentStart..<line.upperBound } ?? line
            // "Thái Bình: Triển khai kế hoạch …" (the headline again, after the posting stamp) is no
            // doer's run-in and no task.
            if item == nil, ProseOpening.isDateline(text, content) {
                closeDraft()
                continue
            }
            if lineNumber == 0 || item == nil, let doer = DirectiveGrammar.doerHeading(text, content) {
                openHeadingPart(doer, line: fileLine, written: text.string(line), offset: line.lowerBound)
                item = nil
                continue
            }
            // "Ủy ban MTTQ xã: Chủ trì, phối hợp …": a name run in before its work heads the lines after it too.
            var runIn = false
            if item == nil, let doer = DirectiveGrammar.doerRunIn(text, content) {
                openHeadingPart(doer, line: fileLine, written: text.string(line), offset: line.lowerBound)
                runIn = true
            }
            // A caption or byline inside a list item is part of the item only if it is not the first line.
            if !announced, (item == nil || lineNumber > 0), DirectiveGrammar.isCaptionOrByline(text, line) {
                closeDraft()
                // The part ends here unless the next paragraph carries on ("Bên cạnh đó, …").
                if zoneTasks > 0 { endsUnlessCarriedOn = true }
                pending.removeAll()
                continue
            }
            if endsUnlessCarriedOn {
                // Between the paragraphs of a plan account, a photo caption written as a sentence
                // ("Chủ tịch UBND phường … phát biểu khai mạc tại lễ ra quân.") tells the event.
                if planAccount, lineNumber == 0, item == nil, DirectiveGrammar.tellsTheEvent(text, line) { continue }
                endsUnlessCarriedOn = false
                let carriesOn = DirectiveGrammar.continuesBefore(words)
                    || planAccount && (DirectiveGrammar.carriesPlanOn(text, line) || isTimeInformation(words, text))
                if !(lineNumber == 0 && item == nil && carriesOn) { endZone() }
            }
            if DirectiveGrammar.isInformationLine(words, text: text) {
                closeDraft()
                informationFollows = afterColon && item != nil
                continue
            }
            var lineStart = line.lowerBound
            var label: String?
            var enumerated = false
            if let item, lineNumber == 0 {
                label = item.label
                enumerated = true
            } else if let (marker, contentStart) = ProseSegmenter.marker(of: text, in: line), marker != .topic {
                label = marker.label
                enumerated = true
                if case .ordinal = marker {} else { lineStart = contentStart }
            }
            let sentences = ProseSegmenter.sentences(of: text, in: lineStart..<line.upperBound)
            for (sentenceNumber, sentence) in sentences.enumerated() {
                let clauses = DirectiveGrammar.joiningTitles(text, ProseSegmenter.clauses(of: text, in: sentence))
                // "Các ý kiến … thống nhất …; đồng thời, đề nghị …": a sentence of reported opinions
                // reports every clause.
                if let first = clauses.first, DirectiveGrammar.reportsOpinions(text.words(in: first), from: 0) {
                    closeDraft()
                    continue
                }
                // A sentence that gives work to one doer after another ("…, Công an xã cần …, Đài
                // Truyền thanh xã tăng cường …") is read part by part, as a ";" list would be.
                var parts: [(range: Range<Int>, chained: Bool)] = []
                for clause in clauses {
                    // "… đã yêu cầu X …, đồng thời đồng chí yêu cầu Y …": two requests, two tasks.
                    if let second = DirectiveGrammar.secondRequest(text, clause) {
                        parts += [(text.trimmed(clause.lowerBound..<second, marks: [UInt8(ascii: ",")]), false), (second..<clause.upperBound, true)]
                        continue
                    }
                    // "đề nghị X a, kiến nghị X b", "đề nghị X a và đề nghị Y b": each request its task.
                    let later = DirectiveGrammar.laterRequests(text, clause)
                    if !later.isEmpty {
                        var lower = clause.lowerBound
                        for start in later {
                            parts.append((text.trimmed(lower..<start, marks: [UInt8(ascii: ",")]), lower != clause.lowerBound))
                            lower = start
                        }
                        parts.append((lower..<clause.upperBound, true))
                        continue
                    }
                    let chain = DirectiveGrammar.doerChain(text, clause)
                    if chain.count == 1, let promise = DirectiveGrammar.datedCommitment(text, clause) {
                        // The report, then the promise it ends in.
                        parts += [(text.trimmed(clause.lowerBound..<promise, marks: [UInt8(ascii: ",")]), false), (promise..<clause.upperBound, true)]
                        continue
                    }
                    parts += chain.enumerated().map { ($0.element, $0.offset > 0) }
                }
                for (clauseNumber, (clause, chained)) in parts.enumerated() {
                    var boundary: Boundary = clauseNumber > 0
                        ? (chained || text.startsWithCapital(at: clause.lowerBound) ? .semicolonCapital : .semicolonLower)
                        : (sentenceNumber == 0 ? .line : .sentence)
                    // Lines of a list item are the item's wrapped text.
                    if item != nil, boundary == .line, lineNumber > 0 { boundary = .sentence }
                    let opening = sentenceNumber == 0 && clauseNumber == 0
                    take(textIndex, clause, path: block.path, line: fileLine + newlines(in: text, from: line.lowerBound, before: clause.lowerBound),
                         boundary: boundary, clauseCount: parts.count > clauses.count ? max(parts.count, 3) : parts.count,
                         clauseIndex: clauseNumber,
                         label: opening ? label : nil, enumerated: opening && enumerated, listKind: opening ? item?.ordered : nil,
                         leadIn: (opening && item != nil ? ConclusionReader.leadIn(block) : nil) ?? (mode == .outside ? nil : headingDoer),
                         inListItem: item != nil, paragraphStart: lineNumber == 0 && opening,
                         underHeading: (headingDoer != nil || runIn) && item == nil && sentenceNumber == 0 && clauseNumber == 0)
                }
                if mode == .outside, draft == nil { lastOutsideSentence = (textIndex, sentence) }
            }
        }
        if speechEndsWithParagraph, mode == .speech, item == nil {
            if planAccount, zoneTasks > 0 || draft != nil { endsUnlessCarriedOn = true } else { endZone() }
        }
    }

    private func newlines(in text: ProseText, from start: Int = 0, before offset: Int) -> Int {
        text.bytes[start..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    // MARK: Clauses

    /// Decides what one clause is: an introduction, a new task, part of the open task, or nothing.
    mutating func take(_ textIndex: Int, _ clause: Range<Int>, path: [Int], line: Int, boundary: Boundary, clauseCount: Int,
                       clauseIndex: Int, label: String?, enumerated: Bool, listKind: Bool?, leadIn: String?,
                       inListItem: Bool, paragraphStart: Bool, underHeading: Bool = false) {
        let text = texts[textIndex]
        var clause = clause
        var boundary = boundary
        var label = label
        var enumerated = enumerated
        var listSentence = clauseCount >= 3

        // A run-in marker inside the text: "Thứ hai, …", "Về công tác y tế: …".
        var marker: ProseSegmenter.Marker?
        if label == nil, boundary != .semicolonLower || true, let (found, _) = ProseSegmenter.marker(of: text, in: clause) {
            switch found {
            case .ordinal, .topic: marker = found
            case .bullet, .number: if boundary == .line { marker = found }
            }
        }
        if let marker {
            label = marker.label
            enumerated = true
        }

        // An introduction ending at a colon, with the list (or its first item) after it.
        if !inListItem, marker != .topic, schedule(text, clause) == nil, let colon = introductionColon(text, clause),
           !DirectiveGrammar.givesExamples(text, clause.lowerBound..<colon, rest: colon + 1..<clause.upperBound, clauseCount: clauseCount - clauseIndex) {
            let intro = DirectiveGrammar.introduction(text, clause.lowerBound..<colon)!
            var addressedText: String?
            if let cueStart = cueStart(text, clause.lowerBound..<colon), intro.addressed != nil {
                addressedText = text.string(cueStart..<colon)
            }
            openZone(.list(speech: intro.isSpeech), addressed: addressedText, line: line,
                     written: text.string(clause.lowerBound..<colon + 1), offset: clause.lowerBound)
            introductionTexts.append(text.string(clause.lowerBound..<colon))
            // "đề nghị các cơ quan … thực hiện treo cờ Tổ quốc … như sau:" asks for work itself (no plan noun).
            let introWords = text.words(in: clause.lowerBound..<colon)
            if addressedText != nil, !introWords.contains(DirectiveGrammar.planNouns),
               let cueEnd = DirectiveGrammar.read(text, clause.lowerBound..<colon).cueEnd,
               introWords.indices.dropFirst(cueEnd).contains(where: { introWords.starts(with: DirectiveGrammar.directiveVerbs, at: $0) != nil }) {
                instructingIntroduction = Piece(text: textIndex, path: path, range: clause.lowerBound..<colon + 1, line: line)
            }
            pending.removeAll()
            let rest = text.trimmed(colon + 1..<clause.upperBound)
            guard !rest.isEmpty else { return }
            // "Đại hội chi bộ cần thực hiện tốt 2 nội dung: Tổng kết …": an introduction that itself
            // instructs (a subject and its modal) is the first item's lead words, as a clerk quotes it.
            let introReading = DirectiveGrammar.read(text, clause.lowerBound..<colon)
            let instructs = introReading.hasModal && introReading.cue == nil && introReading.speechVerb == nil && !introReading.isReport
            clause = instructs ? text.trimmed(clause) : rest
            boundary = .sentence
            // The list after the colon: "bao gồm: a; b; c" counts its own clauses.
            listSentence = clauseCount - clauseIndex >= 3
            if label == nil, let (found, _) = ProseSegmenter.marker(of: text, in: clause), found != .topic || true {
                if case .bullet = found {} else { label = found.label; enumerated = true; marker = found }
            }
        }

        // "Nhiệm vụ trước mắt là phối hợp …; tuyên truyền …": an introduction without a colon.
        // So is one that follows what it rests on ("… còn nhiều khó khăn, tuy nhiên nhiệm vụ trước mắt là
        // khắc phục …"): the clause starts at the plan.
        if !inListItem, label == nil, mode != .list(speech: false) || draft == nil,
           let (start, first) = DirectiveGrammar.planCopulaStart(text.words(in: clause), text: text), boundary != .semicolonLower || start > 0 {
            let words = text.words(in: clause)
            clause = words[start].original.lowerBound..<clause.upperBound
            openZone(.list(speech: false), addressed: nil, line: line, written: text.string(clause), offset: clause.lowerBound)
            introductionTexts.append(text.string(clause.lowerBound..<words[first].original.lowerBound))
            pending.removeAll()
            listSentence = true  // the first item keeps its lead words, as a clerk quotes it
        }
        var reading = DirectiveGrammar.read(text, clause)
        // In an account of a speech, "đồng chí … đã yêu cầu X …" tells the instruction given.
        // So is a person's speech told outside any directive part ("Ông … đã phát biểu, chỉ đạo cần …").
        if reading.cue == nil || reading.isReport && reading.spokenByPerson,
           mode != .outside || DirectiveGrammar.opensSpeech(reading.words) || reading.spokenByPerson {
            let told = DirectiveGrammar.read(text, clause, narratedSpeech: true)
            if told.cue != nil || reading.isReport && told.isStrictDirective { reading = told }
        }
        // "Ngày 03/12/2024, UBND xã phối hợp … tiến hành kiểm tra …. Qua làm việc, thống nhất …": the
        // sentence the outcome looks back on told the visit; the work is what the visit agreed.
        if boundary == .sentence, DirectiveGrammar.reportsVisitOutcome(reading.words, text: text), let open = draft,
           !open.enumerated, open.pieces.count == 1, open.pieces[0].text == textIndex,
           DirectiveGrammar.read(text, open.pieces[0].range).cue == nil {
            draft = nil
        }
        // In a plan's write-up, work a body "đã phân công" is the plan's, still to be done.
        if planAccount, mode == .speech, reading.isReport, DirectiveGrammar.toldAssignment(reading.words, from: reading.head, text: text) {
            reading.isReport = false
            reading.isImperative = true
        }
        // "Lưu ý: Thời gian đóng điện trở lại có thể sớm hơn …": a cue used as a label; what follows decides.
        if let cueEnd = reading.cueEnd, reading.cue == 0, cueEnd < reading.words.count,
           text.bytes[reading.words[cueEnd - 1].original.upperBound..<reading.words[cueEnd].original.lowerBound].contains(UInt8(ascii: ":")) {
            reading = DirectiveGrammar.read(text, reading.words[cueEnd].original.lowerBound..<clause.upperBound)
        }
        // "… yêu cầu X phối hợp …; lãnh đạo triển khai …": in running text, after ";" a clause that
        // opens with an instruction verb is a directive of its own (an item keeps its follow-ups).
        // So is one that opens with a modal and the instruction ("…; cần tiếp tục đẩy mạnh …").
        let modal = reading.words.starts(with: DirectiveGrammar.modals, at: reading.head)
        if boundary == .semicolonLower, draft?.enumerated != true,
           (reading.words.starts(with: DirectiveGrammar.directiveVerbs, at: reading.head + (modal?.count ?? 0)) != nil
            || DirectiveGrammar.opensWithDoer(reading.words, from: reading.head, text: text)) {
            listSentence = true
        }
        // An item of a list is never the closing formula ("1. Trung tâm … thông tin nội dung thông
        // báo này để … biết, thực hiện" is a task); the formula follows the list.
        let opensItem = label != nil || inListItem && boundary == .line
        if reading.isClosingFormula, opensItem { reading.isClosingFormula = false }
        if reading.isClosingFormula, !opensItem {
            closeDraft()
            endZone()
            return
        }
        if reading.isEntitlement {
            closeDraft()
            return
        }
        // "Trong đó, …" after a sentence that announces solutions or tasks opens the list.
        // So does one after a programme adopted ("… có nghị quyết về chương trình giám sát …. Trong đó, …").
        if mode == .outside, boundary != .semicolonLower, WordPhrase("trong do").matches(reading.words, at: 0),
           let previous = lastOutsideSentence,
           texts[previous.text].words(in: previous.range).contains(DirectiveGrammar.planNouns + ["chuong trinh"]) {
            openZone(.list(speech: false), addressed: nil, line: line, written: texts[previous.text].string(previous.range),
                     offset: clause.lowerBound)
            introductionTexts.append(texts[previous.text].string(previous.range))
        }
        if mode == .outside, DirectiveGrammar.opensSpeech(reading.words) {
            openZone(.speech, addressed: nil, line: line, written: text.string(clause), offset: clause.lowerBound)
        }
        if mode == .outside, boundary == .line || boundary == .sentence, DirectiveGrammar.opensPlanAccount(reading.words, text: text) {
            openZone(.speech, addressed: nil, line: line, written: text.string(clause), offset: clause.lowerBound)
            speechEndsWithParagraph = true
            planAccount = true
            // "Theo kế hoạch, …" also tells plans that hold no work: no introduction to warn about.
            introductions.removeLast()
            currentIntroduction = nil
        }
        // "Tại cuộc họp, đồng chí … yêu cầu X …. Tiếp tục nắm chắc …": a person who instructs goes on
        // speaking; the instructions after, to the end of the paragraph, are his, subject or none.
        // So does a body ("Theo đó, UBND xã yêu cầu …. Mỗi hộ gia đình tự giác thu gom …").
        // So does a body that takes work on ("Theo đó các thôn sẽ chủ động vận động …. Tăng cường …").
        // So does a span still ahead ("Trong những ngày tới, HĐNVQS xã tiếp tục …. Đồng thời cũng …").
        if mode == .outside, boundary == .line || boundary == .sentence,
           reading.speechVerb != nil && reading.cue != nil || reading.isStatedCommitment && !reading.isReport
            || reading.isFutureFramed && reading.isImperative && !reading.isReport, reading.isStrictDirective {
            openZone(.speech, addressed: nil, line: line, written: text.string(clause), offset: clause.lowerBound)
            // "UBND TPHCM giao Chủ tịch UBND phường … ⏎ Sở Nông nghiệp và Môi trường chủ trì, phối hợp …"
            // (818): a body that hands out work, as a notice does, goes on assigning in the paragraphs
            // after, as a body's direction does (727), until a report.
            speechEndsWithParagraph = !DirectiveGrammar.assignsAsABody(reading)
        }
        // "…, vì thế UBND huyện chỉ đạo tập trung đẩy mạnh …" (727): the paragraphs after a body's
        // direction carry it on ("Lực lượng Công an … nắm chắc …", "Tăng cường …") until a report.
        if mode == .outside, boundary == .line || boundary == .sentence, reading.isPresentDirection, !reading.isReport {
            openZone(.speech, addressed: nil, line: line, written: text.string(clause), offset: clause.lowerBound)
        }

        // "… ghi nhận những đóng góp của Ủy ban MTTQ xã và các đoàn thể. Đồng thời, đề nghị trong thời
        // gian tới cần …": a request that names no one asks the bodies just praised.
        let praisedBefore = praisedBodies
        praisedBodies = DirectiveGrammar.praisedBodies(text, reading)
        defer {
            if let praisedBefore, DirectiveGrammar.namesNoAddressee(reading), var open = draft, open.addressed == nil,
               open.pieces.count == 1, open.pieces[0].text == textIndex, open.pieces[0].range.lowerBound == clause.lowerBound {
                open.addressed = praisedBefore
                draft = open
            }
        }

        let piece = Piece(text: textIndex, path: path, range: clause, line: line)
        switch mode {
        case .outside:
            // "Đại hội Đảng bộ xã A dự kiến tổ chức trước ngày 25.3; Đại hội Đảng bộ B trước ngày 5.4":
            // after a ";", a clause with a day of its own is the next entry of a dated plan.
            if boundary == .semicolonLower || boundary == .semicolonCapital, let open = draft, !open.pending, !reading.isReport,
               DirectiveGrammar.namesDay(reading.words, from: 0, text: text), isDatedPlan(open) {
                openDraft(piece, label: nil, leadIn: nil, enumerated: false, listKind: nil, pending: false)
            } else if reading.isStrictDirective || schedule(text, clause) != nil {
                if boundary == .semicolonLower, !listSentence, var open = draft, !open.pending {
                    extend(&open, with: piece)
                    draft = open
                } else {
                    openDraft(piece, label: label, leadIn: leadIn, enumerated: enumerated, listKind: listKind, pending: false)
                }
            } else if let open = draft, !open.pending, boundary == .semicolonLower && !reading.isReport
                        || boundary == .semicolonCapital && listSentence && !reading.isReport {
                // The rest of a ";" sentence that began with an instruction (a part that reports —
                // "…; Tình trạng … vẫn còn tồn tại" — is no part of it).
                if listSentence { self.openDraft(piece, label: nil, leadIn: nil, enumerated: false, listKind: nil, pending: false) } else {
                    var open = open
                    extend(&open, with: piece)
                    draft = open
                }
            } else if isTimeInformation(reading.words, text), var open = draft, !open.pending {
                extend(&open, with: piece)
                draft = open
            } else if reading.isReport || reading.isPraise || reading.isAttendance {
                // "Đề nghị UBND xã đã …": said as a request, read as an account — the clerk should look.
                if reading.cue == reading.head, reading.cue != nil, !reading.isAttendance {
                    unreadDirectives.append(ProseTaskReader.Introduction(line: line, text: text.string(clause)))
                }
                closeDraft()
                if boundary != .semicolonLower { pending.removeAll() }
            } else if reading.isDirective(inSpeech: false), !reading.isStatement {
                if boundary == .semicolonLower, !listSentence, var open = draft, open.pending {
                    extend(&open, with: piece)
                    draft = open
                } else {
                    openDraft(piece, label: label, leadIn: leadIn, enumerated: enumerated, listKind: listKind, pending: true)
                }
            } else {
                closeDraft()
            }

        case .list, .speech:
            let inSpeech = mode == .speech || mode == .list(speech: true)
            // After an item's detail list, a paragraph without a subject still belongs to the item
            // ("… như sau: - …; - …⏎Thường xuyên kiểm tra việc treo cờ …").
            if paragraphStart, !inListItem, label == nil, var open = draft, open.absorbing, reading.cue == nil,
               reading.words.starts(with: DirectiveGrammar.directiveVerbs, at: reading.head) != nil {
                extend(&open, with: piece)
                draft = open
                return
            }
            // A line under a doer heading is an item of it, as a bullet would be.
            if label != nil || inListItem && boundary == .line || underHeading && boundary == .line {
                if reading.isReport && !inListItem && !enumerated {
                    closeDraft()
                    return
                }
                openDraft(piece, label: label, leadIn: leadIn, enumerated: true, listKind: listKind, pending: false)
                return
            }
            let ownAddressee = (reading.cue != nil && (reading.cue! <= reading.head || reading.speechVerb != nil))
                || reading.speechVerb != nil && reading.isDirective(inSpeech: inSpeech)
            if var open = draft, open.enumerated, boundary != .line,
               !(boundary != .semicolonLower && ownAddressee), boundary != .semicolonCapital {
                extend(&open, with: piece)
                draft = open
                return
            }
            // "Thời gian thực hiện: Buổi sáng từ 7h30 - 11h30; buổi chiều từ 14h00 - 18h00": the hours
            // after the first ";" are the same time line's.
            if boundary == .semicolonLower || boundary == .semicolonCapital, DirectiveGrammar.isTimeLine(reading.words, text: text),
               var open = draft {
                extend(&open, with: piece)
                draft = open
                return
            }
            // "Thời gian treo cờ Tổ quốc: từ … đến …": the time of the item before it, or, before any
            // item, of the items after it.
            if boundary == .line || boundary == .sentence, isTimeInformation(reading.words, text), schedule(text, clause) == nil {
                if var open = draft {
                    extend(&open, with: piece)
                    draft = open
                } else if zoneTasks == 0, let asked = instructingIntroduction {
                    // "… đề nghị … thực hiện treo cờ … như sau:⏎Thời gian treo cờ từ … đến …": the work
                    // asked and its time are the first task; the time dates the items after it too.
                    openDraft(asked, label: nil, leadIn: nil, enumerated: true, listKind: nil, pending: false)
                    if var open = draft {
                        extend(&open, with: piece)
                        draft = open
                    }
                    zoneTime = text.string(clause)
                } else {
                    zoneTime = text.string(clause)
                }
                return
            }
            // A ";" list is read item by item; in a speech, only the rest of a sentence that instructs.
            let inInstructingList = mode != .speech || draft != nil && (boundary == .semicolonLower || boundary == .semicolonCapital)
            // "Công tác tuyển chọn … là nhiệm vụ quan trọng, HĐNVQS xã cần tập trung …": a statement
            // that ends in an instruction instructs.
            let accepts = reading.isDirective(inSpeech: inSpeech) || reading.hasModal && !reading.isReport && !reading.isPraise
                || inInstructingList && listSentence && !reading.isReport && !reading.isPraise
                || schedule(text, clause) != nil
            if accepts {
                if boundary == .semicolonLower, !listSentence, var open = draft {
                    extend(&open, with: piece)
                    draft = open
                } else {
                    openDraft(piece, label: nil, leadIn: leadIn, enumerated: false, listKind: listKind, pending: false)
                }
            } else if boundary == .semicolonLower, var open = draft, !reading.isReport {
                extend(&open, with: piece)
                draft = open
            } else if isTimeInformation(reading.words, text), var open = draft {
                extend(&open, with: piece)
                draft = open
            } else {
                closeDraft()
                // A report paragraph after the list: the directive part is over.
                if paragraphStart, reading.isReport, zoneTasks > 0 { endZone() }
            }
        }
    }

    /// The offset of the colon that ends an introduction in `clause`, if any.
    private func introductionColon(_ text: ProseText, _ clause: Range<Int>) -> Int? {
        var position = clause.lowerBound
        while position < clause.upperBound {
            if text.bytes[position] == UInt8(ascii: ":") {
                let before = text.trimmed(clause.lowerBound..<position)
                if !before.isEmpty, DirectiveGrammar.introduction(text, before) != nil { return position }
            }
            position += 1
        }
        return nil
    }

    /// Where the addressing word of an introduction starts ("đề nghị tháng 12/2018 thường trực HĐND …").
    private func cueStart(_ text: ProseText, _ range: Range<Int>) -> Int? {
        let reading = DirectiveGrammar.read(text, range)
        return reading.cue.map { reading.words[$0].original.lowerBound }
    }

    /// "Đợt 2 từ 13-15/4/2018: tổ chức tiêm vét …", "Ngày 6/11: tổ chức …": a dated line of a
    /// schedule; returns the offset of its colon (or, run in, of its first verb).
    func schedule(_ text: ProseText, _ clause: Range<Int>) -> Int? {
        guard let colon = text.bytes[clause].firstIndex(of: UInt8(ascii: ":")) else { return runInSchedule(text, clause) }
        let before = clause.lowerBound..<colon
        let words = text.words(in: before)
        guard !words.isEmpty, words.count <= 12, text.bytes[before].contains(where: ProseSegmenter.isDigit),
              words.contains(where: { ["ngay", "tu", "dot", "thang", "den"].contains($0.key) }) || text.bytes[before].contains(UInt8(ascii: "/")),
              !DirectiveGrammar.isEntitlement(text, clause, words) else { return nil }
        let after = text.words(in: colon + 1..<clause.upperBound)
        return after.starts(with: DirectiveGrammar.directiveVerbs) != nil ? colon : nil
    }

    /// "Ngày 11/01/2016 tổ chức xét duyệt …, ngày 19/01/2016 xét duyệt …": a plan's schedule written
    /// as a sentence, each step its day and then its work, with no subject and no comma between, and
    /// at least two steps. ("Ngày 7/01/2016, Hội đồng … họp …" tells what a body did that day, and a
    /// lone "Ngày 5/3 tổ chức hội nghị …" may as well.) Returns the offset of the verb.
    private func runInSchedule(_ text: ProseText, _ clause: Range<Int>) -> Int? {
        let words = text.words(in: clause)
        guard words.count > 3, words[0].key == "ngay", words[1].key.first?.isNumber == true,
              let verb = (2..<min(words.count, 9)).first(where: { words.starts(with: DirectiveGrammar.directiveVerbs, at: $0) != nil }),
              !text.bytes[words[0].original.lowerBound..<words[verb].original.lowerBound].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }),
              (1..<verb).allSatisfy({ words[$0].key.first?.isNumber == true || ["thang", "nam"].contains(words[$0].key) }),
              (verb..<words.count - 1).contains(where: { words[$0].key == "ngay" && words[$0 + 1].key.first?.isNumber == true }) else { return nil }
        let reading = DirectiveGrammar.read(text, clause)
        return reading.isReport || reading.isEntitlement ? nil : words[verb].original.lowerBound
    }

    /// "Thời gian treo cờ: từ … đến …", "…, bắt đầu từ ngày …": the time of the task before.
    private func isTimeInformation(_ words: [ProseWord], _ text: ProseText) -> Bool {
        if WordPhrase("thoi gian").matches(words, at: 0), words.count > 2, !["toi", "qua", "nghi", "gan"].contains(words[2].key) { return true }
        return words.firstIndex(of: ["bat dau tu", "ke tu"]) != nil || DirectiveGrammar.isTimeLine(words, text: text)
    }

    /// A task that opened as a plan with its day ("… dự kiến tổ chức trước ngày 25.3").
    private func isDatedPlan(_ draft: Draft) -> Bool {
        guard let first = draft.pieces.first else { return false }
        return DirectiveGrammar.read(texts[first.text], first.range).isDatedPlan
    }

    /// "1. Về nghỉ lễ": a short item without final punctuation that instructs nothing.
    private func isSubtitle(_ text: String) -> Bool {
        // "1. Lịch tiếp công dân⏎1.1. Lịch tiếp công dân định kỳ": a title and its numbered sub-title.
        if text.contains("\n") {
            let lines = text.split(separator: "\n").map { String($0) }
            return lines.count <= 3 && lines.allSatisfy { isSubtitle($0) }
        }
        var trimmed = text.trimming(" *_")
        if let (marker, start) = ProseSegmenter.marker(of: ProseText(trimmed), in: 0..<trimmed.utf8.count), case .number = marker {
            trimmed = String(decoding: Array(trimmed.utf8)[start...], as: UTF8.self)
        } else if trimmed.first?.isNumber == true, let space = trimmed.firstIndex(of: " "), trimmed[..<space].allSatisfy({ $0.isNumber || $0 == "." }) {
            trimmed = String(trimmed[space...]).trimming(" ")  // "1.1."
        }
        guard let last = trimmed.last, trimmed.count < 100, !".;:!?".contains(last) else { return false }
        let prose = ProseText(trimmed)
        let words = prose.words(in: 0..<prose.bytes.count)
        if words.first?.key == "ve" || WordPhrase("doi voi").matches(words, at: 0) { return true }
        return !DirectiveGrammar.read(prose, 0..<prose.bytes.count).isDirective(inSpeech: false)
    }

    /// "Thời gian:", "Địa điểm:", "1. Tuyên truyền cổ động trực quan:": an item that is only a short
    /// label, which titles the bullets after it. ("1. Tổ chức treo cờ như sau:" announces the details
    /// of its own work, and "Đề nghị …:" asks someone: neither is a title.)
    private func isBareLabel(_ draft: Draft) -> Bool {
        guard draft.pieces.count == 1, let piece = draft.pieces.first else { return false }
        let text = texts[piece.text]
        var words = text.words(in: piece.range)
        if let label = ProseSegmenter.marker(of: text, in: piece.range), label.contentStart > piece.range.lowerBound {
            words = text.words(in: label.contentStart..<piece.range.upperBound)
        }
        if words.count <= 4 { return true }
        guard words.count <= 8, !text.bytes[piece.range].contains(where: { [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ".")].contains($0) }) else { return false }
        let tail = words.suffix(3).map(\.key).joined(separator: " ")
        let announcesDetails = DirectiveGrammar.listWords.contains { tail.hasSuffix($0.words.joined(separator: " ")) }
        return !announcesDetails && DirectiveGrammar.read(text, piece.range).cue == nil
    }

    private func endsWithColon(_ draft: Draft) -> Bool {
        guard let last = draft.pieces.last else { return false }
        let text = texts[last.text]
        let end = text.trimmed(last.range).upperBound
        if end > 0, text.bytes[end - 1] == UInt8(ascii: ":") { return true }
        // The clause range stops before the colon: look right after it.
        var position = end
        while position < text.bytes.count, text.bytes[position] == 0x20 { position += 1 }
        return position < text.bytes.count && text.bytes[position] == UInt8(ascii: ":")
    }

    // MARK: Drafts

    mutating func openDraft(_ piece: Piece, label: String?, leadIn: String?, enumerated: Bool, listKind: Bool?, pending: Bool) {
        closeDraft()
        draft = Draft(pieces: [piece], label: label ?? "", leadIn: leadIn, addressed: mode == .outside ? nil : addressed,
                      enumerated: enumerated, listKind: listKind, order: (blockIndex, piece.range.lowerBound), pending: pending,
                      statedTime: mode == .outside ? nil : zoneTime)
        if !pending { markOpeningEnd(piece.range.lowerBound) }
    }

    /// Adds `piece` to the task: in the same paragraph the task's range grows over it.
    func extend(_ draft: inout Draft, with piece: Piece) {
        if let last = draft.pieces.last, last.text == piece.text {
            draft.pieces[draft.pieces.count - 1].range = last.range.lowerBound..<max(last.range.upperBound, piece.range.upperBound)
        } else {
            draft.pieces.append(piece)
        }
    }

    mutating func closeDraft() {
        guard let open = draft else { return }
        draft = nil
        if open.pending {
            pending.append(open)
        } else {
            committed.append(open)
            zoneTasks += 1
            if let current = currentIntroduction { introductions[current].tasksRead += 1 }
        }
    }

    /// Enters a directive part: after an introduction, a "Trong đó, …" or a speech opening.
    mutating func openZone(_ newMode: Mode, addressed: String?, line: Int, written: String, offset: Int) {
        closeDraft()
        // "Phát biểu kết luận …, đồng chí … khẳng định: …": an introduction right after another
        // one, with nothing read between, continues it.
        if let current = currentIntroduction, introductions[current].tasksRead == 0, current == introductions.count - 1 {
            introductions.removeLast()
        }
        mode = newMode
        speechEndsWithParagraph = false
        planAccount = false
        instructingIntroduction = nil
        zoneTasks = 0
        zoneTime = nil
        self.addressed = addressed
        introductions.append(ProseTaskReader.Introduction(line: line, text: written))
        currentIntroduction = introductions.count - 1
        markOpeningEnd(offset)
    }

    /// Enters the part a doer heading opens: its items are directives for that doer.
    mutating func openHeadingPart(_ doer: String, line: Int, written: String, offset: Int) {
        closeDraft()
        pending.removeAll()
        openZone(.list(speech: false), addressed: nil, line: line, written: written, offset: offset)
        headingDoer = doer
    }

    mutating func commitPending() {
        committed += pending.map { draft in
            var draft = draft
            draft.pending = false
            return draft
        }
        pending.removeAll()
    }

    mutating func endZone() {
        closeDraft()
        mode = .outside
        headingDoer = nil
        numberedDoerHeadings = false
        speechEndsWithParagraph = false
        planAccount = false
        addressed = nil
        zoneTasks = 0
        currentIntroduction = nil
    }

    mutating func markOpeningEnd(_ offset: Int) {
        if openingEnd == nil { openingEnd = (blockIndex, offset) }
    }

    // MARK: Result

    func result() -> ProseTaskReader.Result {
        let ordered = committed.enumerated().sorted { a, b in
            a.element.order != b.element.order ? a.element.order < b.element.order : a.offset < b.offset
        }.map(\.element)
        var tasks: [RawTask] = []
        for draft in ordered {
            guard let first = draft.pieces.first else { continue }
            let firstText = texts[first.text]
            var task = RawTask(ordinal: tasks.count + 1, label: draft.label, text: firstText.string(first.range), line: first.line,
                               blockPath: first.path, leadIn: draft.leadIn)
            task.sourceOffset = first.range.lowerBound
            task.addressedInIntroduction = draft.addressed
            task.statedTime = draft.statedTime
            task.splitsAtSemicolons = false
            for piece in draft.pieces.dropFirst() {
                task.text += "\n"
                let start = task.text.utf8.count
                task.segments.append(TextSegment(path: piece.path, offset: start - piece.range.lowerBound, start: start))
                task.text += texts[piece.text].string(piece.range)
            }
            tasks.append(task)
        }
        return ProseTaskReader.Result(tasks: tasks, introductions: introductions, introductionTexts: introductionTexts,
                                      openingEnd: openingEnd, unreadDirectives: unreadDirectives)
    }
}
