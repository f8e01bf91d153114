import BantinCore
import Foundation
import ZIPFoundation

/// The parts of a `.docx` (a ZIP of XML parts) that bantin reads, taken from the file's bytes in
/// memory. Guards against what arrives in a content folder: a Word 97 file or a password-protected
/// document (both OLE compound files, not ZIP), a corrupt or truncated file, a ZIP bomb.
struct DocxPackage {
    struct Limits: Sendable {
        /// Total bytes unpacked from the parts read.
        var maximumUnpackedBytes: Int
        /// Largest ratio of unpacked to packed size of one part (a real document.xml stays far
        /// below it; a bomb of zeros is in the thousands).
        var maximumRatio: Int = 200
    }

    var document: Data
    var styles: Data?
    var numbering: Data?

    static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func unpack(_ bytes: [UInt8], limits: Limits) throws(FormatError) -> DocxPackage {
        if bytes.starts(with: oleSignature) {
            // Word encrypts a protected .docx into an OLE file holding "EncryptedPackage".
            if containsUTF16(bytes, "EncryptedPackage") || containsUTF16(bytes, "EncryptionInfo") {
                throw FormatError("tài liệu Word được đặt mật khẩu nên không đọc được; hãy mở bằng Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu > Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại")
            }
            throw FormatError("đây là tệp Word 97–2003 (.doc) mang tên .docx; hãy mở bằng Word hoặc LibreOffice và lưu lại dạng .docx (Word Document)")
        }
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw FormatError("tệp không phải tài liệu Word .docx (không phải tệp ZIP); hãy mở bằng Word hoặc LibreOffice và lưu lại dạng .docx")
        }
        // ZIPFoundation's in-memory reader traps on offsets past the end of the data: check the
        // ZIP's directory against the bytes first, so a damaged file is an error, not a crash.
        guard ZIPDirectoryCheck.isSound(bytes) else { throw corrupt }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw corrupt
        }
        var budget = limits.maximumUnpackedBytes
        func part(_ path: String, required: Bool) throws(FormatError) -> Data? {
            guard let entry = archive[path] else {
                if required { throw corrupt }
                return nil
            }
            let declared = Int(clamping: entry.uncompressedSize)
            let packed = max(Int(clamping: entry.compressedSize), 1)
            if declared > budget || (declared > 1 << 20 && declared / packed > limits.maximumRatio) {
                throw bomb(limits)
            }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    // The declared size may lie: count what really comes out.
                    guard data.count + chunk.count <= budget else { throw Overflow() }
                    data.append(chunk)
                }
            } catch is Overflow {
                throw bomb(limits)
            } catch {
                throw corrupt
            }
            budget -= data.count
            return data
        }
        guard let document = try part("word/document.xml", required: true) else { throw corrupt }
        return DocxPackage(document: document, styles: try part("word/styles.xml", required: false),
                           numbering: try part("word/numbering.xml", required: false))
    }

    private struct Overflow: Error {}

    static let corrupt = FormatError("tệp .docx bị hỏng hoặc không trọn vẹn (có thể tải về hoặc chép chưa xong); hãy mở bằng Word để sửa (Word đề nghị khôi phục) rồi lưu lại, hoặc chép lại tệp gốc")

    static func bomb(_ limits: Limits) -> FormatError {
        FormatError("tệp .docx giải nén ra quá lớn (hơn \(limits.maximumUnpackedBytes >> 20) MiB, hoặc nén bất thường): có thể là tệp độc hại; không đọc tệp này. Nếu đây là văn bản thật, hãy xóa bớt hình ảnh rồi lưu lại")
    }

    private static func containsUTF16(_ bytes: [UInt8], _ name: String) -> Bool {
        let needle = name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        guard bytes.count >= needle.count, let first = needle.first else { return false }
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}

/// The structure of a ZIP file checked against its bytes: the end record, every central directory
/// record and every local header lie inside the file (APPNOTE.TXT §4.3). ZIP64 is refused: no
/// `.docx` needs 4 GiB.
enum ZIPDirectoryCheck {
    static func isSound(_ bytes: [UInt8]) -> Bool {
        func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= bytes.count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }
        func u32(_ at: Int) -> Int? {
            guard let low = u16(at), let high = u16(at + 2) else { return nil }
            return low | high << 16
        }
        // The end record: the last "PK\u{5}\u{6}" within the final 64 KiB + 22 bytes.
        let minimum = max(0, bytes.count - 0xFFFF - 22)
        var end = bytes.count - 22
        while end >= minimum, u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= minimum, let count = u16(end + 10), let size = u32(end + 12), let start = u32(end + 16),
              count != 0xFFFF, size != 0xFFFF_FFFF, start != 0xFFFF_FFFF, start + size <= end else { return false }
        var record = start
        for _ in 0..<count {
            guard u32(record) == 0x0201_4B50, let packed = u32(record + 20), let unpacked = u32(record + 24),
                  let nameLength = u16(record + 28), let extraLength = u16(record + 30), let commentLength = u16(record + 32),
                  let local = u32(record + 42), packed != 0xFFFF_FFFF, unpacked != 0xFFFF_FFFF, local != 0xFFFF_FFFF else { return false }
            guard u32(local) == 0x0403_4B50, let localName = u16(local + 26), let localExtra = u16(local + 28),
                  local + 30 + localName + localExtra + packed <= start else { return false }
            record += 46 + nameLength + extraLength + commentLength
            guard record <= start + size else { return false }
        }
        return true
    }
}
