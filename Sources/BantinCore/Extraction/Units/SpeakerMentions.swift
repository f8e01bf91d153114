/// Bodies named as the one who speaks or assigns, which are no units of the task (the corpus
/// README's convention): "Chủ tịch UBND xã kết luận …", "đồng chí Bí thư Đảng ủy yêu cầu …",
/// "UBND xã giao Phòng Văn hóa – Xã hội …", "Ban Thường vụ Đảng ủy đề nghị toàn thể đảng viên …".
///
/// In a clause, every name before a speech verb that has a speaker before it is the speaker's
/// (titles included: "đồng chí …, Bí thư Đảng ủy, Chủ tịch HĐND xã nhấn mạnh"). A name after an
/// address cue is the addressee ("Giao UBND xã chỉ đạo Công an xã …": both work), and "X thông báo
/// cho Y", "X chỉ đạo (Y) …" or "X giao dự toán …" have X doing the work, so those do not count.
enum SpeakerMentions {
    /// Verbs that make what stands before them a speaker.
    private static let verbs: Set<WordPhrase> = [
        "de nghi", "kinh de nghi", "yeu cau", "keu goi", "giao", "giao cho", "ket luan", "nhan manh", "luu y", "khang dinh", "quan triet",
        "phat bieu", "neu ro", "chi ra", "dan do",
    ]

    /// Longest first, so that "giao cho" wins over "giao" whatever the order of the set.
    private static let verbList = verbs.sorted {
        $0.count != $1.count ? $0.count > $1.count : $0.words.joined(separator: " ") < $1.words.joined(separator: " ")
    }

    /// Indexes in `matches` of the names that belong to a speaker.
    static func speakers(in text: String, matches: [UnitMatch]) -> Set<Int> {
        guard !matches.isEmpty else { return [] }
        let prose = ProseText(text)
        var result: Set<Int> = []
        for line in ProseSegmenter.lines(of: prose, in: 0..<prose.bytes.count) {
            for sentence in ProseSegmenter.sentences(of: prose, in: line) {
                for clause in ProseSegmenter.clauses(of: prose, in: sentence) {
                    // A speaker stands before the verb: a clause with none of the verbs after its first
                    // word has none, and is not read (reading every clause was a fifth of a build).
                    let words = prose.words(in: clause)
                    guard words.indices.dropFirst().contains(where: { words.starts(with: verbList, at: $0) != nil }) else { continue }
                    let reading = DirectiveGrammar.read(prose, clause)
                    guard let verb = reading.speechVerb,
                          let phrase = reading.words.starts(with: verbList, at: verb) else { continue }
                    let verbStart = reading.words[verb].original.lowerBound
                    // "X giao Y …" assigns only when a body follows; "X giao dự toán …" hands something over.
                    if phrase == "giao" || phrase == "giao cho" {
                        let after = verb + phrase.count < reading.words.count ? reading.words[verb + phrase.count].original.lowerBound : clause.upperBound
                        guard matches.contains(where: { $0.range.lowerBound >= after && $0.range.lowerBound <= after + 12 }) else { continue }
                    }
                    for (index, match) in matches.enumerated()
                    where match.range.lowerBound >= clause.lowerBound && match.range.upperBound <= verbStart {
                        result.insert(index)
                    }
                }
            }
        }
        return result
    }
}
