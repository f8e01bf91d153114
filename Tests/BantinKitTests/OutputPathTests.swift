import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// Every output path has one source: two pages on one path are an error naming both, and the
/// path map lists exactly the files the renderer makes.
struct OutputPathTests {
    static let good = "THÔNG BÁO\n\nKết luận thử\n\nSáng ngày 05 tháng 3 năm 2026, hội nghị.\n"

    static func input(_ sources: [String: String], units: String? = nil, templates: TemplateSet = .builtIn) -> SiteInput {
        SiteInput(sources: sources.keys.sorted().map { .init(path: "content/\($0)", relativePath: $0, bytes: Array(sources[$0]!.utf8)) },
                  templates: templates, unitsFile: units.map { ("units.yml", $0) })
    }

    static func errors(_ input: SiteInput) -> [String] {
        guard case .failure(let failure) = SiteBuild.build(input) else { return [] }
        return failure.errors.map(\.description)
    }

    @Test func aUnitWithTheIdIndexWouldOverwriteTheListOfUnits() {
        let units = "units:\n  - id: xom-dong\n    name: Xóm Đông\n    kind: thon-xom\n  - id: index\n    name: Tổ dân phố Index\n    kind: thon-xom\n"
        #expect(Self.errors(Self.input(["a.md": Self.good], units: units)) == [
            "units.yml:5: error: trùng địa chỉ trang don-vi/index.html với trang danh sách đơn vị của bantin; đổi mã đơn vị “index” trong units.yml",
        ])
    }

    @Test func twoConclusionsWithOneSlugAreAnErrorAtTheSecondNamingTheFirst() {
        let errors = Self.errors(Self.input(["a.md": Self.good, "2026/a.md": Self.good, "b.md": "---\nslug: a\n---\n" + Self.good]))
        #expect(errors == [
            "content/a.md:1: error: trùng địa chỉ trang ket-luan/a.html với content/2026/a.md; đổi tên tệp hoặc đặt \"slug:\" khác trong phần đầu YAML",
            "content/b.md:1: error: trùng địa chỉ trang ket-luan/a.html với content/2026/a.md; đổi tên tệp hoặc đặt \"slug:\" khác trong phần đầu YAML",
        ])
    }

    @Test func aTemplateAssetNamedLikeAGeneratedFileIsAnError() {
        var templates = TemplateSet.builtIn
        templates.files["assets/tim-kiem/muc-luc.js"] = Array("window.x = 1;\n".utf8)
        #expect(Self.errors(Self.input(["a.md": Self.good], templates: templates)) == [
            "templates/assets/tim-kiem/muc-luc.js: error: trùng địa chỉ trang assets/tim-kiem/muc-luc.js với trang chỉ mục tìm kiếm của bantin; đổi tên tệp này trong thư mục mẫu",
        ])
    }

    /// Whatever two owners claim one path — any of the example site's paths — the map reports it.
    @Test func anyTwoOwnersOfOnePathCollide() throws {
        let site = try SiteBuild.prepare(try ExampleSite.input()).get()
        #expect(site.model.outputs.collisions.isEmpty)
        for path in site.outputPaths {
            var map = site.model.outputs
            map.add(path, OutputPathMap.Owner(location: "content/khac.md", line: 1, advice: "đổi tên tệp"))
            let first = try #require(map.owner(of: path))
            #expect(map.collisions.map(\.description) == ["content/khac.md:1: error: trùng địa chỉ trang \(path) với \(first.name); đổi tên tệp"])
        }
    }

    /// The map is complete: the renderer writes exactly its paths, each once.
    @Test func theRendererWritesExactlyThePathsOfTheMap() throws {
        var input = try ExampleSite.input()
        input.config.baseURL = "https://noibo.xa.vn/bantin/"
        let site = try SiteBuild.prepare(input).get()
        let written = site.files().map(\.path)
        #expect(written == site.outputPaths.sorted())
        #expect(Set(written).count == written.count)
        #expect(written.contains(SitePaths.sitemap))
    }

    /// Pages streamed into the staging writer are the pages made in memory, byte for byte, and
    /// the writer refuses a path the map does not list.
    @Test func streamedPagesAreThePagesMadeInMemory() throws {
        let site = try SiteBuild.prepare(try ExampleSite.input()).get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try StagingWriter(folder: folder.path, paths: site.outputPaths)
        let summary = try site.render(into: writer)
        let files = site.files()
        #expect(summary.files == files.count)
        // Every page took some time to render and write, and reading the example took some too.
        #expect(summary.times[.render] > .zero && summary.times[.write] > .zero)
        #expect(site.times[.read] > .zero && site.times[.extract] > .zero && site.times[.assemble] > .zero)
        for file in files {
            #expect(Array(try Data(contentsOf: folder.appendingPathComponent(file.path))) == file.contents, "\(file.path)")
        }
        #expect(throws: OutputWriteError.self) { try writer.write(OutputFile(path: "khac.html", text: "x")) }
        #expect(throws: OutputWriteError.self) { _ = try StagingWriter(folder: folder.path, paths: ["../ra-ngoai.html"]) }
    }
}

/// The read API reads and extracts only: `bantin tasks` renders no page and no body.
@Suite(.serialized) struct ReadAPITests {
    @Test func readingKeepsTheMarkdownAndNoHTML() throws {
        let read = try SiteReading.read(try ExampleSite.input()).get()
        let conclusion = try #require(read.conclusions.first)
        #expect(conclusion.tasks.count == 8)
        #expect(conclusion.body.contains("Một là, "))
        #expect(!conclusion.body.contains("<p>") && !conclusion.body.contains("<span"))
    }

    /// A template that cannot be parsed stops `build` at once; `tasks` never gets to templates.
    @Test func tasksWorksWhereRenderingWouldFail() throws {
        let site = try TemporarySite([
            "content/a.md": "THÔNG BÁO\n\nKết luận thử\n\nIII. Nhiệm vụ trọng tâm tháng 3/2026\n\nMột là, Công an xã chủ trì ra quân trước ngày 15/3/2026.\n",
            "templates/bulletin.mustache": "<p>{{#mo}}</p>\n",
        ])
        defer { site.remove() }
        let build = try site.run(["build"])
        #expect(build.status != 0)
        #expect(build.stderr.contains("templates/bulletin.mustache"), "\(build.stderr)")
        let tasks = try site.run(["tasks", "--format", "json"])
        #expect(tasks.status == 0, "\(tasks.stderr)")
        #expect(tasks.stdout.contains("\"id\": \"a-nv-1\""))
        #expect(tasks.stdout.contains("\"id\": \"cax\""))
        #expect(!tasks.stdout.contains("<"))
    }

    /// A logo in templates/assets/ is copied byte for byte, whatever its bytes.
    @Test func binaryAssetsAreCopiedAsTheyAre() throws {
        let logo: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0xFE, 0x80, 0x0D, 0x0A]
        let site = try TemporarySite(["content/a.md": OutputPathTests.good], bytes: ["templates/assets/logo.png": logo])
        defer { site.remove() }
        let result = try site.run(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Array(try Data(contentsOf: site.root.appendingPathComponent("public/assets/logo.png"))) == logo)
        #expect(site.exists("public/assets/bantin.css"), "the other assets still come from the built-in set")
    }
}
