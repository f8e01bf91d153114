/// The function words of administrative Vietnamese that tell a directive from a report, an
/// introduction, an entitlement or a closing formula (domain.md §2, Fixtures/real/README.md).
///
/// Every rule works on the folded words of one sentence or ";" clause, and on the original spelling
/// for words the folding merges ("giao"/"giáo", "đã"/"đà", "sẽ"/"sẻ", "nghỉ"/"nghị"). Content words
/// are never used: a directive is recognised by how it is said, whatever it is about.
enum DirectiveGrammar {
    // MARK: - Lexicon

    /// Verbs with which a speaker or the issuing body says something: "đồng chí Bí thư kết luận",
    /// "Chủ tịch UBND xã yêu cầu", "UBND xã thông báo". What stands before them is the speaker.
    static let speechVerbs: [WordPhrase] = [
        "ket luan", "yeu cau", "de nghi", "kinh de nghi", "keu goi", "nhan manh", "luu y", "khang dinh", "thong bao", "quan triet",
        "neu ro", "chi ra", "giao", "chi dao", "dan do", "de ra", "phat bieu", "yeu cau", "thong nhat", "kinh mong",
        "khuyen khich", "tiep tuc chi dao", "kien nghi", "phan cong", "mong muon",
    ]

    /// Words that turn to an addressee: "Đề nghị X …", "Yêu cầu X …", "Giao X …".
    /// "Kính mong X …" is the polite request of a notice to other bodies, "Khuyến khích X …" the soft
    /// one to residents: both ask someone to act.
    /// "X tiếp tục chỉ đạo Y …" hands the coming work on as "giao" does (a bare "chỉ đạo" also tells
    /// what was done, and is no cue). "Kiến nghị X …" is how a People's Council body asks. "Thường trực
    /// HĐND thị xã phân công các ban HĐND phối hợp …" hands work on by name, after its speaker only.
    static let addressCues: [WordPhrase] = ["de nghi", "kinh de nghi", "yeu cau", "giao cho", "giao", "luu y", "quan triet", "keu goi",
                                            "kinh mong", "khuyen khich", "tiep tuc chi dao", "kien nghi", "phan cong",
                                            // "Bí thư … bày tỏ mong muốn các bí thư chi bộ khu phố tiếp tục phát huy …"
                                            // (812), "Đại biểu HĐND mong muốn cử tri … tiếp tục giám sát …" (803):
                                            // a speaker's wish of someone asks, as "kính mong" does.
                                            "mong muon"]

    /// Verbs that open an instruction, with or without a subject before them ("Tiếp tục tuyên
    /// truyền …", "Ban CHQS xã tăng cường tuần tra …"). The common verbs of directives, not of
    /// any one topic.
    static let directiveVerbs: [WordPhrase] = [
        "tiep tuc", "tap trung", "tang cuong", "day manh", "day nhanh", "nang cao", "trien khai", "to chuc", "thuc hien",
        "lam ro", "di sau", "ra soat", "xay dung", "chuan bi", "phoi hop", "duy tri", "quan tam", "chu trong", "kiem tra",
        "hoan thanh", "hoan thien", "khan truong", "chu dong", "quan ly", "phat huy", "cung co", "kien toan", "don doc",
        "huong dan", "tuyen truyen", "van dong", "dam bao", "bao dam", "giai quyet", "xu ly", "ban hanh", "phat trien",
        "thuong xuyen", "kip thoi", "nghiem tuc", "khac phuc", "bam sat", "bam vao", "theo doi", "nam chac", "nam bat",
        "lam tot", "huy dong", "sap xep", "bo tri", "phan cong", "treo", "don dep", "ve sinh", "phong chong", "ngan chan",
        "tham muu", "cap nhat", "ho tro", "cham lo", "thao go", "quyet liet", "uu tien", "san sang", "nhac nho",
        "thao do", "ha co", "tiep thu", "tuan thu", "chap hanh", "thuc hien tot", "tuan tra", "truc", "giu vung",
        "giu gin", "tham gia", "rut kinh nghiem", "danh gia lai", "doi moi", "phan dau", "xay dung ke hoach", "lap",
        "chi dao", "khao sat", "vao cuoc", "ung pho", "thong tin", "bao cao", "tong hop", "boc go", "phat quang",
        "thu gom", "cai tao", "chinh trang", "tong ve sinh", "ra quan", "lanh dao", "phan bo", "dang ky", "niem yet",
        "cong khai", "sua chua", "nghien cuu", "tich cuc", "co ke hoach", "phat dong", "chu tri", "cat cu", "tham du day du",
        // "có giải pháp …", "có biện pháp …", "có phương án …" ask for a plan as "có kế hoạch" does;
        // "nỗ lực" asks for effort as "phấn đấu" does.
        "co giai phap", "co bien phap", "co phuong an", "no luc",
        // "kiên quyết / cương quyết xử lý …", "quyết tâm hoàn thành …": resolve asked for.
        "kien quyet", "cuong quyet", "quyet tam",
    ]

    /// Modal words after a subject: "X cần …", "X phải …", "Bà con hãy …".
    static let modals: [WordPhrase] = ["can", "phai", "hay", "co trach nhiem", "chiu trach nhiem", "can phai"]

    /// Openings that frame what follows as the coming period's work: "Thời gian tới, …", and every
    /// span still ahead as clerks write it, "(trong) (những/các) ngày/tuần/tháng/năm tới / sắp tới /
    /// tiếp theo" ("Trong những ngày tới, …", "Các tháng tiếp theo, …").
    static let futureFrames: [WordPhrase] = [
        "thoi gian toi", "trong thoi gian toi", "toi day", "thoi gian con lai",
        "trong thoi gian con lai", "trong thoi gian lai", "sap toi", "ve nhiem vu trong thoi gian toi",
        "de thuc hien tot", "truoc mat",
    ] + comingSpans

    private static let comingSpans: [WordPhrase] = ["", "trong "].flatMap { within in
        ["", "nhung ", "cac "].flatMap { plural in
            ["ngay", "tuan", "thang", "quy", "nam", "thoi gian"].flatMap { span in
                ["toi", "sap toi", "tiep theo"].map { ahead in WordPhrase(within + plural + span + " " + ahead) }
            }
        }
    }

    /// Openings that frame a paragraph as a review of the past: results, not instructions.
    static let reviewFrames: [WordPhrase] = [
        "thoi gian qua", "nam qua", "vua qua", "qua do", "ket qua", "nhin chung", "tinh den", "nhung nam qua",
        "trong thang qua", "trong nam qua", "trong quy qua", "trong nhiem ky qua", "ve ket qua",
        // "Đến nay, …", "Đến thời điểm này, Đảng bộ phường … chuẩn bị kỹ lưỡng …": the state reached so far.
        "den nay", "den thoi diem nay", "den thoi diem hien tai",
    ]

    /// Words that join a sentence to the previous one; the sentence's own words start after them.
    static let connectors: [WordPhrase] = [
        "dong thoi", "ngoai ra", "ben canh do", "trong do", "theo do", "tiep theo", "mat khac", "sau do", "nhat la",
        "cu the", "rieng", "dac biet la", "dac biet", "truoc tien", "truoc het", "tiep do", "ngoai ra con", "them vao do",
    ]

    /// Verbs that tell what happened or praise it: "ghi nhận và đánh giá cao …", "đánh giá kết quả
    /// …", "phát biểu tại hội nghị", "thảo luận …" — when one of them comes before any instruction
    /// verb, the clause is an account, not an instruction.
    static let narrativeVerbs: [WordPhrase] = [
        "ghi nhan", "danh gia cao", "bieu duong", "khen ngoi", "cam on", "chuc mung", "hoan nghenh", "tang hoa",
        "tan thanh", "danh gia", "bao cao", "tiep thu va giai trinh", "giai trinh", "thao luan", "trao doi", "thong qua",
        "phat bieu", "nghe", "lang nghe", "trao", "nhat tri",
    ]

    /// Attendance and chairing: "Dự hội nghị có …", "Chủ trì hội nghị: …".
    static let attendance: [WordPhrase] = [
        "du hoi nghi", "du hop", "tham du", "chu tri", "cung du", "thanh phan", "du va chu tri", "co mat", "don tiep",
        "tham du hoi nghi", "du buoi lam viec", "cung tham du", "du con co",
    ]

    /// Nouns of a plan, which an introduction announces: "một số nhiệm vụ trọng tâm sau:".
    static let planNouns: [WordPhrase] = [
        "nhiem vu", "noi dung", "cong viec", "giai phap", "phuong huong", "bien phap", "viec", "van de", "yeu cau", "chi tieu",
        // A notice's schedule: "xây dựng lịch tiêm phòng … như sau:", "lịch thu gom rác … như sau:".
        "lich",
    ]

    /// Words that end an introduction before its list: "như sau:", "gồm:", "cụ thể:".
    static let listWords: [WordPhrase] = ["nhu sau", "sau", "gom", "bao gom", "nhu", "cu the", "cu the nhu sau", "duoi day"]

    /// Labels of information lines in a notice ("Địa điểm tiêm: …", "Mức thu: …").
    static let informationLabels: [WordPhrase] = [
        "dia diem", "loai vac xin", "muc thu", "doi tuong", "kinh phi", "nguon kinh phi", "hinh thuc", "muc dich",
        "nguoi ky van ban", "noi dung thong bao", "chu tri hoi nghi", "thanh phan", "lien he", "dien thoai", "ghi chu",
        // Fees and contacts of a notice: "Phí thu gom: …", "Mọi thắc mắc xin liên hệ: …".
        "phi", "le phi", "muc phi", "moi thac mac", "dia chi", "so dien thoai",
    ]

    // MARK: - Reading a clause

    /// What a sentence or clause says, as far as function words tell.
    struct Reading {
        var words: [ProseWord]
        /// Index of the first word after connectors and framing adverbials ("Đồng thời, ", "Thời gian tới, ").
        var head: Int
        /// Opens with a frame that points to the coming period ("Thời gian tới", "Trước mắt").
        var isFutureFramed = false
        /// A speech verb with a speaker before it ("đồng chí … yêu cầu"): index of the verb.
        var speechVerb: Int?
        /// The word that turns to the addressee ("đề nghị", "yêu cầu", "giao"): index, and the
        /// index where the addressed words start.
        var cue: Int?
        var cueEnd: Int?
        /// The speaker is a person ("đồng chí …", "Chủ tịch UBND xã"), who may go on instructing.
        var spokenByPerson = false
        /// The instruction's form.
        var isImperative = false
        var hasModal = false
        var isCommitment = false
        var isReport = false
        var isPraise = false
        var isAttendance = false
        var isStatement = false
        var isEntitlement = false
        var isClosingFormula = false

        /// An instruction by its form: an address ("Đề nghị X …"), a modal ("X cần …"), an
        /// imperative ("Tiếp tục …", "X tăng cường …") or, in a speech, a commitment ("… sẽ …").
        func isDirective(inSpeech: Bool) -> Bool {
            if isEntitlement || isClosingFormula || isAttendance { return false }
            if cue != nil, !isReport { return true }
            // In a speech or a plan's account, a plan told with its day is work as a commitment is
            // ("Theo kế hoạch, Ban Thường trực … chọn … làm điểm … vào tháng 12/2018"), in the passive
            // too ("Việc tổ chức đại hội … sẽ hoàn thành trước tháng 5.2014").
            if inSpeech, isDatedPlan, !isReport, !isPraise { return true }
            if isReport || isStatement || isPraise { return false }
            return hasModal || isImperative || isPresentDirection || (inSpeech && isCommitment)
        }

        /// Outside a directive part only the unmistakable forms count: an address to someone, a
        /// subject with "cần / phải / hãy", or an instruction framed as the coming period's work.
        var isStrictDirective: Bool {
            if isEntitlement || isClosingFormula || isAttendance || isReport || isPraise { return false }
            // "UBND thành phố yêu cầu việc bàn giao … bảo đảm …": a demand made by someone, even of an
            // activity worded as a statement.
            if cue != nil, speechVerb == cue { return true }
            // "Hội nghị … sẽ được tổ chức trước ngày 25/3/2021": a dated plan said in the passive.
            if isStatement { return isDatedPlan && !isPraise }
            if cue != nil { return true }
            return hasModal || (isFutureFramed && isImperative) || isDatedPlan || isStatedCommitment || isPresentDirection
        }

        /// A body that "sẽ" takes on an instruction's work, dated or not (`statesCommitment`).
        var isStatedCommitment = false

        /// A body's direction stated in the present, "UBND huyện chỉ đạo tập trung đẩy mạnh …" (`directsNow`).
        var isPresentDirection = false

        /// A commitment or a plan with its date: "Chủ tịch UBND xã sẽ tổ chức … vào ngày 29/10/2025",
        /// "xã sẽ hoàn thành … trước ngày …", "Đại hội … dự kiến tổ chức trước ngày 25.3" — what a
        /// report promises for the coming period, with the day it is due, is work to follow up.
        var isDatedPlan = false

        /// Where the addressed words start: after the cue or the speech verb, else at the head.
        var contentStart: Int { cueEnd ?? speechVerbEnd ?? head }
        /// Past the whole verb of speaking ("nhấn mạnh", "khẳng định": two words).
        var speechVerbEnd: Int?
    }

    /// `narratedSpeech`: the clause is told inside an account of a speech ("Phát biểu chỉ đạo …,
    /// đồng chí … đã yêu cầu X cần …"), where "đã" before the speaker's verb is the write-up's tense.
    static func read(_ text: ProseText, _ range: Range<Int>, narratedSpeech: Bool = false) -> Reading {
        let words = text.words(in: range)
        var reading = Reading(words: words, head: 0)
        guard !words.isEmpty else { return reading }
        reading.head = headIndex(words, text: text, future: &reading.isFutureFramed)
        let head = reading.head

        // Speech verbs and cues. "giao" must be spelled so (not "giáo", "giảo"); "giao ban",
        // "giao thông", "giao lưu" … are nouns.
        var index = head
        var passedInstruction = false
        while index < words.count {
            // "Kiến nghị X …" asks when it opens the clause or a person says it ("ông … đề nghị …, kiến
            // nghị …"); a body's "xã cũng kiến nghị UBND huyện …" proposes upward and gives no work.
            guard let phrase = words.starts(with: speechVerbs, at: index), isVerbUse(phrase, words, index, text),
                  phrase != "kien nghi" || index == head || hasPersonSpeaker(words[head..<index]) else {
                // A speaker comes before the content: after a modal the predicate has begun
                // ("Các đơn vị … phải đảm bảo … khi có yêu cầu").
                if index > head, words.starts(with: modals, at: index) != nil,
                   isSpelled(words[index], "cần", text) || isSpelled(words[index], "phải", text) || isSpelled(words[index], "hãy", text) {
                    passedInstruction = true
                }
                index += 1
                continue
            }
            let end = index + phrase.count
            // In a speech told in the past, "Chủ tịch UBND huyện đã chỉ đạo các ban, ngành … tiếp tục …"
            // hands the work on as "yêu cầu" does (a person's "đã chỉ đạo", not "lãnh đạo, chỉ đạo").
            let isCue = addressCues.contains(phrase) || narratedSpeech && phrase == "chi dao" && index > head
                && isSpelled(words[index - 1], "đã", text) && hasPersonSpeaker(words[head..<index])
            if index > head, !passedInstruction, hasSpeaker(words[head..<index]) {
                if reading.speechVerb == nil { reading.speechVerb = index; reading.speechVerbEnd = end }
                if isCue, reading.cue == nil { reading.cue = index; reading.cueEnd = end }
            } else if isCue, reading.cue == nil, index == head || isAddressPosition(words, index) || fronted(words, head: head, cue: index, text: text) {
                reading.cue = index
                reading.cueEnd = end
            }
            if reading.cue != nil { break }
            index = end
        }
        // "ý kiến đề nghị", "theo đề nghị của", "đã đề nghị": a request reported, not made — unless a
        // person's speech is being told.
        // "… đã phát biểu, chỉ đạo cần …": the write-up's "đã" may stand before the verb of speaking
        // that leads to the instruction, a few words before the cue.
        let toldBefore = reading.speechVerb.map { verb in
            verb > 0 && isSpelled(words[verb - 1], "đã", text) && (reading.cue.map { $0 > verb && $0 - verb <= 3 } ?? true)
                && hasPersonSpeaker(words[head..<verb])
        } ?? false
        let narrated = narratedSpeech && (toldBefore || reading.cue != nil && reading.cue! > 0
            && reading.cue == reading.speechVerb && isSpelled(words[reading.cue! - 1], "đã", text)
            && hasPersonSpeaker(words[head..<reading.cue!]))
            || demandsForPurpose(reading, words, text: text) || isFreshInstruction(reading, words, text: text)
        // "… đã phát biểu và giao nhiệm vụ cho …": one "đã" tells both verbs.
        let toldWithAnother = reading.cue.map { cue in
            cue > 1 && words[cue - 1].key == "va" && (max(0, cue - 4)..<(cue - 1)).contains { isSpelled(words[$0], "đã", text) }
        } ?? false
        if !narrated, let cue = reading.cue, cue > 0,
           ["kien", "theo", "xuat"].contains(words[cue - 1].key) || isSpelled(words[cue - 1], "đã", text) || toldWithAnother {
            reading.cue = nil
            reading.cueEnd = nil
        }

        let content = reading.contentStart
        reading.spokenByPerson = reading.speechVerb.map { hasPersonSpeaker(words[head..<$0]) } ?? false
        // "Nhấn mạnh …", "Lưu ý …" with no one before them: the speaker's own emphasis.
        let emphasis = reading.cue == nil && reading.speechVerb == nil
            && words.starts(with: ["nhan manh", "luu y", "quan triet", "chi dao", "yeu cau", "de nghi"], at: head) != nil
        reading.isImperative = emphasis || words.starts(with: directiveVerbs, at: content) != nil
            || (subjectThenVerb(words, from: content, text: text) != nil)
        // "Do đó, các nhiệm vụ … là rất quan trọng, phải thực hiện cho được …": a modal right after the
        // comma of a "là" statement has no subject of its own; it states the goal. ("… là nhiệm vụ
        // quan trọng, HĐNVQS xã cần tập trung …" names who must act.)
        reading.hasModal = modalIndex(words, from: content, text: text).map { modal in
            !(modal > content && (content..<modal).contains { words[$0].key == "la" }
                && text.bytes[words[modal - 1].original.upperBound..<words[modal].original.lowerBound].contains(UInt8(ascii: ",")))
        } ?? false
        // "Phó Chủ tịch UBND tỉnh … nhấn mạnh, chính sách an sinh xã hội phải được thực hiện …" (822): in
        // a person's words the passive modal demands, as "X phải thực hiện" does (told by a body,
        // "… cần được tháo gỡ" reports a need).
        if !reading.hasModal, reading.spokenByPerson, let verb = reading.speechVerbEnd, verb < words.count - 1,
           (verb..<min(words.count - 1, verb + 14)).contains(where: { index in
               (isSpelled(words[index], "phải", text) || isSpelled(words[index], "cần", text)) && words[index + 1].key == "duoc"
           }), !words[verb...].prefix(14).contains(where: { isSpelled($0, "đã", text) }) {
            reading.hasModal = true
        }
        // "Hội nghị Ban công tác mặt trận tổ dân phố nhiệm kỳ 2021 - 2024 sẽ được tổ chức …": an event's
        // long name may stand before the passive future.
        reading.isCommitment = (content..<min(words.count, content + 14)).contains { isSpelled(words[$0], "sẽ", text) }
            || (content..<max(content, min(words.count - 1, content + 20))).contains { isSpelled(words[$0], "sẽ", text) && words[$0 + 1].key == "duoc" }
        // "X chỉ đạo Y chỉnh sửa … trước ngày 15.3": a body's direction told with its date is one too.
        // "Theo kế hoạch, Ban Thường trực … chọn … vào tháng 12/2018": what the plan holds, told with
        // its date, is planned as "dự kiến" is; a numbered plan cited ("Theo Kế hoạch số 12/KH-UBND, …")
        // only names the basis, and a body's plan told ("Theo kế hoạch của UBND phường thời gian treo
        // băng rôn từ ngày …") informs.
        let followsPlan = WordPhrase("theo ke hoach").matches(words, at: 0)
            && !words[..<head].contains { $0.key == "so" || $0.key == "cua" }
        // "Chậm nhất ngày 31/1 (…), UBND cấp xã … quyết định thành lập …", "UBND các xã … xây dựng kế
        // hoạch …, đảm bảo hoàn thành trước ngày 21/6": a time limit binds the work it is set for, as
        // "sẽ" does.
        let limited = words.firstIndex(of: ["cham nhat", "truoc ngay"]) != nil
        let planned = reading.isCommitment || reading.speechVerb != nil || followsPlan || limited
            || words.firstIndex(of: ["du kien"], from: content).map { found in
                // "dự kiến tổ chức …" plans; "Thời gian (dự kiến): …" only labels a time.
                let next = found.index + 2
                return found.index < content + 14 && next < words.count
                    && text.bytes[words[next - 1].original.upperBound..<words[next].original.lowerBound].allSatisfy { $0 == UInt8(ascii: " ") }
            } == true
        // The plan's own time may stand in its lead ("Theo kế hoạch từ ngày 09 – 10/3/2019, thành phố
        // tiến hành tiêm phòng …").
        reading.isDatedPlan = (planned || schedulesInThePassive(words, from: content, text: text))
            && namesDay(words, from: followsPlan ? 0 : content, text: text)
        reading.isStatedCommitment = statesCommitment(words, from: content, text: text)
        reading.isPresentDirection = directsNow(words, from: content, text: text, range: range)
        // "… đã ghi nhận những kết quả …, đồng thời đề nghị xã cần …": praise, then a request of its own.
        let secondPredicate = reading.cue.map { $0 >= 2 && WordPhrase("dong thoi").matches(words, at: $0 - 2) } ?? false
        // "Qua đó, Chủ tịch UBND huyện yêu cầu các ngành …": what a visit showed leads to the request.
        let drawnFromVisit = WordPhrase("qua do").matches(words, at: 0) && reading.cue != nil && reading.cue == reading.speechVerb
            && reading.spokenByPerson
        reading.isReport = isReport(words, from: narrated || secondPredicate || drawnFromVisit ? content : head, text: text)
            || reportsOpinions(words, from: head)
            || reading.cue == nil && persistingProblem(words, from: head, text: text).map { problem in
                modalIndex(words, from: head, text: text).map { $0 > problem } ?? true
            } == true
        // "đồng chí … đánh giá cao tinh thần …, thống nhất nội dung …": a speaker who praises first tells
        // how the session went, whatever verb of speaking follows.
        reading.isPraise = reading.cue == nil && (startsWithNarrative(words, from: content, text: text)
            || reading.speechVerb != nil && startsWithNarrative(words, from: head, text: text))
        // "Tham dự đầy đủ các phiên tiếp công dân …" asks someone to attend; "Tham dự hội nghị có …" tells who came.
        reading.isAttendance = words.starts(with: attendance, at: head).map { phrase in
            !WordPhrase("day du").matches(words, at: head + phrase.count)
        } ?? false
        reading.isStatement = isStatement(words, from: content, text: text)
        reading.isEntitlement = isEntitlement(text, range, words)
        reading.isClosingFormula = isClosingFormula(words, text: text)
        return reading
    }

    /// "Theo đó các thôn sẽ chủ động vận động …", "Cơ quan chức năng của quận cũng sẽ lập biên bản …":
    /// a body named before "sẽ" and an instruction verb right after it state work the body takes on.
    /// ("Theo Kế hoạch số 12/KH-UBND, xã sẽ tổ chức …" only says what a cited plan holds.)
    private static func statesCommitment(_ words: [ProseWord], from start: Int, text: ProseText) -> Bool {
        guard basisEnd(words, from: 0, text: text) == nil,
              let will = (start..<min(words.count, start + 14)).first(where: { isSpelled(words[$0], "sẽ", text) })
                ?? bodyWillAfterComma(words, from: start, text: text), will > start,
              words.starts(with: directiveVerbs, at: will + 1) != nil else { return false }
        // "xã sẽ tiếp tục quan tâm …", "chính quyền sẽ tập trung …": a report's promise to go on
        // or to care names no work of its own; undated, it stays an account (dated, `isDatedPlan`) —
        // unless the work follows: "Công an xã sẽ tiếp tục tham mưu cho cấp ủy, …", "Chính quyền xã
        // sẽ tập trung rà soát, giải quyết …", "UBND phường sẽ tiếp tục thống kê xử lý …".
        guard let vague = words.starts(with: vagueCommitments, at: will + 1) else { return true }
        let next = will + 1 + vague.count
        return (vague == "tiep tuc" || vague == "tap trung") && words.starts(with: vagueCommitments, at: next) == nil
            && words.starts(with: directiveVerbs, at: next) != nil
    }

    /// "Để nâng cao hiệu quả …, đảm bảo an ninh, trật tự trên địa bàn trong thời gian tới, Công an xã
    /// sẽ tiếp tục tham mưu …" (824): after a long purpose or frame with commas of its own, the
    /// "sẽ" of a body named right after a comma (at most eight words before it). The index of "sẽ".
    private static func bodyWillAfterComma(_ words: [ProseWord], from start: Int, text: ProseText) -> Int? {
        guard let will = (start..<min(words.count, start + 40)).first(where: { isSpelled(words[$0], "sẽ", text) }), will > start + 1,
              let subject = (start + 1..<will).last(where: { index in
                  text.bytes[words[index - 1].original.upperBound..<words[index].original.lowerBound].contains(UInt8(ascii: ","))
              }), will - subject <= 8, hasSpeaker(words[subject..<will]) else { return nil }
        return will
    }

    /// "…, vì thế UBND huyện chỉ đạo tập trung đẩy mạnh công tác tuyên truyền …." (727): a body named
    /// right before "chỉ đạo" (after the clause's start or a comma) and an instruction verb after it,
    /// in the present (no "đã", "đang", "vừa" before it) and in a finished sentence, gives the work as
    /// "yêu cầu" would. ("Trong năm, UBND xã đã chỉ đạo triển khai …" tells the period reviewed; a
    /// headline "Chủ tịch UBND huyện chỉ đạo đảm bảo an ninh …" has no full stop; "tham mưu, lãnh đạo,
    /// chỉ đạo thực hiện …" is a series of nouns, "sự chỉ đạo" one.)
    private static func directsNow(_ words: [ProseWord], from start: Int, text: ProseText, range: Range<Int>) -> Bool {
        let stops = [UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: "!")]
        let last = range.upperBound < text.bytes.count ? text.bytes[range.upperBound] : 0
        guard range.count > 0, stops.contains(last) || stops.contains(text.bytes[range.upperBound - 1]),
              // ("Ban Chỉ đạo xã chỉ đạo …": the first is the body's name.)
              let verb = words.indices.dropFirst(start + 1).first(where: { WordPhrase("chi dao").matches(words, at: $0) && words[$0 - 1].key != "ban" }),
              verb + 2 < words.count, words.starts(with: directiveVerbs, at: verb + 2) != nil,
              !["dao", "su", "tap", "trung", "cong", "van", "quan", "tam", "va"].contains(words[verb - 1].key),
              !text.bytes[words[verb - 1].original.upperBound..<words[verb].original.lowerBound].contains(UInt8(ascii: ",")) else { return false }
        // The body: the words since the clause's start or the last comma, at most eight.
        let subjectStart = (start..<verb).last { index in
            index > start && text.bytes[words[index - 1].original.upperBound..<words[index].original.lowerBound].contains(UInt8(ascii: ","))
        } ?? start
        guard verb - subjectStart <= 8, hasSpeaker(words[subjectStart..<verb]) else { return false }
        return !words[..<verb].contains { word in ["đã", "đang", "vừa", "từng"].contains { isSpelled(word, $0, text) } }
    }

    /// "Bầu cử trưởng ấp … được tổ chức vào ngày 29/9/2024", "“Tết Quân-Dân” … được thực hiện từ nay
    /// đến tháng 02 năm 2022": an event scheduled in the passive, with the day or span it is set for
    /// ("vào", "từ", "trong", "đến" right after the verb), is a plan as "dự kiến tổ chức …" is. Told
    /// with "đã", it is what happened (`isReport`).
    private static func schedulesInThePassive(_ words: [ProseWord], from start: Int, text: ProseText) -> Bool {
        let verbs: [WordPhrase] = ["to chuc", "thuc hien", "trien khai", "tien hanh", "dien ra"]
        let times: Set<String> = ["vao", "tu", "trong", "den"]
        return words.indices.dropFirst(start).contains { index in
            guard words[index].key == "duoc", let verb = words.starts(with: verbs, at: index + 1) else { return false }
            let after = index + 1 + verb.count
            // The time is anchored: its year, or counted from now ("từ nay", "tới đây"); a yearless
            // span ("được thực hiện từ ngày 01/4 đến ngày 30/9") is a standing timetable.
            return after < words.count && times.contains(words[after].key)
                && words[after...].prefix(12).contains(where: { $0.key.count == 4 && $0.key.allSatisfy(\.isNumber) || $0.key == "nay" || $0.key == "toi" })
        }
    }

    /// What follows "sẽ" in a report's general promise rather than in a piece of work.
    static let vagueCommitments: [WordPhrase] = ["tiep tuc", "tap trung", "quan tam", "chu trong", "no luc", "co gang"]

    /// "Để việc tiêm phòng đạt kết quả, huyện đã yêu cầu các cơ quan chuyên môn …": a demand told
    /// in the past for a purpose still ahead asks for the work to come, as "yêu cầu" does.
    private static func demandsForPurpose(_ reading: Reading, _ words: [ProseWord], text: ProseText) -> Bool {
        // The purpose may run on without its comma ("Để việc tiêm phòng đạt kết quả huyện đã yêu cầu …").
        guard isSpelled(words[0], "để", text), let cue = reading.cue, cue == reading.speechVerb, cue > 2,
              isSpelled(words[cue - 1], "đã", text) else { return false }
        return true
    }

    /// "Phó Chủ tịch UBND TP … vừa giao Công an TP nghiên cứu …": the news of an instruction just
    /// given ("vừa giao", "vừa yêu cầu", "vừa chỉ đạo") hands the work on for the coming period. So
    /// does the letter just sent that asks: "Chi cục Kiểm lâm vừa có công văn yêu cầu …", "UBND xã
    /// vừa ban hành văn bản đề nghị …" (724).
    private static func isFreshInstruction(_ reading: Reading, _ words: [ProseWord], text: ProseText) -> Bool {
        guard let cue = reading.cue, cue == reading.speechVerb, cue > reading.head + 1 else { return false }
        guard let just = (max(reading.head + 1, cue - 6)..<cue).last(where: { isSpelled(words[$0], "vừa", text) }),
              words[(just + 1)..<cue].allSatisfy({ letterWords.contains($0.key) }) else { return false }
        return hasSpeaker(words[reading.head..<just])
    }

    /// The act of writing to someone, between "vừa" and the request it carries: "có công văn",
    /// "ban hành văn bản", "gửi thông báo", "có chỉ thị".
    private static let letterWords: Set<String> = ["co", "ban", "hanh", "gui", "cong", "van", "thong", "bao", "chi", "thi", "dien"]

    /// A day or month with its number after `start`: "ngày 29/10/2025", "trước ngày 25.3", "vào
    /// 07 giờ 30 phút, ngày 29/10", "trong tháng 12/2019" (not "năm 2025", which labels as often as it dates).
    static func namesDay(_ words: [ProseWord], from start: Int, text: ProseText) -> Bool {
        guard start < words.count else { return false }
        return (start..<words.count - 1).contains { index in
            ["ngay", "thang"].contains(words[index].key) && words[index + 1].key.first?.isNumber == true
                || isDayAndMonth(words, index, text: text)
        }
    }

    /// A day and month written without "ngày" after the word that sets a time ("từ 5-9/1", "vào
    /// 20/6", "trước 15/3"): the day a slash away from its month (1–12, one or two digits, so "23/23
    /// đại biểu" and "số 02/2016" are no days). A dateline ("Thứ Hai, 28/04/2025") sets no time.
    private static func isDayAndMonth(_ words: [ProseWord], _ index: Int, text: ProseText) -> Bool {
        func gap(_ a: Int) -> ArraySlice<UInt8> { text.bytes[words[a].original.upperBound..<words[a + 1].original.lowerBound] }
        guard index > 0, index + 1 < words.count, let day = Int(words[index].key), let month = Int(words[index + 1].key),
              words[index].key.count <= 2, words[index + 1].key.count <= 2, (1...31).contains(day), (1...12).contains(month),
              gap(index).elementsEqual([UInt8(ascii: "/")]) else { return false }
        // The first day of a range "5-9/1" stands between the time word and this one.
        var before = index - 1
        if before > 0, Int(words[before].key) != nil, gap(before).elementsEqual([UInt8(ascii: "-")]) { before -= 1 }
        // "vào chiều thứ sáu, 11/10/2019": a weekday set by a time word before it.
        if before > 1, words[before - 1].key == "thu" || WordPhrase("chu nhat").matches(words, at: before - 1) {
            before -= 2
            if before > 0, ["sang", "chieu", "toi", "trua"].contains(words[before].key) { before -= 1 }
        }
        return ["tu", "vao", "den", "truoc", "toi"].contains(words[before].key)
    }

    /// Whether the first verb after `start` (within fourteen words) tells or praises rather than
    /// instructs: "Đ/c Trần Song Hào - BTĐU đánh giá kết quả thực hiện nhiệm vụ …".
    private static func startsWithNarrative(_ words: [ProseWord], from start: Int, text: ProseText) -> Bool {
        var index = start
        while index < words.count, index - start <= 14 {
            if words.starts(with: addressCues, at: index) != nil || words.starts(with: modals, at: index) != nil,
               !(words[index].key == "can" && !isSpelled(words[index], "cần", text)) {
                return false
            }
            // "phát biểu kết luận", "phát biểu chỉ đạo" open a speech.
            if WordPhrase("phat bieu ket luan").matches(words, at: index) || WordPhrase("phat bieu chi dao").matches(words, at: index) {
                return false
            }
            // A verb written with a capital inside the sentence is part of a name ("xã Tân Thành A" is
            // no "tán thành").
            if words.starts(with: narrativeVerbs, at: index) != nil,
               index == start || !text.startsWithCapital(at: words[index].original.lowerBound) { return true }
            // "các đồng chí lãnh đạo xã tặng hoa …": "lãnh đạo" after a person or "các" is the noun.
            if WordPhrase("lanh dao").matches(words, at: index), index > 0, ["chi", "cac", "ban", "bo"].contains(words[index - 1].key) {
                index += 2
                continue
            }
            if words.starts(with: directiveVerbs, at: index) != nil { return false }
            index += 1
        }
        return false
    }

    /// Skips connectors and framing adverbials at the start: "Đồng thời, ", "Thời gian tới, ",
    /// "Đối với báo cáo chính trị, ", "Sau khi nghe …, ", "Để …, ".
    private static func headIndex(_ words: [ProseWord], text: ProseText, future: inout Bool) -> Int {
        var index = 0
        for _ in 0..<3 {
            // "Thực hiện Kế hoạch số …, ", "Căn cứ …, ", "Theo kế hoạch …": the basis, not the action.
            if let basis = basisEnd(words, from: index, text: text) {
                index = basis
                continue
            }
            if let phrase = words.starts(with: futureFrames, at: index) {
                future = true
                index += phrase.count
                index = skippingToComma(words, from: index, text: text, limit: 8) ?? index
                continue
            }
            // "Trong tháng 9, …", "Trong quý III, …", "Tháng 10/2026, …": the period the work is for
            // (a past one makes the clause a report, which `isReport` finds by its "đã").
            if WordPhrase("trong thang").matches(words, at: index) || WordPhrase("trong quy").matches(words, at: index)
                || index == 0 && (words[index].key == "thang" || words[index].key == "quy") && words.count > 1 && words[1].key.first?.isNumber == true,
               let after = skippingToComma(words, from: index + 1, text: text, limit: 6) {
                future = true
                index = after
                continue
            }
            if let phrase = words.starts(with: connectors, at: index) {
                index += phrase.count
                continue
            }
            // "Đối với …, ", "Về …, " frame the topic; "Trước diễn biến …, ", "Nhân dịp …, " the occasion;
            // "Để …, " the purpose ("để" spelled so: "đề nghị" folds alike).
            let isPurpose = index < words.count && words[index].key == "de" && isSpelled(words[index], "để", text)
            if isPurpose || ["doi voi", "ve", "truoc", "nhan dip", "sau khi", "tai", "nham", "thay mat", "ket luan", "phat bieu"]
                .contains(where: { WordPhrase($0).matches(words, at: index) }),
               let after = skippingToComma(words, from: index + 1, text: text, limit: 14) {
                index = after
                continue
            }
            break
        }
        return min(index, words.count)
    }

    /// Documents a basis phrase cites: "Thực hiện Kế hoạch …", "Căn cứ Nghị quyết …".
    static let documentNouns: [WordPhrase] = [
        "ke hoach", "nghi quyet", "chi thi", "thong bao", "cong van", "huong dan", "chuong trinh", "quyet dinh", "ket luan",
        "quy dinh", "dieu", "bo luat", "luat", "cac quy dinh", "y kien chi dao", "van ban", "ke hoac",
    ]

    /// The end of "Căn cứ …, " / "Thực hiện <document> …, " / "Theo <document> …, " at `start`.
    private static func basisEnd(_ words: [ProseWord], from start: Int, text: ProseText) -> Int? {
        let lead: WordPhrase
        if WordPhrase("can cu").matches(words, at: start) { lead = "can cu" }
        else if WordPhrase("thuc hien").matches(words, at: start), words.starts(with: documentNouns, at: start + 2) != nil { lead = "thuc hien" }
        else if WordPhrase("theo").matches(words, at: start), words.starts(with: documentNouns, at: start + 1) != nil { lead = "theo" }
        else { return nil }
        // The basis runs to the last comma or ";" before the subject (within sixty words: a law and a
        // guidance cited with their numbers, dates and authors run long).
        var index = start + lead.count + 1
        var end: Int?
        // A document named by its kind alone ("Theo kế hoạch, …") is closed by its comma.
        let bareEnd = words.starts(with: documentNouns, at: start + lead.count).map { start + lead.count + $0.count }
        while index < words.count, index - start <= 60 {
            let gap = text.bytes[words[index - 1].original.upperBound..<words[index].original.lowerBound]
            if gap.contains(UInt8(ascii: ".")) || gap.contains(UInt8(ascii: ":")) { break }
            if gap.contains(UInt8(ascii: ",")) || gap.contains(UInt8(ascii: ";")) {
                end = index
                if index == bareEnd { break }
                // A comma before a body or a number closes the basis: "…, UBND xã …", "…, trong 02 ngày …" —
                // unless what follows, to the next comma, says nothing ("về công tác đối thoại giữa người
                // đứng đầu cấp ủy, chính quyền cấp xã với Nhân dân, Chủ tịch UBND xã … sẽ tổ chức …").
                if words.starts(with: documentNouns, at: index) == nil, !["so", "ngay", "cua", "ve"].contains(words[index].key),
                   !continuesWithoutVerb(words, from: index, text: text) { break }
            }
            index += 1
        }
        return end
    }

    /// Whether the words from `start` to the next comma hold no verb of an instruction or a speech
    /// and are followed by another comma: a noun phrase inside the basis.
    private static func continuesWithoutVerb(_ words: [ProseWord], from start: Int, text: ProseText) -> Bool {
        var index = start
        while index < words.count, index - start <= 12 {
            if index > start {
                let gap = text.bytes[words[index - 1].original.upperBound..<words[index].original.lowerBound]
                if gap.contains(UInt8(ascii: ",")) { return true }
                if gap.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ";") }) { return false }
            }
            if words.starts(with: directiveVerbs + speechVerbs + modals, at: index) != nil || isSpelled(words[index], "sẽ", text) { return false }
            index += 1
        }
        return false
    }

    /// The index of the first word after the next comma, if one comes within `limit` words.
    private static func skippingToComma(_ words: [ProseWord], from start: Int, text: ProseText, limit: Int) -> Int? {
        var index = max(start, 1)
        while index < words.count, index - start <= limit {
            let gap = text.bytes[words[index - 1].original.upperBound..<words[index].original.lowerBound]
            if gap.contains(UInt8(ascii: ",")) { return index }
            if gap.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ";") }) { return nil }
            index += 1
        }
        return nil
    }

    /// "giao" only as the verb, "chỉ đạo" only before an addressee or an action, "thông báo" not as a
    /// document noun ("Thông báo số 20/TB-UBND").
    private static func isVerbUse(_ phrase: WordPhrase, _ words: [ProseWord], _ index: Int, _ text: ProseText) -> Bool {
        let end = index + phrase.count
        let next = end < words.count ? words[end].key : ""
        // "đã được chỉ ra", "được giao": passive, no one speaks.
        if index > 0, words[index - 1].key == "duoc" { return false }
        // "UBND cấp xã sau khi thống nhất với … quyết định …": a step taken before the act, no speech.
        if WordPhrase("sau khi").matches(words, at: index - 2) { return false }
        switch phrase {
        case "giao", "giao cho":
            guard isSpelled(words[index], "giao", text) else { return false }
            // "… là đơn vị được Quận ủy giao nhiệm vụ …", "các nhiệm vụ khác được cấp trên giao": the
            // passive with its agent tells an assignment made, not one being made.
            if let passive = (max(0, index - 5)..<index).last(where: { words[$0].key == "duoc" }),
               !text.bytes[words[passive].original.upperBound..<words[index].original.lowerBound].contains(UInt8(ascii: ",")) { return false }
            // "đạt 120% kế hoạch HĐND huyện giao, …": the plan a body set, with no one addressed after it.
            if end >= words.count || text.bytes[words[end - 1].original.upperBound..<words[end].original.lowerBound]
                .contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") }) { return false }
            // "UBND tỉnh giao 833 nhiệm vụ cho …, trong đó 181 quá hạn": a count of what was given,
            // statistics of the period reviewed, not an assignment.
            if next.first?.isNumber == true { return false }
            // "giao ban" is a briefing, "Giao Ban Văn hóa – Thông tin …" an assignment.
            // (In capitals, as in a headline, the case tells nothing.)
            if next == "ban", end < words.count, text.string(words[end].original).precomposedStringWithCanonicalMapping == "Ban" { return true }
            return !["ban", "thong", "luu", "dich", "quan", "tiep", "thoa", "nhan", "duc", "vien", "khoan", "dat", "va"].contains(next)
                && !(index > 0 && ["ban", "chuyen", "duoc", "su", "tham", "nhiem"].contains(words[index - 1].key))
        case "phan cong":
            // Only after the body that assigns or a frame ("Phân công cán bộ trực …" instructs itself,
            // "triển khai …, phân công lực lượng" is one verb of a series); "theo sự phân công", "về việc phân công"
            // are the noun, and "xã đã kiện toàn … và phân công …" tells what was done.
            guard index > 0, !["su", "theo", "vu", "viec", "cac", "nhung", "va"].contains(words[index - 1].key) else { return false }
            let afterComma = text.bytes[words[index - 1].original.upperBound..<words[index].original.lowerBound].contains(UInt8(ascii: ","))
            if afterComma, (0..<index).contains(where: { words.starts(with: directiveVerbs, at: $0) != nil }) { return false }
            return !words[..<index].contains { isSpelled($0, "đã", text) }
        case "mong muon":
            // "mong muốn của Nhân dân", "những mong muốn", "với mong muốn …", "mong muốn được …" are wishes held.
            return !["cua", "duoc", "la", "va"].contains(next)
                && !(index > 0 && ["nhung", "cac", "moi", "nguyen", "su", "voi", "theo"].contains(words[index - 1].key))
        case "thong bao":
            return next != "so" && !(index > 0 && ["tai", "cac", "theo", "cua", "noi", "ban", "tin"].contains(words[index - 1].key))
        case "yeu cau":
            // "… đánh giá cao …, đồng thời chỉ ra … và yêu cầu cơ quan xây dựng báo cáo …": after "và", a
            // person's second verb of speaking when work follows it ("nội dung và yêu cầu" is the noun).
            if index > 0, words[index - 1].key == "va", hasPersonSpeaker(words[0..<index]),
               (end..<min(words.count, end + 8)).contains(where: { words.starts(with: directiveVerbs, at: $0) != nil }) { return true }
            // "yêu cầu ngày càng cao", "đáp ứng yêu cầu", "khi có yêu cầu" are nouns.
            return !(index > 0 && ["dap", "ung", "voi", "theo", "cac", "nhung", "dung", "va", "co", "moi"].contains(words[index - 1].key))
        case "de nghi":
            // "lời đề nghị" is a noun; "(xã Thuận) Lợi đề nghị" a body speaking: spelled so.
            return !(index > 0 && (["kien", "theo", "xuat"].contains(words[index - 1].key) || isSpelled(words[index - 1], "lời", text)))
        case "kien nghi":
            // "các ý kiến, kiến nghị của cử tri", "Kiến nghị về việc …", "có kiến nghị" are the noun.
            return asksWithKienNghi(words, at: index)
                && !(index > 0 && ["co", "cac", "nhung", "kien", "moi", "cua", "theo", "xuat"].contains(words[index - 1].key))
        case "ket luan":
            // "Kết luận số 02-KL/HU", "các kết luận của …", "thực hiện kết luận này" are documents.
            return !["so", "nay", "cua", "tren", "tai"].contains(next)
                && !(index > 0 && ["cac", "nhung", "theo", "thuc", "hien", "khai", "cu", "ban", "voi", "tai"].contains(words[index - 1].key))
        case "chi dao":
            // "X chỉ đạo thực hiện …", "X tập trung chỉ đạo hoàn thành …": X does the work.
            return end < words.count && words.starts(with: directiveVerbs, at: end) == nil
                && !(index > 0 && ["tap", "trung", "lanh", "su", "cong", "ban", "van", "quan", "tam"].contains(words[index - 1].key))
        case "de ra", "chi ra", "neu ro", "dan do", "thong nhat", "phat bieu":
            return true
        default:
            return true
        }
    }

    /// An addressed cue in mid-clause: "…, đồng thời yêu cầu X", "… cần yêu cầu"? Only after a
    /// comma or a connector.
    private static func isAddressPosition(_ words: [ProseWord], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = words[index - 1].key
        return ["thoi", "va", "con", "xin", "kinh", "dong"].contains(previous)
    }

    /// "Những cây cối dọc các tuyến giao thông và nhà ở yêu cầu lực lượng dân quân tự vệ cắt tỉa": the
    /// object put first ("Những …", "Các …") and then the request about it, with no verb between.
    private static func fronted(_ words: [ProseWord], head: Int, cue: Int, text: ProseText) -> Bool {
        guard cue - head >= 2, cue - head <= 16, isSpelled(words[head], "những", text) else { return false }
        return !(head..<cue).contains { words.starts(with: directiveVerbs + modals, at: $0) != nil || isSpelled(words[$0], "đã", text) }
    }

    /// Words that name who speaks: a person ("đồng chí", "ông", a title) or a body, a visiting
    /// delegation among them ("đoàn giám sát", "đoàn kiểm tra", "đoàn công tác của tỉnh").
    private static let speakerWords: Set<String> = [
        "dong", "chi", "d", "c", "dc", "ong", "ba", "bi", "thu", "chu", "tich", "pho", "ubnd", "hdnd", "uy", "ban", "dang",
        "thuong", "truc", "vu", "lanh", "dao", "truong", "xa", "phuong", "mttq", "bch", "btv", "tran", "huyen", "doan", "tinh",
    ]

    private static func hasSpeaker(_ words: ArraySlice<ProseWord>) -> Bool {
        words.contains { speakerWords.contains($0.key) }
    }

    /// A person speaks ("đồng chí", "đ/c", "ông", "bà", "Bí thư", "Chủ tịch"), not a body reporting its requests.
    private static func hasPersonSpeaker(_ words: ArraySlice<ProseWord>) -> Bool {
        let persons: [WordPhrase] = ["dong chi", "d c", "dc", "ong", "ba", "bi thu", "chu tich", "truong doan"]
        return Array(words).contains(persons)
    }

    /// "X <verb>" with X at most twelve words: the first directive verb after a subject.
    static func subjectThenVerb(_ words: [ProseWord], from start: Int, text: ProseText) -> Int? {
        guard start < words.count else { return nil }
        var index = start + 1
        while index < words.count, index - start <= 30 {
            // "… nhiệm vụ được giao, chịu trách nhiệm …": "được giao" names a duty, not a passive.
            let passive = words[index].key == "duoc" && !(index + 1 < words.count && words[index + 1].key == "giao")
            if isSpelled(words[index], "đã", text) || passive || words[index].key == "la" { return nil }
            if words.starts(with: directiveVerbs, at: index) != nil { return index }
            index += 1
        }
        return nil
    }

    private static func modalIndex(_ words: [ProseWord], from start: Int, text: ProseText) -> Int? {
        var index = start
        while index < words.count, index - start <= 30 {
            if isSpelled(words[index], "đã", text) { return nil }
            if let phrase = words.starts(with: modals, at: index) {
                // "cần" spelled so ("cân", "cặn" fold alike); "cần được tháo gỡ" reports a need.
                // "chuyên cần" (diligent) is one word, not the modal.
                let spelled = phrase != "can" || isSpelled(words[index], "cần", text)
                    && !(index > 0 && isSpelled(words[index - 1], "chuyên", text))
                let passive = index + phrase.count < words.count && words[index + phrase.count].key == "duoc"
                if spelled, !passive, phrase != "hay" || isSpelled(words[index], "hãy", text) { return index }
            }
            index += 1
        }
        return nil
    }

    /// A report: "đã" or "đang" before any instruction verb ("UBND xã đã tổ chức …"), a passive
    /// "được" predicate ("… được duy trì"), or "đạt" results.
    static func isReport(_ words: [ProseWord], from start: Int, text: ProseText) -> Bool {
        if words.starts(with: reviewFrames, at: start) != nil { return true }
        var index = start
        while index < words.count, index - start <= 16 {
            let word = words[index]
            if isSpelled(word, "đã", text) || isSpelled(word, "đang", text) || isSpelled(word, "vừa", text) { return true }
            if index == start, words.starts(with: directiveVerbs, at: index) != nil { return false }
            if words.starts(with: modals, at: index) != nil, isSpelled(word, "cần", text) || isSpelled(word, "phải", text) { return false }
            if index > start, words.starts(with: directiveVerbs, at: index) != nil, words[index - 1].key != "duoc" { return false }
            index += 1
        }
        return false
    }

    /// Opinions reported: "Các ý kiến … đề nghị …", "các đại biểu đề xuất …", "có ý kiến đề nghị …".
    static func reportsOpinions(_ words: [ProseWord], from start: Int) -> Bool {
        var index = start
        if index < words.count, ["cac", "nhung", "nhieu", "quy"].contains(words[index].key) { index += 1 }
        // "Các vị đại biểu …": the honorific before the delegates.
        if index < words.count, words[index].key == "vi" { index += 1 }
        if WordPhrase("y kien").matches(words, at: index) || WordPhrase("dai bieu").matches(words, at: index)
            || WordPhrase("kien nghi").matches(words, at: index) && !asksWithKienNghi(words, at: index) { return true }
        return words.prefix(start + 12).indices.contains { WordPhrase("co y kien").matches(words, at: $0) }
    }

    /// "Kiến nghị UBND xã tiếp tục nâng cao …": the verb, with its addressee and the work after it
    /// ("Kiến nghị của cử tri …", "Kiến nghị về việc …" are the citizens' requests).
    private static func asksWithKienNghi(_ words: [ProseWord], at index: Int) -> Bool {
        let end = index + 2
        return end < words.count && !["cua", "ve", "cu", "tri", "nay", "do"].contains(words[end].key)
            && (end + 1..<min(words.count, end + 9)).contains(where: { words.starts(with: directiveVerbs + modals, at: $0) != nil })
    }

    /// A statement of fact: "Đây là …", "Việc … nhằm …", "X được …" (passive), "X là …".
    private static func isStatement(_ words: [ProseWord], from start: Int, text: ProseText) -> Bool {
        guard start < words.count else { return false }
        // "Treo cờ Tổ quốc … là thể hiện lòng yêu nước": a verb phrase as the subject of "là". (An
        // imperative may well have a passive in its object: "Làm rõ những kết quả đã đạt được".)
        if words.starts(with: directiveVerbs, at: start) != nil {
            // A verb that ends the text ("- Treo") has nothing after it to test.
            return (start + 2..<max(start + 2, min(words.count, start + 16))).contains { index in
                words[index].key == "la" && index + 1 < words.count && words.starts(with: directiveVerbs, at: index + 1) == nil
                    && !["thuc", "trien", "tap", "tiep"].contains(words[index + 1].key)
            }
        }
        // "(nhấn mạnh) vai trò, trách nhiệm của …", "tầm quan trọng của …", "ý nghĩa của …": what the
        // speaker stresses is a value, not work to do.
        if ["vai tro", "tam quan trong", "y nghia"].contains(where: { WordPhrase($0).matches(words, at: start) }) { return true }
        let first = words[start].key
        if first == "day" || first == "viec" || first == "do" && start + 1 < words.count && words[start + 1].key == "la" { return true }
        if WordPhrase("theo quy dinh").matches(words, at: start) || WordPhrase("theo dinh huong").matches(words, at: start) { return true }
        var index = start + 1
        while index < words.count, index - start <= 10 {
            if words.starts(with: directiveVerbs, at: index) != nil || words.starts(with: modals, at: index) != nil { return false }
            // "các công chức được giao / được phân công chuẩn bị …": the ones assigned, who act.
            if words[index].key == "duoc", index + 1 < words.count, words[index + 1].key != "giao",
               !WordPhrase("phan cong").matches(words, at: index + 1), !isSpelled(words[index - 1], "sẽ", text), !isSpelled(words[index - 1], "cần", text), words[index - 1].key != "phai" {
                return true
            }
            if words[index].key == "la", index + 1 < words.count, words[index + 1].key != "trien" { return true }
            index += 1
        }
        return false
    }

    /// A shortcoming stated: "Tình trạng học sinh bỏ học … vẫn còn tồn tại", "tai nạn giao thông …
    /// vẫn còn xảy ra" — "vẫn còn" before any instruction says a problem persists, which the
    /// review lists among the "tồn tại, hạn chế"; it gives no work to anyone. ("Khắc phục tình
    /// trạng … vẫn còn …" instructs: its verb comes first.) The index of "vẫn".
    private static func persistingProblem(_ words: [ProseWord], from start: Int, text: ProseText) -> Int? {
        var index = start
        while index + 1 < words.count, index - start <= 24 {
            if words.starts(with: directiveVerbs, at: index) != nil { return nil }
            if isSpelled(words[index], "vẫn", text), isSpelled(words[index + 1], "còn", text) { return index }
            index += 1
        }
        return nil
    }

    /// Days off and working-day swaps: "… được nghỉ 04 ngày", "Thời gian nghỉ Tết: 05 ngày",
    /// "đi làm Thứ bảy … để nghỉ Thứ tư", "nghỉ liền 06 ngày".
    static func isEntitlement(_ text: ProseText, _ range: Range<Int>, _ words: [ProseWord]) -> Bool {
        // Without "nghi" in the folded text there is no "nghỉ": most clauses stop here, unspelled.
        guard text.foldedBytes[text.foldedRange(range)].contains(bytes: Array("nghi".utf8)) else { return false }
        let spelled = text.string(range).precomposedStringWithCanonicalMapping.lowercased()
        guard spelled.contains("nghỉ") else { return false }
        // "nghỉ liên tục 03 ngày"; "không thực hiện lịch nghỉ cố định … bố trí lịch nghỉ cho phù hợp":
        // the days off and their arrangement, which the law grants.
        for phrase in ["được nghỉ", "được bố trí nghỉ", "nghỉ liền", "nghỉ liên tục", "để nghỉ", "nghỉ bù", "nghỉ theo quy định", "lịch nghỉ"]
            where spelled.contains(phrase) {
            // "nếu trùng vào ngày nghỉ theo quy định thì …" names a day off; it grants none.
            if phrase == "nghỉ theo quy định", spelled.contains("ngày nghỉ theo quy định") { continue }
            return true
        }
        // "Thời gian nghỉ Tết: 05 ngày …" as a label; "Trong thời gian nghỉ Tết, …" frames a task.
        return spelled.hasPrefix("thời gian nghỉ")
    }

    /// The closing formula of a notice or conclusion: "Trên đây là …", "… thông báo để … biết (và)
    /// thực hiện", "… thực hiện tốt (các) nội dung Thông báo này./." — it refers to the document
    /// itself, not to any new work.
    static func isClosingFormula(_ words: [ProseWord], text: ProseText) -> Bool {
        guard let first = words.first else { return false }
        if WordPhrase("tren day la").matches(words, at: 0) { return true }
        // "Hội nghị thống nhất tiếp tục phát huy …, quyết tâm hoàn thành thắng lợi …": the meeting's
        // closing resolve, said of itself; it gives no one work.
        if WordPhrase("hoi nghi").matches(words, at: 0), words.contains(["quyet tam"]),
           !words.indices.contains(where: { words.starts(with: addressCues, at: $0) != nil }) { return true }
        if asksToCarryOutTheNotice(words) { return true }
        _ = first
        // "… thực hiện tốt (các) nội dung Thông báo này", "nội dung (trên|nêu trên)" — unless the
        // sentence has someone watch the document carried out ("theo dõi, đôn đốc việc thực hiện
        // kết luận này" is a task).
        let watches = words.contains(["theo doi", "don doc", "kiem tra", "giam sat", "bao cao"])
        for (index, word) in words.enumerated() where word.key == "nay" && index > 0 && !watches {
            if ["thong", "bao", "luan", "hoach", "ban", "thi"].contains(words[index - 1].key) { return true }
        }
        for index in words.indices where WordPhrase("noi dung tren").matches(words, at: index)
            || WordPhrase("noi dung neu tren").matches(words, at: index) {
            return true
        }
        // "X thông báo (để|đến|cho) … (biết|thực hiện)": the issuer informs. ("Đề nghị Tổ trưởng TDP
        // thông báo cho các hộ … biết" asks someone else to inform: a task.)
        if let notice = words.firstIndex(of: ["thong bao"])?.index, notice <= 8,
           !(0..<notice).contains(where: { words.starts(with: addressCues, at: $0) != nil }),
           words[(notice + 2)...].contains(where: { $0.key == "biet" })
            || notice + 2 < words.count && ["de", "den", "cho"].contains(words[notice + 2].key) && isSpelled(words[notice + 2], words[notice + 2].key == "de" ? "để" : text.spelling(words[notice + 2].original), text) {
            return true
        }
        return false
    }

    /// "Trung tâm … đề nghị các hộ dân, cơ sở kinh doanh … nghiêm túc thực hiện nhằm góp phần …":
    /// a request to carry out with no work of its own names the notice itself.
    private static let requestCues: [WordPhrase] = ["de nghi", "yeu cau"]
    private static let carryOut: [WordPhrase] = ["thuc hien"]

    private static func asksToCarryOutTheNotice(_ words: [ProseWord]) -> Bool {
        guard let cue = (0..<min(words.count, 12)).first(where: { words.starts(with: requestCues, at: $0) != nil }),
              let act = words.firstIndex(of: carryOut, from: cue + 2)?.index else { return false }
        let manner: Set<String> = ["nghiem", "tuc", "chap", "hanh"]
        guard act >= 1, manner.contains(words[act - 1].key) else { return false }
        let after = act + 2
        if after >= words.count { return true }
        if words[after].key == "tot" || words[after].key == "nghiem" { return after + 1 >= words.count }
        return ["nham", "de", "gop"].contains(words[after].key)
    }

    // MARK: - Lines

    /// A photo caption, an author or source line, a file name: a short line without a final stop
    /// that instructs nothing ("Quang cảnh hội nghị", "Ảnh: …", "Tác giả: …", "Bích Trâm – Kiều Tiên").
    static func isCaptionOrByline(_ text: ProseText, _ range: Range<Int>) -> Bool {
        let words = text.words(in: range)
        guard let first = words.first else { return true }
        // "1.1. Lịch tiếp công dân định kỳ": a numbered heading heads what follows.
        if ProseSegmenter.isDigit(text.bytes[range.lowerBound]), text.bytes[range].prefix(6).contains(UInt8(ascii: ".")) { return false }
        let leading: [WordPhrase] = ["anh", "tac gia", "tin anh", "tin", "bai anh", "nguon", "theo", "bai va anh", "anh va tin"]
        if let label = words.starts(with: leading, at: 0), label.count < words.count,
           text.bytes[words[label.count - 1].original.upperBound..<words[label.count].original.lowerBound].contains(UInt8(ascii: ":")) {
            return true
        }
        if first.key == "anh", words.count <= 20 { return true }
        // "… Ảnh: Duy Trinh." at the end of a caption.
        if let photo = words.firstIndex(where: { $0.key == "anh" }), photo > 0, photo >= words.count - 5,
           text.bytes[words[photo].original.upperBound..<min(text.bytes.count, words[photo].original.upperBound + 1)].first == UInt8(ascii: ":") {
            return true
        }
        // A file name or a link: long words without spaces.
        let raw = text.bytes[range]
        if raw.count > 30, !raw.contains(0x20) { return true }
        let last = text.bytes[range.upperBound - 1]
        let ends = [UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(last)
        // A name line: two to seven capitalised words ("Âu Thị Huyền Trang", "Hữu Hoàn.", "Huyền Linh (Núi Voi)").
        if words.count <= 7, words.allSatisfy({ text.startsWithCapital(at: $0.original.lowerBound) || $0.key.count <= 2 }),
           !words.contains(where: { directiveVerbs.contains(WordPhrase($0.key)) }) {
            return !ends || last == UInt8(ascii: ".") && words.count <= 4
        }
        guard !ends, raw.count <= 160, !isTimeLine(words, text: text) else { return false }
        let reading = read(text, range)
        return !reading.isDirective(inSpeech: false) && reading.cue == nil && planCopula(words, from: 0) == nil
    }

    /// "Buổi sáng: Từ 08h00’ đến 11h00’", "Khung giờ: Từ 07 giờ đến 17 giờ": hours of a schedule,
    /// which belong to the item before; never a caption.
    static func isTimeLine(_ words: [ProseWord], text: ProseText) -> Bool {
        let labels: [WordPhrase] = ["buoi sang", "buoi chieu", "buoi toi", "sang", "chieu", "khung gio", "gio", "thoi gian"]
        guard let label = words.starts(with: labels, at: 0), words.count > label.count else { return false }
        // The label, then a colon or "từ": "Buổi sáng ngày 27 tiêm ở thôn …" is an item of the schedule.
        let gap = text.bytes[words[label.count - 1].original.upperBound..<words[label.count].original.lowerBound]
        guard gap.contains(UInt8(ascii: ":")) || words[label.count].key == "tu" else { return false }
        let rest = words[label.count].original.lowerBound..<words[words.count - 1].original.upperBound
        return text.bytes[rest].contains(where: ProseSegmenter.isDigit)
    }

    /// "Đó là những nội dung trọng tâm … chỉ ra …": the directives came before this line. ("Trên
    /// đây là …" closes a notice: it points at the whole document, see `isClosingFormula`.)
    static func isAfterword(_ words: [ProseWord]) -> Bool {
        guard WordPhrase("do la").matches(words, at: 0) else { return false }
        return Array(words.prefix(8)).firstIndex(of: planNouns) != nil
    }

    /// An information line of a notice: "Địa điểm tiêm: …", "Mức thu: …".
    static func isInformationLine(_ words: [ProseWord], text: ProseText) -> Bool {
        guard let label = words.starts(with: informationLabels, at: 0) else { return false }
        // The label is followed by a colon within three words.
        for index in label.count..<min(words.count, label.count + 3) where index > 0 {
            if text.bytes[words[index - 1].original.upperBound..<words[index].original.lowerBound].contains(UInt8(ascii: ":")) { return true }
        }
        // A label alone on its line: "Địa điểm thu gom:".
        if words.count <= label.count + 3, let last = words.last {
            return text.bytes[last.original.upperBound..<min(text.bytes.count, last.original.upperBound + 2)].contains(UInt8(ascii: ":"))
        }
        return false
    }

    // MARK: - A person's titles

    /// Titles of office, which a write-up may separate by ";" ("đ/c Bùi Khắc Chung - Phó bí thư;
    /// Chủ tịch UBND xã; Chủ tịch HĐNVQS xã nhấn mạnh: …").
    static let titles: [WordPhrase] = [
        "chu tich", "pho chu tich", "bi thu", "pho bi thu", "uy vien", "truong ban", "pho truong ban", "giam doc",
        "pho giam doc", "chi huy truong", "chanh van phong", "chu nhiem", "pho chu nhiem", "truong cong an",
    ]

    /// The ";"-clauses of a sentence with a person's titles joined again: a clause that opens with a
    /// title after one that ends with a title (within its last five words) continues the name.
    static func joiningTitles(_ text: ProseText, _ clauses: [Range<Int>]) -> [Range<Int>] {
        guard clauses.count > 1 else { return clauses }
        var joined: [Range<Int>] = []
        for clause in clauses {
            if let last = joined.last {
                let before = text.words(in: last)
                let tail = Array(before.suffix(5))
                let endsWithTitle = tail.indices.contains { tail.starts(with: titles, at: $0) != nil }
                if endsWithTitle, text.words(in: clause).starts(with: titles, at: 0) != nil {
                    joined[joined.count - 1] = last.lowerBound..<clause.upperBound
                    continue
                }
            }
            joined.append(clause)
        }
        return joined
    }

    // MARK: - Headings that name the doer

    /// Words that open a heading naming who does the items under it: "1. Đối với UBND xã:",
    /// "2. Đối với chi bộ, BĐH các thôn", "Trách nhiệm của Ban CHQS xã", "Yêu cầu đối với người dân:"
    /// — the per-unit layout of a directive part ("Tổ chức thực hiện").
    static let doerHeadingWords: [WordPhrase] = [
        "doi voi", "yeu cau doi voi", "trach nhiem cua", "nhiem vu cua", "nhiem vu doi voi", "giao nhiem vu cho",
    ]

    /// "1. Đề nghị các cơ quan, đơn vị đứng chân trên địa bàn xã", "Giao Ban Chỉ huy Quân sự xã": an
    /// address with no work after it heads the items under it, as "Đối với …" does.
    static let addressHeadingCues: [WordPhrase] = ["de nghi", "yeu cau", "giao cho", "giao"]

    /// The doer named by a heading line (`range` without its item marker): a short line, without a
    /// sentence's final stop, made of one of `doerHeadingWords` and a noun phrase, with or without
    /// a colon. Returns the noun phrase ("UBND xã"), which names a unit or a topic.
    static func doerHeading(_ text: ProseText, _ range: Range<Int>) -> String? {
        let trimmed = text.trimmed(range, marks: [UInt8(ascii: "*"), UInt8(ascii: "_")])
        guard !trimmed.isEmpty, trimmed.count <= 120, !text.bytes[trimmed].contains(0x0A) else { return nil }
        var end = trimmed.upperBound
        if text.bytes[end - 1] == UInt8(ascii: ":") { end -= 1 }
        guard let last = text.bytes[trimmed.lowerBound..<end].last, ![UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(last),
              !text.bytes[trimmed.lowerBound..<end].contains(UInt8(ascii: ":")) else { return nil }
        let words = text.words(in: trimmed.lowerBound..<end)
        if words.starts(with: doerHeadingWords, at: 0) == nil, let cue = words.starts(with: addressHeadingCues, at: 0), words.count > cue.count, words.count <= cue.count + 20,
           words[0].key != "giao" || isSpelled(words[0], "giao", text),
           words[cue.count...].indices.allSatisfy({ words.starts(with: directiveVerbs + speechVerbs + modals, at: $0) == nil }) {
            return text.string(text.trimmed(words[cue.count].original.lowerBound..<end, marks: [UInt8(ascii: "*"), UInt8(ascii: "_")]))
        }
        guard let phrase = words.starts(with: doerHeadingWords, at: 0), words.count > phrase.count, words.count <= phrase.count + 12 else { return nil }
        // Short and without a final stop, it names; "Đối với các hộ vi phạm, xử lý …." is a sentence.
        let named = text.trimmed(words[phrase.count].original.lowerBound..<end, marks: [UInt8(ascii: "*"), UInt8(ascii: "_")])
        return text.string(named)
    }

    /// The per-unit run-in of a plan: "Ủy ban Mặt trận Tổ quốc Việt Nam xã: Chủ trì, phối hợp …",
    /// "Công an xã: tăng cường tuần tra …" — a short name, a colon, and an instruction that opens
    /// with a directive verb. The lines after it, until the next such name, are its work too.
    /// Returns the name before the colon. (A label of information, "Thời gian: …", "Lưu ý: …",
    /// names no one: what follows it is no instruction verb, or the label is one of those words.)
    static func doerRunIn(_ text: ProseText, _ range: Range<Int>) -> String? {
        let trimmed = text.trimmed(range, marks: [UInt8(ascii: "*"), UInt8(ascii: "_")])
        guard let colon = text.bytes[trimmed].firstIndex(of: UInt8(ascii: ":")), text.startsWithCapital(at: trimmed.lowerBound) else { return nil }
        let name = text.words(in: trimmed.lowerBound..<colon)
        let work = text.words(in: colon + 1..<trimmed.upperBound)
        guard (2...10).contains(name.count), work.count >= 3, !text.bytes[trimmed.lowerBound..<colon].contains(where: ProseSegmenter.isDigit),
              !text.bytes[trimmed.lowerBound..<colon].contains(where: { [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ".")].contains($0) }),
              name.firstIndex(of: directiveVerbs + speechVerbs + modals + informationLabels + ["luu y", "ghi chu", "noi dung", "thoi gian"]) == nil,
              work.starts(with: directiveVerbs) != nil else { return nil }
        return text.string(trimmed.lowerBound..<colon)
    }

    // MARK: - Introductions

    /// What an introduction ending at a colon says: whether it introduces directives, and who it
    /// addresses ("đề nghị thường trực HĐND, các ban HĐND phường tập trung … một số nội dung sau:").
    struct Introduction {
        /// Words after the cue: the bodies named there govern every item of the list.
        var addressed: Range<Int>?
        /// Said by a speaker ("kết luận", "yêu cầu", "khẳng định"), so commitments in it count.
        var isSpeech: Bool
    }

    /// `range` is the sentence (or the clause after its last ";") up to the colon.
    static func introduction(_ text: ProseText, _ range: Range<Int>) -> Introduction? {
        let words = text.words(in: range)
        guard words.count >= 4 else { return nil }
        // "Về …:", "Thời gian …:", "Các cấp ủy, chính quyền …:" are labels of an item, not introductions.
        if words.first?.key == "ve" || isInformationLine(words + [], text: text) { return nil }
        let reading = read(text, range)
        // "Bên cạnh đó, các đại biểu đã tham gia đóng góp ý kiến, tập trung nhấn mạnh về một số vấn đề
        // trọng tâm như: …": the topics of a discussion told in the past, not a list of work ("Các đại
        // biểu thống nhất các nhiệm vụ sau:" is the meeting's resolve).
        if reportsOpinions(words, from: reading.head), words.contains(where: { isSpelled($0, "đã", text) }) { return nil }
        let hasPlanNoun = words.contains(planNouns)
        // "…, UBND phường Phúc La thông báo:", "… Thường trực Đảng ủy xã yêu cầu:": a body and a
        // speech verb right before the colon.
        let closing: [WordPhrase] = speechVerbs.flatMap { verb in [verb] + listWords.map { WordPhrase(verb.words.joined(separator: " ") + " " + $0.words.joined(separator: " ")) } }
        for phrase in closing where words.count > phrase.count
            && phrase.matches(words, at: words.count - phrase.count)
            && hasSpeaker(words[max(0, words.count - phrase.count - 5)..<(words.count - phrase.count)]) {
            return Introduction(addressed: nil, isSpeech: true)
        }
        let tail = words.suffix(4)
        let endsWithListWord = listWords.contains { phrase in
            let count = phrase.count
            return tail.count >= count && WordPhrase(tail.suffix(count).map(\.key).joined(separator: " ")) == phrase
        }
        // "…, cuộc họp thống nhất kết luận và chỉ đạo như sau:", "Hội nghị thống nhất kết luận như sau:":
        // the formula of a conclusion before its list, whoever concludes (the meeting itself).
        let formula: [WordPhrase] = ["ket luan", "chi dao", "thong nhat"]
        if endsWithListWord, words.indices.suffix(8).contains(where: { words.starts(with: formula, at: $0) != nil }) {
            return Introduction(addressed: nil, isSpeech: true)
        }
        if let verb = reading.speechVerb ?? reading.cue {
            var addressed: Range<Int>?
            if let cueEnd = reading.cueEnd, cueEnd < words.count {
                addressed = words[cueEnd].original.lowerBound..<range.upperBound
            }
            _ = verb
            return Introduction(addressed: addressed, isSpeech: true)
        }
        // "Kỳ họp sẽ thông qua nhiều nội dung báo cáo, tờ trình …, như: báo cáo …; tờ trình …": what a
        // session adopts or discusses is its agenda, a list of documents, not work.
        if words.contains(agendaVerbs), words.contains(agendaDocuments) { return nil }
        if hasPlanNoun && (endsWithListWord || words.count >= 6) { return Introduction(addressed: nil, isSpeech: false) }
        return nil
    }

    /// What a session does with the documents on its agenda.
    static let agendaVerbs: [WordPhrase] = ["thong qua", "xem xet", "cho y kien", "thao luan"]
    /// The documents a session adopts: reports, submissions, drafts.
    static let agendaDocuments: [WordPhrase] = ["bao cao", "to trinh", "du thao"]

    /// "… yêu cầu các ngành tập trung chỉnh trang đô thị, …, điển hình như: cải thiện thu gom rác, làm
    /// sạch hè phố…": an instruction of its own whose "như:" lists examples run on in the same
    /// sentence, in lower case and with no ";" between them — one task, not the introduction of a
    /// list. (Items after "… các nội dung như:" on lines of their own, or as capitalised sentences,
    /// are a list.)
    static func givesExamples(_ text: ProseText, _ before: Range<Int>, rest: Range<Int>, clauseCount: Int) -> Bool {
        let words = text.words(in: before)
        let examples = text.trimmed(rest)
        guard clauseCount == 1, words.last?.key == "nhu", !examples.isEmpty, !text.startsWithCapital(at: examples.lowerBound),
              !text.bytes[rest].contains(0x0A) else { return false }
        let reading = read(text, before)
        guard let cueEnd = reading.cueEnd ?? reading.speechVerbEnd else { return false }
        return (cueEnd..<words.count).contains { words.starts(with: directiveVerbs, at: $0) != nil }
    }

    /// The bodies a praise names after "của": "ghi nhận những đóng góp tích cực của Ủy ban MTTQ xã và
    /// các đoàn thể" → "Ủy ban MTTQ xã và các đoàn thể".
    static func praisedBodies(_ text: ProseText, _ reading: Reading) -> String? {
        guard reading.isPraise, let verb = reading.words.firstIndex(of: narrativeVerbs, from: reading.contentStart)?.index,
              let of = reading.words.indices.dropFirst(verb + 1).first(where: { reading.words[$0].key == "cua" }),
              of + 1 < reading.words.count else { return nil }
        return text.string(reading.words[of + 1].original.lowerBound..<reading.words[reading.words.count - 1].original.upperBound)
    }

    /// "Đề nghị trong thời gian tới cần triển khai …", "Yêu cầu tập trung …": a request whose next
    /// words are a time frame, a modal or the work itself, naming no one.
    static func namesNoAddressee(_ reading: Reading) -> Bool {
        guard let cue = reading.cue, let end = reading.cueEnd, cue == reading.head, end < reading.words.count else { return false }
        return reading.words.starts(with: futureFrames + modals + directiveVerbs, at: end) != nil
    }

    /// Words a doer's name opens with when it is not capitalised: "các ấp …", "thành viên Hội đồng …".
    private static let subjectOpenings: [WordPhrase] = ["cac", "thanh vien", "dia phuong"]

    /// "… đề nghị các ấp rà soát …, Công an, Quân sự và Tư pháp cần phối hợp …, thành viên Hội đồng
    /// … thường xuyên xuống địa bàn …, Đài Truyền thanh xã tăng cường …": one sentence that gives work
    /// to one doer after another, each named before its own verb, joined by commas. Returns the
    /// parts, each from its doer (the clause whole when it is no such chain).
    ///
    /// A part starts after a comma at a doer (a capitalised name, or "các …", "thành viên …") that a
    /// modal, "sẽ" or an instruction verb follows within eight words, with no verb between; the
    /// first part must name its own doer too ("Tuyên truyền, vận động Nhân dân, Hội viên tích cực
    /// tham gia" is one instruction and its audience).
    static func doerChain(_ text: ProseText, _ clause: Range<Int>) -> [Range<Int>] {
        let words = text.words(in: clause)
        // An introduction and its list ("đề nghị X, Y tập trung … sau: …") is read as such.
        guard words.count >= 8, !text.bytes[clause].contains(UInt8(ascii: ":")) else { return [clause] }
        // Verbs of the work; a verb of speaking ("chỉ đạo cho", "đề nghị") names addressees after it,
        // and "lãnh đạo" is as often the noun ("các đồng chí lãnh đạo cơ quan").
        let addressing = speechVerbs + ["lanh dao"]
        func acts(at index: Int) -> Bool {
            words.starts(with: directiveVerbs + modals, at: index) != nil && words.starts(with: addressing, at: index) == nil
                || isSpelled(words[index], "sẽ", text)
        }
        func commaBefore(_ index: Int) -> Bool {
            text.bytes[words[index - 1].original.upperBound..<words[index].original.lowerBound].contains(UInt8(ascii: ","))
        }
        // The first part: a doer before its verb ("đề nghị các ấp rà soát", "Công an xã cần …").
        let first = read(text, clause)
        guard first.isDirective(inSpeech: true), !first.isReport, first.contentStart < words.count,
              !acts(at: first.contentStart) else { return [clause] }
        let joining: Set<String> = ["voi", "cho", "cung"]
        var starts: [Int] = []
        var index = first.contentStart + 1
        var lastVerb: Int?
        while index < words.count {
            // After "phối hợp với …", "cho …" the commas list partners or beneficiaries, not doers.
            if acts(at: index) { lastVerb = index } else if words.starts(with: addressing, at: index) != nil || joining.contains(words[index].key) { lastVerb = nil }
            // The part before has its verb and the verb's object ("rà soát lại các trường hợp …").
            guard let verb = lastVerb, index - verb >= 3, commaBefore(index), index + 1 < words.count,
                  text.startsWithCapital(at: words[index].original.lowerBound) || words.starts(with: subjectOpenings, at: index) != nil,
                  words.starts(with: directiveVerbs + modals + speechVerbs, at: index) == nil,
                  let next = (index + 2..<min(words.count, index + 11)).first(where: { acts(at: $0) }),
                  // "…, các cơ quan, đơn vị để có phương án …": a purpose or a possessive is no predicate.
                  !words[index..<next].contains(where: { joining.contains($0.key) || $0.key == "cua" || $0.key == "nham"
                      || $0.key == "de" && isSpelled($0, "để", text) }),
                  !text.bytes[words[index].original.lowerBound..<words[next].original.lowerBound]
                      .contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "(") })
            else {
                index += 1
                continue
            }
            starts.append(words[index].original.lowerBound)
            lastVerb = next
            index = next + 1
        }
        guard !starts.isEmpty else { return [clause] }
        var parts: [Range<Int>] = []
        var lower = clause.lowerBound
        for start in starts {
            parts.append(text.trimmed(lower..<start, marks: [UInt8(ascii: ",")]))
            lower = start
        }
        parts.append(lower..<clause.upperBound)
        return parts
    }

    /// "…, đồng chí … đã yêu cầu các đơn vị chuẩn bị …, đồng thời đồng chí yêu cầu các xã ngừng …": a
    /// request that follows another after ", đồng thời", with its own cue (and its speaker named
    /// again, at most four words), is a second directive with its own addressee. Returns where it
    /// starts (at "đồng thời"); the part before must be a request too.
    static func secondRequest(_ text: ProseText, _ clause: Range<Int>) -> Int? {
        let words = text.words(in: clause)
        let cues: [WordPhrase] = ["yeu cau", "de nghi", "giao cho", "giao"]
        for index in words.indices.dropFirst(3) where WordPhrase("dong thoi").matches(words, at: index)
            && text.bytes[words[index - 1].original.upperBound..<words[index].original.lowerBound].contains(UInt8(ascii: ",")) {
            guard let cue = (index + 2..<min(words.count, index + 7)).first(where: { words.starts(with: cues, at: $0) != nil }),
                  cue + 2 < words.count,
                  !text.bytes[words[index].original.lowerBound..<words[cue].original.lowerBound].contains(UInt8(ascii: ",")) else { continue }
            let before = read(text, clause.lowerBound..<words[index - 1].original.upperBound, narratedSpeech: true)
            guard before.cue != nil, !before.isReport || before.spokenByPerson else { continue }
            return words[index].original.lowerBound
        }
        return nil
    }

    /// "… đề nghị UBND xã hoàn chỉnh các báo cáo, kiến nghị UBND xã tiếp tục nâng cao …", "… đề nghị UBND
    /// phường hoàn thiện hồ sơ … và đề nghị đại biểu HĐND tuyên truyền …": a sentence that asks again,
    /// with a cue of its own after a comma or "và", asks for a second piece of work, as a clerk lists
    /// it. Returns where each later request starts (at "và" when it joins). The cue must be the verb:
    /// an addressee and an instruction verb follow it within eight words ("…, kiến nghị của cử tri"
    /// names opinions).
    static func laterRequests(_ text: ProseText, _ clause: Range<Int>) -> [Int] {
        let words = text.words(in: clause)
        var starts: [Int] = []
        var asked = false
        for index in words.indices {
            guard let cue = words.starts(with: repeatedCues, at: index) else { continue }
            let end = index + cue.count
            let verbUse = isVerbUse(cue, words, index, text)
            let addressed = end < words.count && words[end].key != "cua"
                && (end + 1..<min(words.count, end + 9)).contains(where: { words.starts(with: directiveVerbs + modals, at: $0) != nil })
            guard verbUse, addressed else { continue }
            defer { asked = true }
            guard asked, index >= 3 else { continue }
            let gap = text.bytes[words[index - 1].original.upperBound..<words[index].original.lowerBound]
            if gap.contains(UInt8(ascii: ",")) {
                starts.append(words[index].original.lowerBound)
            } else if words[index - 1].key == "va" {
                starts.append(words[index - 1].original.lowerBound)
            }
        }
        return starts
    }

    /// "…; hai ban HĐND xã tăng cường giám sát …", "…; Công an xã chủ động nắm tình hình …": after ";"
    /// a clause that names its own doer before an instruction verb gives work to someone else, as a
    /// new item of the list would. The doer is named as bodies are: a capital ("Công an xã"), a
    /// count or plural ("hai ban …", "các thôn"), at most six words, no comma, no preposition
    /// ("lễ phát động …" is a noun, "nếu tiếp tục …" a condition).
    static func opensWithDoer(_ words: [ProseWord], from head: Int, text: ProseText) -> Bool {
        guard head < words.count, words.starts(with: directiveVerbs + modals + speechVerbs, at: head) == nil,
              text.startsWithCapital(at: words[head].original.lowerBound) || plurals.contains(words[head].key),
              let verb = subjectThenVerb(words, from: head, text: text), verb - head <= 6 else { return false }
        let doer = words[head..<verb]
        let linking: Set<String> = ["cua", "voi", "cho", "de", "nham", "tai", "trong", "ve", "theo", "la", "duoc", "va", "neu", "khi", "thi"]
        return !doer.contains(where: { linking.contains($0.key) })
            && !text.bytes[doer.first!.original.lowerBound..<words[verb].original.lowerBound].contains(UInt8(ascii: ","))
    }

    /// Words that name bodies by count or as a plural: "hai ban …", "các thôn", "mỗi chi bộ".
    private static let plurals: Set<String> = ["cac", "hai", "ba", "bon", "nhung", "moi", "tung", "toan"]

    /// The cues a sentence asks again with ("kiến nghị" is the People's Council's "đề nghị").
    private static let repeatedCues: [WordPhrase] = ["de nghi", "kien nghi", "yeu cau", "giao cho", "giao"]

    /// "Theo báo cáo, … đã khám 124 công dân, còn 44 công dân chưa đến khám, địa phương sẽ tiếp tục
    /// điều động công dân đi khám vào ngày 28/11/2019 …": a report that ends in a promise with its
    /// day. Returns where the promise starts: a comma, a doer of at most four words, "sẽ" and an
    /// instruction verb, and a day named after it. (An undated promise in a report stays part of it.)
    static func datedCommitment(_ text: ProseText, _ clause: Range<Int>) -> Int? {
        let words = text.words(in: clause)
        let whole = read(text, clause)
        guard words.count >= 8, !whole.isDirective(inSpeech: false) || whole.isReport else { return nil }
        for index in 1..<(words.count - 2) {
            let gap = text.bytes[words[index - 1].original.upperBound..<words[index].original.lowerBound]
            guard gap.contains(UInt8(ascii: ",")),
                  let will = (index + 1..<min(words.count - 1, index + 5)).first(where: { isSpelled(words[$0], "sẽ", text) }),
                  !text.bytes[words[index].original.lowerBound..<words[will].original.lowerBound].contains(UInt8(ascii: ",")),
                  words.starts(with: directiveVerbs, at: will + 1) != nil, namesDay(words, from: will + 1, text: text) else { continue }
            return words[index].original.lowerBound
        }
        return nil
    }

    /// "Nhiệm vụ trước mắt là phối hợp …", "Nhiệm vụ trọng tâm thời gian tới là …", "Giải pháp trong
    /// thời gian tới là …": a plan noun with a word of the coming period, then "là" and the work —
    /// an introduction without a colon. Returns the index of the first word after "là". ("Nhiệm vụ
    /// trọng tâm là …" alone may report what a body set itself, and is left alone.)
    static func planCopula(_ words: [ProseWord], from start: Int) -> Int? {
        guard words.starts(with: planNouns, at: start) != nil else { return nil }
        let limit = min(words.count - 1, start + 10)
        guard start + 1 < limit, let copula = (start + 1..<limit).first(where: { words[$0].key == "la" }) else { return nil }
        let qualifiers = Array(words[start..<copula])
        let coming: [WordPhrase] = ["truoc mat", "thoi gian toi", "sap toi", "toi day", "trong thoi gian toi", "thang toi", "nam toi"]
        guard qualifiers.contains(coming), words.starts(with: directiveVerbs, at: copula + 1) != nil else { return nil }
        return copula + 1
    }

    /// Where a plan copula starts in a clause: at its head, or after a comma or a conjunction that
    /// ties it to what it rests on ("… tuy nhiên nhiệm vụ trước mắt là khắc phục …"). Returns the
    /// index of the plan noun and of the first word after "là".
    static func planCopulaStart(_ words: [ProseWord], text: ProseText) -> (start: Int, first: Int)? {
        for start in 0..<min(words.count, 40) {
            let tied = start == 0 || ["nhien", "vay", "the"].contains(words[start - 1].key)
                || text.bytes[words[start - 1].original.upperBound..<words[start].original.lowerBound].contains(UInt8(ascii: ","))
            if tied, let first = planCopula(words, from: start) { return (start, first) }
        }
        return nil
    }

    /// A sentence that opens a speech with no colon: "Kết luận hội nghị, đồng chí …",
    /// "Phát biểu kết luận buổi làm việc, …", "Kết luận tại buổi làm việc, …", or a clause that ends
    /// with the verb ("… và đồng thời kết luận; …").
    static func opensSpeech(_ words: [ProseWord]) -> Bool {
        // "Đồng chí Bí thư … đồng thời kết luận; …": the conclusion follows the clause that says so.
        if words.count > 2, WordPhrase("ket luan").matches(words, at: words.count - 2) { return true }
        let limit = min(words.count, 4)
        for index in 0..<limit where words[index].key == "ket" && index + 1 < words.count && words[index + 1].key == "luan" {
            return index == 0 || words[index - 1].key == "bieu"
        }
        return WordPhrase("phat bieu chi dao").matches(words, at: 0)
    }

    /// "Theo kế hoạch, xã … sẽ tổ chức …": a write-up of a plan's deployment tells what the plan
    /// holds; the sentences after it, commitments ("… sẽ …") included, are the plan's work. Only the
    /// bare phrase, up to two words before its comma ("Theo kế hoạch đề ra, …"): a plan cited with
    /// its number is the basis of an action being told.
    static func opensPlanAccount(_ words: [ProseWord], text: ProseText) -> Bool {
        guard WordPhrase("theo ke hoach").matches(words, at: 0) else { return false }
        for index in 3..<min(words.count, 6) {
            if words[index - 1].key.first?.isNumber == true { return false }
            let gap = text.bytes[words[index - 1].original.upperBound..<words[index].original.lowerBound]
            if gap.contains(UInt8(ascii: ",")) { return true }
            if !gap.allSatisfy({ $0 == 0x20 }) { return false }
        }
        return false
    }

    /// A body, not a person, that gives work with "giao" ("UBND TPHCM giao Chủ tịch UBND phường …",
    /// "UBND huyện giao các xã …"): the issuer of a notice or a decision handing out its items.
    static func assignsAsABody(_ reading: Reading) -> Bool {
        guard let cue = reading.cue, cue == reading.speechVerb, !reading.spokenByPerson else { return false }
        return reading.words.starts(with: ["giao cho", "giao"], at: cue) != nil
    }

    /// Connectors that carry on the sentence before ("Bên cạnh đó, …", "Ngoài ra, …"): a paragraph
    /// that opens with one continues the directive part a photo caption interrupted.
    static let continuations: [WordPhrase] = [
        "ben canh do", "ngoai ra", "dong thoi", "them vao do", "mat khac", "tiep theo", "tiep do", "ngoai ra con",
    ]

    static func continuesBefore(_ words: [ProseWord]) -> Bool {
        words.starts(with: continuations, at: 0) != nil
    }

    /// The labels of a plan's stages: "Đợt 1 …", "Giai đoạn 2 …", "Bước 3 …", "Đợt cao điểm …".
    static let planStages: [WordPhrase] = ["dot", "giai doan", "buoc", "dot cao diem"]

    /// A paragraph that goes on telling the plan of a plan account ("Theo kế hoạch, …"): one that
    /// opens with a stage of the plan ("Đợt 1 tổ chức ra quân từ ngày …"), whose first sentence
    /// says what the plan will do ("Sau 45 ngày ra quân sẽ tổ chức họp đánh giá …"), or which opens
    /// with a measure and no subject ("Phối hợp chặt chẽ với …").
    static func carriesPlanOn(_ text: ProseText, _ line: Range<Int>) -> Bool {
        let words = text.words(in: line)
        if let stage = words.starts(with: planStages, at: 0), stage.count < words.count,
           words[stage.count].key.first?.isNumber == true || stage == "dot cao diem" || ["i", "ii", "iii", "iv", "v"].contains(words[stage.count].key) {
            return true
        }
        guard let first = ProseSegmenter.sentences(of: text, in: line).first else { return false }
        let reading = read(text, first)
        // "Phối hợp chặt chẽ với UB MTTQ …": a measure with no subject goes on with the plan's doer.
        let measure = reading.head == 0 && words.starts(with: directiveVerbs, at: 0) != nil && words.starts(with: speechVerbs, at: 0) == nil
        return (reading.isCommitment || measure) && !reading.isReport && reading.cue == nil
    }

    /// A photo caption written as a sentence, between the paragraphs of an account: one short
    /// sentence that tells who spoke or attended ("Chủ tịch UBND phường … phát biểu khai mạc tại lễ
    /// ra quân.", "Các đại biểu dự lễ ra quân.") and asks nothing.
    static func tellsTheEvent(_ text: ProseText, _ line: Range<Int>) -> Bool {
        let sentences = ProseSegmenter.sentences(of: text, in: line)
        guard sentences.count == 1, text.words(in: line).count <= 24 else { return false }
        let reading = read(text, line)
        return reading.cue == nil && !reading.hasModal && !reading.isCommitment
            && (reading.isPraise || reading.isAttendance || reportsOpinions(reading.words, from: 0))
    }

    /// Verbs that hand work on: "phân công", "giao", "chỉ đạo".
    static let assignments: [WordPhrase] = ["phan cong", "giao cho", "giao", "chi dao"]

    /// "Bên cạnh đó UBND phường đã phân công cụ thể cán bộ … đến từng hộ …": in a plan's write-up,
    /// work a body has assigned is still to be carried out. True when the first "đã" (within
    /// sixteen words of `start`) stands right before a verb of assigning with an addressee after it.
    static func toldAssignment(_ words: [ProseWord], from start: Int, text: ProseText) -> Bool {
        guard let told = (start..<min(words.count, start + 16)).first(where: { isSpelled(words[$0], "đã", text) }),
              let verb = words.starts(with: assignments, at: told + 1) else { return false }
        let next = told + 1 + verb.count
        return next + 2 < words.count && (verb != "giao" || isSpelled(words[told + 1], "giao", text))
            && words.starts(with: directiveVerbs, at: next) == nil
    }

    /// Visits and checks whose outcome a sentence reports: "Qua làm việc, …", "Qua kiểm tra thực tế, …".
    static let visits: [WordPhrase] = ["lam viec", "kiem tra", "khao sat", "giam sat", "xac minh", "ra soat"]

    /// "Qua làm việc, thống nhất …", "Qua kiểm tra thực tế, …": the outcome of a visit or a check
    /// the sentence before told ("Ngày 03/12, UBND xã phối hợp … tiến hành kiểm tra …"), which is
    /// an account of what was done, not work to do. The comma must come within five words.
    static func reportsVisitOutcome(_ words: [ProseWord], text: ProseText) -> Bool {
        guard words.count > 2, words[0].key == "qua", words.starts(with: visits, at: 1) != nil else { return false }
        return (1..<min(words.count - 1, 6)).contains { index in
            text.bytes[words[index].original.upperBound..<words[index + 1].original.lowerBound].contains(UInt8(ascii: ","))
        }
    }

    // MARK: - Helpers

    static func isSpelled(_ word: ProseWord, _ spelling: String, _ text: ProseText) -> Bool {
        text.isSpelled(word.original, spelling)
    }
}
