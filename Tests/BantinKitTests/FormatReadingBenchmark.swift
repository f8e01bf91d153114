import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit

/// Run with `BANTIN_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter FormatReadingBenchmark` to print the
/// time to read one 12-page conclusion (the seed with its results section written out four times,
/// 29 KB of Markdown; Fixtures/formats/bench, made by `make-format-fixtures.py --from`) from each
/// kind of file: conversion to Markdown, then reading and extraction as for any `.md`.
struct FormatReadingBenchmark {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["BANTIN_BENCH"] != nil))
    func tenPages() throws {
        let folder = Package.fixtures.appendingPathComponent("formats/bench")
        let clock = ContinuousClock()
        let pdfURL = folder.appendingPathComponent("muoi-trang.pdf")
        var pdfText: [UInt8] = []
        let extraction = clock.measure { pdfText = (try? PDFTextExtraction.text(of: pdfURL, display: "muoi-trang.pdf")) ?? [] }
        print("pdftotext (process): \(extraction)")
        let files: [(String, [UInt8])] = try [
            ("muoi-trang.md", Array(Data(contentsOf: folder.appendingPathComponent("muoi-trang.md")))),
            ("muoi-trang.docx", Array(Data(contentsOf: folder.appendingPathComponent("muoi-trang.python-docx.docx")))),
            ("muoi-trang.pdf", pdfText),
            ("muoi-trang.txt", Array(Data(contentsOf: folder.appendingPathComponent("muoi-trang.txt")))),
            ("muoi-trang.tcvn3.txt", Array(Data(contentsOf: folder.appendingPathComponent("muoi-trang.tcvn3.txt")))),
        ]
        for (name, bytes) in files {
            let file = SiteInput.SourceFile(path: name, relativePath: name, bytes: bytes)
            let runs = 20
            var tasks = 0
            let conversion = try clock.measure {
                for _ in 0..<runs { _ = try SourceConversion.markdown(of: file, maximumBytes: 1 << 20) }
            } / runs
            let reading = clock.measure {
                for _ in 0..<runs {
                    if case .success(let (conclusion, _)) = DocumentReading.read(file, options: .init(), registry: .standard) { tasks = conclusion.tasks.count }
                }
            } / runs
            print("\(name): to Markdown \(conversion), whole per-document stage \(reading), \(tasks) tasks")
            #expect(tasks == 8)
        }
    }
}
