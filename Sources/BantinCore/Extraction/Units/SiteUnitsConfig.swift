/// The site's own units and topic keywords, as the loader reads them from YAML (`units.yml`).
///
/// Format:
///
/// ```yaml
/// units:
///   - id: chi-bo-xom-dong          # required; lowercase a-z, 0-9 and single "-"; unique
///     name: Chi bộ xóm Đông        # required for a new unit
///     kind: chi-bo                 # dang | chinh-quyen | mttq-doan-the | chi-bo | thon-xom | cap-tren | khac
///     aliases: [CB xóm Đông, Chi bộ Đông]
///     member_of: [mttq-doan-the]   # optional: groups this unit also belongs to
///   - id: ttdvsnc                  # an id of a built-in unit extends it: the name and kind
///     aliases: [Trung tâm DVTH]    #   replace the built-in ones, aliases are added
/// topics:
///   - keyword: nước sạch           # a task about this keyword concerns the unit
///     unit: phong-kt
/// ```
///
/// A unit of kind `chi-bo` joins the group "các chi bộ", a unit of kind `thon-xom` joins "các
/// xóm", so "Yêu cầu các chi bộ …" reaches every cell's page. An alias also used by another unit
/// is taken from the built-in unit (the site knows its commune) but is an error between two site
/// units. Bad entries are reported as errors with their YAML line and left out.
public struct SiteUnitsConfig: Sendable {
    public var units: [Unit] = []
    /// Groups each unit of `units` joins, by unit id.
    public var memberships: [String: [String]] = [:]
    public var topics: [TopicRule] = []
    /// YAML lines of the unit entries, by unit id, for later messages.
    public var lines: [String: Int] = [:]

    public init() {}
}
