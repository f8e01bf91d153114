import Testing
@testable import BantinCore

@Test(arguments: [
    ("Ủy ban MTTQ xã", "uy ban mttq xa"),
    ("Uỷ ban", "uy ban"),
    ("hoà", "hoa"),
    ("ĐẢNG ỦY", "dang uy"),
    ("Văn hóa – Xã hội", "van hoa - xa hoi"),
    ("Tra\u{0323}m Y te\u{0302}\u{0301}", "tram y te"),
    ("a\u{00A0} \t b", "a b"),
])
func foldingIgnoresDiacriticsCaseAndTonePlacement(input: String, expected: String) {
    #expect(FoldedText(input).string == expected)
}

@Test func foldedRangesMapBackToTheOriginal() {
    let text = "Giao Trạm Y tế xã chủ trì"
    let folded = FoldedText(text)
    let start = folded.string.range(of: "tram y te xa")!
    let lower = folded.string.utf8.distance(from: folded.string.startIndex, to: start.lowerBound)
    let upper = folded.string.utf8.distance(from: folded.string.startIndex, to: start.upperBound)
    let original = folded.originalRange(lower..<upper)
    let bytes = Array(text.utf8)[original]
    #expect(String(decoding: bytes, as: UTF8.self) == "Trạm Y tế xã")
}

@Test(arguments: [
    ("Trạm Y tế xã", "tram-y-te-xa"),
    ("Kết luận tháng 02/2026", "ket-luan-thang-02-2026"),
    ("../../etc/passwd", "etc-passwd"),
    ("///", "trang"),
])
func slugsAreSafeASCII(input: String, expected: String) {
    #expect(Slug(input).value == expected)
}

/// The byte-level white space collapse agrees with `Character.isWhitespace` on every scalar it
/// could meet next to Vietnamese text: each white space scalar of Unicode's list, their UTF-8
/// neighbours that are not white space, and ends kept or trimmed.
@Test func collapsingWhiteSpaceAgreesWithCharacterIsWhitespace() {
    func reference(_ text: String, keepingEnds: Bool) -> String {
        var result = ""
        var pending = false
        for character in text {
            if character.isWhitespace { pending = keepingEnds || !result.isEmpty; continue }
            if pending { result.append(" "); pending = false }
            result.append(character)
        }
        if pending && keepingEnds { result.append(" ") }
        return result
    }
    let scalars: [UInt32] = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0xA1, 0x1680, 0x1681, 0x167F, 0x1FFF, 0x2000, 0x2005,
                             0x200A, 0x200B, 0x2027, 0x2028, 0x2029, 0x202F, 0x2030, 0x205F, 0x2060, 0x3000, 0x3001, 0x1EA1]
    for scalar in scalars {
        let space = String(Character(Unicode.Scalar(scalar)!))
        for text in ["a\(space)b", "\(space)Trạm\(space)\(space)y tế\(space)", "\(space)", "đ\(space)\t\(space)ề"] {
            for keep in [false, true] {
                #expect(TextNormalization.collapseWhitespace(text, keepingEnds: keep) == reference(text, keepingEnds: keep),
                        "U+\(String(scalar, radix: 16)) in \(text.debugDescription), keepingEnds \(keep)")
            }
        }
    }
    // Texts with nothing to collapse (or only their ends) take the short way, to the same result.
    for text in ["", "Trạm y tế xã", " đầu", "cuối ", " ", "a b  c", "Ủy ban\u{7}MTTQ"] {
        for keep in [false, true] {
            #expect(TextNormalization.collapseWhitespace(text, keepingEnds: keep) == reference(text, keepingEnds: keep),
                    "\(text.debugDescription), keepingEnds \(keep)")
            #expect(TextNormalization.collapseWhitespace(text.dropFirst(0), keepingEnds: keep) == reference(text, keepingEnds: keep))
        }
    }
}

@Test func byteSearchFindsOnlyWholeSequences() {
    #expect(Array("Năm Bính Ngọ".utf8).contains(bytes: Array("Bính".utf8)))
    #expect(!Array("Bình Định".utf8).contains(bytes: Array("Bính".utf8)))
    #expect(Array("ab".utf8).contains(bytes: []))
    #expect(!Array("a".utf8).contains(bytes: Array("ab".utf8)))
    #expect(WrittenDates.mentionsStem("xuân Quý Mão"))
    #expect(!WrittenDates.mentionsStem("không có can nào"))
}
