import BantinFuzzing
import Foundation
import Testing

/// The seeded mutation fuzzer of issue 13 over the reader, extraction, front matter, legacy
/// encodings and units.yml (see `Mutator` and `FuzzOracle`): a part in `make test`, 100,000 cases in
/// `make fuzz` (`BANTIN_FUZZ_CASES=100000`). A failure names the seed and case, and saves the input
/// under the temporary folder, so it can be replayed with `BANTIN_FUZZ_SEED`/`BANTIN_FUZZ_ONLY`.
@Suite struct MutationFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = environment["BANTIN_FUZZ_CASES"].flatMap { Int($0) } ?? 1_000
    static let seed = environment["BANTIN_FUZZ_SEED"].flatMap { UInt64($0) } ?? 13
    /// A hang detector, not a measure of speed: far above what any case takes in a debug build on a
    /// busy machine; the quadratic passes of issue 13 took minutes on their inputs.
    static let caseSeconds = environment["BANTIN_FUZZ_CASE_SECONDS"].flatMap { Double($0) } ?? 30
    static let shards = 4

    /// The real files the mutations start from: the example site, the seed conclusion, every
    /// conversion fixture (Word, legacy-encoded and UTF-8 text, also as a PDF text layer) and the
    /// hostile shapes and units files in Fixtures/fuzz.
    static let seeds: [FuzzInput] = {
        let fm = FileManager.default
        var urls = [Package.fixtures.appendingPathComponent("seed.md")]
        for folder in [Package.root.appendingPathComponent("content"), Package.fixtures.appendingPathComponent("formats"),
                       Package.fixtures.appendingPathComponent("fuzz")] {
            let names = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            urls += names.map { folder.appendingPathComponent($0) }
        }
        var seeds: [FuzzInput] = []
        for url in urls {
            guard let target = FuzzInput.Target(seedName: url.lastPathComponent),
                  let data = fm.contents(atPath: url.path) else { continue }
            seeds.append(FuzzInput(target: target, bytes: Array(data)))
            // A UTF-8 text is also what pdftotext gives for a PDF.
            if target == .plainText, String(validating: Array(data), as: UTF8.self) != nil {
                seeds.append(FuzzInput(target: .pdfText, bytes: Array(data)))
            }
        }
        return seeds
    }()

    @Test func theSeedsCoverEveryReader() {
        let targets = Set(Self.seeds.map(\.target))
        #expect(targets == Set(FuzzInput.Target.allCases), "seeds for \(targets.map(\.rawValue).sorted())")
        // The seeds themselves keep every promise.
        for seed in Self.seeds {
            #expect(FuzzOracle.violations(seed, renderingSite: false) == [], "\(seed.target) seed")
        }
    }

    @Test(arguments: 0..<shards)
    func mutatedInputsKeepEveryPromise(shard: Int) throws {
        let mutator = Mutator(seeds: Self.seeds)
        let only = Self.environment["BANTIN_FUZZ_ONLY"].flatMap { Int($0) }
        let indices = only.map { [$0] } ?? Array(stride(from: shard, to: Self.cases, by: Self.shards))
        guard only == nil || shard == 0 else { return }
        let clock = ContinuousClock()
        var slowest: (index: Int, time: Duration, what: String) = (-1, .zero, "")
        var failures = 0
        // A crash ends the process before any report: the case being run is kept in this file, which
        // `make fuzz` prints when the run dies (removed when the shard ends).
        let running = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-fuzz-running-\(shard)")
        defer { try? FileManager.default.removeItem(at: running) }
        for index in indices {
            let input = mutator.input(seed: Self.seed, index: index)
            try Data("a crash in seed \(Self.seed) case \(index) (\(input.target.rawValue)); replay with BANTIN_FUZZ_SEED=\(Self.seed) BANTIN_FUZZ_ONLY=\(index)\n".utf8)
                .write(to: running)
            var problems: [String] = []
            let time = clock.measure {
                problems = FuzzOracle.violations(input, renderingSite: index % 50 == 0)
            }
            if time > slowest.time { slowest = (index, time, "\(input.target.rawValue), \(input.bytes.count) bytes") }
            if time > .seconds(Self.caseSeconds) { problems.append("took \(time), more than \(Self.caseSeconds) s") }
            let saved = FileManager.default.temporaryDirectory
                .appendingPathComponent("bantin-fuzz-\(Self.seed)-\(index)-\((input.target.fileName as NSString).lastPathComponent)")
            // A replayed case is always saved, to be looked at with `bantin`.
            if only != nil || !problems.isEmpty { try Data(input.bytes).write(to: saved) }
            guard !problems.isEmpty else { continue }
            failures += 1
            Issue.record("""
                seed \(Self.seed) case \(index) (\(input.target.rawValue), \(input.bytes.count) bytes, saved at \(saved.path); \
                replay with BANTIN_FUZZ_SEED=\(Self.seed) BANTIN_FUZZ_ONLY=\(index)):
                \(problems.prefix(5).joined(separator: "\n"))
                """)
            // Enough to fix; the rest of the shard would repeat them.
            if failures >= 5 { break }
        }
        print("fuzz shard \(shard): \(indices.count) cases, slowest case \(slowest.index) (\(slowest.what)) in \(slowest.time)")
    }

    /// The runner's own promise: a case is a function of the seed and its number alone.
    @Test func casesReplayFromSeedAndNumber() {
        let mutator = Mutator(seeds: Self.seeds)
        #expect(mutator.input(seed: 5, index: 77) == mutator.input(seed: 5, index: 77))
        #expect(mutator.input(seed: 5, index: 77) != mutator.input(seed: 5, index: 78))
        #expect(FuzzInput(libFuzzerData: mutator.input(seed: 5, index: 9).libFuzzerData) == mutator.input(seed: 5, index: 9))
    }
}
