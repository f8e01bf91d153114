import BantinCore
import Foundation

/// The disk side of `bantin tasks --output FILE`: writes the export in one piece (a half-written
/// workbook never stays behind), never into `content/` or `templates/`, and never over the
/// site's status file, which holds what the units reported.
public enum ExportWriter {
    public static func write(_ bytes: [UInt8], to path: String, layout: SiteLayout) throws(Diagnostic) {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let url = URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL
        let target = url.resolvingSymlinksInPath().path
        func resolved(_ url: URL) -> String { url.resolvingSymlinksInPath().standardizedFileURL.path }
        for (folder, name) in [(layout.content, "thư mục nội dung"), (layout.templates, "thư mục mẫu")]
            where target == resolved(folder) || target.hasPrefix(resolved(folder) + "/") {
            throw .error(path, "không ghi bảng xuất vào \(name): bantin không bao giờ ghi vào content/ hay templates/; chọn --output khác")
        }
        for name in ProgressSheet.fileNames where target == resolved(layout.root.appendingPathComponent(name)) {
            throw .error(path, "đây là bảng tiến độ của trang (đã có tình trạng các đơn vị báo cáo); không ghi đè — xuất ra tệp khác, ví dụ --output bang-tien-do-moi.xlsx")
        }
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw .error(path, "không ghi được tệp (\(error.localizedDescription)); kiểm tra thư mục và quyền ghi")
        }
    }
}
