import Foundation

/// Turns the bytes of a file into normalised text, or a diagnostic saying what is wrong with them.
///
/// Real files arrive as UTF-8 with or without a byte-order mark, as UTF-16 from Word's "Unicode
/// text", NFD from macOS, with CRLF from Windows — all of that is accepted and normalised. Bytes that
/// are not UTF-8 (TCVN3/ABC, VNI or Windows-1258 files from old office PCs) are refused with the line
/// and column of the first bad byte: guessing a legacy encoding wrongly would silently corrupt names.
public enum SourceText {
    public static func decode(_ bytes: [UInt8], path: String, maximumBytes: Int) throws(Diagnostic) -> String {
        guard bytes.count <= maximumBytes else {
            throw .error(path, line: 1, column: 1,
                "tệp quá lớn (\(bytes.count / 1024) KiB, giới hạn \(maximumBytes / 1024) KiB); hãy tách thành nhiều tệp hoặc tăng max_file_kib trong bantin.yml")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(bytes: bytes.dropFirst(2), encoding: encoding) else {
                throw .error(path, line: 1, column: 1, "tệp UTF-16 bị hỏng; hãy lưu lại tệp với mã hóa UTF-8")
            }
            return TextNormalization.normalize(text)
        }
        if let bad = UTF8Validation.firstInvalidByte(in: bytes) {
            let offset = bad.offset
            // Columns count characters, as an editor shows them.
            let column = String(decoding: bytes[bad.lineStart..<offset], as: UTF8.self).count + 1
            throw .error(path, line: bad.line, column: column,
                "tệp không phải UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true))); có thể là mã TCVN3, VNI hoặc Windows-1258 — hãy mở bằng trình soạn thảo và lưu lại với mã hóa UTF-8 (Unicode)")
        }
        return TextNormalization.normalize(String(decoding: bytes, as: UTF8.self))
    }
}
