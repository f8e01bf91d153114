/// Reads dates typed by a user: solar `YYYY-MM-DD` or `DD/MM/YYYY`, lunar `D/M/YYYY`.
public enum DateTextParser {
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case unreadable(String, expected: String)
        case noSuchDay(String)
        case yearOutOfRange(Int)

        public var description: String {
            switch self {
            case .unreadable(let text, let expected):
                return "Không đọc được ngày \"\(text)\": hãy viết theo dạng \(expected)."
            case .noSuchDay(let text):
                return "Ngày \"\(text)\" không có trong lịch."
            case .yearOutOfRange(let year):
                let years = VietnameseLunarCalendar.supportedYears
                return "Năm \(year) nằm ngoài khoảng \(years.lowerBound)–\(years.upperBound) mà lịch âm tính được."
            }
        }
    }

    /// `2026-02-17` or `17/02/2026` (leading zeros optional).
    public static func solarDate(_ text: String) -> Result<CivilDate, Failure> {
        let trimmed = trimmingSpaces(text)
        let expected = "YYYY-MM-DD hoặc DD/MM/YYYY"
        let dayMonthYear: [Int]
        if trimmed.split(separator: "-").first?.count == 4, let iso = numbers(in: trimmed, separator: "-"), iso.count == 3 {
            dayMonthYear = [iso[2], iso[1], iso[0]]
        } else if let slashed = numbers(in: trimmed, separator: "/"), slashed.count == 3 {
            dayMonthYear = slashed
        } else {
            return .failure(.unreadable(text, expected: expected))
        }
        let year = dayMonthYear[2]
        guard VietnameseLunarCalendar.supportedYears.contains(year) else { return .failure(.yearOutOfRange(year)) }
        guard let date = CivilDate(year: year, month: dayMonthYear[1], day: dayMonthYear[0]) else {
            return .failure(.noSuchDay(text))
        }
        return .success(date)
    }

    /// `1/1/2026` = mùng 1 tháng Giêng năm Bính Ngọ. Whether the month exists is checked later,
    /// by `VietnameseLunarCalendar.checkedSolarDate(for:)`.
    public static func lunarDate(_ text: String, isLeapMonth: Bool = false) -> Result<LunarDate, Failure> {
        guard let parts = numbers(in: trimmingSpaces(text), separator: "/"), parts.count == 3 else {
            return .failure(.unreadable(text, expected: "D/M/YYYY (ngày/tháng/năm âm lịch)"))
        }
        guard VietnameseLunarCalendar.supportedYears.contains(parts[2]) else { return .failure(.yearOutOfRange(parts[2])) }
        return .success(LunarDate(year: parts[2], month: parts[1], day: parts[0], isLeapMonth: isLeapMonth))
    }

    /// The decimal numbers between separators, or nil if any part is not 1–4 ASCII digits.
    private static func numbers(in text: Substring, separator: Character) -> [Int]? {
        var result: [Int] = []
        for part in text.split(separator: separator, omittingEmptySubsequences: false) {
            guard (1...4).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(part) else {
                return nil
            }
            result.append(value)
        }
        return result
    }

    private static func trimmingSpaces(_ text: String) -> Substring {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
        return text[start..<end]
    }
}
