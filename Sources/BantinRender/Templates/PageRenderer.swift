import BantinCore
import Mustache

/// Renders view models through the site's Mustache templates: the one type that uses the template
/// engine (with `ViewNode` and `FastHTMLContentType`, its helpers), so the engine can be replaced
/// here alone. Templates are logic-less and escape every `{{value}}`; only `{{{body}}}`, HTML that
/// cmark produced, is inserted raw.
public struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    public init(templates: TemplateSet, templatesPath: String = "templates") throws(Diagnostic) {
        var library = MustacheLibrary()
        MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)
        for template in templates.templates {
            do {
                // The pragma selects the fast escaper; it sits on the first line, so line numbers in
                // messages stay those of the file.
                let source = "{{% CONTENT_TYPE: \(FastHTMLContentType.name)}}" + template.source
                library.register(try MustacheTemplate(string: source), named: template.name)
            } catch let error as MustacheTemplate.ParserError {
                throw .error("\(templatesPath)/\(template.path)", line: error.context.lineNumber, column: error.context.columnNumber,
                    "mẫu Mustache không hợp lệ (\(error.error)); kiểm tra các thẻ {{…}} mở và đóng ở dòng này")
            } catch {
                throw .error("\(templatesPath)/\(template.path)", "mẫu Mustache không hợp lệ: \(error)")
            }
        }
        for required in ["base", "bulletin", "index"] where library.getTemplate(named: required) == nil {
            throw .error(templatesPath, "thiếu mẫu \(required).mustache; xóa thư mục templates/ để dùng mẫu mặc định hoặc thêm tệp này")
        }
        self.library = library
    }

    public func render(_ view: [String: Any], template: String) -> String {
        library.render(ViewNode(view), withTemplate: template) ?? ""
    }
}

