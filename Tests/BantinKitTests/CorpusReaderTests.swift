import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinRender
@testable import BantinSite

/// The reader over the extraction corpus: the meeting date, the planned period and the task items of
/// each conclusion as the expected files record them (Fixtures/corpus/README.md).
struct CorpusReaderTests {
    struct Expected: Decodable {
        struct Period: Decodable { var start: String; var end: String }
        struct Task: Decodable { var ordinal: Int; var label: String }
        var source: String
        var meetingDate: String
        var period: Period?
        var tasks: [Task]
    }

    static let folder = Package.fixtures.appendingPathComponent("corpus")
    static let names: [String] = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
        .filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) }.sorted() ?? []

    static func read(_ name: String) throws -> (ConclusionDocument, Expected) {
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("\(name).expected.json")))
        let bytes = Array(try Data(contentsOf: folder.appendingPathComponent("\(name).md")))
        let text = try SourceText.decode(bytes, path: "\(name).md", maximumBytes: 1 << 20)
        let source = try SourceLoading.document(text, path: "\(name).md", relativePath: "\(name).md").document
        return (try DocumentReading.read(source, options: .init()).document, expected)
    }

    @Test func corpusIsPresent() { #expect(Self.names.count >= 14) }

    @Test(arguments: names)
    func meetingDateAndPeriod(name: String) throws {
        let (document, expected) = try Self.read(name)
        #expect(document.meta.meetingDate?.iso == expected.meetingDate)
        if let period = expected.period {
            #expect(document.meta.period?.lowerBound.iso == period.start)
            #expect(document.meta.period?.upperBound.iso == period.end)
        }
    }

    @Test(arguments: names)
    func taskItems(name: String) throws {
        let (document, expected) = try Self.read(name)
        let labelled = expected.tasks.filter { !$0.label.isEmpty }
        if labelled.count == expected.tasks.count {
            #expect(document.rawTasks.map(\.label) == expected.tasks.map(\.label))
        } else {
            // Table rows and ";"-separated directives carry no label of their own.
            #expect(!document.rawTasks.isEmpty)
        }
        #expect(document.meta.typeName != nil)
        #expect(document.meta.signer != nil)
    }
}
