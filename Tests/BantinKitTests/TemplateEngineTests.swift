import Testing
@testable import BantinCore
@testable import BantinRender

/// The Mustache engine on its own: what each tag renders, where line breaks go, and the errors a
/// broken or recursive template gives (the shipped templates through the whole site are checked
/// byte for byte by the golden files and the site tests).
struct TemplateEngineTests {
    /// Renders `template` (named "page") over `view` with the given other templates.
    func render(_ template: String, _ view: TemplateObject, partials: [String: String] = [:]) throws -> String {
        var files = ["page.mustache": Array(template.utf8)]
        for (name, text) in partials { files["partials/\(name).mustache"] = Array(text.utf8) }
        files["layouts/base.mustache"] = files["layouts/base.mustache"] ?? Array("{{$main}}{{/main}}".utf8)
        files["bulletin.mustache"] = Array("".utf8)
        files["index.mustache"] = Array("".utf8)
        let renderer = try PageRenderer(templates: TemplateSet(files: files))
        return String(decoding: renderer.render(view, template: "page"), as: UTF8.self)
    }

    /// The message a set of templates is refused with.
    func failure(_ files: [String: String]) -> String? {
        var all = ["layouts/base.mustache": "{{$main}}{{/main}}", "bulletin.mustache": "", "index.mustache": ""]
        for (path, text) in files { all[path] = text }
        do {
            _ = try PageRenderer(templates: TemplateSet(files: all.mapValues { Array($0.utf8) }))
            return nil
        } catch {
            return error.description
        }
    }

    @Test func valuesAreEscapedUnlessTripled() throws {
        let view: TemplateObject = ["x": "<a href=\"x\">Tôm & 'cá'</a>", "n": 42, "yes": true]
        #expect(try render("{{x}}|{{{x}}}|{{& x}}|{{n}}|{{yes}}|{{missing}}", view)
            == "&lt;a href=&quot;x&quot;&gt;Tôm &amp; &#39;cá&#39;&lt;/a&gt;|<a href=\"x\">Tôm & 'cá'</a>|<a href=\"x\">Tôm & 'cá'</a>|42|true|")
    }

    @Test func namesAreLookedUpThroughTheContext() throws {
        let view: TemplateObject = ["root": "../", "meta": ["title": "Kết luận", "inner": ["deep": "sâu"]],
                                    "rows": [["href": "a.html"], ["href": "b.html", "root": "./"]]]
        #expect(try render("{{meta.title}} {{meta.inner.deep}} {{meta.nothing.deep}}", view) == "Kết luận sâu ")
        #expect(try render("{{#rows}}[{{root}}{{href}}]{{/rows}}", view) == "[../a.html][./b.html]")
        // A leading dot looks in the current value only.
        #expect(try render("{{#rows}}[{{.root}}]{{/rows}}", view) == "[][./]")
        #expect(try render("{{#meta}}{{title}}{{/meta}}", view) == "Kết luận")
    }

    @Test func sectionsFollowTheirValues() throws {
        let view: TemplateObject = ["no": false, "yes": true, "empty": [], "text": "chữ", "zero": 0,
                                    "list": ["a", "b", "c"]]
        #expect(try render("{{#no}}x{{/no}}{{#yes}}y{{/yes}}{{#empty}}e{{/empty}}{{#missing}}m{{/missing}}", view) == "y")
        #expect(try render("{{^no}}x{{/no}}{{^yes}}y{{/yes}}{{^empty}}e{{/empty}}{{^missing}}m{{/missing}}", view) == "xem")
        // Text and numbers open a section with themselves as the current value; zero too.
        #expect(try render("{{#text}}<{{.}}>{{/text}}{{#zero}}[{{.}}]{{/zero}}{{^text}}no{{/text}}", view) == "<chữ>[0]")
        #expect(try render("{{#list}}{{.}}{{^last()}}, {{/last()}}{{/list}}", view) == "a, b, c")
        #expect(try render("{{#list}}{{#first()}}[{{/first()}}{{index()}}{{#odd()}}o{{/odd()}}{{#even()}}e{{/even()}}{{/list}}", view)
            == "[0e1o2e")
        // Outside a list, or inside a section opened within an element, there is no position.
        #expect(try render("{{#last()}}L{{/last()}}{{^last()}}N{{/last()}}", view) == "N")
    }

    @Test func standaloneTagsLeaveNoLines() throws {
        let view: TemplateObject = ["items": [["t": "a"], ["t": "b"]], "yes": true]
        let template = """
        <ul>
        {{#items}}
          <li>{{t}}</li>
        {{/items}}
        {{! a comment }}
        </ul>
        {{#yes}}inline{{/yes}}
        {{^yes}}
        never
        {{/yes}}
        end
        """
        #expect(try render(template, view) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\ninline\nend")
        // CR LF line ends are kept, and standalone tags take theirs.
        #expect(try render("a\r\n{{#yes}}\r\nb\r\n{{/yes}}\r\nc", view) == "a\r\nb\r\nc")
    }

    @Test func partialsAndIndentation() throws {
        let view: TemplateObject = ["name": "Trạm Y tế"]
        let partials = ["row": "<td>{{name}}</td>\n<td>2</td>\n"]
        #expect(try render("<tr>\n  {{> row}}\n</tr>\n", view, partials: partials) == "<tr>\n  <td>Trạm Y tế</td>\n  <td>2</td>\n</tr>\n")
        #expect(try render("<tr>{{> row}}</tr>", view, partials: partials) == "<tr><td>Trạm Y tế</td>\n<td>2</td>\n</tr>")
    }

    @Test func layoutsFillTheirBlocks() throws {
        let layout = "<main>\n{{$main}}mặc định{{/main}}\n</main>\n<footer>{{$footer}}chân{{/footer}}</footer>\n"
        let page = "{{< frame}}\nbỏ qua\n{{$main}}\n<h1>{{title}}</h1>\n{{/main}}\n{{/frame}}\n"
        #expect(try render(page, ["title": "Tiêu đề"], partials: ["frame": layout])
            == "<main>\n<h1>Tiêu đề</h1>\n\n</main>\n<footer>chân</footer>\n")
    }

    @Test func delimitersCanChange() throws {
        #expect(try render("{{=<% %>=}}<% x %> {{x}}<%={{ }}=%> {{x}}", ["x": "1"]) == "1 {{x}} 1")
    }

    @Test func syntaxErrorsNameFileLineAndColumn() {
        #expect(failure(["unit.mustache": "<p>\n  {{#a}}\n</p>\n"])?.hasPrefix("templates/unit.mustache:2:3: error: mẫu Mustache không hợp lệ: thẻ {{…a}} mở ở đây chưa được đóng") == true)
        #expect(failure(["unit.mustache": "{{#a}}\n{{/b}}\n"])?.hasPrefix("templates/unit.mustache:2:4: error:") == true)
        #expect(failure(["unit.mustache": "{{#a}}\n{{/b}}\n"])?.contains("thẻ mở {{#a}} ở dòng 1") == true)
        #expect(failure(["unit.mustache": "x {{name\n"])?.hasPrefix("templates/unit.mustache:1:") == true)
        #expect(failure(["unit.mustache": "{{uppercased(name)}}"])?.contains("hàm") == true)
        #expect(failure(["unit.mustache": "a\n{{> khong-co}}"])?.hasPrefix("templates/unit.mustache:2:1: error:") == true)
        #expect(failure(["unit.mustache": "{{< base}}{{#x}}{{/x}}{{/base}}"])?.contains("chỉ được có các khối") == true)
        // Nesting without end is refused at the tag that goes too deep, rather than overflowing the stack.
        let deep = String(repeating: "{{#a}}", count: 100_000) + String(repeating: "{{/a}}", count: 100_000)
        #expect(failure(["unit.mustache": deep])?.hasPrefix("templates/unit.mustache:1:601: error:") == true)
        let fine = String(repeating: "{{#a}}", count: 50) + "x" + String(repeating: "{{/a}}", count: 50)
        #expect(failure(["unit.mustache": fine]) == nil)
    }

    @Test func recursionIsRefusedWithTheChain() {
        // A partial that includes itself.
        let itself = failure(["partials/row.mustache": "<tr>\n{{#rows}}{{> row}}{{/rows}}</tr>", "unit.mustache": "{{> row}}"])
        #expect(itself?.hasPrefix("templates/partials/row.mustache:2:10: error:") == true, "\(itself ?? "")")
        #expect(itself?.contains("row → row") == true)
        // Two partials that include each other.
        let loop = failure(["partials/a.mustache": "{{> b}}", "partials/b.mustache": "x\n  {{> a}}"])
        #expect(loop?.contains("a → b → a") == true, "\(loop ?? "")")
        #expect(loop?.hasPrefix("templates/partials/b.mustache:2:3: error:") == true)
        // A layout that includes itself, directly or through a partial.
        #expect(failure(["layouts/base.mustache": "{{< base}}{{/base}}"])?.contains("base → base") == true)
        #expect(failure(["layouts/base.mustache": "<body>{{> site-header}}{{$main}}{{/main}}</body>",
                         "partials/site-header.mustache": "{{< base}}{{/base}}"])?.contains("base → site-header → base") == true)
        // A block filled with something that shows the same block.
        let block = failure(["unit.mustache": "{{< base}}\n{{$main}}{{< base}}{{/base}}{{/main}}\n{{/base}}"])
        #expect(block?.contains("khối {{$main}} được điền bằng chính nó") == true, "\(block ?? "")")
        // Recursion that is not there: two pages sharing a partial, a partial used twice.
        #expect(failure(["unit.mustache": "{{> row}}{{> row}}", "units.mustache": "{{> row}}", "partials/row.mustache": "r"]) == nil)
    }

    @Test func theShippedTemplatesCompile() throws {
        _ = try PageRenderer(templates: .builtIn)
    }
}

/// The engine through `bantin build` on a temporary site: a site's own `templates/` files replace
/// the built-in ones of the same path (the rest stay built in), and a broken or recursive
/// template stops the build with its path, exit status 1 and the previous `public/` untouched.
@Suite(.serialized) struct TemplateOverrideTests {
    static let conclusion = "---\ntitle: Kết luận <thử> & \"nháy\"\n---\nTHÔNG BÁO\n\nKết luận thử\n\nSáng ngày 05 tháng 3 năm 2026, hội nghị.\n"

    @Test func aSiteTemplateReplacesTheBuiltInOne() throws {
        let footer = "<footer class=\"rieng\">{{site.title}} — {{page.title}}</footer>\n"
        let site = try TemporarySite(["content/a.md": Self.conclusion, "templates/partials/site-footer.mustache": footer])
        defer { site.remove() }
        let result = try site.run(["build", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try site.read("public/ket-luan/a.html")
        // The site's footer, with the title escaped once; the built-in header and layout around it.
        #expect(page.contains("<footer class=\"rieng\">"))
        #expect(page.contains("— Kết luận &lt;thử&gt; &amp; &quot;nháy&quot;</footer>"))
        #expect(!page.contains("Trang tạo bởi bantin"))
        #expect(page.contains("<a class=\"skip-link\" href=\"#noi-dung\">"))
        #expect(try site.read("public/index.html").contains("<footer class=\"rieng\">"))
    }

    /// Breaks a good site with `templates` and checks the error and that nothing was replaced.
    func expectRefused(_ templates: [String: String], _ expected: [String]) throws {
        let site = try TemporarySite(["content/a.md": Self.conclusion])
        defer { site.remove() }
        #expect(try site.run(["build", "--quiet"]).status == 0)
        let before = try site.read("public/ket-luan/a.html")
        for (path, text) in templates { try site.write("templates/\(path)", Array(text.utf8)) }
        let result = try site.run(["build", "--quiet"])
        // 1, not a signal: a recursion must never reach the renderer.
        #expect(result.status == 1, "\(result.stderr)")
        for part in expected { #expect(result.stderr.contains(part), "stderr: \(result.stderr)") }
        #expect(try site.read("public/ket-luan/a.html") == before)
    }

    @Test func aPartialIncludingItself() throws {
        try expectRefused(["partials/site-footer.mustache": "<footer>\n{{#site.title}}{{> site-footer}}{{/site.title}}\n</footer>\n"],
                          ["templates/partials/site-footer.mustache:2:16: error:", "site-footer → site-footer"])
    }

    @Test func twoPartialsIncludingEachOther() throws {
        try expectRefused(["partials/site-header.mustache": "<header>{{> menu}}</header>\n",
                           "partials/menu.mustache": "<nav>\n  {{> site-header}}\n</nav>\n"],
                          ["error: mẫu Mustache không hợp lệ", "site-header → menu → site-header"])
    }

    @Test func aLayoutIncludingItself() throws {
        try expectRefused(["layouts/base.mustache": "<html>{{< base}}{{$main}}x{{/main}}{{/base}}</html>\n"],
                          ["templates/layouts/base.mustache:1:7: error:", "base → base"])
    }

    @Test func aMissingPartial() throws {
        try expectRefused(["bulletin.mustache": "{{< base}}\n{{$main}}\n<p>\n  {{> khong-co}}\n</p>\n{{/main}}\n{{/base}}\n"],
                          ["templates/bulletin.mustache:4:3: error:", "không có mẫu “khong-co”"])
    }
}
