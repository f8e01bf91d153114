import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// Extraction through the real pipeline (`DocumentReading`, then `ConclusionExtraction`) over every corpus
/// conclusion, compared exactly with its hand-checked expected file (Fixtures/corpus/README.md):
/// per task, the named units with their roles, the deadlines with kind, dates and whether they are
/// inferred, and no deadline read from a `not_dates` phrase.
struct CorpusExtractionTests {
    struct Expected: Decodable {
        struct Unit: Decodable { var id: String; var role: String }
        struct Deadline: Decodable { var kind: String; var start: String?; var end: String?; var inferred: Bool }
        struct Task: Decodable {
            var ordinal: Int
            var units: [Unit]
            var implied_ok: [String]?
            var deadlines: [Deadline]
        }
        var tasks: [Task]
        var not_dates: [String]?
    }

    /// A deadline as the expected files write it.
    struct DeadlineKey: Hashable, CustomStringConvertible {
        var kind: String
        var start: String?
        var end: String?
        var inferred: Bool
        var description: String { "\(kind) \(start ?? "–")…\(end ?? "–")\(inferred ? " (suy ra)" : "")" }
    }

    static let folder = Package.fixtures.appendingPathComponent("corpus")
    static let names = CorpusReaderTests.names

    /// Reads and extracts one corpus file as `bantin build` does, with the built-in units.
    static func extract(_ name: String) throws -> [TaskItem] {
        let bytes = Array(try Data(contentsOf: folder.appendingPathComponent("\(name).md")))
        return try extractTasks(bytes, name: name)
    }

    static func extractTasks(_ bytes: [UInt8], name: String, units: (path: String, text: String)? = nil) throws -> [TaskItem] {
        let text = try SourceText.decode(bytes, path: "\(name).md", maximumBytes: 1 << 20)
        let source = try SourceLoading.document(text, path: "\(name).md", relativePath: "\(name).md").document
        let document = try DocumentReading.read(source, options: .init()).document
        return ConclusionExtraction.tasks(of: document, conclusionID: name, source: source, registry: try Self.registry(units)).tasks
    }

    /// The built-in units, with a site's units file when given.
    static func registry(_ units: (path: String, text: String)?) throws -> UnitRegistry {
        var warnings: [Diagnostic] = []
        return try SiteReading.units(units, warnings: &warnings).registry
    }

    static func expected(_ name: String) throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("\(name).expected.json")))
    }

    /// Named units by (id, role); implied ones apart.
    static func units(_ tasks: [TaskItem]) -> (named: Set<[String]>, implied: Set<String>) {
        var named: Set<[String]> = []
        var implied: Set<String> = []
        for task in tasks {
            for unit in task.units {
                if unit.implied { implied.insert(unit.unitID) } else { named.insert([unit.unitID, unit.role.rawValue]) }
            }
        }
        return (named, implied)
    }

    static func deadlines(_ tasks: [TaskItem]) -> Set<DeadlineKey> {
        Set(tasks.flatMap(\.deadlines).map {
            DeadlineKey(kind: $0.kind.rawValue, start: $0.start?.iso, end: $0.end?.iso, inferred: $0.inferred)
        })
    }

    @Test func everyConclusionHasAnExpectedFile() {
        #expect(Self.names.count >= 14)
    }

    @Test(arguments: names)
    func unitsAndRoles(name: String) throws {
        let tasks = try Self.extract(name)
        let expected = try Self.expected(name)
        // Items split into several tasks keep one ordinal; none is expected in the corpus.
        #expect(Set(tasks.map(\.ordinal)) == Set(expected.tasks.map(\.ordinal)))
        for item in expected.tasks {
            let found = Self.units(tasks.filter { $0.ordinal == item.ordinal })
            let wanted = Set(item.units.map { [$0.id, $0.role] })
            #expect(found.named == wanted, "\(name) task \(item.ordinal): extra \(found.named.subtracting(wanted).sorted { $0.lexicographicallyPrecedes($1) }), missing \(wanted.subtracting(found.named).sorted { $0.lexicographicallyPrecedes($1) })")
            let allowed = Set(item.implied_ok ?? [])
            #expect(found.implied.isSubset(of: allowed), "\(name) task \(item.ordinal): implied \(found.implied.subtracting(allowed).sorted()) not in implied_ok")
        }
    }

    @Test(arguments: names)
    func deadlines(name: String) throws {
        let tasks = try Self.extract(name)
        let expected = try Self.expected(name)
        for item in expected.tasks {
            let found = Self.deadlines(tasks.filter { $0.ordinal == item.ordinal })
            let wanted = Set(item.deadlines.map { DeadlineKey(kind: $0.kind, start: $0.start, end: $0.end, inferred: $0.inferred) })
            #expect(found == wanted, "\(name) task \(item.ordinal): extra \(found.subtracting(wanted).map(\.description).sorted()), missing \(wanted.subtracting(found).map(\.description).sorted())")
        }
    }

    @Test(arguments: names)
    func notDatesGiveNoDeadline(name: String) throws {
        let tasks = try Self.extract(name)
        let phrases = try Self.expected(name).not_dates ?? []
        for task in tasks {
            for phrase in phrases {
                for range in Self.occurrences(of: phrase, in: task.text) {
                    let overlapping = task.deadlines.filter { $0.range.map { $0.overlaps(range) } ?? false }
                    #expect(overlapping.isEmpty, "\(name) task \(task.ordinal): «\(phrase)» read as \(overlapping.map(\.text))")
                }
            }
        }
    }

    /// UTF-8 ranges of `phrase` in `text`, compared folded (NFD files, "Ủy"/"Uỷ").
    static func occurrences(of phrase: String, in text: String) -> [Range<Int>] {
        let folded = FoldedText(text)
        let key = FoldedText(phrase).bytes
        guard !key.isEmpty, folded.bytes.count >= key.count else { return [] }
        return (0...(folded.bytes.count - key.count)).filter { folded.bytes[$0..<$0 + key.count].elementsEqual(key) }
            .map { folded.originalRange($0..<$0 + key.count) }
    }

    /// A single named hamlet or party cell is its group unless the site declares it; then it is
    /// the site's own unit (corpus README, "Units").
    @Test func aNamedHamletIsTheGroupUnlessTheSiteDeclaresIt() throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent("14-so-ket-6-thang.md")))
        let plain = try Self.extractTasks(bytes, name: "14")
        #expect(plain[0].units.contains { $0.unitID == "xom" && $0.role == .concerned })
        let site = """
        units:
          - id: xom-dong-tien
            name: Xóm Đồng Tiến
            kind: thon-xom
          - id: chi-bo-xom-trung-hoa
            name: Chi bộ xóm Trung Hòa
            kind: chi-bo
        """
        let declared = try Self.extractTasks(bytes, name: "14", units: ("units.yml", site))
        #expect(declared[0].units.contains { $0.unitID == "xom-dong-tien" && $0.role == .concerned })
        #expect(!declared[0].units.contains { $0.unitID == "xom" })

        let cell = Array(try Data(contentsOf: Self.folder.appendingPathComponent("04-kiem-tra-chi-bo.md")))
        #expect(try Self.extractTasks(cell, name: "04")[0].units.first?.unitID == "chi-bo")
        let declaredCell = try Self.extractTasks(cell, name: "04", units: ("units.yml", site))[0].units
        #expect(declaredCell.first.map { [$0.unitID, $0.role.rawValue] } == ["chi-bo-xom-trung-hoa", "lead"])
        #expect(!declaredCell.contains { $0.unitID == "xom" || $0.unitID == "xom-dong-tien" })
    }
}
