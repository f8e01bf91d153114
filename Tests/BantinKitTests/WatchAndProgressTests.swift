import Foundation
import Testing

/// `bantin build --watch` on a temporary site, and the progress line of a build in a terminal.
@Suite struct WatchAndProgressTests {
    static let conclusion = """
        THÔNG BÁO

        Kết luận hội nghị triển khai chương trình công tác tháng 02/2026

        Sáng ngày 29 tháng 01 năm 2026, BCH Đảng bộ xã tổ chức Hội nghị triển khai chương trình công tác tháng 02/2026.

        III. Nhiệm vụ trọng tâm tháng 02/2026

        Một là, UBND xã hoàn thành báo cáo tổng kết trước ngày 20/02/2026.

        """

    @Test func addingAFileRebuildsThroughTheStagingSwap() throws {
        let site = try TemporarySite(["content/thang-02.md": Self.conclusion])
        defer { site.remove() }
        let watch = try BackgroundProcess(["build", "--watch"], in: site.root)
        defer { watch.stop() }
        #expect(watch.wait(upTo: 30) { watch.stdout.contains("1 kết luận") }, "\(watch.stderr)")
        #expect(site.exists("public/ket-luan/thang-02.html"))

        // The clerk saves a new conclusion into the shared folder.
        try site.write("content/thang-03.md", Array(Self.conclusion.replacingOccurrences(of: "02/2026", with: "03/2026").utf8))
        var sawHalfSite = false
        let rebuilt = watch.wait(upTo: 20) {
            // The web server's folder is always a whole site: the old one, then the new one.
            if !site.exists("public/index.html") || !site.exists("public/.bantin-output") { sawHalfSite = true }
            return site.exists("public/ket-luan/thang-03.html") && watch.stdout.contains("2 kết luận")
        }
        #expect(rebuilt, "\(watch.stdout)\n\(watch.stderr)")
        #expect(!sawHalfSite)
        #expect(watch.stderr.contains("thay đổi: content/thang-03.md (mới)"), "\(watch.stderr)")

        // A broken file: the error is logged, the published site stays as it was.
        try site.write("content/hong.md", Array("---\ntitle: [\n---\nTHÔNG BÁO\n".utf8))
        #expect(watch.wait(upTo: 20) { watch.stderr.contains("content/hong.md:") && watch.stderr.contains("dừng vì") }, "\(watch.stderr)")
        #expect(site.exists("public/ket-luan/thang-03.html"))
        #expect(watch.isRunning)

        // SIGTERM (systemctl stop) ends it between builds, with no staging folder left behind.
        #expect(watch.stop() == 0)
        #expect(watch.stderr.contains("dừng theo dõi"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("bantin-staging") }
        #expect(leftovers.isEmpty)
    }

    /// In a terminal (a pseudo-terminal from script(1)), a build past its delay shows "\r"-redrawn
    /// progress; through a pipe the same build prints no progress at all.
    @Test func progressOnlyInATerminal() throws {
        let site = try TemporarySite(["content/thang-02.md": Self.conclusion])
        defer { site.remove() }
        let command = "'\(Package.executable.path)' build --quiet"
        let terminal = try runTool("/usr/bin/script", ["-qec", command, "/dev/null"], in: site.root,
                                   environment: ProcessInfo.processInfo.environment.merging(["BANTIN_PROGRESS_AFTER_MS": "0"]) { $1 })
        #expect(terminal.status == 0)
        #expect(terminal.output.contains("\rbantin: "), "\(terminal.output.debugDescription)")
        #expect(terminal.output.contains(" tệp ("), "\(terminal.output.debugDescription)")
        // The line is cleared before the summary.
        #expect(terminal.output.contains("\r\u{1B}[Kbantin: 1 kết luận"), "\(terminal.output.debugDescription)")

        let piped = try site.run(["build", "--quiet"], environment: ["BANTIN_PROGRESS_AFTER_MS": "0"])
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("\r") && !piped.stdout.contains("\r"))
    }
}
