import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

struct SiteUnitsTests {
    /// The built-in registry extended by a units file, with every message about it.
    static func site(yaml: String, path: String) -> (UnitRegistry, [Diagnostic]) {
        let (config, parsing) = UnitsFileParser.parse(yaml, path: path)
        let (registry, merging) = UnitRegistry.site(config, path: path)
        return (registry, parsing + merging)
    }

    static let yaml = """
    units:
      - id: chi-bo-xom-dong
        name: Chi bộ xóm Đông
        kind: chi-bo
        aliases: [CB xóm Đông]
      - id: xom-dong
        name: xóm Đông
        kind: thon-xom
      - id: hoi-khuyen-hoc
        name: Hội Khuyến học xã
        kind: mttq-doan-the
        aliases: [Hội Khuyến học]
        member_of: [mttq-doan-the]
      - id: ttdvsnc
        aliases: [Trung tâm DVTH]
    topics:
      - keyword: nước sạch
        unit: phong-kt
    """

    @Test func siteUnitsJoinTheRegistry() {
        let (registry, diagnostics) = Self.site(yaml: Self.yaml, path: "units.yml")
        #expect(diagnostics.isEmpty)
        #expect(registry.matches(in: "Chi bộ xóm Đông họp").map(\.unitID) == ["chi-bo-xom-dong"])
        #expect(registry.matches(in: "CB xóm Đông").map(\.unitID) == ["chi-bo-xom-dong"])
        #expect(registry.matches(in: "Trung tâm DVTH").map(\.unitID) == ["ttdvsnc"])
        #expect(registry.matches(in: "Trung tâm Dịch vụ sự nghiệp công").map(\.unitID) == ["ttdvsnc"])
        let units = SiteUnits(registry)
        #expect(units.members(of: "chi-bo") == ["chi-bo-xom-dong"])
        #expect(units.members(of: "xom") == ["xom-dong"])
        #expect(units.members(of: "mttq-doan-the").last == "hoi-khuyen-hoc")
        #expect(registry.topics.contains(TopicRule(keyword: "nước sạch", unitID: "phong-kt")))
    }

    @Test(arguments: [
        ("units:\n  - id: Xóm Đông\n    name: Xóm Đông\n", 2, "không hợp lệ"),
        ("units:\n  - name: Xóm Đông\n", 2, "thiếu `id`"),
        ("units:\n  - id: xom-a\n    name: A\n  - id: xom-a\n    name: B\n", 4, "hai lần"),
        ("units:\n  - id: xom-a\n    name: A\n    kind: lang\n", 4, "Loại đơn vị"),
        ("units:\n  - id: xom-a\n    name: A\n    member_of: [khong-co]\n", 2, "member_of"),
        ("units:\n  - id: xom-a\n    name: A\n    aliases: [Xóm Một]\n  - id: xom-b\n    name: B\n    aliases: [xom mot]\n", 5, "đã dùng"),
        ("units:\n  - id: moi\n", 2, "thiếu `name`"),
        ("topics:\n  - keyword: nước\n", 2, "`keyword` và `unit`"),
        ("units: [", 2, "YAML"),
    ] as [(String, Int?, String)])
    func badEntriesAreErrorsWithTheirLine(yaml: String, line: Int?, message: String) {
        let (_, diagnostics) = Self.site(yaml: yaml, path: "units.yml")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.line == line)
        #expect(diagnostics.first?.message.contains(message) == true, "\(diagnostics)")
    }

    @Test func aSiteAliasWinsOverABuiltinOne() {
        let yaml = "units:\n  - id: trung-tam-tong-hop\n    name: Trung tâm Dịch vụ tổng hợp\n"
        let (registry, diagnostics) = Self.site(yaml: yaml, path: "units.yml")
        #expect(diagnostics.isEmpty)
        #expect(registry.matches(in: "Trung tâm Dịch vụ tổng hợp").map(\.unitID) == ["trung-tam-tong-hop"])
    }
}
