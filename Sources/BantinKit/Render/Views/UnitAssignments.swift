import BantinCore
/// The tasks that concern each unit (đơn vị): those that name it, and those that name a group it
/// belongs to ("các chi bộ", "các xóm"), so a task given to a group reaches every member's page.
struct UnitAssignment {
    var task: TaskItem
    var conclusion: Conclusion
    /// The unit's strongest role in the task (chủ trì before phối hợp …).
    var role: UnitRole
    /// The group the task names when the unit is reached only through it.
    var group: String?
    /// The unit whose words in the text the page links to: the unit itself, or its group.
    var namedUnit: String
}

enum UnitAssignments {
    /// Every unit's tasks, sorted by first date (undated last), then by conclusion and position.
    ///
    /// - Parameter members: each group's direct members; groups of groups are followed.
    static func index(_ conclusions: [Conclusion], members: [String: [String]]) -> [String: [UnitAssignment]] {
        var byUnit: [String: [UnitAssignment]] = [:]
        for conclusion in conclusions {
            for task in conclusion.tasks {
                for assignment in assignments(of: task, in: conclusion, members: members) {
                    byUnit[assignment.key, default: []].append(assignment.value)
                }
            }
        }
        return byUnit.mapValues { $0.sortedByDeadline() }
    }

    /// One assignment per unit the task concerns. A unit named directly keeps that mention even
    /// when a group it belongs to is named too.
    static func assignments(of task: TaskItem, in conclusion: Conclusion, members: [String: [String]])
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
        for mention in task.units {
            let direct = UnitAssignment(task: task, conclusion: conclusion, role: mention.role, group: nil, namedUnit: mention.unitID)
            offer(mention.unitID, direct)
            for member in expand(mention.unitID, members: members) {
                var reached = direct
                reached.group = mention.unitID
                offer(member, reached)
            }
        }
        return order.map { ($0, found[$0]!) }
    }

    /// A group's members, groups of groups followed, the group itself left out.
    static func expand(_ group: String, members: [String: [String]]) -> [String] {
        var seen: Set<String> = [group]
        var result: [String] = []
        var queue = members[group] ?? []
        while !queue.isEmpty {
            let id = queue.removeFirst()
            guard seen.insert(id).inserted else { continue }
            result.append(id)
            queue += members[id] ?? []
        }
        return result
    }
}

extension Array where Element == UnitAssignment {
    func sortedByDeadline() -> [UnitAssignment] {
        sorted { a, b in
            switch (a.task.firstDate, b.task.firstDate) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                if a.conclusion.id != b.conclusion.id { return a.conclusion.id < b.conclusion.id }
                return (a.task.ordinal, a.task.id) < (b.task.ordinal, b.task.id)
            }
        }
    }
}
