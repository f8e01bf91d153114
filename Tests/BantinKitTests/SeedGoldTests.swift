import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// The seed conclusion through the real pipeline, against the hand-checked gold file in shared/
/// (read at test time): every listed unit with its role, every listed deadline with its kind and
/// date, the inferred end of the planned month on every task, no deadline from a `not_dates` phrase.
struct SeedGoldTests {
    struct Gold: Decodable {
        struct Unit: Decodable { var unit: String; var role: String }
        struct Deadline: Decodable { var kind: String; var date: String?; var contains: String?; var text: String }
        struct Task: Decodable {
            var ordinal: Int
            var units: [Unit]
            var implied_ok: [String]
            var deadlines: [Deadline]
        }
        struct Meta: Decodable {
            struct Period: Decodable { var start: String; var end: String }
            var meeting_date: String
            var period: Period
        }
        var meta: Meta
        var tasks: [Task]
        var not_dates: [String]
    }

    /// A copy of shared/gold, so the tests run wherever the repository is cloned; the test below
    /// keeps the copy equal to the original when shared/ sits beside the repository.
    static let goldURL = Package.fixtures.appendingPathComponent("gold/000_e042ceca0cb7d494.expected.json")

    @Test func goldCopyMatchesTheSharedOriginal() throws {
        let original = Package.shared.appendingPathComponent("gold/000_e042ceca0cb7d494.expected.json")
        guard FileManager.default.fileExists(atPath: original.path) else { return }
        #expect(try Data(contentsOf: original) == Data(contentsOf: Self.goldURL))
    }

    static func gold() throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
    }

    static func tasks() throws -> [TaskItem] {
        let bytes = Array(try Data(contentsOf: Package.fixtures.appendingPathComponent("seed.md")))
        return try CorpusExtractionTests.extractTasks(bytes, name: "seed")
    }

    /// The gold names units ("Ủy ban MTTQ xã", "Xóm"); the registry gives their ids.
    static func id(_ name: String) throws -> String {
        try #require(UnitRegistry.standard.resolve(name), "no unit for «\(name)»")
    }

    @Test func everyGoldTaskIsExtracted() throws {
        #expect(try Self.tasks().map(\.ordinal) == Self.gold().tasks.map(\.ordinal))
    }

    @Test func unitsAndRoles() throws {
        let tasks = try Self.tasks()
        for item in try Self.gold().tasks {
            let task = try #require(tasks.first { $0.ordinal == item.ordinal })
            let named = Set(task.units.filter { !$0.implied }.map { [$0.unitID, $0.role.rawValue] })
            let wanted = Set(try item.units.map { [try Self.id($0.unit), $0.role] })
            #expect(named == wanted, "task \(item.ordinal): extra \(named.subtracting(wanted)), missing \(wanted.subtracting(named))")
            let allowed = Set(try item.implied_ok.map(Self.id))
            let implied = Set(task.units.filter(\.implied).map(\.unitID))
            #expect(implied.isSubset(of: allowed), "task \(item.ordinal): implied \(implied.subtracting(allowed))")
        }
    }

    @Test func statedDeadlines() throws {
        let tasks = try Self.tasks()
        for item in try Self.gold().tasks {
            let task = try #require(tasks.first { $0.ordinal == item.ordinal })
            let stated = task.deadlines.filter { !$0.inferred }
            #expect(stated.count == item.deadlines.count, "task \(item.ordinal): \(stated.map(\.text))")
            for wanted in item.deadlines {
                let found = stated.contains { deadline in
                    guard deadline.kind.rawValue == wanted.kind else { return false }
                    if let date = wanted.date { return deadline.start?.iso == date && deadline.end?.iso == date }
                    guard let day = wanted.contains.flatMap(CivilDate.init(iso:)), let start = deadline.start, let end = deadline.end
                    else { return false }
                    return start <= day && day <= end
                }
                #expect(found, "task \(item.ordinal): «\(wanted.text)» \(wanted.kind) \(wanted.date ?? wanted.contains ?? "")")
            }
        }
    }

    @Test func everyTaskInheritsTheEndOfThePlannedMonth() throws {
        let end = try Self.gold().meta.period.end
        #expect(end == "2026-02-28")
        for task in try Self.tasks() {
            let inferred = task.deadlines.filter(\.inferred)
            #expect(inferred.map { [$0.kind.rawValue, $0.start?.iso, $0.end?.iso] } == [["due", end, end]], "task \(task.ordinal)")
        }
    }

    @Test func notDatesGiveNoDeadline() throws {
        let tasks = try Self.tasks()
        // "năm 2025 (tổng kết … is the period reviewed …)": the phrase is before the explanation.
        let phrases = try Self.gold().not_dates.map { $0.components(separatedBy: " (").first ?? $0 }
        var seen = 0
        for task in tasks {
            for phrase in phrases {
                for range in CorpusExtractionTests.occurrences(of: phrase, in: task.text) {
                    seen += 1
                    let overlapping = task.deadlines.filter { $0.range.map { $0.overlaps(range) } ?? false }
                    #expect(overlapping.isEmpty, "task \(task.ordinal): «\(phrase)» read as \(overlapping.map(\.text))")
                }
            }
        }
        #expect(seen >= 5)  // the phrases are really in the task texts
    }
}
