import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit
@testable import BantinSite

/// The binary form of the document cache (`BinaryCoding`): every reading comes back equal, any
/// order of keys decodes, and damaged bytes are an error, never a crash or a wrong value.
@Suite struct BinaryCodingTests {
    /// Every real text of the test set and the example site, read, encoded and decoded.
    static func readings() throws -> [(name: String, entry: DocumentCache.Entry)] {
        var folders = [Package.root.appendingPathComponent("content")]
        let real = Package.root.appendingPathComponent("Tests/BantinKitTests/Fixtures/real")
        for name in try FileManager.default.contentsOfDirectory(atPath: real.path).sorted() where !name.hasSuffix(".md") {
            folders.append(real.appendingPathComponent(name).appendingPathComponent("content"))
        }
        var readings: [(String, DocumentCache.Entry)] = []
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".md") {
                let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
                let file = SiteInput.SourceFile(path: "content/" + name, relativePath: name, bytes: bytes, format: .markdown)
                guard case .success(let (conclusion, warnings)) = DocumentReading.read(file, options: .init(), registry: .standard) else { continue }
                readings.append((name, DocumentCache.Entry(version: "v", key: "k", reading: .init(
                    conclusion: conclusion, warnings: warnings, derived: ConclusionDerivation.of(conclusion),
                    taskKeys: DocumentCache.taskKeys(of: conclusion)))))
            }
        }
        return readings
    }

    @Test func everyReadingComesBackEqual() throws {
        let readings = try Self.readings()
        #expect(readings.count > 140, "the real set and the example site")
        var tasks = 0
        for (name, entry) in readings {
            let decoded = try BinaryCoding.decode(DocumentCache.Entry.self, from: try BinaryCoding.encode(entry))
            #expect(decoded.reading.conclusion == entry.reading.conclusion, "\(name)")
            #expect(decoded.reading.warnings == entry.reading.warnings, "\(name)")
            #expect(decoded.reading.derived == entry.reading.derived, "\(name)")
            tasks += decoded.reading.conclusion.tasks.count
        }
        #expect(tasks > 300)
    }

    enum Shape: Codable, Equatable {
        case empty
        case point(x: Double, y: Int)
        case named(String, [String: Int]?)
    }

    struct Sample: Codable, Equatable {
        var text: String
        var missing: String?
        var present: Int?
        var numbers: [Int64]
        var unsigned: [UInt8]
        var flags: [Bool?]
        var nested: [[String]]
        var byName: [String: Shape]
        var byNumber: [Int: String]
        var shapes: [Shape]
        var range: ClosedRange<Int>
    }

    static let sample = Sample(
        text: "Trạm Y tế xã \u{1F1FB}\u{1F1F3} \"q\" \\ \0", missing: nil, present: -7,
        numbers: [0, 1, -1, .max, .min, 1 << 40], unsigned: [0, 255], flags: [true, nil, false],
        nested: [[], [""], ["a", "b"]], byName: ["a": .empty, "": .point(x: -0.5, y: .min), "ü": .named("x", nil)],
        byNumber: [3: "ba", -1: ""], shapes: [.named("y", ["k": 1]), .point(x: -1e300, y: 0)], range: -3...9)

    @Test func valuesOfEveryShapeComeBackEqual() throws {
        let bytes = try BinaryCoding.encode(Self.sample)
        #expect(try BinaryCoding.decode(Sample.self, from: bytes) == Self.sample)
        // Smaller than JSON: no quotes, no key repeated per value of a map, numbers in binary.
        #expect(bytes.count < (try JSONEncoder().encode(Self.sample)).count)
    }

    /// Written in one order, read in another and with a key it does not have.
    struct Reordered: Decodable, Equatable {
        var range: ClosedRange<Int>
        var text: String
        var absent: String?
        enum Keys: String, CodingKey { case range, text, absent }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            range = try container.decode(ClosedRange<Int>.self, forKey: .range)
            absent = try container.decodeIfPresent(String.self, forKey: .absent)
            text = try container.decode(String.self, forKey: .text)
            #expect(container.allKeys.map(\.rawValue) == ["text", "range"])
        }
    }

    @Test func keysDecodeInAnyOrder() throws {
        let decoded = try BinaryCoding.decode(Reordered.self, from: try BinaryCoding.encode(Self.sample))
        #expect(decoded.range == -3...9 && decoded.text == Self.sample.text && decoded.absent == nil)
    }

    @Test func aValueOfAnotherTypeIsAnError() throws {
        let bytes = try BinaryCoding.encode(Self.sample)
        #expect(throws: (any Error).self) { try BinaryCoding.decode(DocumentCache.Entry.self, from: bytes) }
        #expect(throws: (any Error).self) { try BinaryCoding.decode([String].self, from: bytes) }
        #expect(throws: (any Error).self) { try BinaryCoding.decode(Int.self, from: try BinaryCoding.encode("7")) }
        #expect(throws: (any Error).self) { try BinaryCoding.decode(UInt8.self, from: try BinaryCoding.encode(256)) }
        #expect(throws: (any Error).self) { try BinaryCoding.decode(String.self, from: []) }
    }

    /// Cut short or with a byte changed, an entry is an error or some value, and never a crash
    /// or a read past its end; the cache then reads the file again.
    @Test func damagedBytesNeverCrash() throws {
        let entry = try #require(try Self.readings().first { $0.entry.reading.conclusion.tasks.count > 3 }).entry
        let bytes = try BinaryCoding.encode(entry)
        var generator = SystemRandomNumberGenerator()
        var failures = 0
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
            if (try? BinaryCoding.decode(DocumentCache.Entry.self, from: Array(bytes[..<cut]))) == nil { failures += 1 }
        }
        #expect(failures > 0)
        for _ in 0..<400 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = try? BinaryCoding.decode(DocumentCache.Entry.self, from: damaged)
        }
    }
}
