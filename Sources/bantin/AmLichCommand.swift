import ArgumentParser
import Foundation
import LunarCalendar

/// `bantin amlich`: converts a day between dương lịch and âm lịch. The conversion and the wording
/// live in the LunarCalendar module (`AmLich`, `DateTextParser`); this type only reads the
/// arguments and the clock.
struct AmLichCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amlich",
        abstract: "Đổi ngày dương lịch sang âm lịch (hoặc ngược lại), kèm can chi của ngày và tháng.",
        discussion: """
            Lịch âm tính theo giờ Việt Nam (UTC+7), thuật toán Hồ Ngọc Đức, cho các năm 1900–2100.
            Ví dụ:
              bantin amlich                      (hôm nay)
              bantin amlich 17/02/2026
              bantin amlich 2026-02-17
              bantin amlich --lunar 1/1/2026     (mùng 1 Tết Bính Ngọ là ngày nào)
              bantin amlich --lunar --leap 26/6/2025
            """
    )

    @Argument(help: "Ngày dương lịch YYYY-MM-DD hoặc DD/MM/YYYY (mặc định: hôm nay theo giờ Việt Nam); với --lunar: ngày âm lịch D/M/YYYY.")
    var date: String?

    @Flag(help: "Đổi từ ngày âm lịch sang ngày dương lịch.")
    var lunar = false

    @Flag(help: "Ngày âm lịch thuộc tháng nhuận (dùng cùng --lunar).")
    var leap = false

    func validate() throws {
        if leap && !lunar { throw ValidationError("--leap chỉ dùng cùng --lunar.") }
        if lunar && date == nil { throw ValidationError("Hãy cho ngày âm lịch, ví dụ: bantin amlich --lunar 1/1/2026") }
    }

    func run() throws {
        if lunar {
            // Unreadable input and a lunar date that does not exist are errors (exit 1), explained in Vietnamese.
            let lunarDate = try DateTextParser.lunarDate(date ?? "", isLeapMonth: leap).get()
            print(try AmLich.describe(lunar: lunarDate).get())
        } else {
            let solarDate = try date.map { try DateTextParser.solarDate($0).get() } ?? Self.todayInVietnam()
            print(AmLich.describe(solar: solarDate))
        }
    }

    static func todayInVietnam() -> CivilDate {
        CivilDate(secondsSince1970: Int64(Date().timeIntervalSince1970.rounded(.down)), utcOffsetSeconds: 7 * 3600)
    }
}
