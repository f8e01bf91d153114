import ArgumentParser
import BantinKit
import Foundation

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Xem trước trang trên trình duyệt: dựng trang, phục vụ tại http://127.0.0.1:8000/, tự dựng lại và tải lại khi sửa tệp.",
        discussion: """
            Theo dõi content/, templates/, bantin.yml và units.yml; mỗi lần lưu tệp, trang được dựng lại và
            các trang đang mở tự tải lại. Khi bản dựng có lỗi, trình duyệt hiện lỗi (tệp:dòng:cột) thay cho
            trang cũ; lưu bản sửa là trang trở lại. Chỉ nghe trên 127.0.0.1 (máy này), trừ khi cho --host.
            Ví dụ:
              bantin serve
              bantin serve --port 8080
              bantin serve --host 0.0.0.0      (cho máy khác trong mạng xem)
            """)

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Thư mục đầu ra (mặc định: <site>/public).")
    var output: String?

    @Option(name: .long, help: "Cổng (mặc định: 8000; 0: một cổng trống bất kỳ).")
    var port: Int = 8000

    @Option(name: .long, help: "Địa chỉ để nghe (mặc định: 127.0.0.1, chỉ máy này).")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Không in các cảnh báo.")
    var quiet = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port phải từ 0 đến 65535.") }
    }

    func run() throws {
        var layout = options.layout
        if let output {
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            layout.output = URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL
        }
        StopSignal.install()
        let files = SiteWatcher(layout: layout).snapshot()
        let server: PreviewServer
        do {
            server = try PreviewServer(root: layout.output.path, host: host, port: port)
        } catch {
            FileHandle.standardError.write(Data("bantin: không mở được máy chủ xem trước: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let first = SiteRebuild.run(layout)
        first.print(quiet: quiet)
        server.finished(first)
        server.start()
        let shownHost = host == "0.0.0.0" ? "127.0.0.1" : host
        FileHandle.standardOutput.write(Data("bantin: xem trang tại http://\(shownHost):\(server.port)/ (Ctrl+C để dừng)\n".utf8))
        SiteRebuild.watch(layout, from: files, quiet: quiet) { server.finished($0) }
        server.stop()
        FileHandle.standardError.write(Data("bantin: dừng máy chủ xem trước.\n".utf8))
    }
}
