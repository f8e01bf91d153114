import BantinFormats
import BantinCore
import Foundation

/// The text layer of a PDF, by poppler's `pdftotext -layout` (Debian: poppler-utils). A file
/// operation, so it runs at the loading end; cleaning the text up is `PDFTextCleaner`'s pure work.
enum PDFTextExtraction {
    static func text(of url: URL, display: String) throws(Diagnostic) -> [UInt8] {
        guard let size = try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int, size > 0 else {
            throw .error(display, "tệp PDF rỗng (0 byte); hãy in lại PDF từ tệp Word gốc, hoặc chép tệp Word .docx vào content/")
        }
        guard let extracted = run("pdftotext", ["-layout", "-enc", "UTF-8", "-eol", "unix", url.path, "-"]) else {
            throw missingPoppler(display)
        }
        // pdftotext says itself when a file is encrypted or damaged: no pdfinfo run first.
        guard extracted.status == 0 else {
            if isPasswordError(extracted.error) { throw encrypted(display) }
            throw .error(display, "tệp PDF bị hỏng hoặc không trọn vẹn, không đọc được chữ (\(firstLine(extracted.error))); hãy chép lại tệp, in lại PDF từ tệp Word gốc, hoặc chép tệp Word .docx vào content/ thay cho PDF")
        }
        guard PDFTextCleaner.hasText(extracted.output) else {
            throw .error(display, "tệp PDF không có lớp chữ (có lẽ là bản quét hoặc ảnh chụp); hãy chép tệp Word .docx gốc vào content/, hoặc nhận dạng chữ trước (OCR, ví dụ: ocrmypdf -l vie tệp.pdf tệp-ocr.pdf, với các gói Debian ocrmypdf và tesseract-ocr-vie)")
        }
        return Array(extracted.output.utf8)
    }

    private static func isPasswordError(_ text: String) -> Bool {
        text.localizedCaseInsensitiveContains("password") || text.localizedCaseInsensitiveContains("encrypt")
    }

    private static func encrypted(_ display: String) -> Diagnostic {
        .error(display, "tệp PDF được đặt mật khẩu nên không đọc được chữ; hãy dùng tệp Word .docx gốc, hoặc xuất lại PDF không đặt mật khẩu")
    }

    private static func missingPoppler(_ display: String) -> Diagnostic {
        .error(display, "cần chương trình pdftotext để đọc tệp PDF; hãy cài gói poppler-utils (apt-get install poppler-utils), hoặc chép tệp Word .docx gốc vào content/")
    }

    private static func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n").first ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// Runs a program found on PATH; nil when it cannot be started.
    private static func run(_ program: String, _ arguments: [String]) -> (status: Int32, output: String, error: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let output = Pipe()
        // Messages go to a file: a broken PDF can make poppler print more than a pipe holds.
        let errorURL = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errorURL.path, contents: nil),
              let errorFile = try? FileHandle(forWritingTo: errorURL) else { return nil }
        defer { try? FileManager.default.removeItem(at: errorURL) }
        process.standardOutput = output
        process.standardError = errorFile
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? errorFile.close()
        let errorData = FileManager.default.contents(atPath: errorURL.path) ?? Data()
        // env reports a missing program with status 127.
        if process.terminationStatus == 127 { return nil }
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}
