import BantinCore

/// Turns a conclusion file's text into a `SourceDocument`: the front matter cut off and its YAML
/// read into values.
enum SourceLoading {
    /// The document, and the errors that stop the build once the file has been read (see
    /// `FrontMatterParser`).
    static func document(_ text: String, path: String, relativePath: String) throws(Diagnostic)
        -> (document: SourceDocument, errors: [Diagnostic])
    {
        let parts = try SourceParts(text, path: path)
        var document = SourceDocument(path: path, relativePath: relativePath, body: parts.body, bodyFirstLine: parts.bodyFirstLine)
        guard let yaml = parts.frontMatter else { return (document, []) }
        let parsed = try FrontMatterParser.parse(yaml, path: path, firstLine: parts.frontMatterFirstLine)
        document.frontMatter = parsed.matter
        document.warnings = parsed.warnings
        return (document, parsed.errors)
    }
}
