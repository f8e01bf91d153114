import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A progress line on standard error for a build that takes more than a second, redrawn in place
/// with "\r": the step and, while pages are written, how many of how many. Only when standard
/// error is a terminal; in a pipe, a log or a systemd journal it stays quiet.
final class ProgressLine: Sendable {
    private struct State {
        var step = ""
        var written = 0
        var total = 0
        var drawn = false
        var finished = false
    }

    private let state = Mutex(State())
    private let start = DispatchTime.now()
    private let delay: Double

    /// - Parameter delay: how long a build may take before the line appears (one second;
    ///   `BANTIN_PROGRESS_AFTER_MS` sets it, for tests).
    init(enabled: Bool = isatty(2) == 1, environment: [String: String] = ProcessInfo.processInfo.environment) {
        delay = Double(environment["BANTIN_PROGRESS_AFTER_MS"].flatMap(Int.init) ?? 1000) / 1000
        guard enabled else {
            state.withLock { $0.finished = true }
            return
        }
        // A thread of its own redraws the line five times a second until the build is done.
        Thread { [self] in
            Thread.sleep(forTimeInterval: self.delay)
            while draw() { Thread.sleep(forTimeInterval: 0.2) }
        }.start()
    }

    func step(_ name: String, files total: Int = 0) {
        state.withLock { $0.step = name; $0.total = total; $0.written = 0 }
        // A new step past the delay is shown at once, not at the next tick of the thread, so the
        // line does not depend on when that thread is scheduled.
        if elapsedSeconds >= delay { _ = draw() }
    }

    private var elapsedSeconds: Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// One more file written (called from the writer, one at a time).
    func fileWritten() {
        state.withLock { $0.written += 1 }
    }

    /// Draws the line; false once the build is done.
    private func draw() -> Bool {
        let seconds = elapsedSeconds
        // Written under the lock, so no line can land after `finish` has cleared it.
        return state.withLock { state in
            guard !state.finished else { return false }
            state.drawn = true
            let count = state.total > 0 ? " \(state.written)/\(state.total) tệp" : ""
            let line = "\rbantin: \(state.step)…\(count) (\(String(format: "%.1f", seconds)) s)\u{1B}[K"
            FileHandle.standardError.write(Data(line.utf8))
            return true
        }
    }

    /// Stops the line and clears it, so the messages and the summary that follow start clean.
    func finish() {
        state.withLock { state in
            state.finished = true
            if state.drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
