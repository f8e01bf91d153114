import Foundation

/// What the task extractor needs to know about the conclusion its tasks come from.
public struct TaskExtractionContext: Sendable {
    /// The conclusion's id: task ids are "<conclusionID>-nv-<ordinal>".
    public var conclusionID: String
    /// The source file, for messages.
    public var path: String
    public var meetingDate: CivilDate?
    /// The month (or quarter) the tasks section plans, and the phrase naming it ("tháng 02/2026"):
    /// every task is due by its end unless stated otherwise.
    public var period: ClosedRange<CivilDate>?
    public var periodText: String?
    public var registry: UnitRegistry
    public var corrections: [TaskCorrection]
    /// The lunar year of the Tết the title names ("… Tết Nguyên đán Bính Ngọ 2026").
    public var occasionTetYear: Int?

    public init(conclusionID: String, path: String, meetingDate: CivilDate? = nil,
                period: ClosedRange<CivilDate>? = nil, periodText: String? = nil,
                registry: UnitRegistry = .standard, corrections: [TaskCorrection] = [], occasionTetYear: Int? = nil) {
        self.conclusionID = conclusionID
        self.path = path
        self.meetingDate = meetingDate
        self.period = period
        self.periodText = periodText
        self.registry = registry
        self.corrections = corrections
        self.occasionTetYear = occasionTetYear
    }
}

/// Turns the reader's `RawTask`s into `TaskItem`s: units with roles, deadlines, stable ids.
///
/// Warnings (collected, never printed here):
/// - a task that names no unit (units implied by a topic do not count: they are guesses);
/// - a task with no deadline at all. The month of the tasks section counts as a deadline, since
///   the document states it, so a monthly conclusion only warns when it has no such month;
/// - a phrase that looks like a unit's name but matches no alias (see `UnknownUnitScanner`), and
///   a `nhiem-vu` unit or deadline that cannot be read.
public struct TaskExtractor: Sendable {
    public var context: TaskExtractionContext

    public init(context: TaskExtractionContext) {
        self.context = context
    }

    public func extract(_ rawTasks: [RawTask]) -> (tasks: [TaskItem], diagnostics: [Diagnostic]) {
        var tasks: [TaskItem] = []
        var diagnostics: [Diagnostic] = []
        for raw in rawTasks {
            // The last day the tasks before named, for a schedule's "Sáng ngày 28 …".
            let scheduleDay = tasks.reversed().lazy.compactMap { $0.deadlines.last { $0.kind == .event && !$0.inferred }?.end }.first
            let id = "\(context.conclusionID)-nv-\(raw.ordinal)"
            let directives = raw.label.isEmpty && raw.explicitUnits == nil && raw.splitsAtSemicolons
                ? DirectiveSplitter.directives(in: raw.text) : []
            if directives.count > 1 {
                for (n, directive) in directives.enumerated() {
                    var item = extract(raw, text: directive.text, id: "\(id)-\(n + 1)", scheduleDay: scheduleDay, diagnostics: &diagnostics)
                    // Each directive is a task of its own: it takes the next position in the section.
                    item.ordinal = tasks.count + 1
                    item.sourceOffset = directive.offset
                    item.segments = raw.segments.compactMap { segment in
                        let offset = segment.offset - directive.offset
                        guard offset > 0, offset < directive.text.utf8.count else { return nil }
                        return TextSegment(path: segment.path, offset: offset)
                    }
                    tasks.append(item)
                }
            } else {
                var item = extract(raw, text: raw.text, id: id, scheduleDay: scheduleDay, diagnostics: &diagnostics)
                item.segments = raw.segments
                item.sourceOffset = raw.sourceOffset
                tasks.append(item)
            }
        }
        let corrector = TaskCorrector(conclusionID: context.conclusionID, registry: context.registry, path: context.path)
        diagnostics += corrector.apply(context.corrections, to: &tasks)
        for task in tasks {
            let label = task.label.isEmpty ? "Nhiệm vụ \(task.id)" : "Nhiệm vụ “\(task.label)”"
            if !task.units.contains(where: { !$0.implied }) {
                diagnostics.append(.warning(context.path, line: task.line,
                    "\(label) không nêu đơn vị thực hiện; thêm đơn vị trong phần sửa nhiệm vụ (units) nếu cần."))
            }
            if task.deadlines.isEmpty {
                diagnostics.append(.warning(context.path, line: task.line,
                    "\(label) không có thời hạn; thêm hạn trong phần sửa nhiệm vụ (deadline) nếu cần."))
            }
        }
        return (tasks, diagnostics)
    }

    private func extract(_ raw: RawTask, text: String, id: String, scheduleDay: CivilDate?, diagnostics: inout [Diagnostic]) -> TaskItem {
        let registry = context.registry
        let folded = FoldedText(text)
        let utf8 = Array(text.utf8)
        var (matches, passing) = registry.namesAndPassingMentions(in: folded, utf8: utf8)
        if registry.unit("ubnd") != nil {
            matches += AddressedCommunes.matches(in: folded, utf8: utf8, known: matches + passing, unitID: "ubnd")
            matches.sort { $0.folded.lowerBound < $1.folded.lowerBound }
        }
        // "Chủ tịch UBND xã yêu cầu …", "UBND xã giao …": who speaks or assigns is no unit of the task.
        let speakers = SpeakerMentions.speakers(in: text, matches: matches)
        if !speakers.isEmpty {
            passing += speakers.map { matches[$0] }
            matches = matches.enumerated().filter { !speakers.contains($0.offset) }.map(\.element)
        }

        let classifier = UnitRoleClassifier(folded: folded, contentStart: contentStart(of: text, raw: raw, folded: folded))
        var roles = classifier.roles(of: matches)
        var units: [UnitMention]
        if let column = raw.explicitUnits, !column.trimmingCharacters(in: .whitespaces).isEmpty {
            // A `nhiem-vu` row: the "Đơn vị" cell is the subject of the task text; the text may
            // name more units ("phối hợp với Hội Nông dân xã") and give the subject another role
            // ("Theo dõi, đôn đốc …").
            let parsed = ExplicitUnitsParser(registry: registry).parse(column)
            let subjectRole = classifier.subjectRole()
            units = parsed.units.map { entry in
                let named = matches.first { $0.unitID == entry.unitID }
                let role = entry.role == .lead ? subjectRole : entry.role
                return UnitMention(unitID: entry.unitID, role: role, mention: named?.mention ?? entry.written,
                                   range: named?.range)
            }
            for mention in Self.mentions(matches, roles: roles) where !units.contains(where: { $0.unitID == mention.unitID }) {
                units.append(mention)
            }
            for unknown in parsed.unknown {
                diagnostics.append(.warning(context.path, line: raw.line,
                    "Đơn vị “\(unknown)” trong bảng nhiệm vụ không có trong danh mục đơn vị; thêm tên gọi này vào tệp đơn vị của trang."))
            }
        } else {
            // A bold lead-in names the task's subject ("**Văn phòng Đảng ủy:** theo dõi …"), or,
            // when it names no unit, its topic ("**Công tác xây dựng Đảng:**"): a topic is no unit
            // and asks for nothing (a unit-like name that is not in the catalogue is reported by
            // the unknown-name scan below).
            let leadIDs = raw.leadIn.map { registry.matches(in: $0).map(\.unitID) } ?? []
            let leadRole = raw.leadIn.map { Self.leadInRole($0) ?? classifier.subjectRole() } ?? .lead
            for index in matches.indices where leadIDs.contains(matches[index].unitID) && roles[index] == .concerned {
                roles[index] = leadRole
            }
            // A body of another level that is only named ("theo Nghị quyết … của Huyện ủy", "xin ý kiến
            // UBND huyện") is no unit of the task; given work ("đề nghị UBND huyện hỗ trợ …"), it is.
            // So are the communes a text names as places ("tại các xã", "học tập các xã bạn"): only
            // addressed ("yêu cầu các xã …", "Tất cả các xã … bố trí …") are they their committees.
            units = Self.mentions(matches, roles: roles).filter { mention in
                mention.role != .concerned
                    || registry.unit(mention.unitID)?.kind != .superior && !BuiltinUnits.addressedOnly.contains(FoldedText(mention.mention).bytes)
            }
            for id in leadIDs.reversed() where !units.contains(where: { $0.unitID == id }) {
                units.insert(UnitMention(unitID: id, role: leadRole, mention: raw.leadIn ?? registry.name(of: id)), at: 0)
            }
        }
        // "Đề nghị thường trực HĐND, các ban HĐND phường tập trung … một số nội dung sau:": the
        // bodies the introduction addresses are asked to do each item.
        if let introduction = raw.addressedInIntroduction {
            let introFolded = FoldedText(introduction)
            let named = registry.matches(in: introFolded, utf8: Array(introduction.utf8))
            let introRoles = UnitRoleClassifier(folded: introFolded, contentStart: 0).roles(of: named)
            for mention in Self.mentions(named, roles: introRoles) {
                var mention = mention
                mention.range = nil  // the words are in the introduction, not in the item
                if mention.role == .concerned { mention.role = .requested }
                if let index = units.firstIndex(where: { $0.unitID == mention.unitID }) {
                    // Named again in the item ("… của Thường trực HĐND"): the introduction's role is the stronger.
                    if mention.role < units[index].role { units[index].role = mention.role }
                } else {
                    units.append(mention)
                }
            }
        }
        for topic in registry.topicMatches(in: folded, utf8: utf8) where !units.contains(where: { $0.unitID == topic.unitID }) {
            units.append(UnitMention(unitID: topic.unitID, role: .concerned, mention: topic.mention, implied: true))
        }

        let groups: Set<String> = [BuiltinUnits.partyCells, BuiltinUnits.hamlets]
        for phrase in UnknownUnitScanner.unknownPhrases(in: text, folded: folded, known: Self.covered(matches, passing), groupIDs: groups) {
            let nearest = registry.nearestName(to: phrase).map { " Có phải là “\($0)”? Nếu vậy hãy viết đúng tên đó." } ?? ""
            diagnostics.append(.warning(context.path, line: raw.line,
                "“\(phrase)” giống tên một đơn vị nhưng không có trong danh mục đơn vị; thêm tên gọi này vào tệp đơn vị của trang nếu đúng.\(nearest)"))
        }

        var deadlines: [Deadline] = []
        if let written = raw.explicitDeadline?.trimmingCharacters(in: .whitespaces), !written.isEmpty {
            deadlines = explicitDeadlines(written)
            if deadlines.isEmpty {
                diagnostics.append(.warning(context.path, line: raw.line,
                    "Thời hạn “\(written)” trong bảng nhiệm vụ không đọc được; viết như 15/03/2026, “trước ngày 15/3” hoặc “trước Tết”."))
            }
        }
        // The task text may date more than its "Thời hạn" cell: "kỷ niệm Ngày Gia đình Việt Nam (28/6)".
        deadlines += DeadlineExtractor(meetingDate: context.meetingDate, scheduleDay: scheduleDay, occasionTetYear: context.occasionTetYear).deadlines(in: text)
        // The directive part's own time line: the days the items are for, read from outside the item.
        if let stated = raw.statedTime {
            for deadline in DeadlineExtractor(meetingDate: context.meetingDate, occasionTetYear: context.occasionTetYear).deadlines(in: stated) {
                deadlines.append(Deadline(kind: deadline.kind, start: deadline.start, end: deadline.end, text: deadline.text, inferred: true))
            }
        }
        // Only a planned month ("Nhiệm vụ trọng tâm tháng 02/2026") sets a due date for every task;
        // a quarter or half-year plan leaves tasks without a stated date undated.
        if let period = context.period, period.lowerBound.startOfMonth == period.upperBound.startOfMonth {
            let phrase = context.periodText ?? "tháng \(period.upperBound.month < 10 ? "0" : "")\(period.upperBound.month)/\(period.upperBound.year)"
            deadlines.append(Deadline(kind: .due, start: nil, end: period.upperBound, text: phrase, inferred: true))
        }

        return TaskItem(id: id, ordinal: raw.ordinal, label: raw.label, text: text, units: units,
                        deadlines: deadlines, line: raw.line, blockPath: raw.blockPath)
    }

    /// Every known name in text order; passing mentions cover their words but are no group
    /// ("nông thôn mới" is no hamlet to ask a name for).
    static func covered(_ names: [UnitMatch], _ passing: [UnitMatch]) -> [UnitMatch] {
        guard !passing.isEmpty else { return names }
        let anonymous = passing.map { match in
            var match = match
            match.unitID = ""
            return match
        }
        return (names + anonymous).sorted { $0.folded.lowerBound < $1.folded.lowerBound }
    }

    /// One mention per unit, in order of first appearance: the strongest role it is given, and
    /// among the words naming it in that role the longest ("bí thư chi bộ" over "chi bộ").
    static func mentions(_ matches: [UnitMatch], roles: [UnitRole]) -> [UnitMention] {
        var order: [String] = []
        var best: [String: (match: UnitMatch, role: UnitRole)] = [:]
        for (match, role) in zip(matches, roles) {
            guard let current = best[match.unitID] else {
                order.append(match.unitID)
                best[match.unitID] = (match, role)
                continue
            }
            if role < current.role || (role == current.role && match.range.count > current.match.range.count) {
                best[match.unitID] = (match, role)
            }
        }
        return order.map { id in
            let (match, role) = best[id]!
            return UnitMention(unitID: id, role: role, mention: match.mention, range: match.range)
        }
    }

    /// Where the item's own words start: after its label ("Một là, ", "1.", "-") if the text
    /// begins with it, and after a bold lead-in and its colon ("Kinh tế: Ủy ban nhân dân xã …").
    private func contentStart(of text: String, raw: RawTask, folded: FoldedText) -> Int {
        var start = 0
        for prefix in [raw.label, raw.leadIn ?? ""] {
            let key = FoldedText(prefix).bytes
            guard !key.isEmpty, folded.bytes[start...].starts(with: key) else { continue }
            start += key.count
            while start < folded.bytes.count,
                  [0x20, 0x0A, UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ".")].contains(folded.bytes[start]) {
                start += 1
            }
        }
        return start
    }

    /// A lead-in that asks rather than assigns: "**Đề nghị Ủy ban MTTQ xã và các đoàn thể:**".
    static func leadInRole(_ leadIn: String) -> UnitRole? {
        FoldedText.key(leadIn).hasPrefix("de nghi") ? .requested : nil
    }

    /// The deadline column of a `nhiem-vu` row: a bare date is a due date; anything else is read
    /// like task text ("trước Tết", "trong tháng 3").
    private func explicitDeadlines(_ written: String) -> [Deadline] {
        if let date = CivilDate(vietnamese: written) ?? CivilDate(iso: written) {
            return [Deadline(kind: .due, start: nil, end: date, text: written)]
        }
        let extractor = DeadlineExtractor(meetingDate: context.meetingDate)
        // A cell naming only a window ("Quý III/2026", "Tháng 6/2026") means "within" it.
        var found = extractor.deadlines(in: written)
        if found.isEmpty { found = extractor.deadlines(in: "trong " + written).map { Deadline(kind: $0.kind, start: $0.start, end: $0.end, text: written) } }
        return found.map { deadline in
            var deadline = deadline
            deadline.range = nil  // the phrase is not in the task's text
            return deadline
        }
    }
}
