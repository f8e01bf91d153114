import Foundation

/// A clerk's fix to one extracted task, written in the conclusion's front matter:
///
/// ```yaml
/// corrections:             # in the front matter; each entry decodes to this type
///   - task: 4              # the ordinal ("Bốn là"), "4-2" for a split directive, or a full id
///     units: [ubnd, "phong-vhxh:support", "mttq:phối hợp"]   # add, or change the role of, units
///     remove_units: [tyt]
///     deadline: 2026-02-16 # ISO or DD/MM/YYYY; replaces every deadline; "" removes them all
/// ```
///
/// A unit without a role is added as lead. Corrections run after extraction, so they win.
public struct TaskCorrection: Decodable, Hashable, Sendable {
    public var task: String
    public var units: [String]?
    public var removeUnits: [String]?
    public var deadline: String?

    public init(task: String, units: [String]? = nil, removeUnits: [String]? = nil, deadline: String? = nil) {
        self.task = task
        self.units = units
        self.removeUnits = removeUnits
        self.deadline = deadline
    }

    enum CodingKeys: String, CodingKey {
        case task, units, deadline
        case removeUnits = "remove_units"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let number = try? container.decode(Int.self, forKey: .task) {
            task = String(number)
        } else {
            task = try container.decode(String.self, forKey: .task)
        }
        units = try container.decodeIfPresent([String].self, forKey: .units)
        removeUnits = try container.decodeIfPresent([String].self, forKey: .removeUnits)
        deadline = try container.decodeIfPresent(String.self, forKey: .deadline)
    }
}

/// Applies corrections to extracted tasks; mistakes in them are errors a clerk must fix.
struct TaskCorrector {
    let conclusionID: String
    let registry: UnitRegistry
    let path: String

    func apply(_ corrections: [TaskCorrection], to tasks: inout [TaskItem]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for correction in corrections {
            let targets = tasks.indices.filter { matches(tasks[$0].id, correction.task) }
            guard !targets.isEmpty else {
                diagnostics.append(.error(path, "Sửa nhiệm vụ: không có nhiệm vụ “\(correction.task)” (dùng số thứ tự, ví dụ 4, hoặc 4-2)."))
                continue
            }
            for index in targets {
                diagnostics += apply(correction, to: &tasks[index])
            }
        }
        return diagnostics
    }

    private func matches(_ id: String, _ reference: String) -> Bool {
        let prefix = "\(conclusionID)-nv-"
        return id == reference || id == prefix + reference || id.hasPrefix(prefix + reference + "-")
    }

    private func apply(_ correction: TaskCorrection, to task: inout TaskItem) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let line = task.line
        for id in correction.removeUnits ?? [] {
            guard registry.unit(id) != nil else {
                diagnostics.append(.error(path, line: line, "Sửa nhiệm vụ \(correction.task): không có đơn vị “\(id)”."))
                continue
            }
            task.units.removeAll { $0.unitID == id }
        }
        for entry in correction.units ?? [] {
            let parts = entry.split(separator: ":", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard let id = parts.first, registry.unit(id) != nil else {
                diagnostics.append(.error(path, line: line, "Sửa nhiệm vụ \(correction.task): không có đơn vị “\(entry)”."))
                continue
            }
            var role = UnitRole.lead
            if parts.count == 2 {
                guard let parsed = RoleName.role(parts[1]) else {
                    diagnostics.append(.error(path, line: line, "Sửa nhiệm vụ \(correction.task): vai trò “\(parts[1])” không hợp lệ (chủ trì, phối hợp, tham mưu, theo dõi, đề nghị, liên quan)."))
                    continue
                }
                role = parsed
            }
            if let existing = task.units.firstIndex(where: { $0.unitID == id }) {
                task.units[existing].role = role
                task.units[existing].implied = false
            } else {
                task.units.append(UnitMention(unitID: id, role: role, mention: registry.name(of: id)))
            }
        }
        if let text = correction.deadline {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                task.deadlines = []
            } else if let date = CivilDate(iso: trimmed) ?? CivilDate(vietnamese: trimmed) {
                task.deadlines = [Deadline(kind: .due, start: nil, end: date, text: trimmed)]
            } else {
                diagnostics.append(.error(path, line: line, "Sửa nhiệm vụ \(correction.task): hạn “\(text)” không đọc được; viết 2026-02-16 hoặc 16/02/2026."))
            }
        }
        return diagnostics
    }
}
