import BantinKit
import BantinRender
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The preview server of `bantin serve`: a small HTTP server on a socket of its own (no server
/// framework: the site is a folder of static files and the clients are the clerk's browsers),
/// one thread per connection, serving the output folder with the live-reload script added to
/// HTML, or the errors of the last build while it failed.
final class PreviewServer: Sendable {
    struct Build: Sendable {
        var version = 0
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
    }

    let root: String
    let socket: Int32
    let port: Int
    private let build = Mutex(Build())

    enum StartError: Error, CustomStringConvertible {
        case address(String)
        case system(String, Int32)
        var description: String {
            switch self {
            case .address(let host): return "địa chỉ “\(host)” không hợp lệ; dùng một địa chỉ IPv4 như 127.0.0.1 hoặc 0.0.0.0"
            case .system(let call, let code): return "\(call): \(String(cString: strerror(code)))"
            }
        }
    }

    /// Binds `host:port` (port 0: any free port) and listens.
    init(root: String, host: String, port: Int) throws(StartError) {
        self.root = root
        let address = host == "localhost" ? "127.0.0.1" : host
        var sin = sockaddr_in()
        sin.sin_family = sa_family_t(AF_INET)
        sin.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, address, &sin.sin_addr) == 1 else { throw .address(host) }
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .system("socket", errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &sin) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { let code = errno; close(fd); throw .system("bind \(address):\(port)", code) }
        guard listen(fd, 64) == 0 else { let code = errno; close(fd); throw .system("listen", code) }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        socket = fd
        self.port = Int(UInt16(bigEndian: actual.sin_port))
    }

    /// Records a finished build: the pages reload, or show its errors.
    func finished(_ rebuild: SiteRebuild) {
        build.withLock { build in
            build.version += 1
            build.errors = rebuild.errors
            build.warnings = rebuild.warnings
        }
    }

    /// Accepts connections on a thread of its own until the socket is closed.
    func start() {
        Thread { [self] in
            while true {
                let connection = accept(socket, nil, nil)
                if connection < 0 {
                    if errno == EINTR || errno == ECONNABORTED { continue }
                    return
                }
                Thread { [self] in self.handle(connection) }.start()
            }
        }.start()
    }

    func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func handle(_ connection: Int32) {
        defer { close(connection) }
        // A client that sends nothing is dropped after five seconds.
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var head: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while head.count < 16384, !head.ends(with: [13, 10, 13, 10]), !head.ends(with: [10, 10]) {
            let n = recv(connection, &buffer, buffer.count, 0)
            guard n > 0 else { break }
            head += buffer[0..<n]
        }
        let response: HTTPResponse
        var headOnly = false
        if let request = HTTPRequest(head: String(decoding: head, as: UTF8.self)) {
            headOnly = request.method == "HEAD"
            response = respond(to: request)
        } else {
            response = .text(400, "Yêu cầu không hợp lệ.\n")
        }
        let bytes = response.bytes(headOnly: headOnly)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return }
            sent += n
        }
    }

    func respond(to request: HTTPRequest) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else { return .text(405, "Chỉ hỗ trợ GET.\n") }
        let current = build.withLock { $0 }
        if request.path == PreviewPages.versionPath { return .text(200, "\(current.version)") }
        guard let file = request.file(below: root) else { return .text(400, "Đường dẫn không hợp lệ.\n") }
        let type = HTTPResponse.contentType(of: file)
        let isPage = type.hasPrefix("text/html")
        if !current.errors.isEmpty, isPage {
            let page = PreviewPages.buildFailed(current.errors, warnings: current.warnings, version: current.version)
            return HTTPResponse(status: 500, contentType: type, body: Array(page.utf8))
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            let notFound = FileManager.default.contents(atPath: root + "/404.html").map { String(decoding: $0, as: UTF8.self) }
                ?? "<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Không tìm thấy</title><body><p>Không tìm thấy trang.</p></body></html>"
            return HTTPResponse(status: 404, contentType: "text/html; charset=utf-8",
                                body: Array(PreviewPages.withLiveReload(notFound, version: current.version).utf8))
        }
        guard isPage else { return HTTPResponse(status: 200, contentType: type, body: Array(data)) }
        let page = PreviewPages.withLiveReload(String(decoding: data, as: UTF8.self), version: current.version)
        return HTTPResponse(status: 200, contentType: type, body: Array(page.utf8))
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
