import Testing
import LunarCalendar
@testable import BantinCore

/// The "Một là … Tám là" task paragraphs of the seed conclusion (seeds/000_e042ceca0cb7d494.txt,
/// meeting 29/01/2026), with the deadlines its hand-checked gold file lists. Năm là is given with
/// its page break already joined ("năm 2026."), as the reader delivers it.
struct SeedTask: CustomTestStringConvertible, Sendable {
    var label: String
    var text: String
    /// kind, phrase, start, end
    var deadlines: [(Deadline.Kind, String, String?, String?)]

    var testDescription: String { label }
}

extension SeedTask {
    static let meeting = CivilDate(year: 2026, month: 1, day: 29)!

    static let all: [SeedTask] = [
        SeedTask(
            label: "Một là",
            text: """
                Một là, tiếp tục tăng cường công tác xây dựng Đảng và hệ thống chính trị vững mạnh; nâng cao chất lượng sinh hoạt chi bộ; đẩy mạnh công tác kiểm tra, giám sát, kịp thời nắm bắt và xử lý các vấn đề phát sinh ngay từ cơ sở. Tổ chức tập huấn nghiệp vụ công tác Đảng, công tác kiểm tra, giám sát và thi hành kỷ luật Đảng cho đội ngũ bí thư chi bộ; kiện toàn tổ chức bộ máy, cán bộ tại các đơn vị: Trung tâm Dịch vụ Sự nghiệp công, Ban CHQS, Ban Quản lý dự án và Trạm Y tế xã.
                """,
            deadlines: []),
        SeedTask(
            label: "Hai là",
            text: """
                Hai là, đẩy mạnh tuyên truyền kết quả Đại hội XIV của Đảng, kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam (03/02) và các hoạt động mừng Đảng, mừng Xuân; tổ chức quán triệt, triển khai thực hiện Nghị quyết Đại hội XIV của Đảng và các nghị quyết chuyên đề của Ban Chấp hành Đảng bộ xã. Tập trung lãnh đạo, chỉ đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp nhiệm kỳ 2026-2031; tổ chức đầy đủ, đúng quy định các hội nghị hiệp thương; công bố, niêm yết danh sách người ứng cử; tổ chức lấy ý kiến cử tri nơi cư trú; chuẩn bị đầy đủ các điều kiện phục vụ bầu cử, bảo đảm tiến độ, chất lượng, đúng quy định, phát huy quyền làm chủ của Nhân dân.
                """,
            deadlines: [(.event, "(03/02)", "2026-02-03", "2026-02-03")]),
        SeedTask(
            label: "Ba là",
            text: """
                Ba là, lãnh đạo thực hiện đồng bộ các nhiệm vụ phát triển kinh tế - xã hội; đẩy mạnh sản xuất nông nghiệp vụ Xuân, phân đầu gieo cấy đúng thời vụ, hết diện tích, không để đất sản xuất bị bỏ hoang. Chuẩn bị các điều kiện tổ chức Tết trồng cây Xuân Bính Ngọ; triển khai thống kê đàn vật nuôi phục vụ công tác tiêm phòng. Chỉ đạo thực hiện nghiêm công tác thu, chi ngân sách nhà nước, trong đó tăng cường nhiệm vụ thu ngay từ đầu năm 2026; quản lý chi đúng quy định, tiết kiệm, hiệu quả. Tăng cường quản lý đất đai, trật tự xây dựng; triển khai kế hoạch đầu tư công năm 2026, nhất là các dự án hạ tầng khu dân cư, cụm công nghiệp; đẩy mạnh công tác bảo vệ môi trường, duy trì phong trào “Ngày Chủ nhật xanh”, thực hiện tốt thu gom rác thải, vệ sinh môi trường trước, trong và sau Tết.
                """,
            deadlines: [(.period, "trước, trong và sau Tết", "2026-02-10", "2026-02-26")]),
        SeedTask(
            label: "Bốn là",
            text: """
                Bốn là, tiếp tục chăm lo đời sống Nhân dân, bảo đảm an sinh xã hội; tập trung rà soát, thực hiện đầy đủ, kịp thời các chế độ, chính sách đối với người có công, đối tượng bảo trợ xã hội, người cao tuổi, hộ nghèo, hộ cận nghèo và các hộ khó khăn; tổ chức tốt các hoạt động để Nhân dân đón Tết an toàn, tiết kiệm, nghĩa tình. Đẩy mạnh cập nhật dữ liệu trẻ em, vận động Nhân dân tham gia bảo hiểm y tế; tổ chức lễ mừng thọ người cao tuổi Xuân Bính Ngọ; hoàn thành đợt 1 kế hoạch hỗ trợ nhà ở cho các hộ khó khăn (14 căn) trước Tết Nguyên đán.
                """,
            deadlines: [(.due, "trước Tết Nguyên đán", "2026-02-16", "2026-02-16")]),
        SeedTask(
            label: "Năm là",
            text: """
                Năm là, tổ chức kỳ họp HĐND xã tổng kết nhiệm kỳ 2021-2026; tổng kết công tác chính quyền, thi đua - khen thưởng năm 2025; phát động phong trào thi đua năm 2026. Đẩy mạnh cải cách thủ tục hành chính, nâng cao hiệu lực, hiệu quả quản lý nhà nước; ban hành và triển khai kế hoạch tuyên truyền cải cách hành chính năm 2026. Trung tâm Phục vụ hành chính công nâng cao chất lượng tiếp nhận, giải quyết thủ tục hành chính, bảo đảm 100% hồ sơ giải quyết đúng hạn; tăng cường công khai, minh bạch, phục vụ tốt người dân và doanh nghiệp.
                """,
            deadlines: []),
        SeedTask(
            label: "Sáu là",
            text: """
                Sáu là, triển khai quyết liệt các nhiệm vụ quốc phòng - an ninh, bảo đảm trật tự an toàn xã hội; trước mắt tập trung cao độ hoàn thành nhiệm vụ tuyển chọn, gọi công dân nhập ngũ năm 2026 bảo đảm chất lượng, hiệu quả; duy trì nghiêm chế độ trực sẵn sàng chiến đấu; triển khai hiệu quả đợt cao điểm bảo đảm an ninh trật tự dịp Tết; đồng thời đẩy mạnh công tác nội chính, tiếp công dân và phòng, chống tham nhũng, tiêu cực.
                """,
            deadlines: [(.period, "dịp Tết", "2026-02-10", "2026-02-26")]),
        SeedTask(
            label: "Bảy là",
            text: """
                Bảy là, đẩy nhanh tiến độ các nhiệm vụ quy hoạch, trọng tâm là xây dựng Quy hoạch chung đô thị Xuân Hưng; tiếp tục hoàn thiện hồ sơ, thủ tục pháp lý, phân đấu trong tháng 02/2026 hoàn thành dự thảo, tháng 03/2026 tổ chức lấy ý kiến Nhân dân và các sở, ngành liên quan, tháng 05/2026 phê duyệt và triển khai thực hiện.
                """,
            deadlines: [(.due, "trong tháng 02/2026 hoàn thành dự thảo", "2026-02-28", "2026-02-28"), (.due, "tháng 03/2026 tổ chức lấy ý kiến", "2026-03-31", "2026-03-31"), (.due, "tháng 05/2026 phê duyệt", "2026-05-31", "2026-05-31")]),
        SeedTask(
            label: "Tám là",
            text: """
                Tám là, Ủy ban MTTQ xã phối hợp tổ chức hội nghị hiệp thương lần thứ hai, thứ ba đối với người ứng cử đại biểu HĐND xã nhiệm kỳ 2026-2031; hướng dẫn các xóm tổ chức hội nghị lấy ý kiến cử tri nơi cư trú đối với người ứng cử đại biểu HĐND xã; chăm lo, hỗ trợ các đối tượng chính sách, hộ nghèo, hộ khó khăn dịp Tết Nguyên đán. Tiếp tục triển khai hiệu quả Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, gắn với chỉnh trang khu dân cư, bảo vệ môi trường và duy trì tốt hoạt động ủy thác với Ngân hàng Chính sách xã hội.
                """,
            deadlines: [(.period, "dịp Tết Nguyên đán", "2026-02-10", "2026-02-26")]),
    ]
}

@Test(arguments: SeedTask.all)
func seedTaskDeadlinesMatchTheGoldFile(_ task: SeedTask) {
    let found = DeadlineExtractor(meetingDate: SeedTask.meeting).deadlines(in: task.text)
    #expect(found.map(\.kind) == task.deadlines.map(\.0))
    #expect(found.map(\.text) == task.deadlines.map(\.1))
    #expect(found.map(\.start) == task.deadlines.map { $0.2.flatMap { CivilDate(iso: $0) } })
    #expect(found.map(\.end) == task.deadlines.map { $0.3.flatMap { CivilDate(iso: $0) } })
    let utf8 = Array(task.text.utf8)
    for deadline in found {
        #expect(deadline.range.map { String(decoding: utf8[$0], as: UTF8.self) } == deadline.text)
    }
}

@Test func seedPeriodsContainTet() {
    let tet = CivilDate(year: 2026, month: 2, day: 17)!
    for task in SeedTask.all {
        for deadline in DeadlineExtractor(meetingDate: SeedTask.meeting).deadlines(in: task.text) where deadline.kind == .period {
            #expect(deadline.start! <= tet && tet <= deadline.end!, "\(task.label): \(deadline.text)")
        }
    }
}

/// The gold file's not_dates: phrases of the seed that must never become deadlines.
@Test(arguments: ["nhiệm kỳ 2026-2031", "nhiệm kỳ 2021-2026", "Chương trình GDPT 2018", "Chỉ thị số 50", "năm 2025", "14 căn", "trên 95 điểm", "trên 37%", "Đại hội XIV"])
func seedNotDatesGiveNoDeadline(_ phrase: String) {
    let extractor = DeadlineExtractor(meetingDate: SeedTask.meeting)
    #expect(extractor.deadlines(in: phrase).isEmpty)
    for task in SeedTask.all {
        for deadline in extractor.deadlines(in: task.text) {
            #expect(!deadline.text.contains(phrase), "\(task.label): \(deadline.text)")
        }
    }
}
