import BantinCore
import Foundation

/// Watches what a build reads — `content/`, `templates/`, `bantin.yml`, `units.yml` — for
/// `bantin build --watch` and `bantin serve`.
///
/// It polls: every `interval` it lists the files with their size and modification time. A commune
/// site has a few hundred files at most, so a listing costs well under a millisecond, and polling sees
/// changes that inotify does not — files saved on the server side of a Samba or NFS share mounted
/// from elsewhere, editors that replace a file by renaming. A change is reported once the listing
/// has stayed the same for `settle` (a Word document being copied over the network is not read half
/// way), and several saves in a row give one rebuild.
public struct SiteWatcher: Sendable {
    public struct Stamp: Hashable, Sendable {
        var size: Int
        var modified: Double
    }

    public let layout: SiteLayout
    public var interval: Duration
    public var settle: Duration

    public init(layout: SiteLayout, interval: Duration = .milliseconds(150), settle: Duration = .milliseconds(200)) {
        self.layout = layout
        self.interval = interval
        self.settle = settle
    }

    /// Every watched file with its stamp, by path.
    public func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let roots = [layout.content, layout.templates]
        for folder in roots {
            // A folder that cannot be listed is left to the build to report.
            for relative in (try? DiskReading.files(in: folder, display: { $0 }))?.files ?? [] {
                let url = folder.appendingPathComponent(relative)
                if let stamp = Self.stamp(url.path) { stamps[url.path] = stamp }
            }
        }
        for name in [SiteConfig.fileName, "units.yml"] {
            let path = layout.root.appendingPathComponent(name).path
            if let stamp = Self.stamp(path) { stamps[path] = stamp }
        }
        return stamps
    }

    static func stamp(_ path: String) -> Stamp? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return Stamp(size: size, modified: modified)
    }

    /// Waits until the files differ from `previous` and then stay unchanged for `settle`; returns
    /// the new listing. Returns nil when `shouldStop` says so (checked at every poll).
    public func nextChange(after previous: [String: Stamp], shouldStop: () -> Bool = { false }) -> [String: Stamp]? {
        var current = previous
        while current == previous {
            if shouldStop() { return nil }
            Thread.sleep(forTimeInterval: Self.seconds(interval))
            current = snapshot()
        }
        // Let the saves finish: wait until one listing equals the one taken `settle` before.
        while true {
            if shouldStop() { return nil }
            Thread.sleep(forTimeInterval: Self.seconds(settle))
            let later = snapshot()
            if later == current { return later }
            current = later
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

extension SiteWatcher {
    /// The files that changed between two listings, for the log line: up to three, then how many more.
    public static func changes(from old: [String: Stamp], to new: [String: Stamp], layout: SiteLayout) -> String {
        let paths = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
        let shown = paths.prefix(3).map { path in
            layout.display(URL(fileURLWithPath: path)) + (new[path] == nil ? " (đã xóa)" : old[path] == nil ? " (mới)" : "")
        }
        return shown.joined(separator: ", ") + (paths.count > 3 ? " và \(paths.count - 3) tệp khác" : "")
    }
}
