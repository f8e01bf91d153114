import Testing
@testable import BantinKit

/// A body's direction stated in the present opens the directive part of a write-up: the
/// paragraphs after it carry it on until a report (727).
struct PresentDirectionReaderTests {
    @Test func theParagraphsAfterABodysDirectionCarryItOn() throws {
        let text = """
        Bảo đảm an ninh trật tự dịp Tết

        Dự báo tình hình an ninh trật tự sẽ có nhiều diễn biến phức tạp, vì thế UBND huyện chỉ đạo tập trung đẩy mạnh công tác tuyên truyền, vận động Nhân dân tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc.

        Lực lượng Công an nắm chắc tình hình an ninh nông thôn tại địa bàn; chủ động phát hiện, giải quyết kịp thời những mâu thuẫn, tranh chấp.

        Tăng cường các biện pháp phòng, chống dịch, hướng dẫn, đôn đốc Công an xã chủ động nắm tình hình.

        Tại hội nghị, các xã đã ký cam kết bảo đảm trật tự an toàn xã hội.
        """
        #expect(try ProseReaderTests.starts(text, length: 14) == ["Dự báo tình hì", "Lực lượng Công", "chủ động phát ", "Tăng cường các"])
    }

    // Told with "đã", the direction is an account: the paragraphs after it are too.
    @Test func aToldDirectionOpensNothing() throws {
        let text = """
        Kết quả bảo đảm an ninh trật tự dịp Tết

        Trong dịp Tết vừa qua, UBND huyện đã chỉ đạo tập trung đẩy mạnh công tác tuyên truyền, vận động Nhân dân tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc.

        Lực lượng Công an nắm chắc tình hình an ninh nông thôn tại địa bàn.
        """
        #expect(try ProseReaderTests.starts(text, length: 14).isEmpty)
    }
}
