/// Seeded mutations of real inputs, in the shapes bad input takes: bytes flipped, Markdown and
/// Vietnamese fragments (directives, units, deadlines, out-of-range dates) inserted, deep nesting,
/// huge lines, NUL and control bytes, invalid UTF-8, UTF-16, broken front matter, other seeds
/// spliced in. Each case stacks one to four of them.
public struct Mutator: Sendable {
    /// Real files to start from, and to splice from.
    public let seeds: [FuzzInput]
    /// Nesting and runs are kept below this many repetitions in ordinary cases; one case in
    /// `rareHugeOneIn` goes to the sizes the issue reported (25,000 quotes, 100,000 `_`).
    public var ordinaryRepeat = 3_000
    public var rareHugeOneIn = 64

    public init(seeds: [FuzzInput]) {
        precondition(!seeds.isEmpty, "the fuzzer needs at least one seed")
        self.seeds = seeds
    }

    /// The case number `index` of the run seeded with `seed`: the same pair always gives the same
    /// input, whatever ran before it (each case has its own generator).
    public func input(seed: UInt64, index: Int) -> FuzzInput {
        var random = SeededGenerator(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        var input = seeds[Int.random(in: 0..<seeds.count, using: &random)]
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            input.bytes = mutate(input.bytes, target: input.target, &random)
        }
        return input
    }

    enum Mutation: CaseIterable {
        case flipBytes, insertFragment, nest, hugeRun, controlBytes, invalidUTF8, breakFrontMatter,
             truncate, duplicateSlice, deleteSlice, splice, highBytes, utf16, lineEndings
    }

    func mutate(_ bytes: [UInt8], target: FuzzInput.Target, _ random: inout SeededGenerator) -> [UInt8] {
        var out = bytes
        func position() -> Int { Int.random(in: 0...out.count, using: &random) }
        /// A place at the start of a line, where block syntax means something.
        func lineStart() -> Int {
            let at = position()
            return out[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        }
        func repeats() -> Int {
            Int.random(in: 0..<rareHugeOneIn, using: &random) == 0
                ? Int.random(in: 10_000...100_000, using: &random) : Int.random(in: 1...ordinaryRepeat, using: &random)
        }
        switch Mutation.allCases.randomElement(using: &random)! {
        case .flipBytes:
            for _ in 0..<Int.random(in: 1...16, using: &random) where !out.isEmpty {
                out[Int.random(in: 0..<out.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
        case .insertFragment:
            let fragments = target == .unitsFile ? Self.yamlFragments : Self.textFragments
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                let fragment = fragments.randomElement(using: &random)!
                out.insert(contentsOf: fragment.utf8, at: Bool.random(using: &random) ? lineStart() : position())
            }
        case .nest:
            let prefix = ["> ", "- ", "  - ", "1. ", "* ", "> - ", "*a ", "[", "<div>", "  "].randomElement(using: &random)!
            let count = repeats() / max(prefix.utf8.count, 1)
            out.insert(contentsOf: Array(Array(repeating: Array(prefix.utf8), count: count).joined()) + Array("việc\n".utf8), at: lineStart())
        case .hugeRun:
            let unit = ["_", "*", " ", "a", "[", "`", "|", "-", "=", "\t", ".", "đ", "\n", "1. ", "ngày ", "*_"].randomElement(using: &random)!
            out.insert(contentsOf: Array(repeating: Array(unit.utf8), count: repeats() / max(unit.utf8.count, 1)).joined(), at: position())
        case .controlBytes:
            let controls: [[UInt8]] = [[0x00], [0x01], [0x1B], [0x0C], [0x0B], [0x7F], [0x08], [0x0D], [0xC2, 0x85],
                                       [0xE2, 0x80, 0xA8], [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0x8B], [0xEF, 0xBF, 0xBE]]
            for _ in 0..<Int.random(in: 1...12, using: &random) {
                out.insert(contentsOf: controls.randomElement(using: &random)!, at: position())
            }
        case .invalidUTF8:
            let broken: [[UInt8]] = [[0xC3], [0xE1, 0xBB], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF],
                                     [0xF0, 0x9F, 0x98], [0x80], [0xFF, 0xFE], [0xF4, 0x90, 0x80, 0x80]]
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                out.insert(contentsOf: broken.randomElement(using: &random)!, at: position())
            }
        case .breakFrontMatter:
            let opening = Array("---\n".utf8)
            if !out.starts(with: opening) { out = opening + Array("title: x\n---\n".utf8) + out }
            let bodyStart = (4..<max(out.count - 3, 4)).first { out[$0 - 1] == 0x0A && out[$0..<min($0 + 4, out.count)].elementsEqual("---\n".utf8) }
            switch Int.random(in: 0..<4, using: &random) {
            case 0:  // the closing line gone
                if let end = bodyStart { out.removeSubrange(end..<min(end + 4, out.count)) }
            default: // a bad value inside it
                let at = bodyStart ?? opening.count
                out.insert(contentsOf: Self.frontMatterFragments.randomElement(using: &random)!.utf8, at: at)
            }
        case .truncate:
            out = Array(out.prefix(position()))
        case .duplicateSlice:
            if out.count > 2 {
                let a = Int.random(in: 0..<out.count, using: &random)
                let b = min(out.count, a + Int.random(in: 1...4_096, using: &random))
                out.insert(contentsOf: out[a..<b], at: position())
            }
        case .deleteSlice:
            if out.count > 2 {
                let a = Int.random(in: 0..<out.count, using: &random)
                out.removeSubrange(a..<min(out.count, a + Int.random(in: 1...2_048, using: &random)))
            }
        case .splice:
            let other = seeds.randomElement(using: &random)!.bytes
            if !other.isEmpty {
                let a = Int.random(in: 0..<other.count, using: &random)
                out.insert(contentsOf: other[a..<min(other.count, a + Int.random(in: 1...8_192, using: &random))], at: position())
            }
        case .highBytes:
            for _ in 0..<Int.random(in: 1...64, using: &random) {
                out.insert(UInt8.random(in: 0x80...0xFF, using: &random), at: position())
            }
        case .utf16:
            // The text as UTF-16 with a byte-order mark, sometimes one byte short.
            let units = String(decoding: out, as: UTF8.self).utf16
            let littleEndian = Bool.random(using: &random)
            var encoded: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            for unit in units {
                let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                encoded += littleEndian ? pair : pair.reversed()
            }
            if Bool.random(using: &random), !encoded.isEmpty { encoded.removeLast() }
            out = encoded
        case .lineEndings:
            let ending: [UInt8] = Bool.random(using: &random) ? [0x0D, 0x0A] : [0x0D]
            out = Array(out.split(separator: 0x0A, omittingEmptySubsequences: false).joined(separator: ending))
        }
        // Far past any real conclusion, but within what the reader is meant to take (the 1 MiB
        // default of max_file_kib is refused with a message, which is checked too).
        if out.count > 2 << 20 { out = Array(out.prefix(2 << 20)) }
        return out
    }

    /// Markdown and the words of conclusions: directives, units, roles, deadlines, Tết, and the
    /// dates that used to run out of range or backwards.
    static let textFragments = [
        "> ", "- ", "1. ", "# ", "## ", "```\n", "```nhiem-vu\n", "~~~", "| a | b |\n|---|---|\n| x | y |\n", "|", "---\n", "***\n",
        "**", "_", "`", "[liên kết](javascript:alert(1))", "<script>alert(1)</script>", "<!--", "-->", "&amp;", "\\", "\n\n",
        "![ảnh](../../etc/passwd)", "<a href=\"x\" onclick=\"y\">", "]]>", "\u{0C}", "\t",
        "Giao UBND xã ", "UBND xã chủ trì, phối hợp với Ủy ban MTTQ xã ", "Đề nghị Ban CHQS xã ", "Thứ nhất, ", "Một là, ",
        "Chi bộ thôn 3 ", "các chi bộ ", "các đoàn thể chính trị - xã hội ", "Trạm Y tế xã ", "Đảng ủy xã ", "đồng chí Bí thư ",
        "Ban Thường vụ Đảng ủy kết luận như sau:\n", "THÔNG BÁO\nKẾT LUẬN\n", "Số 12-TB/ĐU\n",
        " trước ngày 31/12/2026", " trong tháng 02/2026", " (03/02)", " trước Tết Nguyên đán", " Rằm tháng Giêng",
        " từ ngày 15/03/2026 đến ngày 01/01/2026", " ngày 30/12/9999", " trong tháng 02/9999", " quý IV/2100", " năm 1899",
        " trước ngày 29/02/2027", " ngày 31/04/2026", " tháng 13/2026", " ngày 00/00/0000", " hằng tháng", " định kỳ hằng quý",
        " trước 30 tháng Chạp", " 6 tháng đầu năm 2026", " từ nay đến hết năm", " (15/3 âm lịch)", " hoàn thành trong quý I/2101",
        "Sáng ngày 05 tháng 3 năm 2026, ", "Ngày 9999 tháng 12 năm 9999", "Hà Nội, ngày 01 tháng 01 năm 1900\n",
    ]

    /// Front-matter values of the wrong type, size or range.
    static let frontMatterFragments = [
        "date: 9999-12-30\n", "date: 1899-01-01\n", "date: 2026-02-30\n", "date: [1, 2]\n", "meeting_date: x\n",
        "title: \"\u{1B}[31m\u{0C}\"\n", "title: [\n", "number: \"12\u{01}-TB\"\n", "corrections: 3\n", "corrections:\n  - x\n",
        "kind: none\n", "&a x: *a\n", "<<: *b\n", "title: !!binary aGk=\n", ":\n", "- - -\n", "\t\n", "title: '\n",
        "date: 2026-13-01\n", "period: \"2026-12-01/2026-01-01\"\n", "units: {a: [b, {c: d}]}\n",
    ]

    /// units.yml shapes: entries of the wrong type, duplicate ids and aliases, loops of groups.
    static let yamlFragments = [
        "  - id: a\n    name: A\n    kind: khac\n", "  - id: a\n    name: B\n", "    aliases: [\"UBND xã\"]\n",
        "    member_of: [a]\n", "    members: [a, b, zz]\n", "    kind: 3\n", "    name: \"=cmd|' /C calc'!A0\"\n",
        "    name: \"\u{1B}\u{0C}\"\n", "units: x\n", "topics:\n  - keyword: y tế\n    unit: a\n", "topics: 5\n",
        "  - 7\n", "  - [1, 2]\n", "&x a: *x\n", "    aliases: \"UBND\"\n", "\n  -\n", "    id: \"\"\n", ": :\n",
        "    name: \"" + String(repeating: "Tổ ", count: 300) + "\"\n",
    ]
}
