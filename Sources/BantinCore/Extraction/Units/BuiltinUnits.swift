/// The standard bodies of a commune after the 2025 reform (domain.md §3), with the ways
/// conclusions name them.
///
/// Aliases are matched folded (case, diacritics and tone placement ignored), longest first, so a
/// long form ("Ban Chấp hành Đảng bộ xã") always wins over a short one it contains ("Đảng bộ xã").
/// Short acronyms (three letters or fewer: "BCH", "BTV", "TYT") only match in capitals; see
/// `UnitAlias`. Words that fold onto ordinary words are left out on purpose: "bản" (= "ban"),
/// "ấp" (= "áp"), bare "Đoàn" (đoàn kết, đoàn kiểm tra), bare "Ủy ban", "chính quyền".
public enum BuiltinUnits {
    /// Ids of the groups whose members are computed from the registry, not listed.
    public static let partyCells = "chi-bo"
    public static let hamlets = "xom"
    public static let frontAndMassOrganisations = "mttq-doan-the"
    public static let allUnits = "cac-co-quan-don-vi"

    /// Bodies that issue conclusions rather than receive them: left out of the all-units broadcast.
    static let issuers: Set<String> = ["dang-bo", "dang-uy", "btv", "thuong-truc-du"]

    public static let units: [Unit] = [
        // Party organs.
        Unit(id: "dang-bo", name: "Đảng bộ xã", kind: .party,
             aliases: ["Đảng bộ xã", "Đảng bộ", "ĐB xã", "toàn Đảng bộ"]),
        Unit(id: "dang-uy", name: "Đảng ủy xã", kind: .party,
             aliases: ["Đảng ủy xã", "Đảng ủy", "Ban Chấp hành Đảng bộ xã", "Ban Chấp hành Đảng bộ",
                       "Ban Chấp hành Đảng ủy", "BCH Đảng bộ xã", "BCH Đảng bộ",
                       "BCH Đảng ủy", "BCH", "ĐU", "Ủy viên Ban Chấp hành", "Ủy viên BCH"]),
        Unit(id: "btv", name: "Ban Thường vụ Đảng ủy", kind: .party,
             aliases: ["Ban Thường vụ Đảng ủy", "Ban Thường vụ", "BTV Đảng ủy", "BTV",
                       "Ủy viên Ban Thường vụ", "Ủy viên BTV", "UVBTV"]),
        Unit(id: "thuong-truc-du", name: "Thường trực Đảng ủy", kind: .party,
             aliases: ["Thường trực Đảng ủy", "TT Đảng ủy", "TTĐU"]),
        Unit(id: "vpdu", name: "Văn phòng Đảng ủy", kind: .party,
             aliases: ["Văn phòng Đảng ủy", "VP Đảng ủy", "VPĐU", "Chánh Văn phòng Đảng ủy"]),
        Unit(id: "bxdd", name: "Ban Xây dựng Đảng", kind: .party,
             aliases: ["Ban Xây dựng Đảng", "Ban XDĐ", "BXDĐ"]),
        Unit(id: "ubkt", name: "Ủy ban Kiểm tra Đảng ủy", kind: .party,
             aliases: ["Ủy ban Kiểm tra Đảng ủy", "Ủy ban Kiểm tra", "UBKT Đảng ủy", "UBKT", "UBKTĐU",
                       "Cơ quan Ủy ban Kiểm tra", "Cơ quan UBKT"]),
        Unit(id: "ttct", name: "Trung tâm Chính trị", kind: .party,
             aliases: ["Trung tâm Chính trị", "TTCT"]),

        // Commune government (NĐ 150/2025).
        Unit(id: "hdnd", name: "Hội đồng nhân dân xã", kind: .government,
             aliases: ["Hội đồng nhân dân xã", "Hội đồng nhân dân", "HĐND xã", "HĐND", "Thường trực HĐND",
                       "TT HĐND", "kỳ họp HĐND", "kỳ họp Hội đồng nhân dân"]),
        Unit(id: "ubnd", name: "Ủy ban nhân dân xã", kind: .government,
             aliases: ["Ủy ban nhân dân xã", "Ủy ban nhân dân", "UBND xã", "UBND", "Chủ tịch UBND",
                       "CT UBND"]),
        Unit(id: "vp-hdnd-ubnd", name: "Văn phòng HĐND và UBND xã", kind: .government,
             aliases: ["Văn phòng HĐND và UBND", "Văn phòng HĐND-UBND", "Văn phòng HĐND&UBND",
                       "VP HĐND và UBND", "VP HĐND-UBND", "VP HĐND&UBND", "Văn phòng UBND",
                       "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"]),
        Unit(id: "phong-kt", name: "Phòng Kinh tế", kind: .government,
             aliases: ["Phòng Kinh tế", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế - Hạ tầng - Đô thị",
                       "Phòng KT-HT-ĐT", "Phòng KT"]),
        Unit(id: "phong-vhxh", name: "Phòng Văn hóa – Xã hội", kind: .government,
             aliases: ["Phòng Văn hóa – Xã hội", "Phòng Văn hóa và Xã hội", "Phòng VH-XH", "Phòng VHXH"]),
        Unit(id: "ttpvhcc", name: "Trung tâm Phục vụ hành chính công", kind: .government,
             aliases: ["Trung tâm Phục vụ hành chính công", "Trung tâm PVHCC", "TT PVHCC", "TTPVHCC",
                       "Trung tâm HCC", "Bộ phận một cửa", "Bộ phận tiếp nhận và trả kết quả"]),
        Unit(id: "ttdvsnc", name: "Trung tâm Dịch vụ sự nghiệp công", kind: .government,
             aliases: ["Trung tâm Dịch vụ sự nghiệp công", "Trung tâm DVSNC", "TT DVSNC", "TTDVSNC",
                       "Trung tâm Dịch vụ tổng hợp", "Trung tâm Cung ứng dịch vụ công"]),
        Unit(id: "bqlda", name: "Ban Quản lý dự án", kind: .government,
             aliases: ["Ban Quản lý dự án", "Ban Quản lý dự án đầu tư xây dựng", "Ban QLDA", "BQLDA"]),
        Unit(id: "bchqs", name: "Ban Chỉ huy Quân sự xã", kind: .government,
             aliases: ["Ban Chỉ huy Quân sự xã", "Ban Chỉ huy Quân sự", "Ban CHQS", "BCHQS", "BCH Quân sự",
                       "Quân sự xã", "Chỉ huy trưởng Ban CHQS", "CHT Ban CHQS"]),
        Unit(id: "cax", name: "Công an xã", kind: .government,
             aliases: ["Công an xã", "CA xã", "CAX", "Trưởng Công an xã", "lực lượng Công an", "Công an"]),
        Unit(id: "tyt", name: "Trạm Y tế xã", kind: .government,
             aliases: ["Trạm Y tế xã", "Trạm Y tế", "TYT"]),
        Unit(id: "truong-hoc", name: "Các trường học", kind: .government,
             aliases: ["các trường học", "trường học", "các nhà trường", "Trường Mầm non", "Trường Tiểu học",
                       "Trường THCS", "Trường MN", "Trường TH", "Trường Trung học cơ sở", "Trường Mẫu giáo"]),

        // The Fatherland Front and the organisations now under it (HD 31-HD/BTCTW).
        Unit(id: "mttq", name: "Ủy ban MTTQ xã", kind: .frontAndMassOrganisations,
             aliases: ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Ủy ban Mặt trận Tổ quốc Việt Nam",
                       "Ủy ban Mặt trận Tổ quốc", "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQ", "UBMTTQVN", "UBMTTQ",
                       "MTTQ Việt Nam", "MTTQ", "Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc", "Mặt trận",
                       "Ban Thường trực Ủy ban MTTQ", "Ban Thường trực UBMTTQ"]),
        Unit(id: "hlhpn", name: "Hội Liên hiệp Phụ nữ xã", kind: .frontAndMassOrganisations,
             aliases: ["Hội Liên hiệp Phụ nữ", "Hội LHPN", "HLHPN", "Hội Phụ nữ"]),
        Unit(id: "hnd", name: "Hội Nông dân xã", kind: .frontAndMassOrganisations,
             aliases: ["Hội Nông dân", "Hội ND", "HND"]),
        Unit(id: "hccb", name: "Hội Cựu chiến binh xã", kind: .frontAndMassOrganisations,
             aliases: ["Hội Cựu chiến binh", "Hội CCB", "CCB"]),
        Unit(id: "doan", name: "Đoàn TNCS Hồ Chí Minh xã", kind: .frontAndMassOrganisations,
             aliases: ["Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên",
                       "Đoàn TNCS", "Đoàn TN", "ĐTN", "Đoàn xã"]),
        Unit(id: "cong-doan", name: "Công đoàn cơ sở", kind: .frontAndMassOrganisations,
             aliases: ["Công đoàn cơ sở", "Công đoàn", "CĐCS"]),
        Unit(id: "hoi-nct", name: "Hội Người cao tuổi xã", kind: .frontAndMassOrganisations,
             aliases: ["Hội Người cao tuổi", "Hội NCT"]),
        Unit(id: "hoi-ctd", name: "Hội Chữ thập đỏ xã", kind: .frontAndMassOrganisations,
             aliases: ["Hội Chữ thập đỏ", "Hội CTĐ"]),

        // Others.
        Unit(id: "nhcsxh", name: "Ngân hàng Chính sách xã hội", kind: .other,
             aliases: ["Ngân hàng Chính sách xã hội", "Ngân hàng CSXH", "NHCSXH"]),
        Unit(id: "bcd-bau-cu", name: "Ban Chỉ đạo bầu cử xã", kind: .other,
             aliases: ["Ban Chỉ đạo bầu cử", "BCĐ bầu cử", "Ủy ban bầu cử", "Ban bầu cử", "Tổ bầu cử"]),
        // Only named upper bodies: "theo hướng dẫn của cấp trên", "lấy ý kiến các sở, ngành liên
        // quan" name no body a task could be put on, and clerks do not list them.
        Unit(id: "cap-tren", name: "Cấp trên (Tỉnh ủy, UBND tỉnh, các sở, ngành)", kind: .superior,
             aliases: ["Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "BTV Tỉnh ủy", "UBKT Tỉnh ủy", "UBND tỉnh",
                       "Ủy ban nhân dân tỉnh", "HĐND tỉnh", "Công an tỉnh"]),

        // Groups. Members of the first, second and last are computed by `UnitRegistry`.
        Unit(id: partyCells, name: "Các chi bộ", kind: .partyCell,
             aliases: ["các chi bộ", "chi bộ", "bí thư chi bộ", "bí thư các chi bộ", "các chi, đảng bộ",
                       "chi, đảng bộ trực thuộc", "chi ủy", "BTCB"]),
        Unit(id: hamlets, name: "Các thôn, xóm", kind: .hamlet,
             aliases: ["các xóm", "xóm", "thôn", "các thôn", "các thôn, xóm", "thôn, xóm", "tổ dân phố",
                       "các tổ dân phố", "TDP", "khu phố", "trưởng xóm", "trưởng thôn", "trưởng khu phố",
                       "tổ trưởng tổ dân phố", "các ấp", "trưởng ấp"]),
        Unit(id: frontAndMassOrganisations, name: "MTTQ và các đoàn thể", kind: .frontAndMassOrganisations,
             aliases: ["MTTQ và các đoàn thể", "MTTQ và các tổ chức đoàn thể", "Mặt trận Tổ quốc và các đoàn thể",
                       "Mặt trận Tổ quốc và các tổ chức đoàn thể", "Ủy ban MTTQ và các đoàn thể",
                       "MTTQ và các tổ chức chính trị - xã hội", "Mặt trận và các đoàn thể",
                       "Mặt trận và các tổ chức chính trị - xã hội", "các tổ chức chính trị - xã hội", "các đoàn thể",
                       "các hội, đoàn thể"],
             members: ["mttq", "hlhpn", "hnd", "hccb", "doan", "cong-doan"]),
        Unit(id: allUnits, name: "Các cơ quan, đơn vị", kind: .other,
             aliases: ["Thủ trưởng các cơ quan, đơn vị", "các cơ quan, đơn vị", "các cơ quan, ban, ngành",
                       "các ban, ngành, đoàn thể", "các ban, ngành"]),
    ]

    /// Topic keywords that imply a unit although no unit is named. Kept to phrases whose owner
    /// any clerk would name without hesitation; "y tế" alone is left out ("bảo hiểm y tế").
    public static let topics: [TopicRule] = [
        TopicRule(keyword: "tuyển quân", unitID: "bchqs"),
        TopicRule(keyword: "nhập ngũ", unitID: "bchqs"),
        TopicRule(keyword: "giao quân", unitID: "bchqs"),
        TopicRule(keyword: "sẵn sàng chiến đấu", unitID: "bchqs"),
        TopicRule(keyword: "dân quân tự vệ", unitID: "bchqs"),
        TopicRule(keyword: "tiêm chủng", unitID: "tyt"),
        TopicRule(keyword: "tiêm phòng", unitID: "tyt"),
        TopicRule(keyword: "an ninh trật tự", unitID: "cax"),
        TopicRule(keyword: "trật tự an toàn xã hội", unitID: "cax"),
    ]
}

/// "A task about <keyword> concerns <unit>": "tuyển quân" → Ban CHQS.
public struct TopicRule: Hashable, Sendable {
    public var keyword: String
    public var unitID: String

    public init(keyword: String, unitID: String) {
        self.keyword = keyword
        self.unitID = unitID
    }
}
