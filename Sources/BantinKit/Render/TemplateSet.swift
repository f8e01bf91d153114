import BantinCore
/// The templates and static assets of a site, by path relative to `templates/`:
/// `layouts/base.mustache`, `partials/site-header.mustache`, `bulletin.mustache`, `assets/bantin.css` ….
///
/// A site without a `templates/` folder uses `TemplateSet.builtIn`, generated from the shipped
/// `templates/` folder (scripts/embed-templates.sh); a test checks that the two are identical.
/// A site folder may also override only some files: the rest come from the built-in set.
public struct TemplateSet: Sendable, Hashable {
    public var files: [String: String]

    public init(files: [String: String]) {
        self.files = files
    }

    public static var builtIn: TemplateSet { TemplateSet(files: BuiltInTemplates.files) }

    /// This set with the built-in files it lacks added.
    public func fillingGaps() -> TemplateSet {
        var merged = TemplateSet.builtIn.files
        for (path, contents) in files { merged[path] = contents }
        return TemplateSet(files: merged)
    }

    /// Mustache templates, by name: the file name without folder and extension ("base", "bulletin").
    var templates: [(name: String, path: String, source: String)] {
        files.keys.sorted().compactMap { path in
            guard path.hasSuffix(".mustache") else { return nil }
            let name = String(path.split(separator: "/").last!.dropLast(".mustache".count))
            return (name, path, files[path]!)
        }
    }

    /// Static files copied as they are into the output, by their path under `templates/`.
    var assets: [(path: String, contents: String)] {
        files.keys.sorted().filter { $0.hasPrefix("assets/") }.map { ($0, files[$0]!) }
    }
}
