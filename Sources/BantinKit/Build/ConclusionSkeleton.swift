import BantinCore

/// The skeleton of next month's conclusion that `bantin new` writes: the header from `bantin.yml`,
/// the opening, sections I–III and "Một là, …" placeholders. Every blank is "…", which the reader
/// takes for a blank to fill — a task "Một là, …" is reported as not yet written, never listed with
/// an invented unit or deadline — so the new file builds without an error from the first save.
public enum ConclusionSkeleton {
    /// The month the conclusion plans, and the meeting that sets it (its day, when known).
    public struct Plan: Sendable, Hashable {
        public var year: Int
        public var month: Int
        public var meeting: CivilDate?

        public init(year: Int, month: Int, meeting: CivilDate?) {
            self.year = year
            self.month = month
            self.meeting = meeting
        }

        /// The month after the meeting's: a conference at the end of February plans March.
        public static func after(meeting: CivilDate) -> Plan {
            let next = meeting.startOfMonth(adding: 1)
            return Plan(year: next.year, month: next.month, meeting: meeting)
        }

        /// The month after the one the latest conclusion planned (its period, else its date's next month).
        public static func following(_ latest: Conclusion) -> Plan? {
            let planned = latest.meta.period?.lowerBound ?? latest.meta.sortDate?.startOfMonth(adding: 1)
            guard let next = planned?.startOfMonth(adding: 1) else { return nil }
            return Plan(year: next.year, month: next.month, meeting: nil)
        }

        var monthText: String { (month < 10 ? "0\(month)" : "\(month)") + "/\(year)" }
        var previousMonthText: String {
            let previous = CivilDate(year: year, month: month, day: 1)!.startOfMonth(adding: -1)
            return (previous.month < 10 ? "0\(previous.month)" : "\(previous.month)") + "/\(previous.year)"
        }
        public var fileName: String { "ket-luan-thang-\(month < 10 ? "0" : "")\(month)-\(year).md" }
    }

    public static func markdown(_ plan: Plan, config: SiteConfig) -> String {
        let slug = String(plan.fileName.dropLast(3))
        var lines = [
            "---",
            "# Kết luận mới do “bantin new” tạo: điền vào các chỗ “…”, rồi chạy “bantin check”.",
            "slug: \(slug)",
            "---",
            "",
        ]
        let header = [config.superior, config.issuer].filter { !$0.isEmpty }
        if !header.isEmpty {
            lines += header.flatMap { [$0, ""] } + ["\\*", "", "Số …-TB/ĐU", ""]
            let meetingMonth = plan.meeting.map { ($0.month < 10 ? "0" : "") + "\($0.month)" } ?? "…"
            let meetingYear = plan.meeting.map { "\($0.year)" } ?? "…"
            if !config.place.isEmpty { lines += ["\(config.place), ngày … tháng \(meetingMonth) năm \(meetingYear)", ""] }
        }
        let opening: String
        if let meeting = plan.meeting {
            opening = "Sáng ngày \(meeting.day) tháng \(meeting.month < 10 ? "0" : "")\(meeting.month) năm \(meeting.year)"
        } else {
            opening = "Sáng ngày … tháng … năm …"
        }
        lines += [
            "THÔNG BÁO",
            "",
            "Kết luận hội nghị triển khai chương trình công tác tháng \(plan.monthText)",
            "",
            "\(opening), BCH Đảng bộ xã tổ chức Hội nghị triển khai chương trình công tác tháng \(plan.monthText). Tham dự Hội nghị có …",
            "",
            "Đồng chí … - Bí thư Đảng ủy chủ trì hội nghị.",
            "",
            "Sau khi nghe báo cáo đánh giá kết quả thực hiện nhiệm vụ tháng \(plan.previousMonthText); phương hướng, nhiệm vụ trọng tâm tháng \(plan.monthText), đồng chí Bí thư Đảng ủy thống nhất kết luận như sau:",
            "",
            "I. Kết quả thực hiện nhiệm vụ tháng \(plan.previousMonthText)",
            "",
            "1. Công tác xây dựng Đảng và hệ thống chính trị",
            "",
            "…",
            "",
            "2. Nhiệm vụ phát triển kinh tế - xã hội",
            "",
            "…",
            "",
            "II. Những tồn tại, hạn chế",
            "",
            "1. …",
            "",
            "III. Nhiệm vụ trọng tâm tháng \(plan.monthText)",
            "",
            "Một là, …",
            "",
            "Hai là, …",
            "",
            "Ba là, …",
            "",
            "Yêu cầu các cơ quan, đơn vị …",
            "",
            "Nơi nhận:",
            "",
            "- …",
            "- Lưu VPĐU.",
            "",
            "**\(config.signingAuthority.isEmpty ? "T/L BAN THƯỜNG VỤ" : config.signingAuthority)",
            "\(config.signerTitle.isEmpty ? "CHÁNH VĂN PHÒNG" : config.signerTitle)**",
            "",
            config.signer.isEmpty ? "…" : config.signer,
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
