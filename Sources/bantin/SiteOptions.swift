import ArgumentParser
import BantinKit
import Foundation

/// The folder options shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "Thư mục gốc của trang (chứa bantin.yml, content/, templates/).")
    var site: String = "."

    @Option(name: .long, help: "Thư mục chứa các tệp .md (mặc định: <site>/content).")
    var content: String?

    var layout: SiteLayout {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let root = URL(fileURLWithPath: site, relativeTo: cwd)
        return SiteLayout(root: root, content: content.map { URL(fileURLWithPath: $0, relativeTo: cwd) })
    }
}

/// Prints diagnostics compiler-style on standard error.
enum Report {
    /// Written some 64 KB at a time, not a system call per line: a large site has tens of
    /// thousands of warnings.
    static func print(_ diagnostics: [Diagnostic]) {
        var chunk = ""
        for diagnostic in diagnostics {
            chunk += diagnostic.description
            chunk += "\n"
            if chunk.utf8.count >= 1 << 16 {
                FileHandle.standardError.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        if !chunk.isEmpty { FileHandle.standardError.write(Data(chunk.utf8)) }
    }

    /// The site's input, or its errors printed and exit status 1 (for commands that only read).
    static func loadOrExit(_ layout: SiteLayout) throws -> SiteInput {
        do {
            return try SiteLoader.load(layout)
        } catch {
            print(error.errors)
            throw ExitCode.failure
        }
    }
}
