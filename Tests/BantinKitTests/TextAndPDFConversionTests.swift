import Foundation
import Testing
@testable import BantinFormats

/// Plain text and pdftotext's text to Markdown, on small inputs each showing one rule.
@Suite struct TextAndPDFConversionTests {
    @Test func plainTextParagraphsListsAndEscapes() {
        let text = """
            ĐẢNG ỦY XÃ XUÂN HƯNG
            *
            THÔNG BÁO
            -----
            1. Ủy ban nhân dân xã:
            - Chỉ đạo thu hoạch lúa.
            + Hoàn thành trước ngày 15/6.
            - Rà soát hộ nghèo.
            Một là, tổ chức **tốt** <b>hội nghị</b>.
            # không phải tiêu đề
            """
        #expect(PlainTextConverter.convert(text).markdown == """
            ĐẢNG ỦY XÃ XUÂN HƯNG

            \\*

            THÔNG BÁO

            -----

            1. Ủy ban nhân dân xã:

               - Chỉ đạo thu hoạch lúa.

                 + Hoàn thành trước ngày 15/6.

               - Rà soát hộ nghèo.

            Một là, tổ chức \\*\\*tốt\\*\\* \\<b>hội nghị\\</b>.

            \\# không phải tiêu đề

            """)
    }

    @Test func plainTextLineMap() {
        let converted = PlainTextConverter.convert("Một\n\n\nHai\nBa\n")
        #expect(converted.markdown == "Một\n\nHai\n\nBa\n")
        #expect((1...5).map(converted.sourceLine) == [1, 4, 4, 5, 5])
    }

    @Test func wordTextExportTableIsATaskBlock() {
        let text = "Đơn vị\tNhiệm vụ\tThời hạn\nUBND xã\tRa quân dọn vệ sinh\ttrước 10/02/2026\n\nNơi nhận:"
        #expect(PlainTextConverter.convert(text).markdown == "```nhiem-vu\nĐơn vị | Nhiệm vụ | Thời hạn\nUBND xã | Ra quân dọn vệ sinh | trước 10/02/2026\n```\n\nNơi nhận:\n")
    }

    /// Two pages as `pdftotext -layout` prints them: a running header and page numbers, the
    /// two-column HD36 header, a paragraph cut by the page break, a word cut at a hyphen, the
    /// page number glued to the signer's name, and the two-column signature.
    static let twoPages = """
        Văn phòng Đảng ủy

         ĐẢNG BỘ TỈNH THANH HÓA                    ĐẢNG CỘNG SẢN VIỆT NAM
         ĐẢNG ỦY XÃ XUÂN HƯNG                      Xuân Hưng, ngày 30 tháng 01 năm
                                                                2026
                 *
             Số 15-TB/ĐU
                                         THÔNG BÁO
        Sáng ngày 29 tháng 01 năm 2026, BCH Đảng bộ xã tổ chức Hội nghị triển khai
        chương trình công tác tháng 02/2026 với sự tham dự của các đồng chí Ủy viên
        BCH, nhiệm kỳ 2025-
        2030.
        Một là, tiếp tục đổi mới phương thức lãnh đạo, nâng cao chất lượng sinh hoạt
        chi bộ; triển khai các nhiệm vụ trọng tâm, tập trung rà soát kỹ năng sử dụng

                                            1
        \u{0C}Văn phòng Đảng ủy

        học liệu số cho cán bộ, đảng viên.
        Hai là, làm tốt công tác chuẩn bị bầu cử.
                    Nơi nhận:                       T/L BAN THƯỜNG VỤ
        - Như trên,                                 CHÁNH VĂN PHÒNG
        - Lưu VPĐU.
                                                     Trần Văn Điệp2
        """

    @Test func pdfTextBecomesTheDocument() {
        #expect(PDFTextCleaner.convert(Self.twoPages).markdown == """
            ĐẢNG BỘ TỈNH THANH HÓA

            ĐẢNG ỦY XÃ XUÂN HƯNG

            \\*

            Số 15-TB/ĐU

            ĐẢNG CỘNG SẢN VIỆT NAM

            Xuân Hưng, ngày 30 tháng 01 năm 2026

            THÔNG BÁO

            Sáng ngày 29 tháng 01 năm 2026, BCH Đảng bộ xã tổ chức Hội nghị triển khai chương trình công tác tháng 02/2026 với sự tham dự của các đồng chí Ủy viên BCH, nhiệm kỳ 2025-2030.

            Một là, tiếp tục đổi mới phương thức lãnh đạo, nâng cao chất lượng sinh hoạt chi bộ; triển khai các nhiệm vụ trọng tâm, tập trung rà soát kỹ năng sử dụng học liệu số cho cán bộ, đảng viên.

            Hai là, làm tốt công tác chuẩn bị bầu cử.

            Nơi nhận:

            - Như trên,

            - Lưu VPĐU.

            T/L BAN THƯỜNG VỤ

            CHÁNH VĂN PHÒNG

            Trần Văn Điệp

            """)
    }

    /// A task table as pdftotext lays it out: wrapped cells on the lines below, a unit cell running
    /// into the task cell with one space, the paragraph after it without a blank line.
    @Test func pdfTaskTable() {
        let text = """
            Đơn vị                   Nhiệm vụ                Thời hạn
            UBND xã                  Chỉ đạo thu hoạch dứt Trước ngày 20/6/2026
                                     điểm lúa vụ Xuân; hướng
                                     dẫn Nhân dân làm đất
            Ủy ban MTTQ xã, các Tổ chức các hoạt động Trước ngày 28/6/2026
            đoàn thể                 kỷ niệm Ngày Gia đình
            Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ chịu trách nhiệm trước
            Ban Thường vụ Đảng ủy về kết quả thực hiện.
            """
        #expect(PDFTextCleaner.convert(text).markdown == """
            ```nhiem-vu
            Đơn vị | Nhiệm vụ | Thời hạn
            UBND xã | Chỉ đạo thu hoạch dứt điểm lúa vụ Xuân; hướng dẫn Nhân dân làm đất | Trước ngày 20/6/2026
            Ủy ban MTTQ xã, các đoàn thể | Tổ chức các hoạt động kỷ niệm Ngày Gia đình | Trước ngày 28/6/2026
            ```

            Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ chịu trách nhiệm trước Ban Thường vụ Đảng ủy về kết quả thực hiện.

            """)
    }

    @Test(arguments: ["2", "- 2 -", "Trang 2", "2/6", " 12 "])
    func pageNumberLines(line: String) {
        #expect(PDFTextCleaner.isPageNumber(line.trimmed(of: " "), page: 2))
    }

    @Test func ordinaryShortLinesAreNotPageNumbers() {
        #expect(!PDFTextCleaner.isPageNumber("2026.", page: 2))
        #expect(!PDFTextCleaner.isPageNumber("Điều 2", page: 2))
        #expect(PDFTextCleaner.strippingGluedPageNumber("Trần Văn Điệp2", page: 2) == "Trần Văn Điệp")
        #expect(PDFTextCleaner.strippingGluedPageNumber("năm 2026", page: 6) == "năm 2026")
        #expect(PDFTextCleaner.strippingGluedPageNumber("Số 12", page: 2) == "Số 12")
    }

    @Test func noTextLayer() {
        #expect(!PDFTextCleaner.hasText("\u{0C}\n   \n\u{0C}"))
        #expect(PDFTextCleaner.hasText("THÔNG BÁO"))
    }
}
