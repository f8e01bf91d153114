import BantinCore

extension UnitRegistry {
    /// The built-in registry extended by a site's YAML (format: `SiteUnitsConfig`). Bad entries are
    /// reported as errors and left out; the rest still makes a usable registry.
    static func site(yaml: String, path: String) -> (UnitRegistry, [Diagnostic]) {
        let (config, diagnostics) = UnitsFileParser.parse(yaml, path: path)
        let (registry, more) = site(config, path: path)
        return (registry, diagnostics + more)
    }
}
