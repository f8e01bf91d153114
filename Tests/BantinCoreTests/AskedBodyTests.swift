import Testing
@testable import BantinCore

/// Bodies a directive asks for or hands work to in the wordings of district and ward write-ups
/// (Fixtures/real 701–730): the body whose part is asked for, and the residential areas addressed.
struct AskedBodyTests {
    static func roles(_ text: String) -> [String] {
        RealTextUnitTests.units(text).map { "\($0.unitID):\($0.role)" }
    }

    // 710 ("… yêu cầu sự vào cuộc quyết liệt của chính quyền cơ sở"): "yêu cầu sự vào cuộc … của X" asks X.
    @Test(arguments: [
        ("Ban chỉ đạo của thành phố yêu cầu sự vào cuộc quyết liệt của các cấp ủy, chính quyền.", "dang-uy:requested"),
        ("UBND xã đề nghị sự phối hợp chặt chẽ của Công an xã trong đợt cao điểm.", "cax:requested"),
    ])
    func theBodyWhosePartIsAskedForIsAsked(sentence: String, expected: String) {
        #expect(Self.roles(sentence).contains(expected), "\(sentence) → \(Self.roles(sentence))")
    }

    // Not asked: a request made by the body ("theo yêu cầu của"), a part told ("sự vào cuộc của").
    @Test func aRequestOfTheBodyIsNoRequestToIt() {
        #expect(!Self.roles("Các thôn báo cáo kết quả theo yêu cầu của UBND xã.").contains("ubnd:requested"))
        #expect(!Self.roles("Nhờ sự vào cuộc của Công an xã, tình hình đã ổn định.").contains("cax:requested"))
    }

    // 705: the residential areas addressed are the hamlets; as a place they are no unit.
    @Test func residentialAreasAddressedAreTheHamlets() {
        #expect(Self.roles("UBND phường giao nhiệm vụ cho các địa bàn dân cư trực tiếp phối hợp dập dịch.").contains("xom:lead"))
        #expect(!Self.roles("Tiếp tục tuyên truyền phòng chống dịch tại các địa bàn dân cư.").contains { $0.hasPrefix("xom") })
    }

    // 727: bodies at every level that open the clause are told to act; named after it they are a
    // general reference.
    @Test func bodiesAtEveryLevelOpeningTheClauseAct() {
        #expect(Self.roles("Lực lượng Công an và chính quyền các cấp nắm chắc tình hình an ninh nông thôn tại địa bàn.")
            == ["cax:lead", "ubnd:lead"])
        #expect(Self.roles("Tuyên truyền sâu rộng về vai trò của Hội đồng nhân dân và Ủy ban nhân dân các cấp.").isEmpty)
    }

    // 707: a commune addressed by name is its People's Committee; named as a place it is no unit.
    @Test func aCommuneAddressedByNameIsItsCommittee() {
        #expect(Self.roles("Chủ tịch UBND huyện yêu cầu xã Bắc Sơn tập trung đôn đốc đẩy nhanh tiến độ thi công.").contains("ubnd:lead"))
        #expect(Self.roles("Đề nghị phường Phúc La rà soát các hộ kinh doanh.").contains("ubnd:requested"))
        #expect(Self.roles("Tổ chức hội nghị tại xã Bắc Sơn để rút kinh nghiệm.").isEmpty)
        #expect(Self.roles("Học tập kinh nghiệm của xã Bắc Sơn trong xây dựng nông thôn mới.").isEmpty)
    }
}
