#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Time spent in each stage of a build, for `bantin build --timings`. Stages that run on all
/// cores (read, extract, render, write) count the CPU time of the thread doing each document or
/// page, added up: on a machine other programs share, wall time would count their turns too.
/// The others (load, assemble) count wall time.
public struct StageTimes: Sendable {
    public enum Stage: Int, CaseIterable, Sendable {
        case load, read, extract, assemble, render, write

        /// The stage's name in the build's report.
        public var label: String {
            switch self {
            case .load: return "nạp tệp (load)"
            case .read: return "đọc (read)"
            case .extract: return "trích xuất (extract)"
            case .assemble: return "lắp ráp (assemble)"
            case .render: return "dựng trang (render)"
            case .write: return "ghi tệp (write)"
            }
        }

        /// Whether the stage runs on all cores, its time then being CPU time summed over them.
        public var isParallel: Bool { self == .read || self == .extract || self == .render || self == .write }
    }

    private var durations = Array(repeating: Duration.zero, count: Stage.allCases.count)

    public init() {}

    public subscript(stage: Stage) -> Duration {
        get { durations[stage.rawValue] }
        set { durations[stage.rawValue] = newValue }
    }

    /// Runs `work`, adding its time to `stage`: the calling thread's CPU time for a parallel
    /// stage, else wall time.
    public mutating func measure<T, E: Error>(_ stage: Stage, _ work: () throws(E) -> T) throws(E) -> T {
        guard stage.isParallel else {
            let start = ContinuousClock.now
            defer { self[stage] += ContinuousClock.now - start }
            return try work()
        }
        let start = Self.threadCPUTime()
        defer { self[stage] += Self.threadCPUTime() - start }
        return try work()
    }

    /// CPU time of the calling thread so far (user and system).
    static func threadCPUTime() -> Duration {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
    }

    /// These times with `other`'s added, stage by stage.
    public func adding(_ other: StageTimes) -> StageTimes {
        var sum = self
        for stage in Stage.allCases { sum[stage] += other[stage] }
        return sum
    }
}

extension Sequence where Element == StageTimes {
    public func sum() -> StageTimes { reduce(StageTimes()) { $0.adding($1) } }
}
