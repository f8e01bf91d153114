import Foundation
import Synchronization

/// A `bantin` that keeps running (`build --watch`, `serve`) started by a test: its output is
/// collected as it comes, every wait has a deadline, and `stop()` (also on deinit) ends it —
/// SIGTERM, then SIGKILL after two seconds — so no test leaves a process behind.
final class BackgroundProcess: Sendable {
    private let process: Process
    private let output = Collected()

    /// What the process printed so far; the pipes' handlers append from their own threads.
    final class Collected: Sendable {
        let text = Mutex((stdout: "", stderr: ""))
    }

    init(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = Package.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        self.process = process
        out.fileHandleForReading.readabilityHandler = { [output] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            output.text.withLock { $0.stdout += text }
        }
        err.fileHandleForReading.readabilityHandler = { [output] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            output.text.withLock { $0.stderr += text }
        }
        try process.run()
    }

    var stdout: String { output.text.withLock { $0.stdout } }
    var stderr: String { output.text.withLock { $0.stderr } }
    var isRunning: Bool { process.isRunning }

    /// Polls `condition` every 50 ms until it holds or `seconds` pass; says whether it held.
    @discardableResult
    func wait(upTo seconds: Double, for condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try condition()
    }

    /// Ends the process and waits for it; returns its exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning {
            process.terminate()
            if !wait(upTo: 2, for: { !process.isRunning }) { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit { _ = stop() }
}
