import ArgumentParser
import BantinKit
import Foundation
import LunarCalendar

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Tạo khung kết luận tháng tới trong content/ (không bao giờ ghi đè tệp đã có).",
        discussion: """
            Tên tệp: content/ket-luan-thang-MM-YYYY.md, với MM/YYYY là tháng sau kết luận mới nhất, hoặc tháng
            sau ngày họp cho bằng --date. Phần đầu văn bản lấy từ bantin.yml; các chỗ “…” là chỗ cần điền.
            Ví dụ:
              bantin new
              bantin new --date 2026-02-27
            """)

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Ngày họp YYYY-MM-DD (hoặc DD/MM/YYYY); kết luận lo cho tháng sau ngày này.")
    var date: String?

    func run() throws {
        let layout = options.layout
        let input = try Report.loadOrExit(layout)
        let plan: ConclusionSkeleton.Plan
        if let date {
            plan = .after(meeting: try DateTextParser.solarDate(date).get())
        } else if case .success(let read) = SiteReading.read(input), let latest = read.conclusions.first, let next = ConclusionSkeleton.Plan.following(latest) {
            plan = next
        } else {
            plan = .after(meeting: AmLichCommand.todayInVietnam())
        }
        let target = layout.content.appendingPathComponent(plan.fileName)
        let shown = FileManager.default.currentDirectoryPath == layout.root.path ? "content/\(plan.fileName)" : target.path
        guard !FileManager.default.fileExists(atPath: target.path) else {
            Report.print([.error(shown, "tệp đã có; bantin new không ghi đè — mở tệp này để sửa, hoặc chọn tháng khác bằng --date")])
            throw ExitCode.failure
        }
        do {
            try FileManager.default.createDirectory(at: layout.content, withIntermediateDirectories: true)
            try Data(ConclusionSkeleton.markdown(plan, config: input.config).utf8).write(to: target, options: .withoutOverwriting)
        } catch {
            Report.print([.error(shown, "không ghi được tệp: \(error.localizedDescription)")])
            throw ExitCode.failure
        }
        print(shown)
    }
}
