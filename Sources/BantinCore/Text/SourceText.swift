import Foundation

/// Turns the bytes of a file into normalised text, or a diagnostic saying what is wrong with them.
///
/// Real files arrive as UTF-8 with or without a byte-order mark, as UTF-16 from Word's "Unicode
/// text", NFD from macOS, with CRLF from Windows — all of that is accepted and normalised. Content
/// files in a legacy encoding (TCVN3/ABC, VNI or Windows-1258 from old office PCs, or UTF-8 once
/// misread as Windows-1252) are converted when the statistics of their words say clearly which
/// encoding it is, with a warning naming it; otherwise they are refused with the line and column of
/// the first bad byte: guessing wrongly would silently corrupt names.
public enum SourceText {
    /// Content text: a legacy encoding is recognised and converted, with a warning.
    public static func decodeContent(_ bytes: [UInt8], path: String, maximumBytes: Int) throws(Diagnostic)
        -> (text: String, warnings: [Diagnostic])
    {
        do {
            let text = try decode(bytes, path: path, maximumBytes: maximumBytes)
            if let verdict = LegacyEncodingDetector.detectMisreadUTF8(text) {
                return (TextNormalization.normalize(verdict.text), [converted(verdict, path: path)])
            }
            return (text, [])
        } catch {
            guard UTF8Validation.firstInvalidOffset(bytes) != nil, bytes.count <= maximumBytes,
                  let verdict = LegacyEncodingDetector.detect8Bit(bytes) else { throw error }
            return (TextNormalization.normalize(verdict.text), [converted(verdict, path: path)])
        }
    }

    private static func converted(_ verdict: LegacyEncodingDetector.Verdict, path: String) -> Diagnostic {
        .warning(path, line: 1,
            "tệp viết bằng mã \(verdict.encoding.displayName), đã chuyển sang Unicode; hãy kiểm tra lại chữ trên trang, và lưu lại tệp với mã hóa UTF-8 (Unicode) để khỏi phải đoán")
    }

    /// Strict: UTF-8 (or UTF-16 with a byte-order mark), else an error at the first bad byte.
    public static func decode(_ bytes: [UInt8], path: String, maximumBytes: Int) throws(Diagnostic) -> String {
        guard bytes.count <= maximumBytes else {
            throw .error(path, line: 1, column: 1,
                "tệp quá lớn (\(bytes.count / 1024) KiB, giới hạn \(maximumBytes / 1024) KiB); hãy tách thành nhiều tệp hoặc tăng max_file_kib trong bantin.yml")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return TextNormalization.normalize(try utf16(bytes, path: path))
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

    /// UTF-16 after its byte-order mark, strictly: an odd byte count (a file cut short) used to
    /// lose its last byte without a word, and a lone surrogate is damage too.
    static func utf16(_ bytes: [UInt8], path: String) throws(Diagnostic) -> String {
        let littleEndian = bytes[0] == 0xFF
        let body = bytes.dropFirst(2)
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let (first, second) = (UInt16(body[index]), UInt16(body[index + 1]))
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        func line() -> Int { String(decoding: units, as: UTF16.self).split(separator: "\n", omittingEmptySubsequences: false).count }
        guard body.count % 2 == 0 else {
            throw .error(path, line: line(), "tệp UTF-16 bị cắt cụt (số byte lẻ: thiếu nửa ký tự cuối); hãy lưu lại tệp với mã hóa UTF-8")
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw .error(path, line: 1, column: 1, "tệp UTF-16 bị hỏng (có nửa cặp ký tự thay thế lẻ loi); hãy lưu lại tệp với mã hóa UTF-8")
        }
        return text
    }
}
