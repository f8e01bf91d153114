/// The site configuration, `bantin.yml` at the site root, as values (the loader parses the YAML):
/// who issues the conclusions and how the site is built. Every field is optional; a field left
/// empty is left off the pages.
public struct SiteConfig: Sendable, Hashable {
    public static let fileName = "bantin.yml"

    /// Title of the site, shown in the header of every page.
    public var title = "Bản tin Đảng ủy"
    /// The issuing body in the document header: "ĐẢNG ỦY XÃ XUÂN HƯNG".
    public var issuer = ""
    /// The body directly above it: "ĐẢNG BỘ TỈNH THANH HÓA".
    public var superior = ""
    /// Place name for the date line: "Xuân Hưng" → "Xuân Hưng, ngày … tháng … năm …".
    public var place = ""
    /// Signer used when a conclusion names none.
    public var signer = ""
    public var signerTitle = ""
    public var signingAuthority = ""
    /// Absolute address of the published site ("https://intranet.xa/bantin/"). Only feeds and the
    /// sitemap use it; pages link relatively and work from any folder or sub-path without it.
    public var baseURL = ""
    /// Print layout: `hd36` (Party documents, Hướng dẫn 36-HD/VPTW), `hd05` (HD36 with the 2026
    /// punctuation: "Nơi nhận" items end with ";") or `nd30` (state documents, Nghị định 30/2020).
    public var printProfile: PrintProfile = .hd36
    /// Pass raw HTML written in Markdown through to pages. Off: it is left out with a warning.
    public var rawHTML = false
    /// Largest conclusion file accepted, in KiB.
    public var maxFileKiB = 1024
    /// Calendar options (holidays shown, local events, reminders).
    public var calendar = CalendarOptions()

    public enum PrintProfile: String, CaseIterable, Sendable, Hashable {
        case hd36, hd05, nd30
    }

    public struct CalendarOptions: Sendable, Hashable {
        /// Which built-in lists to show: statutory, anniversary, lunar.
        public var holidayLists: Set<String> = ["statutory", "anniversary", "lunar"]
        /// Dated local events: "15/03/2026 — Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp".
        public var events: [LocalEvent] = []
        /// Reminders in the iCalendar feeds, in days before the deadline (empty: none).
        public var alarmDaysBefore: [Int] = []
        /// The days off of a year as the government set them (`calendar.days_off`): days in the
        /// Tết season of a year replace the built-in placement of that year's five Tết days;
        /// others (a compensatory day, the day next to Quốc khánh) are added. Titles may be empty.
        public var daysOff: [LocalEvent] = []
        public init() {}
    }

    public struct LocalEvent: Sendable, Hashable {
        public var date: CivilDate
        public var endDate: CivilDate?
        public var title: String
        public init(date: CivilDate, endDate: CivilDate? = nil, title: String) {
            self.date = date
            self.endDate = endDate
            self.title = title
        }
    }

    public init() {}
}
