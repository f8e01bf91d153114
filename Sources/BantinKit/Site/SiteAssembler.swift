import BantinCore
/// The assembled site: conclusions in order and what every page needs to link to.
struct SiteModel {
    var config: SiteConfig
    var conclusions: [Conclusion]
    var units: UnitCatalog
    var buildDate: CivilDate?
    /// Every task of every unit (groups' tasks on each member), built once for the unit pages and
    /// the search index.
    var assignments: [String: [UnitAssignment]] = [:]
}

enum SiteAssembler {
    static func assemble(_ conclusions: [Conclusion], config: SiteConfig, units: UnitCatalog, buildDate: CivilDate?) -> SiteModel {
        SiteModel(config: config, conclusions: conclusions, units: units, buildDate: buildDate,
                  assignments: UnitAssignments.index(conclusions, members: UnitPages.memberMap(units.all, units.directory)))
    }

    /// Two sources that would be written to the same page are an error naming both.
    static func collisions(in conclusions: [Conclusion]) -> [Diagnostic] {
        var byID: [String: [Conclusion]] = [:]
        for conclusion in conclusions { byID[conclusion.id, default: []].append(conclusion) }
        return byID.keys.sorted().compactMap { id in
            let clashing = byID[id]!.sorted { $0.path < $1.path }
            guard clashing.count > 1 else { return nil }
            return .error(clashing[1].path, line: 1,
                "trùng địa chỉ trang ket-luan/\(id).html với \(clashing.dropLast().map(\.path).joined(separator: ", ")); đổi tên tệp hoặc đặt \"slug:\" khác trong phần đầu YAML")
        }
    }
}
