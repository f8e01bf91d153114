/// A body that can be given tasks ("đơn vị"): a Party organ, an office of the commune government,
/// the Fatherland Front and its member organisations, a party cell, a hamlet, an upper-level body.
public struct Unit: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case party = "dang"
        case government = "chinh-quyen"
        case frontAndMassOrganisations = "mttq-doan-the"
        case partyCell = "chi-bo"
        case hamlet = "thon-xom"
        case superior = "cap-tren"
        case other = "khac"

        /// The heading used on pages.
        public var displayName: String {
            switch self {
            case .party: return "Đảng"
            case .government: return "Chính quyền"
            case .frontAndMassOrganisations: return "MTTQ và các đoàn thể"
            case .partyCell: return "Chi bộ"
            case .hamlet: return "Thôn, xóm"
            case .superior: return "Cấp trên"
            case .other: return "Khác"
            }
        }
    }

    /// Stable identifier, also the unit page's slug: "ubnd", "mttq", "chi-bo-xom-dong".
    public var id: String
    /// Canonical name shown on pages: "Ủy ban nhân dân xã".
    public var name: String
    public var kind: Kind
    /// Other ways texts name the unit, including abbreviations: "UBND xã", "UBND".
    public var aliases: [String]
    /// For a group ("các chi bộ", "MTTQ và các đoàn thể"): the ids of its members. A task given
    /// to a group appears on the page of each member.
    public var members: [String]

    public init(id: String, name: String, kind: Kind, aliases: [String] = [], members: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.members = members
    }
}

/// How a unit is named in a task (domain.md §2.3).
public enum UnitRole: String, CaseIterable, Hashable, Codable, Sendable, Comparable {
    /// chủ trì; "Giao X …"; the subject that acts.
    case lead
    /// phối hợp.
    case support
    /// tham mưu: drafts for the body it advises.
    case advisory
    /// theo dõi, đôn đốc, kiểm tra.
    case monitor
    /// "Đề nghị X …": a request to a body outside the issuer's command.
    case requested
    /// Named as target, audience or partner.
    case concerned

    public var displayName: String {
        switch self {
        case .lead: return "chủ trì"
        case .support: return "phối hợp"
        case .advisory: return "tham mưu"
        case .monitor: return "theo dõi, đôn đốc"
        case .requested: return "đề nghị"
        case .concerned: return "liên quan"
        }
    }

    public static func < (lhs: UnitRole, rhs: UnitRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A unit named in a task.
public struct UnitMention: Hashable, Codable, Sendable {
    public var unitID: String
    public var role: UnitRole
    /// The words in the text, as written: "Ban CHQS".
    public var mention: String
    /// UTF-8 range of `mention` in the task's text; nil for units added by a topic rule or a correction.
    public var range: Range<Int>?
    /// True when the unit is implied by a topic keyword ("tuyển quân" → Ban CHQS), not named.
    public var implied: Bool

    public init(unitID: String, role: UnitRole, mention: String, range: Range<Int>? = nil, implied: Bool = false) {
        self.unitID = unitID
        self.role = role
        self.mention = mention
        self.range = range
        self.implied = implied
    }
}
