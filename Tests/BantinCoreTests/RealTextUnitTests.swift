import Testing
@testable import BantinCore

/// Units real texts name, and who is no unit of a task.
struct RealTextUnitTests {
    static let registry = UnitRegistry.standard

    @Test(arguments: [
        ("áp dụng khoa học kỹ thuật", [String]()),
        ("Trưởng ấp nhắc nhở các hộ dân", ["xom"]),
        ("các ban, ngành phối hợp", ["cac-co-quan-don-vi"]),
        ("các thôn, bản vùng cao", ["xom"]),
        ("Trưởng các khóm hướng dẫn Nhân dân", ["xom"]),
        ("Ban nhân dân ấp Bình Chánh", ["xom"]),
        ("Giao công chức Văn hóa – Xã hội theo dõi", ["cong-chuc-vhxh"]),
        ("công chức Tư pháp - Hộ tịch hướng dẫn", ["cong-chuc-tphh"]),
        ("Ban Công an xã tăng cường tuần tra", ["cax"]),
        ("Yêu cầu Ban Văn hóa thông tin xã xây dựng kế hoạch", ["phong-vhxh"]),
        ("Lực lượng công an, kiểm lâm, quân sự tuần tra", ["cax", "kiem-lam", "bchqs"]),
        ("phân công đoàn viên tham gia", [String]()),
        ("treo cờ Tổ quốc tại khu dân cư", [String]()),
        ("thủ trưởng các cơ quan, đơn vị và các khu dân cư chỉ đạo", ["cac-co-quan-don-vi", "xom"]),
        ("đề nghị các phòng ban chuyên môn chủ động", ["phong-chuyen-mon"]),
        ("Các cấp ủy, chính quyền, Mặt trận", ["dang-uy", "ubnd", "mttq"]),
        ("theo mô hình chính quyền địa phương hai cấp", [String]()),
        ("cấp ủy chi bộ các thôn triển khai tuyên truyền", ["chi-bo", "xom"]),
        ("Đề nghị Mặt trận, các ngành tuyên truyền nhân dân", ["mttq", "cac-co-quan-don-vi"]),
        // A law or a duty named after its field.
        ("vận động công dân chấp hành tốt Luật Nghĩa vụ Quân sự", [String]()),
        ("tuyên truyền Luật Công an nhân dân", [String]()),
        ("Công an, Quân sự và Tư pháp cần phối hợp", ["cax", "bchqs"]),
        // The economy's sectors are no bodies; "các ngành" that act are.
        ("tập trung phát triển các ngành dịch vụ, tài chính, giáo dục", [String]()),
        // "các (ban,) ngành, đoàn thể" is one stock phrase for the mass organisations (105, 809, 824).
        ("đề nghị các ngành, đoàn thể tập trung triển khai", ["doan-the"]),
        ("phối hợp với các ban, ngành, đoàn thể tại địa phương", ["doan-the"]),
        ("các Ban ngành, đoàn thể làm tốt công tác tuyên truyền", ["doan-the"]),
        // Named apart, the catch-all and the mass organisations stay two.
        ("các ban, ngành và các đoàn thể", ["cac-co-quan-don-vi", "doan-the"]),
    ])
    func names(text: String, expected: [String]) {
        #expect(Self.registry.matches(in: text).map(\.unitID) == expected, "\(text)")
    }

    static func units(_ text: String) -> [UnitMention] {
        let raw = RawTask(ordinal: 1, label: "", text: text, line: 1)
        return TaskExtractor(context: TaskExtractionContext(conclusionID: "t", path: "t.md")).extract([raw]).tasks[0].units
    }

    @Test(arguments: [
        ("Chủ tịch UBND xã yêu cầu các bộ phận chuyên môn bám sát tiến độ", ["phong-chuyen-mon"]),
        ("Đồng chí Nguyễn Văn A, Bí thư Đảng ủy, Chủ tịch HĐND xã đề nghị Ủy ban MTTQ xã vận động Nhân dân", ["mttq"]),
        ("UBND xã giao Phòng Văn hóa – Xã hội tổ chức tuyên truyền", ["phong-vhxh"]),
        ("UBND xã giao dự toán ngân sách cho các thôn", ["ubnd", "xom"]),
        ("Các đơn vị: Công an, Quân sự phải đảm bảo nhân lực để thực hiện nhiệm vụ khi có yêu cầu", ["cax", "bchqs"]),
    ])
    func whoSpeaksOrAssignsIsNoUnit(text: String, expected: [String]) {
        #expect(Self.units(text).map(\.unitID) == expected, "\(text)")
    }

    @Test func theBodyDirectedDoesTheWork() {
        let units = Self.units("Giao Ủy ban nhân dân xã chỉ đạo Ngành Công an tăng cường công tác tuần tra.")
        #expect(units.map(\.unitID) == ["ubnd", "cax"])
        #expect(units.map(\.role) == [.lead, .lead])
    }

    // The cue may follow a frame and its speaker, and the list of addressees run long.
    @Test func theAddresseesOfACueAfterItsSpeakerAreRequested() {
        let units = Self.units("Theo đó, UBND xã đề nghị các cơ quan, đơn vị, bệnh viện, trường học và Nhân dân trên địa bàn xã treo cờ Tổ quốc tại trụ sở cơ quan, đơn vị, trường học.")
        #expect(units.first { $0.unitID == "truong-hoc" }?.role == .requested)
        let asked = Self.units("Ban Thường vụ Huyện ủy đề nghị Đảng bộ xã Trần Hợi, Chi bộ Trường Trung học phổ thông Võ Thị Hồng chuẩn bị các điều kiện để tổ chức đại hội.")
        #expect(asked.first { $0.unitID == "chi-bo" }?.role == .requested)
    }

    @Test func theAddresseesOfACueAreRequested() {
        let units = Self.units("Đề nghị các cơ quan, tổ chức, doanh nghiệp, trường học, tổ dân phố hưởng ứng tham gia.")
        #expect(units.filter { $0.unitID == "truong-hoc" || $0.unitID == "xom" }.allSatisfy { $0.role == .requested })
    }
}
