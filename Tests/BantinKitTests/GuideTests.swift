import Foundation
import Testing

/// docs/huong-dan.md, the office's guide: every command of its `sh` blocks is run, in order, in a
/// copy of the example site with the built `bantin` on the PATH (`serve` and `build --watch` briefly);
/// the root-only commands of its `sh-root` blocks name make targets and files that exist.
@Suite struct GuideTests {
    struct Block {
        var info: String
        var lines: [String]
    }

    static func guide() throws -> String {
        try String(contentsOf: Package.root.appendingPathComponent("docs/huong-dan.md"), encoding: .utf8)
    }

    static func blocks(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var current: Block?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                if let block = current { blocks.append(block); current = nil } else { current = Block(info: String(line.dropFirst(3)), lines: []) }
            } else {
                current?.lines.append(line)
            }
        }
        return blocks
    }

    /// A command line without its comment, and the exit status the comment promises ("mã thoát 1").
    static func command(_ line: String) -> (command: String, status: Int32)? {
        let parts = line.split(separator: "#", maxSplits: 1)
        let command = parts.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard !command.isEmpty else { return nil }
        let comment = parts.count > 1 ? String(parts[1]) : ""
        let status = comment.range(of: "mã thoát ").flatMap { Int32(comment[$0.upperBound...].prefix(while: \.isNumber)) } ?? 0
        return (command, status)
    }

    @Test func everyCommandOfTheGuideRuns() throws {
        let text = try Self.guide()
        let commands = Self.blocks(text).filter { $0.info == "sh" }.flatMap { $0.lines.compactMap(Self.command) }
        #expect(commands.count >= 15, "\(commands)")

        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-guide-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("xa"), bin = root.appendingPathComponent("bin")
        let fm = FileManager.default
        try fm.createDirectory(at: site, withIntermediateDirectories: true)
        try fm.createDirectory(at: bin, withIntermediateDirectories: true)
        for name in ["bantin.yml", "units.yml", "content", "templates"] {
            try fm.copyItem(at: Package.root.appendingPathComponent(name), to: site.appendingPathComponent(name))
        }
        // The Word file the guide imports.
        try fm.copyItem(at: Package.fixtures.appendingPathComponent("formats/05-bau-cu.libreoffice.docx"),
                        to: site.appendingPathComponent("bao-cao-thang-03.docx"))
        try fm.createSymbolicLink(at: bin.appendingPathComponent("bantin"), withDestinationURL: Package.executable)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")

        for (command, expected) in commands {
            let words = command.split(separator: " ").map(String.init)
            #expect(words.first == "bantin", "\(command): the guide's commands are bantin's")
            if words.dropFirst().first == "serve" || words.contains("--watch") {
                try Self.runBriefly(Array(words.dropFirst()), in: site)
                continue
            }
            let result = try runTool("/bin/sh", ["-c", command], in: site, environment: environment)
            #expect(result.status == expected, "\(command) → \(result.status)\n\(result.output)\n\(result.error)")
        }
        // What the commands were said to make.
        for made in ["content/ket-luan-thang-03-2026.md", "content/ket-luan-thang-04-2026.md", "content/bao-cao-thang-03.md",
                     "public/index.html", "nhiem-vu.csv", "bang-tien-do.xlsx", "bang-tien-do.csv"] {
            #expect(fm.fileExists(atPath: site.appendingPathComponent(made).path), "\(made)")
        }
        #expect(fm.fileExists(atPath: root.appendingPathComponent("chung/bantin/index.html").path))
    }

    /// `serve` answers a page, `build --watch` starts watching; both stop on SIGTERM with status 0.
    static func runBriefly(_ arguments: [String], in site: URL) throws {
        let serving = arguments.first == "serve"
        let process = try BackgroundProcess(arguments + (serving ? ["--port", "0"] : []), in: site)
        defer { process.stop() }
        if serving {
            var port: Int?
            process.wait(upTo: 30) {
                if let start = process.stdout.range(of: "http://127.0.0.1:") {
                    port = Int(process.stdout[start.upperBound...].prefix(while: \.isNumber))
                }
                return port != nil
            }
            let page = try #require(port.flatMap { ServeTests.get($0, "/") }, "\(process.stderr)")
            #expect(page.status == 200)
        } else {
            #expect(process.wait(upTo: 30) { process.stderr.contains("đang theo dõi") }, "\(process.stderr)")
        }
        #expect(process.stop() == 0)
    }

    /// Root-only commands cannot run here: they must at least name what exists.
    @Test func rootCommandsNameRealTargetsAndFiles() throws {
        let text = try Self.guide()
        let makefile = try String(contentsOf: Package.root.appendingPathComponent("Makefile"), encoding: .utf8)
        let version = try InstallTests.sourceVersion()
        let lines = Self.blocks(text).filter { $0.info == "sh-root" }.flatMap { $0.lines.compactMap(Self.command) }.map(\.command)
        #expect(!lines.isEmpty)
        for line in lines {
            let words = line.split(separator: " ").map(String.init).filter { $0 != "sudo" }
            if words.first == "make", let target = words.dropFirst().first {
                #expect(makefile.contains("\n\(target):"), "make \(target)")
            }
            for word in words where word.hasPrefix("docs/") || word.hasPrefix("./dist/") {
                if word.hasPrefix("./dist/") {
                    #expect(word == "./dist/bantin_\(version)_amd64.deb", "\(word)")
                } else {
                    #expect(FileManager.default.fileExists(atPath: Package.root.appendingPathComponent(word).path), "\(word)")
                }
            }
        }
        // No bantin command hides in a block that is not run.
        for block in Self.blocks(text) where block.info != "sh" {
            #expect(!block.lines.contains { $0.hasPrefix("bantin ") }, "\(block.info): \(block.lines)")
        }
    }

    @Test func linkedFromTheReadmeWithItsScreenshots() throws {
        let readme = try String(contentsOf: Package.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("(docs/huong-dan.md)"))
        let text = try Self.guide()
        var images = 0
        for part in text.components(separatedBy: "](anh/").dropFirst() {
            let name = String(part.prefix { $0 != ")" })
            #expect(FileManager.default.fileExists(atPath: Package.root.appendingPathComponent("docs/anh/\(name)").path), "\(name)")
            images += 1
        }
        #expect(images >= 4)
    }
}
