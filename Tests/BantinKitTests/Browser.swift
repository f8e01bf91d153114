import Foundation

/// Headless Chromium (Debian's `chromium`) and poppler (`pdfinfo`, `pdftotext`), for tests of what a
/// person sees and prints.
enum Browser {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "chromium"

    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        try runTool(executable, arguments).output
    }

    static func common(_ profile: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
         "--user-data-dir=\(profile.path)", "--allow-file-access-from-files"]
    }

    /// Prints a page to PDF as a person would with Ctrl+P (print CSS, no browser header/footer).
    static func printToPDF(_ page: URL, to pdf: URL) throws {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        try run(chromium, common(profile) + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
    }

    static func screenshot(_ page: URL, to png: URL, width: Int = 1100, height: Int = 1500) throws {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        try run(chromium, common(profile) + ["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(png.path)", page.absoluteString])
    }

    /// The DOM after scripts ran, as Chromium serialises it. With `profile`, the browser keeps what
    /// pages store (localStorage) in that folder from one run to the next, as a person's browser does.
    static func dumpDOM(_ page: String, profile kept: URL? = nil) throws -> String {
        let profile = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { if kept == nil { try? FileManager.default.removeItem(at: profile) } }
        return try run(chromium, common(profile) + ["--virtual-time-budget=3000", "--dump-dom", page])
    }

    static func pdfInfo(_ pdf: URL) throws -> String { try run("pdfinfo", [pdf.path]) }

    static func pdfText(_ pdf: URL, page: Int? = nil) throws -> String {
        var args = ["-layout"]
        if let page { args += ["-f", "\(page)", "-l", "\(page)"] }
        return try run("pdftotext", args + [pdf.path, "-"])
    }
}
