import BantinFormats
import BantinCore
import BantinRender
import Foundation

/// Where a site's folders are. Defaults: the site root is the current folder, content is
/// `<site>/content`, output is `<site>/public`, templates are `<site>/templates`.
public struct SiteLayout: Sendable {
    public var root: URL
    public var content: URL
    public var output: URL
    public var templates: URL

    public init(root: URL, content: URL? = nil, output: URL? = nil) {
        self.root = root.standardizedFileURL
        self.content = (content ?? root.appendingPathComponent("content")).standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("public")).standardizedFileURL
        self.templates = root.appendingPathComponent("templates").standardizedFileURL
    }

    /// A path for messages: relative to the current folder when inside it.
    public func display(_ url: URL) -> String {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }
}

/// The first stage: reads the configuration, the content files and the templates from disk into a
/// `SiteInput`. Nothing after it reads files.
public enum SiteLoader {
    public static func load(_ layout: SiteLayout, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(BuildFailure) -> SiteInput
    {
        let files = FileManager.default
        var warnings: [Diagnostic] = []

        var config = SiteConfig()
        let configURL = layout.root.appendingPathComponent(SiteConfig.fileName)
        do {
            if let text = try readText(configURL, display: layout.display(configURL)) {
                let (parsed, configWarnings) = try SiteConfigParser.parse(text, path: layout.display(configURL))
                config = parsed
                warnings += configWarnings
            }
        } catch {
            throw BuildFailure(errors: [error])
        }

        var isFolder: ObjCBool = false
        guard files.fileExists(atPath: layout.content.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw BuildFailure(errors: [.error(layout.display(layout.content),
                "không tìm thấy thư mục nội dung; tạo thư mục content/ chứa các tệp .md, hoặc chỉ đường dẫn bằng --content THƯ_MỤC")])
        }
        var sources: [SiteInput.SourceFile] = []
        var errors: [Diagnostic] = []
        let listing: DiskReading.Listing
        do {
            listing = try contentFiles(in: layout.content, display: { layout.display(URL(fileURLWithPath: $0)) })
        } catch {
            throw BuildFailure(errors: [error], warnings: warnings)
        }
        warnings += listing.warnings
        for relative in listing.files {
            let url = layout.content.appendingPathComponent(relative)
            do {
                if let file = try source(url, relativePath: relative, display: layout.display(url)) { sources.append(file) }
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw BuildFailure(errors: errors, warnings: warnings) }

        var templates = TemplateSet.builtIn
        var templatesPath = "(mẫu mặc định)"
        if files.fileExists(atPath: layout.templates.path, isDirectory: &isFolder), isFolder.boolValue {
            var own: [String: [UInt8]] = [:]
            do {
                let listing = try DiskReading.files(in: layout.templates, display: { layout.display(URL(fileURLWithPath: $0)) })
                warnings += listing.warnings
                for relative in listing.files {
                    let url = layout.templates.appendingPathComponent(relative)
                    if TemplateSet.isTemplate(relative) {
                        if let text = try readText(url, display: layout.display(url)) { own[relative] = Array(text.utf8) }
                    } else if TemplateSet.isAsset(relative), let data = try DiskReading.bytes(url.path, display: layout.display(url)) {
                        // Copied as they are: a stylesheet, a script, a logo PNG.
                        own[relative] = data
                    }
                }
            } catch {
                throw BuildFailure(errors: [error], warnings: warnings)
            }
            templates = TemplateSet(files: own).fillingGaps()
            templatesPath = layout.display(layout.templates)
        }

        var unitsFile: (String, String)? = nil
        let unitsURL = layout.root.appendingPathComponent("units.yml")
        do {
            if let text = try readText(unitsURL, display: layout.display(unitsURL)) {
                unitsFile = (layout.display(unitsURL), text)
            }
        } catch {
            throw BuildFailure(errors: [error], warnings: warnings)
        }

        // The status file the office keeps (tien-do.csv or tien-do.xlsx), read as bytes: at the
        // site root beside bantin.yml, or in content/ beside the conclusions; one of them only.
        var progressFile: (String, [UInt8])? = nil
        for url in [layout.root, layout.content].flatMap({ folder in ProgressSheet.fileNames.map { folder.appendingPathComponent($0) } }) {
            guard let data = files.contents(atPath: url.path) else { continue }
            if let first = progressFile {
                throw BuildFailure(errors: [.error(layout.display(url),
                    "trang đã có bảng tiến độ \(first.0); chỉ giữ một tệp (tien-do.csv hoặc tien-do.xlsx, ở thư mục trang hoặc trong content/), đổi tên hoặc chuyển tệp kia đi")])
            }
            progressFile = (layout.display(url), Array(data))
        }

        return SiteInput(config: config, sources: sources, templates: templates, templatesPath: templatesPath,
                         unitsFile: unitsFile, progressFile: progressFile, buildDate: try buildDate(environment), warnings: warnings)
    }

    /// One conclusion file as the build reads it (`bantin check` reads files named on its command
    /// line this way, wherever they are). For a PDF, its text layer.
    /// The file's stamp is kept when it had settled before it was read (`FileStamp.settled`), so
    /// the document cache may take its digest from an earlier build instead of hashing its bytes.
    /// - Parameter readAt: when reading began (nanoseconds since 1970), now unless given; tests set it ahead.
    public static func source(_ url: URL, relativePath: String, display: String,
                              readAt: Int64? = nil) throws(Diagnostic) -> SiteInput.SourceFile? {
        let format = SourceFormat(fileName: relativePath) ?? .markdown
        let readAt = readAt ?? DiskReading.now()
        // nil: the file went away since the folder was listed; it is skipped.
        guard let (bytes, stamp) = try DiskReading.bytesAndStamp(url.path, display: display) else { return nil }
        if format == .pdf {
            // The text layer is taken here, at the disk's end; the rest of reading is pure. Its
            // bytes are pdftotext's, not the file's: no stamp.
            return .init(path: display, relativePath: relativePath, bytes: try PDFTextExtraction.text(of: url, display: display), format: .pdf)
        }
        return .init(path: display, relativePath: relativePath, bytes: bytes, format: format,
                     stamp: stamp.settled(readAt: readAt) ? stamp : nil)
    }

    /// SOURCE_DATE_EPOCH (reproducible-builds.org): seconds since 1970, as a day in Vietnam (UTC+7).
    static func buildDate(_ environment: [String: String]) throws(BuildFailure) -> CivilDate? {
        guard let value = environment["SOURCE_DATE_EPOCH"], !value.isEmpty else { return nil }
        guard let seconds = Int(value) else {
            throw BuildFailure(errors: [.error("SOURCE_DATE_EPOCH", "giá trị \"\(value)\" không phải số giây; bỏ biến này hoặc đặt ví dụ SOURCE_DATE_EPOCH=1769644800")])
        }
        let days = (seconds + 7 * 3600).quotientAndRemainder(dividingBy: 86400)
        return CivilDate(julianDayNumber: 2440588 + days.quotient - (days.remainder < 0 ? 1 : 0))
    }

    private static func readText(_ url: URL, display: String) throws(Diagnostic) -> String? {
        guard let data = try DiskReading.bytes(url.path, display: display) else { return nil }
        return try SourceText.decode(data, path: display, maximumBytes: 8 << 20)
    }

    /// The conclusion files below `folder` (`.md`, `.docx`, `.pdf`, `.txt`, and `.doc` to say what to
    /// do with it), as sorted "/"-separated relative paths, and what was left out with a warning.
    /// Hidden files and Word's lock files ("~$bao-cao.docx", left while a document is open) are skipped.
    static func contentFiles(in folder: URL, display: (String) -> String) throws(Diagnostic) -> DiskReading.Listing {
        var listing = try DiskReading.files(in: folder, display: display)
        listing.files = listing.files.filter { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return SourceFormat(fileName: name) != nil && !name.hasPrefix("~$")
        }
        return listing
    }
}
