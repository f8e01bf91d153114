import Foundation
import Testing
@testable import BantinCore
@testable import BantinKit

/// Text copied from a printed page or a PDF keeps the page's line breaks inside its sentences: a
/// break after a line with no mark of its own, before a line going on in lower case, wraps the
/// sentence and is no line end. Lines that end with a mark, or open with a capital or a marker,
/// stay lines of their own.
struct WrappedLineReaderTests {
    static func starts(_ text: String) throws -> [String] {
        try ProseReaderTests.starts(text)
    }

    // 908 (baolamdong.vn, 2019): a lead-in and five run-in ordinals, the page's line breaks kept,
    // one of them between "Thứ" and "hai".
    @Test func runInOrdinalsOverWrappedLinesAreFive() throws {
        let text = """
        Trước tình hình dịch tả lợn Châu Phi có chiều hướng lây lan
        trên địa bàn, UBND tỉnh Lâm Đồng vừa có văn bản hỏa tốc chỉ đạo UBND các huyện,
        thành phố trong tỉnh triển khai quyết liệt 5 nhóm giải pháp cấp bách để ngăn chặn,
        khống chế hiệu quả.
        Thứ nhất, nâng cao tinh thần trách nhiệm chỉ đạo phòng, chống
        dịch tả lợn Châu Phí đối với Chủ tịch UBND huyện, thành phố và xã, thị trấn. Thứ
        hai, huy động hệ thống chính trị tăng cường tuyên truyền đến trang trại và hộ
        chăn nuôi chấp hành thực hiện khai báo. Thứ ba, chủ động bao
        vây dập dịch, không để lây lan ra vùng lân cận. Thứ tư, hướng dẫn tiêu độc, khử
        trùng tại vùng có dịch. Thứ năm, thành lập các tổ chức
        năng hỗ trợ người dân tại phường, xã nhanh chóng xử lý các ổ dịch.
        """
        let tasks = try ProseReaderTests.read(text).rawTasks
        #expect(tasks.map(\.label) == ["Thứ nhất", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm"])
        #expect(tasks.first?.text.hasSuffix("xã, thị trấn.") == true, "\(tasks.first?.text ?? "")")
    }

    /// The lines the reader reads, as text.
    static func lines(_ text: String) -> [String] {
        let prose = ProseText(text)
        return ProseSegmenter.lines(of: prose, in: 0..<prose.bytes.count).map { String(decoding: prose.bytes[$0], as: UTF8.self) }
    }

    @Test func aBreakInsideASentenceWraps() {
        #expect(Self.lines("nâng cao tinh thần trách nhiệm chỉ đạo phòng, chống\ndịch tả lợn Châu Phi.").count == 1)
        #expect(Self.lines("đối với Chủ tịch UBND huyện. Thứ\nhai, huy động hệ thống chính trị").count == 1)
    }

    // Counter-examples: a line that ends with a mark, or a next line that opens with a capital, a
    // digit or a marker, is a line of its own ("one directive per line" notices).
    @Test(arguments: [
        "Các thôn tổ chức tổng vệ sinh môi trường.\ntrạm Y tế xã phun thuốc khử khuẩn",
        "Thời gian: từ ngày 20/3/2026;\nđịa điểm: hội trường UBND xã",
        "UBND xã đề nghị:\ncác thôn tổ chức tổng vệ sinh",
        "Các thôn tổ chức tổng vệ sinh môi trường\nTrạm Y tế xã phun thuốc khử khuẩn",
        "Các thôn tổ chức tổng vệ sinh môi trường\n- Trạm Y tế xã phun thuốc khử khuẩn",
        "Các thôn tổ chức tổng vệ sinh môi trường\n2. Trạm Y tế xã phun thuốc khử khuẩn",
    ])
    func aLineWithAMarkOrANewStartStaysALine(text: String) {
        #expect(Self.lines(text).count == 2, "\(Self.lines(text))")
    }
}
