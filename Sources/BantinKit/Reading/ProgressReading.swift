import BantinCore
import BantinFormats

/// The status file read into rows: CSV (UTF-8 with or without a byte-order mark, ";" or ","
/// separated, or in a legacy encoding Excel may save in) or an Excel workbook, then checked
/// row by row (`ProgressSheet`). Whether each row names a task and unit of the site is checked
/// at assembly.
public enum ProgressReading {
    public static func read(_ file: (path: String, bytes: [UInt8])) -> (records: [ProgressRecord], errors: [Diagnostic], warnings: [Diagnostic]) {
        let rows: [SheetRow]
        var warnings: [Diagnostic] = []
        if file.path.lowercased().hasSuffix(".xlsx") {
            do {
                rows = try XLSXReader.rows(file.bytes, preferredSheet: ProgressSheet.sheetName)
            } catch {
                return ([], [.error(file.path, line: error.line, error.message)], [])
            }
        } else {
            do {
                let decoded = try SourceText.decodeContent(file.bytes, path: file.path, maximumBytes: 32 << 20)
                rows = CSVReader.rows(decoded.text)
                warnings = decoded.warnings
            } catch {
                return ([], [error], [])
            }
        }
        let (records, errors) = ProgressSheet.read(rows, path: file.path)
        return (records, errors, warnings)
    }
}
