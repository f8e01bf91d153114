import BantinCore
import Foundation
import ZIPFoundation

/// The XML parts of an Office Open XML package (a ZIP: `.docx`, `.xlsx`), taken from the file's
/// bytes in memory, within a budget: a damaged or truncated file, or a ZIP bomb, is an error that
/// names the kind of file (the messages come from the caller), never a crash.
struct ZIPParts {
    struct Limits: Sendable {
        /// Total bytes unpacked from the parts read.
        var maximumUnpackedBytes: Int
        /// Largest ratio of unpacked to packed size of one part (a real part stays far below it;
        /// a bomb of zeros is in the thousands).
        var maximumRatio: Int = 200
    }

    /// What to say about a damaged file and a bomb.
    struct Messages: Sendable {
        var corrupt: FormatError
        var bomb: FormatError
    }

    private let archive: Archive
    private var budget: Int
    private let limits: Limits
    private let messages: Messages

    init(_ bytes: [UInt8], limits: Limits, messages: Messages) throws(FormatError) {
        // ZIPFoundation's in-memory reader traps on offsets past the end of the data: check the
        // ZIP's directory against the bytes first, so a damaged file is an error, not a crash.
        guard bytes.starts(with: [0x50, 0x4B]), ZIPDirectoryCheck.isSound(bytes) else { throw messages.corrupt }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw messages.corrupt
        }
        budget = limits.maximumUnpackedBytes
        self.limits = limits
        self.messages = messages
    }

    /// A part by its path in the package; nil when the package has none and it is not required.
    mutating func part(_ path: String, required: Bool) throws(FormatError) -> Data? {
        guard let entry = archive[path] else {
            if required { throw messages.corrupt }
            return nil
        }
        let declared = Int(clamping: entry.uncompressedSize)
        let packed = max(Int(clamping: entry.compressedSize), 1)
        if declared > budget || (declared > 1 << 20 && declared / packed > limits.maximumRatio) {
            throw messages.bomb
        }
        var data = Data()
        let budget = self.budget
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                // The declared size may lie: count what really comes out.
                guard data.count + chunk.count <= budget else { throw Overflow() }
                data.append(chunk)
            }
        } catch is Overflow {
            throw messages.bomb
        } catch {
            throw messages.corrupt
        }
        self.budget -= data.count
        return data
    }

    private struct Overflow: Error {}
}

/// The structure of a ZIP file checked against its bytes: the end record, every central directory
/// record and every local header lie inside the file (APPNOTE.TXT §4.3). ZIP64 is refused: no
/// office document needs 4 GiB.
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
