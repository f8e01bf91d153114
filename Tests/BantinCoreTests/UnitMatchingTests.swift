import Testing
@testable import BantinCore

/// Alias matching over folded text: spelling variants meet, acronyms stay acronyms.
struct UnitMatchingTests {
    static let registry = UnitRegistry.standard

    @Test(arguments: [
        ("Giao Ủy ban nhân dân xã chủ trì", ["ubnd"]),
        ("Giao Uỷ ban nhân dân xã chủ trì", ["ubnd"]),
        ("Giao U\u{0309}y ban nha\u{0302}n da\u{0302}n xa\u{0303} chu\u{0309} tri\u{0300}", ["ubnd"]),  // NFD
        ("GIAO ỦY BAN NHÂN DÂN XÃ", ["ubnd"]),
        ("BCH Đảng bộ xã lãnh đạo", ["dang-uy"]),
        ("Ban CHQS xã tổ chức", ["bchqs"]),
        ("Ban Chỉ huy Quân sự xã và Ban Quản lý dự án", ["bchqs", "bqlda"]),
        ("Ban Chấp hành Đảng bộ xã", ["dang-uy"]),
        ("Phòng Văn hóa – Xã hội", ["phong-vhxh"]),
        ("Phòng Văn hóa - Xã hội", ["phong-vhxh"]),
        ("Phòng Văn hóa-Xã hội", ["phong-vhxh"]),
        ("VP HĐND - UBND xã", ["vp-hdnd-ubnd"]),
        ("VP HĐND&UBND", ["vp-hdnd-ubnd"]),
        ("HĐND, UBND xã", ["hdnd", "ubnd"]),
        ("MTTQ và các đoàn thể", ["mttq-doan-the"]),
        ("Ủy ban MTTQ xã", ["mttq"]),
        ("Lưu VPĐU.", ["vpdu"]),
        ("TT Đảng ủy (để bc)", ["thuong-truc-du"]),
        ("Các đ/c trong BTV, BCH Đảng bộ", ["btv", "dang-uy"]),
        ("UBND tỉnh và Ban Thường vụ Tỉnh ủy", ["cap-tren", "cap-tren"]),
        // District bodies are the district's, never the commune's namesakes.
        ("Đề nghị UBND huyện hỗ trợ kinh phí", ["ubnd-huyen"]),
        ("Thường trực HĐND huyện Chương Mỹ giám sát", ["hdnd-huyen"]),
        ("Ban Tuyên giáo Huyện ủy tham mưu tuyên truyền", ["ban-tuyen-giao-huyen-uy"]),
        ("Ủy ban kiểm tra Huyện ủy kiểm tra", ["ubkt-huyen-uy"]),
        ("Phòng Nông nghiệp huyện và UBND xã", ["phong-ban-huyen", "ubnd"]),
        // The district's office is its own (817, 725), neither a department nor the commune's office.
        ("Văn phòng HĐND&UBND huyện có trách nhiệm đôn đốc", ["vp-hdnd-ubnd-huyen"]),
        ("Văn phòng HĐND – UBND thị xã tham mưu văn bản", ["vp-hdnd-ubnd-huyen"]),
        ("Văn phòng HĐND và UBND xã tham mưu", ["vp-hdnd-ubnd"]),
        ("Ban Thường vụ Huyện ủy đề nghị Đảng bộ xã", ["huyen-uy", "dang-bo"]),
        // Written bare, "Văn phòng" is an office of the issuer (the People's Committee's by default).
        ("Giao Văn phòng theo dõi", ["vp-hdnd-ubnd"]),
        // A vague upper level names no body ("theo hướng dẫn của cấp trên"); the province's departments
        // ("các sở, ngành") are one, kept off a task where they only guide or are consulted
        // (`DocumentYearReaderTests.theDepartmentsAreNoUnitWhereTheyOnlyGuide`).
        ("theo hướng dẫn của cấp trên", []),
        ("theo hướng dẫn của cấp trên và các sở, ngành liên quan", ["so-nganh"]),
        ("Công an xã", ["cax"]),
        ("CA xã bảo đảm an ninh", ["cax"]),
        ("ca xã viên hát", []),                 // lowercase "ca" is a word, not Công an
        ("bài ca dao", []),
        ("Chi bộ, CB", ["chi-bo"]),            // "CB" is no alias: too ambiguous
        ("du lịch", []),                       // "ĐU" only in capitals
        ("Hoàn thành HĐND", ["hdnd"]),
        ("hoạt động", []),                     // "hoat dong" must not yield "Đoàn"/"HND"
        ("các trường hợp", []),
        ("hướng dẫn các xóm", ["xom"]),
        ("đội ngũ bí thư chi bộ", ["chi-bo"]),
        ("Ngân hàng Chính sách xã hội", ["nhcsxh"]),
        ("đối tượng chính sách xã hội", []),
        ("Trung tâm Dịch vụ Sự nghiệp công", ["ttdvsnc"]),
        ("TYT", ["tyt"]),
        ("tyt", []),
        ("UBNDxã", []),                        // no match inside a word
        ("xUBND", []),
        // Passing mentions: a document code, the elected office, a building, a compound word, an issuer.
        ("theo Nghị quyết số 15-NQ/ĐU", []),
        ("bầu cử đại biểu HĐND xã nhiệm kỳ 2026-2031", []),
        ("quyết toán công trình Nhà văn hóa xóm 4", []),
        ("xây dựng nông thôn mới", []),
        ("các nghị quyết chuyên đề của Ban Chấp hành Đảng bộ xã", []),
        ("tổ chức kỳ họp HĐND xã", ["hdnd"]),
        ("báo cáo kết quả của Ủy ban nhân dân xã", ["ubnd"]),
        // Names inside a longer name.
        ("Chi bộ xóm Trung Hòa", ["chi-bo"]),
        ("Chi bộ Trường Trung học cơ sở", ["chi-bo"]),
        ("các chi bộ, các xóm", ["chi-bo", "xom"]),
        ("Trường Trung học cơ sở", ["truong-hoc"]),
        ("Ủy ban MTTQ xã và các đoàn thể", ["mttq-doan-the"]),
        ("Ủy ban MTTQ xã, các đoàn thể", ["mttq-doan-the"]),
        ("Mặt trận và các đoàn thể", ["mttq-doan-the"]),
        // Without the Front, "các đoàn thể" are the mass organisations alone.
        ("Công an xã và các đoàn thể", ["cax", "doan-the"]),
        ("Mặt trận Tổ quốc và các đoàn thể phường", ["mttq-doan-the"]),
        ("Ban công tác Mặt trận", []),
        // Groups as a clerk names them: the communes a district addresses, a school, the militia,
        // the committees of the hamlets' Party cells.
        ("Huyện ủy yêu cầu các xã, thị trấn khẩn trương", ["huyen-uy", "ubnd"]),
        ("Tất cả các xã bố trí lực lượng trực", ["ubnd"]),
        ("nhà trường rà soát các phòng học", ["truong-hoc"]),
        ("giao lực lượng dân quân tự vệ khơi thông cống rãnh", ["bchqs"]),
        ("Đề nghị các đồng chí cấp ủy các xóm vận động nhân dân", ["chi-bo"]),
        ("cấp uỷ các thôn", ["chi-bo"]),
    ])
    func aliases(text: String, expected: [String]) {
        #expect(Self.registry.matches(in: text).map(\.unitID) == expected)
    }

    @Test func mentionsAndRangesPointAtTheOriginalText() {
        let text = "tại các đơn vị: Trung tâm Dịch vụ Sự nghiệp công, Ban CHQS, Ban Quản lý dự án và Trạm Y tế xã."
        let found = Self.registry.matches(in: text)
        #expect(found.map(\.mention) == ["Trung tâm Dịch vụ Sự nghiệp công", "Ban CHQS", "Ban Quản lý dự án", "Trạm Y tế xã"])
        let bytes = Array(text.utf8)
        for match in found {
            #expect(String(decoding: bytes[match.range], as: UTF8.self) == match.mention)
        }
    }

    @Test func mentionTakesInTheLevelAfterTheName() {
        #expect(Self.registry.matches(in: "Văn phòng Đảng ủy xã theo dõi").map(\.mention) == ["Văn phòng Đảng ủy xã"])
        #expect(Self.registry.matches(in: "Ban Xây dựng Đảng Đảng ủy xã").map(\.mention) == ["Ban Xây dựng Đảng Đảng ủy xã"])
        #expect(Self.registry.matches(in: "tổ chức kỳ họp HĐND xã tổng kết").map(\.mention) == ["kỳ họp HĐND xã"])
    }

    /// The built-in groups get their members (group expansion itself is the site's: `SiteUnits`).
    @Test func groupsHaveTheirMembers() {
        func members(_ id: String) -> [String] { Self.registry.unit(id)?.members ?? [] }
        #expect(members("mttq-doan-the") == ["mttq", "hlhpn", "hnd", "hccb", "doan", "cong-doan"])
        let all = members("cac-co-quan-don-vi")
        #expect(all.contains("ubnd") && all.contains("mttq") && all.contains("tyt"))
        #expect(!all.contains("dang-uy") && !all.contains("cap-tren") && !all.contains("chi-bo"))
        #expect(members("ubnd").isEmpty)
    }

    @Test func everyBuiltinIdIsASlugAndUnique() {
        let ids = BuiltinUnits.units.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(Slug(id).value == id) }
        let required = ["dang-bo", "dang-uy", "btv", "thuong-truc-du", "vpdu", "bxdd", "ubkt", "ttct", "hdnd", "ubnd",
                        "vp-hdnd-ubnd", "phong-kt", "phong-vhxh", "ttpvhcc", "ttdvsnc", "bqlda", "bchqs", "cax", "tyt",
                        "truong-hoc", "mttq", "hlhpn", "hnd", "hccb", "doan", "cong-doan", "hoi-nct", "hoi-ctd", "nhcsxh",
                        "bcd-bau-cu", "cap-tren", "chi-bo", "xom", "mttq-doan-the", "cac-co-quan-don-vi",
                        // Added for real texts: commune officials, pre-2025 and outside bodies, groups.
                        "cong-chuc-vhxh", "cong-chuc-dcxd", "cong-chuc-tphh", "cong-chuc-vptk", "cong-chuc-tckt", "hd-nvqs",
                        "bch-pctt", "phong-chuyen-mon", "hoi-khuyen-hoc", "agribank", "kiem-lam", "dien-luc", "doan-the",
                        // The district level, which texts before 2025 and district write-ups name.
                        "huyen-uy", "ubkt-huyen-uy", "ban-to-chuc-huyen-uy", "ban-tuyen-giao-huyen-uy", "ban-dan-van-huyen-uy",
                        "van-phong-huyen-uy", "ubnd-huyen", "hdnd-huyen", "vp-hdnd-ubnd-huyen", "phong-ban-huyen", "cong-an-huyen", "bchqs-huyen",
                        "mttq-huyen", "doan-the-huyen",
                        // The province's departments, which provincial texts give work to.
                        "so-nganh"]
        #expect(Set(ids) == Set(required))
    }

    @Test func noTwoBuiltinUnitsShareAnAlias() {
        var owners: [[UInt8]: String] = [:]
        for unit in BuiltinUnits.units {
            for alias in [unit.name] + unit.aliases {
                let key = AliasMatcher.key(alias)
                if let owner = owners[key], owner != unit.id { Issue.record("“\(alias)”: \(owner) and \(unit.id)") }
                owners[key] = unit.id
            }
        }
    }
}
