import BantinCore

/// Renders view models through the site's Mustache templates, compiled once (`CompiledTemplates`)
/// and walked per page by `TemplateRenderer`. Templates are logic-less and escape every
/// `{{value}}`; only `{{{body}}}`, HTML that cmark produced, is inserted raw.
public struct PageRenderer: Sendable {
    private let templates: CompiledTemplates

    /// The templates every site needs (the others always come from the built-in set).
    static let required = ["base", "bulletin", "index"]

    public init(templates: TemplateSet, templatesPath: String = "templates") throws(Diagnostic) {
        let sources = templates.templates.map { CompiledTemplates.Source(name: $0.name, path: $0.path, bytes: $0.bytes) }
        do {
            self.templates = try CompiledTemplates(sources)
        } catch {
            throw .error("\(templatesPath)/\(error.path)", line: error.line, column: error.column,
                         "mẫu Mustache không hợp lệ: \(error.message)")
        }
        for required in Self.required where self.templates.program(named: required) == nil {
            throw .error(templatesPath, "thiếu mẫu \(required).mustache; xóa thư mục templates/ để dùng mẫu mặc định hoặc thêm tệp này")
        }
    }

    /// The page `template` makes of `view`, as UTF-8 (nothing when there is no such template).
    public func render(_ view: TemplateObject, template: String) -> [UInt8] {
        guard let program = templates.program(named: template) else { return [] }
        var renderer = TemplateRenderer(programs: templates.programs, view: .object(view), capacity: 32 << 10)
        renderer.render(program, TemplateRenderer.Scope())
        return renderer.output
    }
}
