import BantinCore

/// A task that concerns a unit (đơn vị): one that names it, or one that names a group it belongs
/// to ("các chi bộ", "các xóm"), so a task given to a group reaches every member's page. Its date
/// is the conclusion's date for sorting.
public struct UnitAssignment: Hashable, Sendable, PlacedTask {
    @usableFromInline struct Fields: Hashable, Sendable {
        @usableFromInline var place: TaskPlace
        @usableFromInline var role: UnitRole
        @usableFromInline var group: String?
        @usableFromInline var namedUnit: String
    }
    @usableFromInline let fields: Box<Fields>

    public init(_ place: TaskPlace, role: UnitRole, group: String?, namedUnit: String) {
        fields = Box(Fields(place: place, role: role, group: group, namedUnit: namedUnit))
    }

    public var place: TaskPlace { @inlinable get { fields.value.place } }
    /// The task's id, read through the stored fields (not a copy of the whole place).
    public var taskID: String { @inlinable get { fields.value.place.task.itemBox.value.id } }
    /// The unit's strongest role in the task (chủ trì before phối hợp …).
    public var role: UnitRole { @inlinable get { fields.value.role } }
    /// The group the task names when the unit is reached only through it.
    public var group: String? { @inlinable get { fields.value.group } }
    /// The unit whose words in the text the page links to: the unit itself, or its group.
    public var namedUnit: String { @inlinable get { fields.value.namedUnit } }

    /// The same assignment, reached through `group`.
    func reached(through group: String) -> UnitAssignment {
        UnitAssignment(place, role: role, group: group, namedUnit: namedUnit)
    }
}

public enum UnitAssignments {
    /// Every unit's tasks, sorted by first date (undated last), then by conclusion and position.
    public static func index(_ conclusions: [SiteConclusion], units: SiteUnits) -> [String: [UnitAssignment]] {
        var byUnit: [String: [UnitAssignment]] = [:]
        for conclusion in conclusions {
            for task in conclusion.tasks {
                for assignment in assignments(of: task, in: conclusion, units: units) {
                    byUnit[assignment.key, default: []].append(assignment.value)
                }
            }
        }
        return byUnit.mapValues { $0.sortedByDeadline() }
    }

    /// One assignment per unit the task concerns. A unit named directly keeps that mention even
    /// when a group it belongs to is named too.
    static func assignments(of task: SiteTask, in conclusion: SiteConclusion, units: SiteUnits)
        -> [(key: String, value: UnitAssignment)]
    {
        var order: [String] = []
        var found: [String: UnitAssignment] = [:]
        func offer(_ unitID: String, _ candidate: UnitAssignment) {
            guard let current = found[unitID] else {
                order.append(unitID)
                found[unitID] = candidate
                return
            }
            let better = (candidate.group == nil && current.group != nil)
                || ((candidate.group == nil) == (current.group == nil) && candidate.role < current.role)
            if better { found[unitID] = candidate }
        }
        let place = TaskPlace(task: task, conclusionID: conclusion.id, conclusionTitle: conclusion.title,
                              conclusionDate: conclusion.meta.sortDate, conclusionPage: conclusion.page)
        for mention in task.units {
            let direct = UnitAssignment(place, role: mention.role, group: nil, namedUnit: mention.unitID)
            offer(mention.unitID, direct)
            for member in units.members(of: mention.unitID) {
                offer(member, direct.reached(through: mention.unitID))
            }
        }
        return order.map { ($0, found[$0]!) }
    }
}

extension Array where Element == UnitAssignment {
    func sortedByDeadline() -> [UnitAssignment] {
        sorted(onKey: { (date: $0.task.firstDate, conclusion: $0.conclusionID, ordinal: $0.task.ordinal, id: $0.task.id) }) { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                if a.conclusion != b.conclusion { return a.conclusion < b.conclusion }
                return (a.ordinal, a.id) < (b.ordinal, b.id)
            }
        }
    }
}
