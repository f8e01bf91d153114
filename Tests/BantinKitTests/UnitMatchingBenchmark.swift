import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit

/// Run with `BANTIN_BENCH=1 swift test -c release --filter UnitMatchingBenchmark` to print timings.
struct UnitMatchingBenchmark {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["BANTIN_BENCH"] != nil))
    func matchingAndExtractingTheSeedParagraphs() throws {
        let raws = try SeedTaskTests.rawTasks()
        let registry = UnitRegistry.standard
        let rounds = 2000
        let clock = ContinuousClock()
        let paragraphCount = Double(rounds * raws.count)
        func micro(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1e6 / paragraphCount + Double(duration.components.attoseconds) / 1e12 / paragraphCount
        }
        var count = 0
        let matching = clock.measure {
            for _ in 0..<rounds { for raw in raws { count += registry.matches(in: raw.text).count } }
        }
        let context = TaskExtractionContext(conclusionID: "tb", path: "seed.md", period: Seed.february)
        let extractor = TaskExtractor(context: context)
        let extracting = clock.measure {
            for _ in 0..<rounds { count += extractor.extract(raws).tasks.count }
        }
        let folding = clock.measure {
            for _ in 0..<rounds { for raw in raws { count += FoldedText(raw.text).bytes.count } }
        }
        let scanning = clock.measure {
            for _ in 0..<rounds {
                for raw in raws {
                    let folded = FoldedText(raw.text)
                    let known = registry.matches(in: folded, utf8: Array(raw.text.utf8))
                    count += UnknownUnitScanner.unknownPhrases(in: raw.text, folded: folded, known: known, groupIDs: ["chi-bo", "xom"]).count
                }
            }
        }
        print("folding: \(micro(folding)) µs; folding+matching+scanning: \(micro(scanning)) µs")
        print("matching: \(micro(matching)) µs/paragraph; extracting: \(micro(extracting)) µs/task (\(count))")
        #expect(count > 0)
    }
}
