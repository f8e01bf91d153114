import ArgumentParser
import BantinKit
import Foundation

extension TaskListing.Format: ExpressibleByArgument {}

struct TasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "In các nhiệm vụ đọc được từ các kết luận (bảng, JSON, hoặc bảng tiến độ CSV/Excel để các đơn vị điền).",
        discussion: """
            --format csv và --format xlsx xuất bảng tiến độ: mỗi dòng một nhiệm vụ của một đơn vị, các cột Tình trạng, \
            Ngày báo cáo, Ghi chú để trống cho đơn vị điền. Văn phòng lưu bảng đã điền thành tien-do.xlsx (hoặc tien-do.csv) \
            ở thư mục gốc của trang; bantin build đọc lại và hiện tiến độ trên các trang.
            """)

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Định dạng: table, json, csv, xlsx.")
    var format: TaskListing.Format = .table

    @Option(name: .long, help: "Chỉ in nhiệm vụ của một đơn vị (mã đơn vị, ví dụ: mttq, bchqs).")
    var unit: String?

    @Option(name: .long, help: "Dấu phân cách của CSV: ',' (mặc định) hoặc ';' (Excel cài đặt vùng Việt Nam).")
    var delimiter: String = ","

    @Option(name: .long, help: "Ghi vào tệp này thay vì in ra màn hình (bắt buộc với xlsx khi màn hình là terminal).")
    var output: String?

    @Flag(name: .long, help: "Không in các cảnh báo.")
    var quiet = false

    func validate() throws {
        guard delimiter == "," || delimiter == ";" else { throw ValidationError("--delimiter chỉ nhận ',' hoặc ';'.") }
        if delimiter != ",", format != .csv { throw ValidationError("--delimiter chỉ dùng với --format csv.") }
        if format == .xlsx, output == nil, isatty(FileHandle.standardOutput.fileDescriptor) != 0 {
            throw ValidationError("Tệp Excel không in ra màn hình được: thêm --output bang-tien-do.xlsx (hoặc chuyển hướng: > bang-tien-do.xlsx).")
        }
    }

    func run() throws {
        let layout = options.layout
        let input = try Report.loadOrExit(layout)
        // Reading and extraction only: no page, no body is rendered.
        let result = SiteReading.read(input).flatMap { read in
            TaskListing.export(read, unit: unit, format: format, delimiter: delimiter.first!).map { (bytes: $0, warnings: read.warnings) }
        }
        switch result {
        case .success(let (bytes, warnings)):
            if !quiet { Report.print(warnings) }
            var bytes = bytes
            if format != .xlsx, bytes.last != 0x0A { bytes.append(0x0A) }
            if let output {
                do {
                    try ExportWriter.write(bytes, to: output, layout: layout)
                } catch {
                    Report.print([error])
                    throw ExitCode.failure
                }
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        case .failure(let failure):
            if !quiet { Report.print(failure.warnings) }
            Report.print(failure.errors)
            throw ExitCode.failure
        }
    }
}
