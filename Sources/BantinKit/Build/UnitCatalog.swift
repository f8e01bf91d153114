import BantinCore

/// The site's units and the extraction that uses them, as the build sees them: the built-in
/// registry plus the site's `units.yml`, and which units get a page.
struct UnitCatalog: Sendable {
    let registry: UnitRegistry

    init(siteFile: (path: String, text: String)?) throws(BuildFailure) {
        guard let siteFile else {
            registry = .standard
            return
        }
        let (registry, diagnostics) = UnitRegistry.site(yaml: TextNormalization.normalize(siteFile.text), path: siteFile.path)
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw BuildFailure(errors: errors, warnings: diagnostics.filter { $0.severity == .warning }) }
        self.registry = registry
        self.warnings = diagnostics
    }

    /// Warnings about the site's units file.
    private(set) var warnings: [Diagnostic] = []

    /// Every unit known to the site (built-in and the site's own), by kind then name.
    var all: [Unit] {
        registry.units.sorted { a, b in
            let ka = Unit.Kind.allCases.firstIndex(of: a.kind)!, kb = Unit.Kind.allCases.firstIndex(of: b.kind)!
            return ka != kb ? ka < kb : (VietnameseCollation.key(a.name), a.id) < (VietnameseCollation.key(b.name), b.id)
        }
    }

    func unit(_ id: String) -> Unit? { registry.unit(id) }

    /// Every unit has a page (`don-vi/<id>.html`).
    func hasPage(_ id: String) -> Bool { registry.unit(id) != nil }

    var directory: UnitDirectory {
        var names: [String: String] = [:]
        var members: [String: [String]] = [:]
        for unit in registry.units {
            names[unit.id] = unit.name
            if !unit.members.isEmpty { members[unit.id] = registry.expand(unit.id).filter { $0 != unit.id } }
        }
        return UnitDirectory(names: names, members: members, hasPage: Set(registry.units.map(\.id)))
    }
}
