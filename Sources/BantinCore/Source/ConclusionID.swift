extension SourceDocument {
    /// The conclusion's id, which is also its slug: the front matter's `slug`, else the file name.
    public func conclusionID() throws(Diagnostic) -> String {
        if let wanted = frontMatter.slug {
            let slug = Slug(wanted)
            guard slug.value == wanted else {
                throw .error(path, line: 2, "slug \"\(wanted)\" chỉ được có chữ thường không dấu, số và dấu gạch ngang; ví dụ: \"\(slug.value)\"")
            }
            return slug.value
        }
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        // "bao-cao.docx" and "bao-cao.md" give the same page: the collision check says so.
        return Slug(SourceFormat.stem(of: name), fallback: "ket-luan").value
    }
}
