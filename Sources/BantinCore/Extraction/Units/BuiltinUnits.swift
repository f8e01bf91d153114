/// The standard bodies of a commune after the 2025 reform (domain.md §3), with the ways
/// conclusions name them.
///
/// Aliases are matched folded (case, diacritics and tone placement ignored), longest first, so a
/// long form ("Ban Chấp hành Đảng bộ xã") always wins over a short one it contains ("Đảng bộ xã").
/// Short acronyms (three letters or fewer: "BCH", "BTV", "TYT") only match in capitals; see
/// `AliasPattern`. Hamlet words that fold onto ordinary words ("ấp"/"áp", "bản"/"ban", "khóm",
/// "buôn", "sóc") only match spelled exactly so. Left out on purpose: bare "Đoàn" (đoàn kết, đoàn
/// kiểm tra), bare "Ủy ban".
public enum BuiltinUnits {
    /// Ids of the groups whose members are computed from the registry, not listed.
    public static let partyCells = "chi-bo"
    public static let hamlets = "xom"
    public static let frontAndMassOrganisations = "mttq-doan-the"
    public static let massOrganisations = "doan-the"
    public static let allUnits = "cac-co-quan-don-vi"

    /// Folded aliases that name a body only when the text addresses it: the communes by their level
    /// ("các xã, thị trấn") and the residential areas ("các địa bàn dân cư") are as often the places
    /// where something happens.
    static let addressedOnly: Set<[UInt8]> = Set(["các xã", "các xã, thị trấn", "các xã, phường", "các xã, phường, thị trấn",
                                                  "tất cả các xã", "các địa bàn dân cư"].map { FoldedText($0).bytes })

    /// Bodies that issue conclusions rather than receive them: left out of the all-units broadcast.
    static let issuers: Set<String> = ["dang-bo", "dang-uy", "btv", "thuong-truc-du"]

    /// A body of the district level, an upper body for the commune.
    private static func district(_ id: String, _ name: String, _ aliases: [String]) -> Unit {
        Unit(id: id, name: name, kind: .superior, aliases: aliases)
    }

    public static let units: [Unit] = [
        // Party organs.
        Unit(id: "dang-bo", name: "Đảng bộ xã", kind: .party,
             aliases: ["Đảng bộ xã", "Đảng bộ", "ĐB xã", "toàn Đảng bộ"]),
        Unit(id: "dang-uy", name: "Đảng ủy xã", kind: .party,
             aliases: ["Đảng ủy xã", "Đảng ủy", "Ban Chấp hành Đảng bộ xã", "Ban Chấp hành Đảng bộ",
                       "Ban Chấp hành Đảng ủy", "BCH Đảng bộ xã", "BCH Đảng bộ",
                       "BCH Đảng ủy", "BCH", "ĐU", "Ủy viên Ban Chấp hành", "Ủy viên BCH", "Ủy viên BCH Đảng bộ",
                       "Ủy viên Ban Chấp hành Đảng bộ",
                       // The Party committee as the body that leads ("các cấp ủy", "cấp ủy xã").
                       "cấp ủy", "các cấp ủy", "cấp ủy Đảng", "cấp ủy đảng"]),
        Unit(id: "btv", name: "Ban Thường vụ Đảng ủy", kind: .party,
             aliases: ["Ban Thường vụ Đảng ủy", "Ban Thường vụ", "BTV Đảng ủy", "BTV",
                       "Ủy viên Ban Thường vụ", "Ủy viên BTV", "UVBTV"]),
        Unit(id: "thuong-truc-du", name: "Thường trực Đảng ủy", kind: .party,
             aliases: ["Thường trực Đảng ủy", "TT Đảng ủy", "TTĐU"]),
        Unit(id: "vpdu", name: "Văn phòng Đảng ủy", kind: .party,
             aliases: ["Văn phòng Đảng ủy", "VP Đảng ủy", "VPĐU", "Chánh Văn phòng Đảng ủy", "Văn phòng cấp ủy"]),
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
                       "CT UBND", "chính quyền", "Chính quyền xã", "chính quyền các cấp",
                       // A district's text addresses the communes by their level ("yêu cầu các xã ngừng …",
                       // "Tất cả các xã, thị trấn bố trí …"): their People's Committees.
                       "các xã", "các xã, thị trấn", "các xã, phường", "các xã, phường, thị trấn", "tất cả các xã"]),
        Unit(id: "vp-hdnd-ubnd", name: "Văn phòng HĐND và UBND xã", kind: .government,
             aliases: ["Văn phòng HĐND và UBND", "Văn phòng HĐND-UBND", "Văn phòng HĐND&UBND",
                       "VP HĐND và UBND", "VP HĐND-UBND", "VP HĐND&UBND", "Văn phòng UBND",
                       "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
                       // Written bare, "Văn phòng" is the issuer's own office: this one in a People's
                       // Committee text, the Party office in a Party one (`ConclusionExtraction`).
                       "Văn phòng"]),
        Unit(id: "phong-kt", name: "Phòng Kinh tế", kind: .government,
             aliases: ["Phòng Kinh tế", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế - Hạ tầng - Đô thị",
                       "Phòng KT-HT-ĐT", "Phòng KT"]),
        // Before 2025 a commune had a "Ban Văn hóa – Thông tin" (or Ban Văn hóa – Xã hội); its
        // work is the Phòng Văn hóa – Xã hội's now.
        Unit(id: "phong-vhxh", name: "Phòng Văn hóa – Xã hội", kind: .government,
             aliases: ["Phòng Văn hóa – Xã hội", "Phòng Văn hóa và Xã hội", "Phòng VH-XH", "Phòng VHXH",
                       "Ban Văn hóa thông tin", "Ban Văn hóa – Thông tin", "Ban Văn hóa - Xã hội", "Ban VHTT"]),
        Unit(id: "ttpvhcc", name: "Trung tâm Phục vụ hành chính công", kind: .government,
             aliases: ["Trung tâm Phục vụ hành chính công", "Trung tâm PVHCC", "TT PVHCC", "TTPVHCC",
                       "Trung tâm HCC", "Bộ phận một cửa", "Bộ phận tiếp nhận và trả kết quả"]),
        Unit(id: "ttdvsnc", name: "Trung tâm Dịch vụ sự nghiệp công", kind: .government,
             aliases: ["Trung tâm Dịch vụ sự nghiệp công", "Trung tâm DVSNC", "TT DVSNC", "TTDVSNC",
                       "Trung tâm Dịch vụ tổng hợp", "Trung tâm Cung ứng dịch vụ công", "đơn vị sự nghiệp",
                       "các đơn vị sự nghiệp",
                       // Before 2025 the agricultural service centres ("Trung tâm Dịch vụ nông nghiệp") did
                       // the extension and veterinary work the centre does now.
                       "Trung tâm Dịch vụ nông nghiệp", "Trung tâm DVNN"]),
        Unit(id: "bqlda", name: "Ban Quản lý dự án", kind: .government,
             aliases: ["Ban Quản lý dự án", "Ban Quản lý dự án đầu tư xây dựng", "Ban QLDA", "BQLDA"]),
        Unit(id: "bchqs", name: "Ban Chỉ huy Quân sự xã", kind: .government,
             aliases: ["Ban Chỉ huy Quân sự xã", "Ban Chỉ huy Quân sự", "Ban CHQS", "BCHQS", "BCH Quân sự",
                       "Quân sự xã", "Chỉ huy trưởng Ban CHQS", "CHT Ban CHQS", "Quân sự", "lực lượng quân sự",
                       // The militia it commands (Luật Dân quân tự vệ): work given to the militia is its work.
                       "lực lượng dân quân tự vệ", "dân quân tự vệ", "lực lượng dân quân", "DQTV"]),
        // "Ban Công an xã" and "Ngành Công an" are how pre-2025 texts name the commune police.
        Unit(id: "cax", name: "Công an xã", kind: .government,
             aliases: ["Công an xã", "CA xã", "CAX", "Trưởng Công an xã", "lực lượng Công an", "Công an", "Ban Công an xã",
                       "Ban Công an"]),
        Unit(id: "tyt", name: "Trạm Y tế xã", kind: .government,
             aliases: ["Trạm Y tế xã", "Trạm Y tế", "TYT"]),
        // Commune civil servants by field (Nghị định 33/2023): owners of their field's tasks.
        Unit(id: "cong-chuc-vhxh", name: "Công chức Văn hóa – Xã hội", kind: .government,
             aliases: ["công chức Văn hóa – Xã hội", "công chức Văn hóa xã hội", "công chức VH-XH", "công chức VHXH",
                       "cán bộ Văn hóa – Xã hội", "công chức Văn hóa – Thông tin", "công chức phụ trách văn hóa"]),
        Unit(id: "cong-chuc-dcxd", name: "Công chức Địa chính – Xây dựng", kind: .government,
             aliases: ["công chức Địa chính – Xây dựng", "công chức Địa chính – Xây dựng – Đô thị và Môi trường",
                       "công chức Địa chính – Nông nghiệp – Xây dựng và Môi trường", "công chức Địa chính", "cán bộ địa chính",
                       "công chức ĐC-XD"]),
        Unit(id: "cong-chuc-tphh", name: "Công chức Tư pháp – Hộ tịch", kind: .government,
             aliases: ["công chức Tư pháp – Hộ tịch", "công chức Tư pháp", "cán bộ Tư pháp", "Tư pháp – Hộ tịch",
                       "công chức TP-HT"]),
        Unit(id: "cong-chuc-vptk", name: "Công chức Văn phòng – Thống kê", kind: .government,
             aliases: ["công chức Văn phòng – Thống kê", "Văn phòng – Thống kê", "công chức VP-TK"]),
        Unit(id: "cong-chuc-tckt", name: "Công chức Tài chính – Kế toán", kind: .government,
             aliases: ["công chức Tài chính – Kế toán", "Tài chính – Kế toán", "công chức TC-KT", "kế toán ngân sách"]),
        Unit(id: "hd-nvqs", name: "Hội đồng Nghĩa vụ quân sự xã", kind: .government,
             aliases: ["Hội đồng Nghĩa vụ quân sự", "Hội đồng NVQS"]),
        Unit(id: "bch-pctt", name: "Ban Chỉ huy phòng chống thiên tai", kind: .government,
             aliases: ["Ban Chỉ huy phòng chống thiên tai", "Ban Chỉ huy phòng, chống thiên tai",
                       "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn", "Ban Chỉ huy PCTT và TKCN", "Ban Chỉ huy PCTT",
                       "Ban CH PCTT&TKCN", "BCH PCTT"]),
        // The specialised departments of the People's Committee, named together.
        Unit(id: "phong-chuyen-mon", name: "Các phòng chuyên môn UBND xã", kind: .government,
             aliases: ["các phòng, ban chuyên môn", "các phòng ban chuyên môn", "phòng, ban chuyên môn", "các bộ phận chuyên môn",
                       "bộ phận chuyên môn", "các phòng chuyên môn", "Trưởng các phòng chuyên môn", "các phòng, ban",
                       "các phòng ban"],
             members: ["vp-hdnd-ubnd", "phong-kt", "phong-vhxh", "ttpvhcc"]),
        Unit(id: "truong-hoc", name: "Các trường học", kind: .government,
             aliases: ["các trường học", "trường học", "các nhà trường", "nhà trường", "Trường Mầm non", "Trường Tiểu học",
                       "Trường THCS", "Trường MN", "Trường TH", "Trường Trung học cơ sở", "Trường Mẫu giáo"]),

        // The Fatherland Front and the organisations now under it (HD 31-HD/BTCTW).
        Unit(id: "mttq", name: "Ủy ban MTTQ xã", kind: .frontAndMassOrganisations,
             aliases: ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Ủy ban Mặt trận Tổ quốc Việt Nam",
                       "Ủy ban Mặt trận Tổ quốc", "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQ", "UBMTTQVN", "UBMTTQ", "UB MTTQ", "Ủy ban MTTQVN",
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
        Unit(id: "hoi-khuyen-hoc", name: "Hội Khuyến học xã", kind: .frontAndMassOrganisations,
             aliases: ["Hội Khuyến học"]),

        // Others.
        Unit(id: "nhcsxh", name: "Ngân hàng Chính sách xã hội", kind: .other,
             aliases: ["Ngân hàng Chính sách xã hội", "Ngân hàng CSXH", "NHCSXH"]),
        // Bodies outside the commune's apparatus that its conclusions often give work to.
        Unit(id: "agribank", name: "Ngân hàng Nông nghiệp và Phát triển nông thôn", kind: .other,
             aliases: ["Ngân hàng Nông nghiệp và Phát triển nông thôn", "Ngân hàng Nông nghiệp", "Ngân hàng NN&PTNT", "Agribank"]),
        Unit(id: "kiem-lam", name: "Kiểm lâm", kind: .other,
             aliases: ["kiểm lâm", "Hạt Kiểm lâm", "lực lượng kiểm lâm", "Kiểm lâm địa bàn", "cán bộ kiểm lâm"]),
        Unit(id: "dien-luc", name: "Điện lực", kind: .other,
             aliases: ["Điện lực", "Chi nhánh điện", "ngành điện", "Đội quản lý điện", "ngành điện lực"]),
        Unit(id: "bcd-bau-cu", name: "Ban Chỉ đạo bầu cử xã", kind: .other,
             aliases: ["Ban Chỉ đạo bầu cử", "BCĐ bầu cử", "Ủy ban bầu cử", "Ban bầu cử", "Tổ bầu cử"]),
        // Only named upper bodies: "theo hướng dẫn của cấp trên", "lấy ý kiến các sở, ngành liên
        // quan" name no body a task could be put on, and clerks do not list them.
        Unit(id: "cap-tren", name: "Cấp trên (Tỉnh ủy, UBND tỉnh, các sở, ngành)", kind: .superior,
             aliases: ["Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "BTV Tỉnh ủy", "UBKT Tỉnh ủy", "UBND tỉnh",
                       "Ủy ban nhân dân tỉnh", "HĐND tỉnh", "Công an tỉnh"]),
        // The province's departments, which a provincial or city text gives work to beside the
        // communes ("yêu cầu giám đốc các sở, ban, ngành và chủ tịch UBND …", "chỉ đạo các sở,
        // ngành, địa phương quan tâm …", "chủ trì, phối hợp các sở ngành, đơn vị"): a body of its
        // own, not the Party or People's Committee above.
        Unit(id: "so-nganh", name: "Các sở, ngành", kind: .superior,
             aliases: ["các sở, ngành", "các sở ngành", "các sở, ban, ngành", "giám đốc các sở, ban, ngành",
                       "giám đốc các sở, ngành", "các sở, ngành liên quan"]),
        // The district level (huyện, thị xã, quận, thành phố thuộc tỉnh) that texts before July 2025,
        // and the district's own write-ups, name: its bodies are never the commune's ("UBND huyện"
        // is not "UBND xã"). Its level word comes right after the body's name, so the longer name wins.
        district("huyen-uy", "Huyện ủy", ["Huyện ủy", "Thị ủy", "Thành ủy", "Quận ủy", "Ban Thường vụ Huyện ủy", "BTV Huyện ủy",
                                          "Thường trực Huyện ủy", "TT Huyện ủy", "Ban Chấp hành Đảng bộ huyện", "Đảng bộ huyện"]),
        district("ubkt-huyen-uy", "Ủy ban Kiểm tra Huyện ủy", ["Ủy ban Kiểm tra Huyện ủy", "UBKT Huyện ủy"]),
        district("ban-to-chuc-huyen-uy", "Ban Tổ chức Huyện ủy", ["Ban Tổ chức Huyện ủy"]),
        district("ban-tuyen-giao-huyen-uy", "Ban Tuyên giáo Huyện ủy", ["Ban Tuyên giáo Huyện ủy"]),
        district("ban-dan-van-huyen-uy", "Ban Dân vận Huyện ủy", ["Ban Dân vận Huyện ủy"]),
        district("van-phong-huyen-uy", "Văn phòng Huyện ủy", ["Văn phòng Huyện ủy"]),
        district("ubnd-huyen", "UBND huyện", ["UBND huyện", "Ủy ban nhân dân huyện", "Thường trực UBND huyện", "UBND thị xã",
                                              "Ủy ban nhân dân thị xã", "UBND quận", "Ủy ban nhân dân quận", "UBND thành phố",
                                              "Ủy ban nhân dân thành phố"]),
        district("hdnd-huyen", "HĐND huyện", ["HĐND huyện", "Hội đồng nhân dân huyện", "Thường trực HĐND huyện", "HĐND thị xã",
                                              "HĐND quận", "HĐND thành phố"]),
        // The district People's Committee's office, named as such by the district's own texts ("Văn
        // phòng HĐND&UBND huyện có trách nhiệm đôn đốc …", 817; "Văn phòng HĐND – UBND thị xã tham mưu …",
        // 725): an office of its own, as the Huyện ủy's is, not one of the district's departments.
        district("vp-hdnd-ubnd-huyen", "Văn phòng HĐND và UBND huyện",
                 ["Văn phòng HĐND và UBND huyện", "Văn phòng HĐND&UBND huyện", "Văn phòng HĐND&UBND thị xã", "Văn phòng UBND huyện",
                  "Văn phòng HĐND và UBND thị xã", "Văn phòng HĐND - UBND huyện", "Văn phòng HĐND - UBND thị xã",
                  "Văn phòng HĐND và UBND quận", "Văn phòng UBND thị xã", "Văn phòng UBND quận"]),
        district("phong-ban-huyen", "Các phòng, ban huyện",
                 ["Văn phòng Điều phối", "Trung tâm Chính trị huyện", "Phòng Nông nghiệp huyện", "Phòng Nông nghiệp và PTNT huyện",
                  "Phòng Tài nguyên và Môi trường huyện", "Phòng Văn hóa và Thông tin huyện",
                  "Phòng Lao động - Thương binh và Xã hội huyện", "Phòng Giáo dục và Đào tạo huyện", "Phòng Nội vụ huyện",
                  "Phòng Tài chính - Kế hoạch huyện", "Phòng Kinh tế - Hạ tầng huyện", "các phòng, ban huyện"]),
        district("cong-an-huyen", "Công an huyện", ["Công an huyện", "Công an thị xã", "Công an quận"]),
        district("bchqs-huyen", "Ban CHQS huyện", ["Ban Chỉ huy Quân sự huyện", "Ban CHQS huyện", "Ban Chỉ huy Quân sự thị xã"]),
        district("mttq-huyen", "Ủy ban MTTQ huyện", ["Ủy ban MTTQ huyện", "Ủy ban MTTQ Việt Nam huyện", "UBMTTQ huyện",
                                                      "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"]),
        district("doan-the-huyen", "Các đoàn thể huyện", ["Huyện đoàn", "Hội Nông dân huyện", "Hội Liên hiệp Phụ nữ huyện",
                                                           "Hội Cựu chiến binh huyện", "các đoàn thể huyện"]),

        // Groups. Members of the first, second and last are computed by `UnitRegistry`.
        Unit(id: partyCells, name: "Các chi bộ", kind: .partyCell,
             aliases: ["các chi bộ", "chi bộ", "bí thư chi bộ", "bí thư các chi bộ", "các chi, đảng bộ",
                       "chi, đảng bộ trực thuộc", "chi ủy", "BTCB",
                       // "cấp ủy chi bộ (các thôn)": the cell's own committee, not the commune's.
                       "cấp ủy chi bộ", "cấp ủy các chi bộ",
                       // "các đồng chí cấp ủy các thôn": the committees of the hamlets' Party cells.
                       "cấp ủy các thôn", "cấp ủy thôn", "cấp ủy các xóm", "cấp ủy xóm", "cấp ủy các ấp", "cấp ủy ấp",
                       "cấp ủy các khu dân cư", "cấp ủy các tổ dân phố", "cấp ủy các khu phố"]),
        // Every hamlet level and its head, north to south: thôn, xóm, làng, bản, buôn, ấp, khóm,
        // sóc, tổ dân phố, khu phố, khối phố, khu dân cư.
        Unit(id: hamlets, name: "Các thôn, xóm", kind: .hamlet,
             aliases: ["các xóm", "xóm", "thôn", "các thôn", "các thôn, xóm", "thôn, xóm", "tổ dân phố",
                       "các tổ dân phố", "TDP", "khu phố", "trưởng xóm", "trưởng thôn", "trưởng khu phố",
                       "tổ trưởng tổ dân phố", "các ấp", "trưởng ấp",
                       "trưởng các xóm", "trưởng các thôn", "trưởng các ấp", "thôn trưởng", "xóm trưởng", "tổ trưởng TDP",
                       "tổ trưởng dân phố", "tổ trưởng các tổ dân phố", "các khu phố", "khối phố", "các khối phố",
                       "khu dân cư", "các khu dân cư", "Ban điều hành tổ dân phố",
                       // "giao nhiệm vụ cho các địa bàn dân cư": the residential areas, addressed, are the
                       // hamlets ("tại các địa bàn dân cư" is a place, see `addressedOnly`; "tại địa bàn dân
                       // cư" is never one).
                       "các địa bàn dân cư", "ấp", "ban ấp", "các ban ấp", "Ban nhân dân ấp",
                       "Ban nhân dân các ấp", "trưởng ban nhân dân ấp", "khóm", "các khóm", "trưởng khóm", "trưởng các khóm",
                       "Ban nhân dân khóm", "các thôn, bản", "thôn, bản", "trưởng bản", "các bản", "các buôn", "trưởng buôn",
                       "các sóc", "trưởng sóc", "các làng", "trưởng làng", "các thôn, làng"]),
        Unit(id: frontAndMassOrganisations, name: "MTTQ và các đoàn thể", kind: .frontAndMassOrganisations,
             aliases: ["MTTQ và các đoàn thể", "MTTQ và các tổ chức đoàn thể", "Mặt trận Tổ quốc và các đoàn thể",
                       "Mặt trận Tổ quốc và các tổ chức đoàn thể", "Ủy ban MTTQ và các đoàn thể",
                       "MTTQ và các tổ chức chính trị - xã hội", "Mặt trận và các đoàn thể",
                       "Mặt trận và các tổ chức chính trị - xã hội"],
             members: ["mttq", "hlhpn", "hnd", "hccb", "doan", "cong-doan"]),
        // The mass organisations without the Front ("các đoàn thể"); with it, written together,
        // they are the group above (see `UnitRegistry.absorbingGroupLeaders`).
        Unit(id: massOrganisations, name: "Các đoàn thể", kind: .frontAndMassOrganisations,
             aliases: ["các đoàn thể", "đoàn thể", "các tổ chức chính trị - xã hội", "các tổ chức CT-XH", "tổ chức CT-XH",
                       "các hội, đoàn thể", "các tổ chức đoàn thể", "các đoàn thể chính trị - xã hội", "các Hội đặc thù",
                       "các hội đặc thù",
                       // "các ban, ngành, đoàn thể" is the one stock phrase for the mass organisations
                       // and the bodies beside them, which clerks list as the mass organisations
                       // (105, 109, 420, 56, 809, 824), not as the catch-all "các ban, ngành" as well.
                       "các ban, ngành, đoàn thể", "các ban ngành đoàn thể", "các ban ngành, đoàn thể",
                       "các ban, ngành đoàn thể", "các ngành, đoàn thể", "ban, ngành, đoàn thể", "ban ngành, đoàn thể"],
             members: ["hlhpn", "hnd", "hccb", "doan", "cong-doan"]),
        Unit(id: allUnits, name: "Các cơ quan, đơn vị", kind: .other,
             aliases: ["Thủ trưởng các cơ quan, đơn vị", "các cơ quan, đơn vị", "các cơ quan, ban, ngành", "các ban, ngành",
                       "Thủ trưởng các đơn vị", "thủ trưởng các cơ quan", "các đơn vị liên quan", "các cơ quan, đơn vị liên quan",
                       "các ngành liên quan", "các ngành", "Tất cả các cơ quan", "các cơ quan hành chính",
                       "các ban ngành", "các ban, ngành liên quan", "các ban ngành liên quan", "các công sở",
                       // In a list of addressees ("đến hộ gia đình, cơ quan, đơn vị, doanh nghiệp …").
                       "cơ quan, đơn vị"]),
    ]

    /// Topic keywords that imply a unit although no unit is named ("tuyển quân" → Ban CHQS) are a
    /// site's choice, made in its `units.yml` (`topics:`); none is built in, since a guess about
    /// who owns a topic differs from commune to commune.
    public static let topics: [TopicRule] = []
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
