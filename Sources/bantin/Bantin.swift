import ArgumentParser
import BantinKit

@main
struct Bantin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bantin",
        abstract: "Tạo trang bản tin tĩnh từ các thông báo kết luận của Đảng ủy xã.",
        discussion: "Đọc các tệp Markdown, Word (.docx), PDF và văn bản (.txt) trong content/, ghi trang HTML vào public/.",
        version: BantinVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self, TasksCommand.self, ImportCommand.self, AmLichCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
