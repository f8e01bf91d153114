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
