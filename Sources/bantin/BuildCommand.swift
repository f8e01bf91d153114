import ArgumentParser
import BantinKit
import Foundation
import Synchronization

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Xây dựng trang: đọc content/, ghi public/.",
        discussion: """
            Với --watch: xây dựng lại mỗi khi content/, templates/, bantin.yml hoặc units.yml thay đổi (dùng
            cho máy chủ mạng nội bộ: văn phòng lưu tệp vào thư mục chung, trang được dựng lại). Mỗi lần
            dựng lại in một dòng; trang mới được ghi vào thư mục tạm rồi mới thay vào, nên máy chủ web
            không bao giờ thấy trang ghi dở. Dừng bằng Ctrl+C (hoặc systemctl stop).
            """)

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Thư mục đầu ra (mặc định: <site>/public).")
    var output: String?

    @Flag(name: .long, help: "Không in các cảnh báo.")
    var quiet = false

    @Flag(name: .long, help: "In thời gian của từng bước (nạp, đọc, trích xuất, lắp ráp, dựng trang, ghi).")
    var timings = false

    @Flag(name: .long, help: "Không dùng bộ đệm tài liệu đã đọc (<site>/.bantin-cache/): đọc lại mọi tệp.")
    var noCache = false

    @Flag(name: .long, help: "Theo dõi thay đổi và xây dựng lại (không dừng sau lần đầu).")
    var watch = false

    var layout: SiteLayout {
        var layout = options.layout
        if let output {
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            layout.output = URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL
        }
        return layout
    }

    func run() throws {
        let layout = self.layout
        // Listed before the first build, so a file saved while it runs is seen.
        let files = SiteWatcher(layout: layout).snapshot()
        let first = SiteRebuild.run(layout, cache: !noCache, lastBuild: !watch)
        first.print(quiet: quiet, timings: timings)
        guard watch else {
            if !first.succeeded { throw ExitCode.failure }
            return
        }
        StopSignal.install()
        FileHandle.standardError.write(Data("bantin: đang theo dõi \(layout.display(layout.content)), mẫu, bantin.yml, units.yml (Ctrl+C để dừng)\n".utf8))
        SiteRebuild.watch(layout, from: files, quiet: quiet, timings: timings, cache: !noCache)
        FileHandle.standardError.write(Data("bantin: dừng theo dõi.\n".utf8))
    }
}

/// SIGINT and SIGTERM end a watch between two builds, never in the middle of one.
enum StopSignal {
    static let flag = Atomic<Bool>(false)

    static func install() {
        // A parent may start us with these blocked (test runners, some service managers).
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in [SIGINT, SIGTERM] {
            sigaddset(&unblock, sig)
            signal(sig) { _ in StopSignal.flag.store(true, ordering: .relaxed) }
        }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    static func requested() -> Bool { flag.load(ordering: .relaxed) }
}
