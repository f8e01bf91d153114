import Foundation
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// Paths of the package, found from this file's location.
enum Package {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/BantinKitTests/Fixtures")
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The `bantin` executable built next to the tests.
    static var executable: URL {
        let candidates = [".build/debug/bantin", ".build/x86_64-unknown-linux-gnu/debug/bantin", ".build/release/bantin"]
        return candidates.map { root.appendingPathComponent($0) }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? root.appendingPathComponent(candidates[0])
    }
}

/// A site in a fresh temporary folder, made from a `[path: contents]` map.
struct TemporarySite {
    let root: URL

    init(_ files: [String: String] = [:], bytes: [String: [UInt8]] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-test-\(UUID().uuidString)")
        for (path, text) in files { try write(path, Array(text.utf8)) }
        for (path, data) in bytes { try write(path, data) }
    }

    func write(_ path: String, _ bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// Runs the `bantin` executable in the site folder.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        for (k, v) in environment { env[k] = v }
        let result = try runTool(Package.executable.path, arguments, in: root, environment: env)
        return (result.status, result.output, result.error)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// The example site of the repository (bantin.yml and content/), loaded as a build input.
enum ExampleSite {
    static func input(buildDate: CivilDate? = nil) throws -> SiteInput {
        var input = try SiteLoader.load(SiteLayout(root: Package.root), environment: [:])
        input.buildDate = buildDate
        return input
    }

    static func build() throws -> BuildOutput {
        try SiteBuild.build(try input()).get()
    }
}

extension BuildOutput {
    func file(_ path: String) -> String? {
        files.first { $0.path == path }.map { String(decoding: $0.contents, as: UTF8.self) }
    }
}

/// Compares `actual` with a golden file under Fixtures/golden; `BANTIN_RECORD_GOLDEN=1` rewrites it.
func matchesGolden(_ actual: String, named name: String) throws -> Bool {
    let url = Package.fixtures.appendingPathComponent("golden/\(name)")
    if ProcessInfo.processInfo.environment["BANTIN_RECORD_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return true
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if expected != actual {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("actual-\(name)")
        try? actual.write(to: out, atomically: true, encoding: .utf8)
        print("golden mismatch: diff \(url.path) \(out.path)  (BANTIN_RECORD_GOLDEN=1 swift test to accept)")
    }
    return expected == actual
}

/// Facts of the seed conclusion that several tests use.
enum Seed {
    /// The month its tasks section plans: "Nhiệm vụ trọng tâm tháng 02/2026".
    static let february = CivilDate(year: 2026, month: 2, day: 1)!...CivilDate(year: 2026, month: 2, day: 28)!
}
