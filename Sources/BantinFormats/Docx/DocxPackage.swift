import BantinCore
import Foundation

/// The parts of a `.docx` (a ZIP of XML parts) that bantin reads, taken from the file's bytes in
/// memory. Guards against what arrives in a content folder: a Word 97 file or a password-protected
/// document (both OLE compound files, not ZIP), a corrupt or truncated file, a ZIP bomb.
struct DocxPackage {
    typealias Limits = ZIPParts.Limits

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
        var parts = try ZIPParts(bytes, limits: limits, messages: .init(corrupt: corrupt, bomb: bomb(limits)))
        guard let document = try parts.part("word/document.xml", required: true) else { throw corrupt }
        return DocxPackage(document: document, styles: try parts.part("word/styles.xml", required: false),
                           numbering: try parts.part("word/numbering.xml", required: false))
    }

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
