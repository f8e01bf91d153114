import BantinFuzzing
import CFuzzerDriver
import Foundation

/// One input from libFuzzer: the first byte chooses the reader (see `FuzzInput`), the rest is the
/// file. A broken promise stops the run like a crash, so libFuzzer saves the input that broke it.
/// (Also under libFuzzer's own name, which its library refers to.)
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let input = FuzzInput(libFuzzerData: bytes)
    // One input in sixty-four (by its length, so a replay does the same) is also rendered as a site.
    let problems = FuzzOracle.violations(input, renderingSite: input.bytes.count % 64 == 0)
    if !problems.isEmpty { fatalError("bantin-fuzz (\(input.target.rawValue)): " + problems.joined(separator: "\n")) }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
