import Foundation

/// The little of HTTP/1.1 the preview server needs: the request line of a GET or HEAD, and a
/// response with a status, a type and a body. Every connection is closed after one response.
struct HTTPRequest: Equatable {
    var method: String
    /// The path, percent-decoded, without the query: "/ket-luan/tb-02.html".
    var path: String

    /// Reads the request line of a request head ("GET /a%20b.html?x=1 HTTP/1.1"); nil if malformed.
    init?(head: String) {
        guard let line = head.split(separator: "\r\n", maxSplits: 1).first ?? head.split(separator: "\n").first else { return nil }
        let parts = line.split(separator: " ")
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else { return nil }
        let target = parts[1].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard target.hasPrefix("/"), let decoded = String(target).removingPercentEncoding else { return nil }
        method = String(parts[0])
        // "//a//b.html" is "/a/b.html".
        path = "/" + decoded.split(separator: "/").joined(separator: "/") + (decoded.count > 1 && decoded.hasSuffix("/") ? "/" : "")
    }

    /// The file below `root` the path names ("/" and folders: their index.html), or nil when the
    /// path could leave it ("..", a NUL, a backslash).
    func file(below root: String) -> String? {
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !components.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") || $0.contains("\\") }) else { return nil }
        var file = ([root] + components.map(String.init)).joined(separator: "/")
        var isFolder: ObjCBool = false
        if path.hasSuffix("/") || (FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) && isFolder.boolValue) {
            file += "/index.html"
        }
        return file
    }
}

struct HTTPResponse {
    var status: Int
    var contentType: String
    var body: [UInt8]

    static let reasons = [200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error"]

    /// The bytes to send; `headOnly` for HEAD.
    func bytes(headOnly: Bool = false) -> [UInt8] {
        let head = "HTTP/1.1 \(status) \(Self.reasons[status] ?? "OK")\r\n"
            + "Content-Type: \(contentType)\r\n"
            + "Content-Length: \(body.count)\r\n"
            + "Cache-Control: no-store\r\n"
            + "X-Content-Type-Options: nosniff\r\n"
            + "Connection: close\r\n\r\n"
        return Array(head.utf8) + (headOnly ? [] : body)
    }

    static func text(_ status: Int, _ text: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", body: Array(text.utf8))
    }

    /// Content types of what a bantin site holds, by extension.
    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "ics": return "text/calendar; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}
