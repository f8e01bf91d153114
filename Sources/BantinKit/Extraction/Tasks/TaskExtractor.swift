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

    public init(conclusionID: String, path: String, meetingDate: CivilDate? = nil,
                period: ClosedRange<CivilDate>? = nil, periodText: String? = nil,
                registry: UnitRegistry = .standard, corrections: [TaskCorrection] = []) {
        self.conclusionID = conclusionID
        self.path = path
        self.meetingDate = meetingDate
        self.period = period
        self.periodText = periodText
        self.registry = registry
        self.corrections = corrections
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
            let id = "\(context.conclusionID)-nv-\(raw.ordinal)"
            let directives = raw.label.isEmpty && raw.explicitUnits == nil ? DirectiveSplitter.directives(in: raw.text) : []
            if directives.count > 1 {
                for (n, directive) in directives.enumerated() {
                    var item = extract(raw, text: directive.text, id: "\(id)-\(n + 1)", diagnostics: &diagnostics)
                    item.sourceOffset = directive.offset
                    item.segments = raw.segments.compactMap { segment in
                        let offset = segment.offset - directive.offset
                        guard offset > 0, offset < directive.text.utf8.count else { return nil }
                        return TextSegment(path: segment.path, offset: offset)
                    }
                    tasks.append(item)
                }
            } else {
                var item = extract(raw, text: raw.text, id: id, diagnostics: &diagnostics)
                item.segments = raw.segments
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

    private func extract(_ raw: RawTask, text: String, id: String, diagnostics: inout [Diagnostic]) -> TaskItem {
        let registry = context.registry
        let folded = FoldedText(text)
        let utf8 = Array(text.utf8)
        let matches = registry.matches(in: folded, utf8: utf8)

        var units: [UnitMention]
        if let column = raw.explicitUnits, !column.trimmingCharacters(in: .whitespaces).isEmpty {
            let parsed = ExplicitUnitsParser(registry: registry).parse(column)
            units = parsed.units.map { entry in
                let named = matches.first { $0.unitID == entry.unitID }
                return UnitMention(unitID: entry.unitID, role: entry.role, mention: named?.mention ?? entry.written,
                                   range: named?.range)
            }
            for unknown in parsed.unknown {
                diagnostics.append(.warning(context.path, line: raw.line,
                    "Đơn vị “\(unknown)” trong bảng nhiệm vụ không có trong danh mục đơn vị; thêm tên gọi này vào tệp đơn vị của trang."))
            }
        } else {
            let classifier = UnitRoleClassifier(folded: folded, contentStart: contentStart(of: text, label: raw.label, folded: folded))
            var roles = classifier.roles(of: matches)
            let leadIDs: [String] = raw.leadIn.map { leadIn -> [String] in
                let ids = registry.matches(in: leadIn).map(\.unitID)
                if ids.isEmpty {
                    diagnostics.append(.warning(context.path, line: raw.line,
                        "Đơn vị “\(leadIn)” không có trong danh mục đơn vị; thêm tên gọi này vào tệp đơn vị của trang."))
                }
                return ids
            } ?? []
            for index in matches.indices where leadIDs.contains(matches[index].unitID) { roles[index] = .lead }
            units = Self.mentions(matches, roles: roles)
            for id in leadIDs where !units.contains(where: { $0.unitID == id }) {
                units.insert(UnitMention(unitID: id, role: .lead, mention: raw.leadIn ?? registry.name(of: id)), at: 0)
            }
            for topic in registry.topicMatches(in: folded, utf8: utf8) where !units.contains(where: { $0.unitID == topic.unitID }) {
                units.append(UnitMention(unitID: topic.unitID, role: .concerned, mention: topic.mention, implied: true))
            }
        }

        let groups: Set<String> = [BuiltinUnits.partyCells, BuiltinUnits.hamlets]
        for phrase in UnknownUnitScanner.unknownPhrases(in: text, folded: folded, known: matches, groupIDs: groups) {
            diagnostics.append(.warning(context.path, line: raw.line,
                "“\(phrase)” giống tên một đơn vị nhưng không có trong danh mục đơn vị; thêm tên gọi này vào tệp đơn vị của trang nếu đúng."))
        }

        var deadlines: [Deadline]
        if let written = raw.explicitDeadline?.trimmingCharacters(in: .whitespaces), !written.isEmpty {
            deadlines = explicitDeadlines(written)
            if deadlines.isEmpty {
                diagnostics.append(.warning(context.path, line: raw.line,
                    "Thời hạn “\(written)” trong bảng nhiệm vụ không đọc được; viết như 15/03/2026, “trước ngày 15/3” hoặc “trước Tết”."))
            }
        } else {
            deadlines = DeadlineExtractor(meetingDate: context.meetingDate).deadlines(in: text)
        }
        if let period = context.period {
            let phrase = context.periodText ?? "tháng \(period.upperBound.month < 10 ? "0" : "")\(period.upperBound.month)/\(period.upperBound.year)"
            deadlines.append(Deadline(kind: .due, start: nil, end: period.upperBound, text: phrase, inferred: true))
        }

        return TaskItem(id: id, ordinal: raw.ordinal, label: raw.label, text: text, units: units,
                        deadlines: deadlines, line: raw.line, blockPath: raw.blockPath)
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
    /// begins with it.
    private func contentStart(of text: String, label: String, folded: FoldedText) -> Int {
        let key = AliasMatcher.key(label)
        guard !key.isEmpty, folded.bytes.starts(with: key) else { return 0 }
        var start = key.count
        while start < folded.bytes.count, [0x20, UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ".")].contains(folded.bytes[start]) {
            start += 1
        }
        return start
    }

    /// The deadline column of a `nhiem-vu` row: a bare date is a due date; anything else is read
    /// like task text ("trước Tết", "trong tháng 3").
    private func explicitDeadlines(_ written: String) -> [Deadline] {
        if let date = CivilDate(vietnamese: written) ?? CivilDate(iso: written) {
            return [Deadline(kind: .due, start: nil, end: date, text: written)]
        }
        return DeadlineExtractor(meetingDate: context.meetingDate).deadlines(in: written).map { deadline in
            var deadline = deadline
            deadline.range = nil  // the phrase is not in the task's text
            return deadline
        }
    }
}
