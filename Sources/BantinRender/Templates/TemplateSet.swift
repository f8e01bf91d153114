import BantinSite

/// The templates and static assets of a site, by path relative to `templates/`:
/// `layouts/base.mustache`, `partials/site-header.mustache`, `bulletin.mustache`, `assets/bantin.css`,
/// `assets/logo.png` ….
///
/// Files are kept as bytes: templates are UTF-8 text (the loader checks them), assets are copied
/// into the output as they are, so they may be binary (a logo PNG). A site without a
/// `templates/` folder uses `TemplateSet.builtIn`, generated from the shipped `templates/` folder
/// (scripts/embed-templates.sh); a test checks that the two are identical. A site folder may also
/// override only some files: the rest come from the built-in set.
public struct TemplateSet: Sendable, Hashable {
    public var files: [String: [UInt8]]

    public init(files: [String: [UInt8]]) {
        self.files = files
    }

    public static var builtIn: TemplateSet { TemplateSet(files: BuiltInTemplates.files) }

    /// Whether a file of the templates folder is a Mustache template (read as text).
    public static func isTemplate(_ path: String) -> Bool { path.hasSuffix(".mustache") }

    /// Whether a file of the templates folder is a static asset, copied as bytes to the same path
    /// of the output.
    public static func isAsset(_ path: String) -> Bool { path.hasPrefix(SitePaths.assetsFolder) }

    /// This set with the built-in files it lacks added.
    public func fillingGaps() -> TemplateSet {
        var merged = TemplateSet.builtIn.files
        for (path, contents) in files { merged[path] = contents }
        return TemplateSet(files: merged)
    }

    /// Mustache templates, by name: the file name without folder and extension ("base", "bulletin").
    var templates: [(name: String, path: String, bytes: [UInt8])] {
        files.keys.sorted().compactMap { path in
            guard Self.isTemplate(path) else { return nil }
            let name = String(path.split(separator: "/").last!.dropLast(".mustache".count))
            return (name, path, files[path]!)
        }
    }

    /// Static files copied as they are into the output, by their path under `templates/`, which
    /// is also their path in the output.
    public var assets: [(path: String, contents: [UInt8])] {
        files.keys.sorted().filter(Self.isAsset).map { ($0, files[$0]!) }
    }
}
