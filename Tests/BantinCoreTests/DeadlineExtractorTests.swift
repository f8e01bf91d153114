import Testing
import LunarCalendar
@testable import BantinCore

/// One phrase and the single deadline it must give.
struct DeadlinePhraseCase: CustomTestStringConvertible, Sendable {
    var input: String
    var kind: Deadline.Kind
    /// The exact phrase the deadline must quote.
    var text: String
    var start: String?
    var end: String?
    var meeting = "2026-01-29"

    var testDescription: String { input }
}

private func day(_ iso: String?) -> CivilDate? { iso.flatMap { CivilDate(iso: $0) } }

private func extract(_ text: String, meeting: String? = "2026-01-29") -> [Deadline] {
    DeadlineExtractor(meetingDate: day(meeting)).deadlines(in: text)
}

/// The UTF-8 slice of `text` that `range` covers.
private func slice(_ text: String, _ range: Range<Int>?) -> String? {
    guard let range else { return nil }
    return String(decoding: Array(text.utf8)[range], as: UTF8.self)
}

private func expectSingle(_ c: DeadlinePhraseCase) {
    let found = extract(c.input, meeting: c.meeting)
    #expect(found.count == 1, "\(found.map(\.text))")
    guard let deadline = found.first else { return }
    #expect(deadline.kind == c.kind)
    #expect(deadline.text == c.text)
    // A due deadline is the single last day (Deadline's convention); the table gives the window it closes.
    #expect(deadline.start == (c.kind == .due ? day(c.end) : day(c.start)))
    #expect(deadline.end == day(c.end))
    #expect(slice(c.input, deadline.range) == deadline.text)
}

// MARK: - Absolute dates

@Test(arguments: [
    DeadlinePhraseCase(input: "hoàn thành trước ngày 15/3/2026.", kind: .due, text: "trước ngày 15/3/2026", end: "2026-03-15"),
    DeadlinePhraseCase(input: "nộp báo cáo trước ngày 15/03", kind: .due, text: "trước ngày 15/03", end: "2026-03-15"),
    DeadlinePhraseCase(input: "gửi về Văn phòng trước ngày 15-3;", kind: .due, text: "trước ngày 15-3", end: "2026-03-15"),
    DeadlinePhraseCase(input: "xong trước 15.3.2026", kind: .due, text: "trước 15.3.2026", end: "2026-03-15"),
    DeadlinePhraseCase(
        input: "báo cáo trước ngày 15 tháng 3 năm 2026", kind: .due, text: "trước ngày 15 tháng 3 năm 2026",
        end: "2026-03-15"),
    DeadlinePhraseCase(input: "trước ngày 15 tháng 3, các chi bộ", kind: .due, text: "trước ngày 15 tháng 3", end: "2026-03-15"),
    DeadlinePhraseCase(input: "công bố kết quả chậm nhất là ngày 25/3", kind: .due, text: "chậm nhất là ngày 25/3", end: "2026-03-25"),
    DeadlinePhraseCase(input: "chậm nhất ngày 25/3/2026 phải xong", kind: .due, text: "chậm nhất ngày 25/3/2026", end: "2026-03-25"),
    DeadlinePhraseCase(input: "gửi chậm nhất trước ngày 10/2", kind: .due, text: "chậm nhất trước ngày 10/2", end: "2026-02-10"),
    DeadlinePhraseCase(input: "hoàn thành trước ngày 10/12/2026", kind: .due, text: "trước ngày 10/12/2026", end: "2026-12-10"),
    DeadlinePhraseCase(
        input: "gửi hồ sơ trước 14 giờ, ngày 05/12/2017 về Ban", kind: .due, text: "trước 14 giờ, ngày 05/12/2017",
        end: "2017-12-05", meeting: "2017-11-20"),
    DeadlinePhraseCase(input: "nộp trước 17h00 ngày 20/2", kind: .due, text: "trước 17h00 ngày 20/2", end: "2026-02-20"),
    DeadlinePhraseCase(input: "kéo dài đến hết ngày 28/2/2026", kind: .due, text: "đến hết ngày 28/2/2026", end: "2026-02-28"),
    DeadlinePhraseCase(
        input: "Ngày 07/8: buổi sáng xã Vĩnh Phú", kind: .event, text: "Ngày 07/8", start: "2017-08-07", end: "2017-08-07",
        meeting: "2017-07-30"),
    DeadlinePhraseCase(
        input: "tổ chức bầu cử vào ngày 15/3/2026", kind: .event, text: "vào ngày 15/3/2026", start: "2026-03-15",
        end: "2026-03-15"),
    DeadlinePhraseCase(input: "khai mạc ngày 15/3.", kind: .event, text: "ngày 15/3", start: "2026-03-15", end: "2026-03-15"),
    DeadlinePhraseCase(input: "hội diễn 20.3.2026 tại xã", kind: .event, text: "20.3.2026", start: "2026-03-20", end: "2026-03-20"),
    // The newspapers' D.M after "ngày" (Báo Hải Dương: "dự kiến tổ chức trước ngày 25.3").
    DeadlinePhraseCase(input: "dự kiến tổ chức trước ngày 25.3; Đại hội", kind: .due, text: "trước ngày 25.3", end: "2026-03-25"),
])
func absoluteDates(_ c: DeadlinePhraseCase) { expectSingle(c) }

// MARK: - Year inference

@Test(arguments: [
    // A January date in a December conclusion is next year's.
    DeadlinePhraseCase(input: "trước ngày 15/01", kind: .due, text: "trước ngày 15/01", end: "2026-01-15", meeting: "2025-12-20"),
    DeadlinePhraseCase(
        input: "trong tháng 1 tổng kết", kind: .due, text: "trong tháng 1 tổng kết", start: "2026-01-01", end: "2026-01-31",
        meeting: "2025-12-20"),
    DeadlinePhraseCase(
        input: "hoàn thành trong quý I", kind: .period, text: "trong quý I", start: "2026-01-01", end: "2026-03-31",
        meeting: "2025-12-20"),
    DeadlinePhraseCase(
        input: "trong 6 tháng đầu năm", kind: .period, text: "trong 6 tháng đầu năm", start: "2026-01-01",
        end: "2026-06-30", meeting: "2025-12-20"),
    DeadlinePhraseCase(
        input: "tổ chức Rằm tháng Giêng", kind: .event, text: "Rằm tháng Giêng", start: "2026-03-03", end: "2026-03-03",
        meeting: "2025-12-20"),
    DeadlinePhraseCase(
        input: "trước Tết Nguyên đán", kind: .due, text: "trước Tết Nguyên đán", end: "2026-02-16", meeting: "2025-12-20"),
    // A month up to six months back stays in the meeting's year.
    DeadlinePhraseCase(input: "vào ngày 20/11", kind: .event, text: "vào ngày 20/11", start: "2025-11-20", end: "2025-11-20", meeting: "2025-12-20"),
])
func yearsRollIntoTheNextYearAcrossDecember(_ c: DeadlinePhraseCase) { expectSingle(c) }

// MARK: - Months, quarters, half-years, years, ranges

// As the corpus README reads them: a month is due at its end ("trong tháng 3" is late on 1 April),
// a quarter or half-year is the span the work runs through, also after "hoàn thành".
@Test(arguments: [
    DeadlinePhraseCase(
        input: "tổ chức kiểm tra trong tháng 02/2026.", kind: .due, text: "trong tháng 02/2026", start: "2026-02-01",
        end: "2026-02-28"),
    DeadlinePhraseCase(
        input: "hoàn thành trong tháng 2/2026;", kind: .due, text: "trong tháng 2/2026", start: "2026-02-01", end: "2026-02-28"),
    DeadlinePhraseCase(
        input: "thực hiện trong tháng 2 năm 2026.", kind: .due, text: "trong tháng 2 năm 2026", start: "2026-02-01",
        end: "2026-02-28"),
    DeadlinePhraseCase(
        input: "sơ kết trong tháng 3.", kind: .due, text: "trong tháng 3", start: "2026-03-01", end: "2026-03-31"),
    DeadlinePhraseCase(
        input: "ra quân trong tháng Hai.", kind: .due, text: "trong tháng Hai", start: "2026-02-01", end: "2026-02-28"),
    DeadlinePhraseCase(
        input: "tổ chức trong tháng Giêng.", kind: .due, text: "trong tháng Giêng", start: "2026-02-17", end: "2026-03-18"),
    DeadlinePhraseCase(
        input: "triển khai trong quý I.", kind: .period, text: "trong quý I", start: "2026-01-01", end: "2026-03-31"),
    DeadlinePhraseCase(
        input: "đưa vào sử dụng trong quý II/2026.", kind: .period, text: "trong quý II/2026", start: "2026-04-01",
        end: "2026-06-30"),
    DeadlinePhraseCase(
        input: "hoàn thành trong quý III năm 2026", kind: .period, text: "trong quý III năm 2026", start: "2026-07-01",
        end: "2026-09-30"),
    DeadlinePhraseCase(
        input: "thực hiện trong 6 tháng đầu năm 2026.", kind: .period, text: "trong 6 tháng đầu năm 2026",
        start: "2026-01-01", end: "2026-06-30"),
    DeadlinePhraseCase(
        input: "thực hiện trong 6 tháng cuối năm.", kind: .period, text: "trong 6 tháng cuối năm", start: "2026-07-01",
        end: "2026-12-31"),
    // Without "trong" too: "phấn đấu 6 tháng cuối năm 2026 đạt trên 80%".
    DeadlinePhraseCase(
        input: "phấn đấu 6 tháng cuối năm 2026 đạt trên 80%", kind: .period, text: "6 tháng cuối năm 2026",
        start: "2026-07-01", end: "2026-12-31"),
    DeadlinePhraseCase(
        input: "phấn đấu sáu tháng đầu năm thu ngân sách đạt 60%", kind: .period, text: "sáu tháng đầu năm",
        start: "2026-01-01", end: "2026-06-30"),
    // Plans count months from either end of the year: "5 tháng cuối năm 2018".
    DeadlinePhraseCase(
        input: "hoàn thành trong 5 tháng cuối năm 2026", kind: .period, text: "trong 5 tháng cuối năm 2026",
        start: "2026-08-01", end: "2026-12-31"),
    // A lunar range whose first day borrows the second's month.
    DeadlinePhraseCase(
        input: "tổ chức lễ hội từ mùng 6 đến hết mùng 8 tháng Giêng", kind: .period,
        text: "từ mùng 6 đến hết mùng 8 tháng Giêng", start: "2026-02-22", end: "2026-02-24"),
    DeadlinePhraseCase(
        input: "phấn đấu đến cuối năm 2026 đạt chuẩn", kind: .due, text: "đến cuối năm 2026", end: "2026-12-31"),
    DeadlinePhraseCase(input: "cuối năm 2026 đạt 95%", kind: .due, text: "cuối năm 2026", end: "2026-12-31"),
    DeadlinePhraseCase(input: "trước tháng 6/2026", kind: .due, text: "trước tháng 6/2026", end: "2026-05-31"),
    DeadlinePhraseCase(input: "bàn giao đến hết tháng 4", kind: .due, text: "đến hết tháng 4", end: "2026-04-30"),
    DeadlinePhraseCase(
        input: "giải ngân vốn trong năm 2026.", kind: .period, text: "trong năm 2026", start: "2026-01-01",
        end: "2026-12-31"),
    DeadlinePhraseCase(
        input: "nghỉ từ ngày 14/2 đến hết ngày 22/2/2026", kind: .period, text: "từ ngày 14/2 đến hết ngày 22/2/2026",
        start: "2026-02-14", end: "2026-02-22"),
    DeadlinePhraseCase(
        input: "từ 14/2 đến hết 22/2/2026", kind: .period, text: "từ 14/2 đến hết 22/2/2026", start: "2026-02-14",
        end: "2026-02-22"),
    DeadlinePhraseCase(
        input: "từ ngày 14 đến ngày 22/2", kind: .period, text: "từ ngày 14 đến ngày 22/2", start: "2026-02-14",
        end: "2026-02-22"),
    DeadlinePhraseCase(
        input: "từ ngày 20/12/2025 đến ngày 10/01/2026", kind: .period, text: "từ ngày 20/12/2025 đến ngày 10/01/2026",
        start: "2025-12-20", end: "2026-01-10"),
    DeadlinePhraseCase(
        input: "từ tháng 3 đến tháng 5/2026", kind: .period, text: "từ tháng 3 đến tháng 5/2026", start: "2026-03-01",
        end: "2026-05-31"),
    DeadlinePhraseCase(input: "từ nay đến ngày 15/3", kind: .due, text: "từ nay đến ngày 15/3", end: "2026-03-15"),
])
func windowsAndRanges(_ c: DeadlinePhraseCase) { expectSingle(c) }

// MARK: - Milestones

@Test func milestoneChainGivesOneDueDeadlinePerMonthWithItsAction() {
    let text =
        "phân đấu trong tháng 02/2026 hoàn thành dự thảo, tháng 03/2026 tổ chức lấy ý kiến Nhân dân và các sở, ngành liên quan, tháng 05/2026 phê duyệt và triển khai thực hiện."
    let found = extract(text)
    #expect(found.map(\.text) == ["trong tháng 02/2026 hoàn thành dự thảo", "tháng 03/2026 tổ chức lấy ý kiến", "tháng 05/2026 phê duyệt"])
    #expect(found.map(\.kind) == [.due, .due, .due])
    #expect(found.map(\.end) == [day("2026-02-28"), day("2026-03-31"), day("2026-05-31")])
    for deadline in found { #expect(slice(text, deadline.range) == deadline.text) }
}

@Test(arguments: [
    DeadlinePhraseCase(
        input: "Quý II/2026 hoàn thành việc sáp nhập", kind: .due, text: "Quý II/2026 hoàn thành việc sáp nhập",
        start: "2026-04-01", end: "2026-06-30"),
    DeadlinePhraseCase(
        input: "Tháng 3/2026: tổ chức Đại hội chi bộ", kind: .period, text: "Tháng 3/2026", start: "2026-03-01",
        end: "2026-03-31"),
    DeadlinePhraseCase(
        input: "trong tháng 4 khởi công, hoàn thiện", kind: .due, text: "trong tháng 4 khởi công", start: "2026-04-01",
        end: "2026-04-30"),
])
func milestones(_ c: DeadlinePhraseCase) { expectSingle(c) }

// MARK: - Tết, lunar dates, anniversaries

@Test(arguments: [
    DeadlinePhraseCase(input: "hoàn thành trước Tết", kind: .due, text: "trước Tết", end: "2026-02-16"),
    DeadlinePhraseCase(input: "trước Tết Nguyên đán Bính Ngọ", kind: .due, text: "trước Tết Nguyên đán Bính Ngọ", end: "2026-02-16"),
    DeadlinePhraseCase(input: "trước Tết Bính Ngọ, các xóm", kind: .due, text: "trước Tết Bính Ngọ", end: "2026-02-16"),
    // The can-chi names the year even when the meeting is a year earlier.
    DeadlinePhraseCase(
        input: "trước Tết Nguyên đán Bính Ngọ", kind: .due, text: "trước Tết Nguyên đán Bính Ngọ", end: "2026-02-16",
        meeting: "2025-03-01"),
    DeadlinePhraseCase(input: "trước Tết", kind: .due, text: "trước Tết", end: "2027-02-05", meeting: "2026-03-01"),
    DeadlinePhraseCase(
        input: "bảo đảm an ninh dịp Tết;", kind: .period, text: "dịp Tết", start: "2026-02-10", end: "2026-02-26"),
    DeadlinePhraseCase(
        input: "hộ khó khăn dịp Tết Nguyên đán.", kind: .period, text: "dịp Tết Nguyên đán", start: "2026-02-10",
        end: "2026-02-26"),
    DeadlinePhraseCase(
        input: "vệ sinh môi trường trước, trong và sau Tết.", kind: .period, text: "trước, trong và sau Tết",
        start: "2026-02-10", end: "2026-02-26"),
    DeadlinePhraseCase(
        input: "nhân dịp Tết Nguyên đán", kind: .period, text: "nhân dịp Tết Nguyên đán", start: "2026-02-10",
        end: "2026-02-26"),
    DeadlinePhraseCase(
        input: "ra quân sản xuất sau Tết", kind: .period, text: "sau Tết", start: "2026-02-20", end: "2026-03-18"),
    DeadlinePhraseCase(
        input: "vui Tết Trung thu dịp Tết Trung thu", kind: .event, text: "dịp Tết Trung thu", start: "2026-09-25",
        end: "2026-09-25"),
    DeadlinePhraseCase(
        input: "tổ chức Rằm tháng Giêng", kind: .event, text: "Rằm tháng Giêng", start: "2026-03-03", end: "2026-03-03"),
    DeadlinePhraseCase(
        input: "dâng hương mùng 10 tháng 3 âm lịch", kind: .event, text: "mùng 10 tháng 3 âm lịch", start: "2026-04-26",
        end: "2026-04-26"),
    DeadlinePhraseCase(
        input: "tiễn ông Công ông Táo 23 tháng Chạp", kind: .event, text: "23 tháng Chạp", start: "2026-02-10",
        end: "2026-02-10"),
    DeadlinePhraseCase(
        input: "tổ chức vào ngày 15 tháng 8 (âm lịch)", kind: .event, text: "vào ngày 15 tháng 8 (âm lịch)",
        start: "2026-09-25", end: "2026-09-25", meeting: "2026-03-10"),
    DeadlinePhraseCase(
        input: "trực mùng 1 Tết", kind: .event, text: "mùng 1 Tết", start: "2026-02-17", end: "2026-02-17"),
    DeadlinePhraseCase(
        input: "kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam (03/02) và", kind: .event, text: "(03/02)",
        start: "2026-02-03", end: "2026-02-03"),
    DeadlinePhraseCase(
        input: "kỷ niệm Ngày Quốc khánh (02/9)", kind: .event, text: "(02/9)", start: "2026-09-02", end: "2026-09-02"),
])
func tetLunarAndAnniversaries(_ c: DeadlinePhraseCase) { expectSingle(c) }

// MARK: - Repeats

@Test(arguments: [
    DeadlinePhraseCase(input: "vệ sinh môi trường được duy trì thường xuyên", kind: .recurring, text: "thường xuyên"),
    DeadlinePhraseCase(input: "báo cáo hằng tháng về Thường trực", kind: .recurring, text: "hằng tháng"),
    DeadlinePhraseCase(input: "giao ban hàng tuần", kind: .recurring, text: "hàng tuần"),
    DeadlinePhraseCase(input: "sơ kết hằng quý", kind: .recurring, text: "hằng quý"),
    DeadlinePhraseCase(input: "kiểm tra hàng năm", kind: .recurring, text: "hàng năm"),
    DeadlinePhraseCase(input: "theo dõi, đôn đốc, định kỳ báo cáo", kind: .recurring, text: "định kỳ"),
    DeadlinePhraseCase(input: "định kỳ hằng tháng báo cáo", kind: .recurring, text: "định kỳ hằng tháng"),
    DeadlinePhraseCase(input: "định kỳ 6 tháng sơ kết", kind: .recurring, text: "định kỳ 6 tháng"),
    DeadlinePhraseCase(input: "gửi báo cáo trước ngày 20 hằng tháng.", kind: .recurring, text: "trước ngày 20 hằng tháng"),
    DeadlinePhraseCase(input: "từ ngày 1 đến ngày 5 hằng tháng", kind: .recurring, text: "từ ngày 1 đến ngày 5 hằng tháng"),
    DeadlinePhraseCase(
        input: "giao ban hằng tháng trong năm 2026", kind: .recurring, text: "hằng tháng trong năm 2026", start: "2026-01-01",
        end: "2026-12-31"),
])
func repeats(_ c: DeadlinePhraseCase) { expectSingle(c) }

@Test func aSpelledNumberAfterTheMonthIsNotAMonthName() {
    let found = extract("giao ban mỗi tháng hai lần")
    #expect(found.map(\.text) == ["mỗi tháng"])
    #expect(found.map(\.kind) == [.recurring])
}

// MARK: - Not deadlines

@Test(arguments: [
    "bầu cử đại biểu HĐND xã nhiệm kỳ 2026-2031",
    "tổ chức kỳ họp HĐND xã tổng kết nhiệm kỳ 2021-2026",
    "cơ sở vật chất phục vụ Chương trình GDPT 2018 chưa đồng bộ",
    "thực hiện Nghị quyết số 15-NQ/ĐU ngày 12/3/2025 của Ban Chấp hành",
    "theo Quyết định số 1234/QĐ-UBND, ngày 05/3/2026 của UBND tỉnh",
    "theo Chỉ thị số 50 và các hướng dẫn",
    "triển khai Kế hoạch số 12/KH-UBND",
    "triển khai Kế hoạch số 12/2026/KH-UBND",
    "tổng kết công tác chính quyền, thi đua - khen thưởng năm 2025",
    "kết quả năm 2025 cho thấy",
    "kết quả thực hiện trong tháng 12/2025 còn thấp",
    "phát động phong trào thi đua năm 2026",
    "hoàn thành nhiệm vụ tuyển chọn, gọi công dân nhập ngũ năm 2026 bảo đảm chất lượng",
    "triển khai kế hoạch đầu tư công năm 2026",
    "tăng cường nhiệm vụ thu ngay từ đầu năm 2026",
    "Quy hoạch chung xã đến năm 2030, tầm nhìn đến năm 2045",
    "hỗ trợ nhà ở cho các hộ khó khăn (14 căn)",
    "toàn xã mới đạt trên 37%",
    "chỉ số phục vụ đạt trên 95 điểm",
    "bảo đảm 100% hồ sơ giải quyết đúng hạn",
    "đạt 2/3 kế hoạch",
    "tuyên truyền kết quả Đại hội XIV của Đảng",
    "hội nghị hiệp thương lần thứ hai, thứ ba",
    "trước mắt tập trung cao độ",
    "khẩn trương triển khai, kịp thời xử lý ngay từ cơ sở",
    "chuẩn bị các điều kiện tổ chức Tết trồng cây Xuân Bính Ngọ",
    "phát động dịp Tết trồng cây",
    "tổ chức tốt các hoạt động để Nhân dân đón Tết an toàn",
    "kỷ niệm 96 năm Ngày thành lập Đảng (3/2/1930)",
    "duy trì phong trào “Ngày Chủ nhật xanh”",
    "hoàn thiện hồ sơ các dự án khởi công mới năm 2027",  // "mới", not "mỗi"
    // A half-year named as what is reviewed.
    "tổ chức sơ kết 6 tháng đầu năm 2026",
    "báo cáo kết quả 6 tháng cuối năm",
    "trong thời hạn 15 ngày kể từ ngày nhận",
    // A dotted number without "ngày" is a decimal, not a day.
    "tăng 2.5 lần so với cùng kỳ",
    // What was achieved in a window is a review of it (Tân Hòa, 2020).
    "cần giữ vững những kết quả đạt được trong 6 tháng đầu năm",
    "phát huy kết quả đạt được trong tháng 6/2026",
    // A span that ended before the meeting (29/1/2026) and qualifies what has happened ("đã …") is
    // not a limit (Đôn Phong, 2021).
    "lập danh sách những người từ ngày 05/01/2026 đến ngày 20/01/2026 và từ 10/01/2026 đến ngày 25/01/2026 đã đến bệnh viện",
])
func notDeadlines(_ text: String) {
    let found = extract(text)
    #expect(found.isEmpty, "\(found.map(\.text))")
}

// MARK: - Text handling

@Test func decomposedInputIsReadOnceNormalised() {
    let nfd = "hoàn thành đợt 1 trước Tết Nguyên đán; nộp trước ngày 15/3".decomposedStringWithCanonicalMapping
    let text = nfd.precomposedStringWithCanonicalMapping
    let found = extract(text)
    #expect(found.map(\.text) == ["trước Tết Nguyên đán", "trước ngày 15/3"])
    for deadline in found { #expect(slice(text, deadline.range) == deadline.text) }
}

@Test func decomposedInputStillMapsBackToItsOwnBytes() {
    let text = "vệ sinh môi trường trước, trong và sau Tết.".decomposedStringWithCanonicalMapping
    let found = extract(text)
    #expect(found.count == 1)
    #expect(found.first.flatMap { slice(text, $0.range) } == "trước, trong và sau Tết".decomposedStringWithCanonicalMapping)
}

@Test func foldingIgnoresCaseAndMissingDiacritics() {
    let found = extract("HOAN THANH TRUOC TET NGUYEN DAN; truoc ngay 15/3")
    #expect(found.map(\.kind) == [.due, .due])
    #expect(found.map(\.end) == [day("2026-02-16"), day("2026-03-15")])
}

@Test func withoutAMeetingDateYearlessPhrasesHaveNoDate() {
    let found = extract("trước ngày 15/3, trước Tết, trước ngày 15/3/2026", meeting: nil)
    #expect(found.map(\.kind) == [.due, .due, .due])
    #expect(found.map(\.end) == [nil, nil, day("2026-03-15")])
}

@Test func impossibleDatesAreNotRead() {
    #expect(extract("trước ngày 31/4").isEmpty)
    #expect(extract("trước ngày 30/2/2026").isEmpty)
    #expect(extract("trước ngày 29/2/2028").map(\.end) == [day("2028-02-29")])
}

@Test func deadlinesComeInTextOrderWithRangesOnThePhrase() {
    let text = "Ủy ban nhân dân xã hoàn thành trước ngày 10/2, tổ chức vào ngày 15/3/2026 và báo cáo hằng tháng."
    let found = extract(text)
    #expect(found.map(\.text) == ["trước ngày 10/2", "vào ngày 15/3/2026", "hằng tháng"])
    let starts = found.compactMap { $0.range?.lowerBound }
    #expect(starts == starts.sorted())
    for deadline in found { #expect(slice(text, deadline.range) == deadline.text) }
}
