import Foundation
import BantinCore

/// What `bantin serve` adds to the pages it serves, and only to those (the built files never
/// carry it): a small script that asks the server every half second which build it has and reloads
/// the page when a new one is in, and the page shown instead of the site while the last build failed.
public enum PreviewPages {
    /// The address the script polls; it answers the number of the current build as plain text.
    public static let versionPath = "/__bantin/version"

    /// The script, knowing the build the page came from.
    public static func liveReloadScript(version: Int) -> String {
        """
        <script>/* bantin serve: tải lại trang khi có bản dựng mới */(function(){var v="\(version)";\
        function poll(){fetch("\(versionPath)",{cache:"no-store"}).then(function(r){return r.text()})\
        .then(function(t){if(t!==v){location.reload();}else{setTimeout(poll,500);}})\
        .catch(function(){setTimeout(poll,1000);});}setTimeout(poll,500);})();</script>
        """
    }

    /// A served HTML page with the script before its closing body tag (or at the end).
    public static func withLiveReload(_ html: String, version: Int) -> String {
        let script = liveReloadScript(version: version)
        guard let close = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: script + "\n")
    }

    /// The page shown for every page of the site while the last build failed: the errors as the
    /// build printed them, escaped, and what to do. It reloads itself when a build succeeds.
    public static func buildFailed(_ errors: [Diagnostic], warnings: [Diagnostic], version: Int) -> String {
        let items = errors.map { "<li>\(HTML.escape($0.description))</li>" }.joined(separator: "\n")
        let warningItems = warnings.map { "<li>\(HTML.escape($0.description))</li>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Lỗi khi dựng trang — bantin</title>
            <style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}\
            h1{color:#a00;font-size:1.4rem}li{font-family:monospace;white-space:pre-wrap;margin:.5rem 0}\
            .warnings li{color:#555}</style>
            </head>
            <body>
            <h1>Chưa dựng được trang: \(errors.count) lỗi</h1>
            <p>Sửa tệp theo các dòng dưới đây (tệp:dòng:cột) rồi lưu lại; trang này sẽ tự tải lại khi dựng được.</p>
            <ul class="errors">
            \(items)
            </ul>
            \(warnings.isEmpty ? "" : "<h2>Cảnh báo</h2>\n<ul class=\"warnings\">\n\(warningItems)\n</ul>")
            \(liveReloadScript(version: version))
            </body>
            </html>

            """
    }
}
