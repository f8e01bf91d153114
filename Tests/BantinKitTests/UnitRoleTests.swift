import Testing
@testable import BantinKit

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
    ])
    func formula(text: String, expected: [String: UnitRole]) {
        #expect(Self.roles(text) == expected)
    }

    @Test func labelIsNotPartOfTheSubject() {
        #expect(Self.roles("Tám là, Ủy ban MTTQ xã phối hợp tổ chức hội nghị.", label: "Tám là") == ["mttq": .lead])
    }

    @Test func topicKeywordsImplyAConcernedUnit() {
        let context = TaskExtractionContext(conclusionID: "t", path: "t.md")
        let raw = RawTask(ordinal: 1, label: "", text: "Hoàn thành nhiệm vụ tuyển chọn, gọi công dân nhập ngũ năm 2026.", line: 1)
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
