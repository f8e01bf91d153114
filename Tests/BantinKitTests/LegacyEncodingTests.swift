import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit

/// TCVN3, VNI-Windows, Windows-1258 and misread UTF-8: decoding, and choosing among them by the
/// statistics of Vietnamese syllables (domain.md §7).
@Suite struct LegacyEncodingTests {
    static func latin1(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8($0.value) } }

    @Test(arguments: [
        // The signatures of domain.md §7.1, as a Windows-1252 editor shows the bytes.
        ("§¶ng ñy", "Đảng ủy"), ("nh©n d©n", "nhân dân"), ("ViÖt Nam", "Việt Nam"), ("Héi", "Hội"),
        ("x·", "xã"), ("th¸ng", "tháng"), ("Th«ng b¸o", "Thông báo"), ("Uû ban", "Uỷ ban"),
        ("th\u{AD}êng vô", "thường vụ"),
    ])
    func tcvn3(bytes: String, expected: String) {
        #expect(TCVN3.letters(Self.latin1(bytes)) == expected)
    }

    @Test(arguments: [
        ("Vieät Nam", "Việt Nam"), ("Ñaûng uûy", "Đảng ủy"), ("nhaân daân", "nhân dân"), ("Hoäi", "Hội"),
        ("xaõ", "xã"), ("thaùng", "tháng"), ("Thoâng baùo", "Thông báo"), ("tröôøng", "trường"),
        ("THOÂNG BAÙO", "THÔNG BÁO"), ("ÑAÛNG UÛY", "ĐẢNG ỦY"), ("kyø", "kỳ"), ("æ ó ò î", "ỉ ĩ ị ỵ"),
    ])
    func vni(bytes: String, expected: String) {
        #expect(LegacyEncoding.vni.decode(Self.latin1(bytes)) == expected)
    }

    @Test func windows1258ComposesToNFC() throws {
        // "Việt Nam Đảng": e, circumflex (0xEA = ê), combining dot below (0xF2); Đ = 0xD0, combining hook 0xD2.
        let bytes: [UInt8] = [0x56, 0x69, 0xEA, 0xF2, 0x74, 0x20, 0x4E, 0x61, 0x6D, 0x20, 0xD0, 0x61, 0xD2, 0x6E, 0x67]
        let text = try #require(LegacyEncoding.windows1258.decode(bytes))
        #expect(text == "Việt Nam Đảng")
        #expect(text.unicodeScalars.count == 13)
    }

    @Test func misreadUTF8IsRepaired() {
        // The UTF-8 bytes read as Windows-1252, and saved again.
        let misread = String(String.UnicodeScalarView(Array("Việt Nam, Đảng ủy xã, thường vụ".utf8).map(Windows1252.scalar)))
        #expect(misread.hasPrefix("Viá»‡t"))
        #expect(MisreadUTF8.repair(misread) == "Việt Nam, Đảng ủy xã, thường vụ")
        let verdict = LegacyEncodingDetector.detectMisreadUTF8(misread)
        #expect(verdict?.encoding == .misreadUTF8)
        // Correct Vietnamese is left alone.
        #expect(LegacyEncodingDetector.detectMisreadUTF8("Việt Nam, Đảng ủy xã, thường vụ, tháng") == nil)
    }

    @Test(arguments: ["ngày", "tháng", "năm", "Đảng", "ủy", "Uỷ", "nghiêng", "giêng", "quý", "khuyến", "người", "xoong", "gì", "Ở",
                      "hoà", "hòa", "thuý", "thúy", "của", "cười", "sáu", "TRƯỜNG"])
    func validSyllables(word: String) {
        #expect(VietnameseSyllable.isValid(word))
    }

    @Test(arguments: ["§¶ng", "ñy", "aù", "caù", "ngàỳ", "Ñaûng", "thx", "uûy", "nh©n", "Vieät"])
    func invalidSyllables(word: String) {
        #expect(!VietnameseSyllable.isValid(word))
    }

    /// The byte 0xF1 is ủ in TCVN3 and đ in VNI: the whole text decides, in both directions.
    @Test func oneByteTwoMeaningsDecidedByTheText() throws {
        let tcvn = Self.latin1("Ban Th\u{AD}êng vô §¶ng ñy x· häp phiªn th\u{AD}êng kú th¸ng 3")
        let vni = Self.latin1("Ban Thöôøng vuï Ñaûng uûy xaõ hoïp phieân thöôøng kyø thaùng 3; ñoàng chí Bí thö")
        #expect(LegacyEncodingDetector.detect8Bit(tcvn)?.encoding == .tcvn3)
        #expect(LegacyEncodingDetector.detect8Bit(tcvn)?.text == "Ban Thường vụ Đảng ủy xã họp phiên thường kỳ tháng 3")
        #expect(LegacyEncodingDetector.detect8Bit(vni)?.encoding == .vni)
        #expect(LegacyEncodingDetector.detect8Bit(vni)?.text == "Ban Thường vụ Đảng ủy xã họp phiên thường kỳ tháng 3; đồng chí Bí thư")
    }

    /// Latin-1 text in another language, or too few words, is not guessed: today's error stays.
    @Test(arguments: [
        "Le comité s'est réuni à Genève; élève, fenêtre, août, où, déjà, très, être",
        "Für Überprüfung: Größe, Straße, schön, Mädchen, Bücher, Küche",
        "Ban §¶ng",
    ])
    func notVietnameseIsNotGuessed(text: String) {
        #expect(LegacyEncodingDetector.detect8Bit(Self.latin1(text)) == nil)
    }

    /// Lines typed in the `.VnTimeH` capitals font come back as capitals; body text keeps its case.
    @Test func tcvn3CapitalLines() {
        let bytes = Self.latin1("®¶ng bé tØnh thanh hãa\r\n\r\nth«ng b¸o\r\n\r\nt/m ban th\u{AD}êng vô\r\nbÝ th\u{AD}\r\n\r\nMét lµ, tæ chøc tèt.\r\n\r\n- l\u{AD}u vp®u.\r\n")
        let text = LegacyEncoding.tcvn3.decode(bytes)!.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(text == "ĐẢNG BỘ TỈNH THANH HÓA\n\nTHÔNG BÁO\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nMột là, tổ chức tốt.\n\n- lưu vpđu.\n")
    }

    /// The fixtures, encoded by scripts/make-format-fixtures.py independently of these decoders,
    /// are recognised as what they are and decode to their UTF-8 twin.
    @Test(arguments: [("tcvn3", LegacyEncoding.tcvn3), ("vni", .vni), ("cp1258", .windows1258)])
    func fixturesDecodeToTheirTwin(suffix: String, encoding: LegacyEncoding) throws {
        let folder = Package.fixtures.appendingPathComponent("formats")
        for name in ["seed", "05-bau-cu", "10-tet-le-hoi-xuan"] {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent("\(name).\(suffix).txt")))
            let (text, warnings) = try SourceText.decodeContent(bytes, path: "\(name).\(suffix).txt", maximumBytes: 1 << 20)
            #expect(warnings.count == 1)
            #expect(warnings.first?.message.contains(encoding.displayName) == true)
            let twin = try String(contentsOf: folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
            // TCVN3 has no toned capitals inside mixed lines ("Ủy" is typed "Uỷ"): compare folded.
            if encoding == .tcvn3 {
                #expect(FoldedText.key(text) == FoldedText.key(twin), "\(name)")
            } else {
                #expect(text == TextNormalization.normalize(twin), "\(name)")
            }
        }
    }
}
