import Testing
@testable import BantinCore

/// One case per formula of domain.md §2.3.
struct UnitRoleTests {
    static func roles(_ text: String, label: String = "") -> [String: UnitRole] {
        let context = TaskExtractionContext(conclusionID: "t", path: "t.md")
        let (tasks, _) = TaskExtractor(context: context).extract([RawTask(ordinal: 1, label: label, text: text, line: 1)])
        var result: [String: UnitRole] = [:]
        for task in tasks { for unit in task.units where !unit.implied { result[unit.unitID] = unit.role } }
        return result
    }

    @Test(arguments: [
        ("Giao UBND xã chủ trì, phối hợp với Công an xã, Ban CHQS xã tổ chức ra quân.",
         ["ubnd": UnitRole.lead, "cax": .support, "bchqs": .support]),
        ("UBND xã chủ trì; Công an xã, Đoàn Thanh niên phối hợp bảo đảm an toàn.",
         ["ubnd": .lead, "cax": .support, "doan": .support]),
        ("Đáng chú ý, đối với Ủy ban MTTQ xã phải hình thành các mô hình tự quản.", ["mttq": .lead]),
        ("Giao Văn phòng Đảng ủy tham mưu cho Ban Thường vụ ban hành kế hoạch.", ["vpdu": .advisory, "btv": .concerned]),
        ("Phòng Kinh tế chủ động rà soát diện tích gieo cấy.", ["phong-kt": .lead]),
        ("Trạm Y tế xã chịu trách nhiệm giám sát dịch bệnh.", ["tyt": .lead]),
        ("Công an xã phụ trách bảo đảm an ninh trật tự.", ["cax": .lead]),
        ("Ủy ban Kiểm tra Đảng ủy theo dõi, đôn đốc, kiểm tra việc thực hiện; định kỳ báo cáo Thường trực Đảng ủy.",
         ["ubkt": .monitor, "thuong-truc-du": .concerned]),
        ("Giao Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện kết luận.", ["vpdu": .monitor]),
        ("Phòng Văn hóa – Xã hội hướng dẫn các xóm tổ chức lễ mừng thọ.", ["phong-vhxh": .lead, "xom": .concerned]),
        ("Ủy ban MTTQ xã phối hợp tổ chức hội nghị hiệp thương.", ["mttq": .lead]),
        ("Đề nghị Ủy ban MTTQ và các đoàn thể tuyên truyền, vận động Nhân dân.", ["mttq-doan-the": .requested]),
        ("Đề nghị HĐND xã giám sát việc giải quyết kiến nghị cử tri.", ["hdnd": .requested]),
        ("Yêu cầu Thủ trưởng các cơ quan, đơn vị, các chi bộ, các xóm nghiêm túc triển khai.",
         ["cac-co-quan-don-vi": .lead, "chi-bo": .lead, "xom": .lead]),
        ("Trung tâm Phục vụ hành chính công nâng cao chất lượng giải quyết thủ tục hành chính.", ["ttpvhcc": .lead]),
        ("Tổ chức kỳ họp HĐND xã tổng kết nhiệm kỳ.", ["hdnd": .concerned]),
        ("Kiện toàn tổ chức bộ máy tại các đơn vị: Ban CHQS, Ban Quản lý dự án và Trạm Y tế xã.",
         ["bchqs": .concerned, "bqlda": .concerned, "tyt": .concerned]),
        ("Duy trì hoạt động ủy thác với Ngân hàng Chính sách xã hội.", ["nhcsxh": .concerned]),
        ("Đồng thời, Công an xã triển khai đợt cao điểm.", ["cax": .lead]),
        // "X phối hợp với Y <verb>": X acts with the verb's role, Y supports.
        ("Giao Văn phòng Đảng ủy phối hợp với Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện.",
         ["vpdu": .monitor, "vp-hdnd-ubnd": .support]),
        ("Giao Ủy ban Kiểm tra Đảng ủy phối hợp với Văn phòng Đảng ủy kiểm tra việc sử dụng phần mềm.",
         ["ubkt": .lead, "vpdu": .support]),
        ("Ban Chỉ huy Quân sự xã phối hợp với Công an xã duy trì chế độ trực.", ["bchqs": .lead, "cax": .support]),
        ("Trạm Y tế xã bố trí trực; phối hợp với Phòng Văn hóa - Xã hội kiểm tra an toàn thực phẩm.",
         ["tyt": .lead, "phong-vhxh": .support]),
        ("Đề nghị Hội Cựu chiến binh xã phối hợp với Đoàn Thanh niên xã tổ chức kỷ niệm.",
         ["hccb": .requested, "doan": .support]),
        // "X phối hợp <verb>" after another unit already leads the sentence.
        ("Giao Ban Xây dựng Đảng hướng dẫn các chi bộ kiểm điểm; Ủy ban Kiểm tra Đảng ủy phối hợp thẩm định.",
         ["bxdd": .lead, "chi-bo": .concerned, "ubkt": .support]),
        ("Ủy ban nhân dân xã hoàn thành giải phóng mặt bằng. Các xóm phối hợp thực hiện.", ["ubnd": .lead, "xom": .support]),
        // "giám sát việc …" watches others; a "giám sát" of one's own programme is work.
        ("Ủy ban Kiểm tra Đảng ủy giám sát việc khắc phục hạn chế của hai chi bộ.", ["ubkt": .monitor, "chi-bo": .concerned]),
        ("Ủy ban Kiểm tra Đảng ủy hoàn thành cuộc giám sát chuyên đề.", ["ubkt": .lead]),
        // "Ban công tác Mặt trận" is the xóm's working body, not the Front.
        ("Đề nghị Ủy ban MTTQ xã chỉ đạo Ban công tác Mặt trận giám sát việc tu dưỡng của đảng viên.", ["mttq": .requested]),
        // A member joined to its group is the group ("Ủy ban MTTQ xã và các đoàn thể").
        ("Đề nghị Ủy ban MTTQ xã và các đoàn thể vận động Nhân dân.", ["mttq-doan-the": .requested]),
        // A party cell named after its hamlet or school is the cell.
        ("Chi bộ xóm Trung Hòa tổ chức kiểm điểm.", ["chi-bo": .lead]),
        ("Chi bộ Trường Trung học cơ sở rà soát quy chế làm việc.", ["chi-bo": .lead]),
    ])
    func formula(text: String, expected: [String: UnitRole]) {
        #expect(Self.roles(text) == expected)
    }

    /// A bold lead-in names the subject; its role comes from the words that open the content.
    static func leadInRoles(_ leadIn: String, _ content: String) -> [String: UnitRole] {
        let context = TaskExtractionContext(conclusionID: "t", path: "t.md")
        let raw = RawTask(ordinal: 1, label: "1.", text: "\(leadIn): \(content)", line: 1, leadIn: leadIn)
        var result: [String: UnitRole] = [:]
        for unit in TaskExtractor(context: context).extract([raw]).tasks[0].units where !unit.implied { result[unit.unitID] = unit.role }
        return result
    }

    @Test(arguments: [
        ("Văn phòng Đảng ủy", "theo dõi, đôn đốc việc thực hiện; báo cáo Thường trực Đảng ủy.",
         ["vpdu": UnitRole.monitor, "thuong-truc-du": .concerned]),
        ("Ủy ban nhân dân xã", "bảo đảm kinh phí cho các khu vực bỏ phiếu.", ["ubnd": .lead]),
        ("Văn phòng Đảng ủy", "tham mưu Ban Thường vụ ban hành kế hoạch.", ["vpdu": .advisory, "btv": .concerned]),
        ("Đề nghị Ủy ban MTTQ xã và các đoàn thể", "Tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc.",
         ["mttq-doan-the": .requested]),
        ("Mặt trận và các đoàn thể", "đề nghị Ủy ban MTTQ xã và các đoàn thể tổ chức tổng kết công tác năm.",
         ["mttq-doan-the": .requested]),
        // A topic lead-in is no unit: the unit that opens the content leads.
        ("Kinh tế", "Ủy ban nhân dân xã chỉ đạo tổ chức chợ hoa xuân; Phòng Kinh tế phối hợp với Công an xã bố trí địa điểm.",
         ["ubnd": .lead, "phong-kt": .lead, "cax": .support]),
        ("Công tác kiểm tra, giám sát", "Ủy ban Kiểm tra Đảng ủy xây dựng chương trình kiểm tra, giám sát năm 2027.",
         ["ubkt": .lead]),
    ])
    func leadIn(leadIn: String, content: String, expected: [String: UnitRole]) {
        #expect(Self.leadInRoles(leadIn, content) == expected)
    }

    @Test func aTopicLeadInAsksForNoUnit() {
        let context = TaskExtractionContext(conclusionID: "t", path: "t.md")
        let raw = RawTask(ordinal: 1, label: "1.", text: "Công tác xây dựng Đảng: tổ chức hội nghị tổng kết.", line: 1,
                          leadIn: "Công tác xây dựng Đảng")
        let diagnostics = TaskExtractor(context: context).extract([raw]).diagnostics
        #expect(!diagnostics.contains { $0.message.contains("Công tác xây dựng Đảng") }, "\(diagnostics.map(\.message))")
    }

    @Test func labelIsNotPartOfTheSubject() {
        #expect(Self.roles("Tám là, Ủy ban MTTQ xã phối hợp tổ chức hội nghị.", label: "Tám là") == ["mttq": .lead])
    }

    @Test func topicKeywordsImplyAConcernedUnitWhereTheSiteSaysSo() {
        let raw = RawTask(ordinal: 1, label: "", text: "Hoàn thành nhiệm vụ tuyển chọn, gọi công dân nhập ngũ năm 2026.", line: 1)
        // Built in: no topic at all.
        let plain = TaskExtractor(context: TaskExtractionContext(conclusionID: "t", path: "t.md")).extract([raw]).tasks[0].units
        #expect(plain.isEmpty)
        // A site's units.yml: "nhập ngũ" → Ban CHQS, shown as implied.
        let registry = UnitRegistry(units: BuiltinUnits.units, topics: [TopicRule(keyword: "nhập ngũ", unitID: "bchqs")])
        let context = TaskExtractionContext(conclusionID: "t", path: "t.md", registry: registry)
        let unit = TaskExtractor(context: context).extract([raw]).tasks[0].units
        #expect(unit == [UnitMention(unitID: "bchqs", role: .concerned, mention: "nhập ngũ", implied: true)])
    }

    @Test func aNamedUnitIsNotAlsoImplied() {
        let context = TaskExtractionContext(conclusionID: "t", path: "t.md")
        let raw = RawTask(ordinal: 1, label: "", text: "Ban CHQS xã hoàn thành công tác tuyển quân.", line: 1)
        let units = TaskExtractor(context: context).extract([raw]).tasks[0].units
        #expect(units.map(\.unitID) == ["bchqs"])
        #expect(units[0].role == .lead && !units[0].implied)
    }
}
