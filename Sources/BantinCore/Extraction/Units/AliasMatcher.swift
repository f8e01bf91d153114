import Foundation

/// One way of writing a name, prepared for matching: "Ban CHQS" → key "ban chqs".
struct AliasPattern: Sendable {
    /// Index of the thing named (a unit or a topic rule) in the matcher's owner.
    var target: Int
    var text: String
    /// For each letter of `text`: whether the text must have a capital there. Set for the letters
    /// of short acronyms ("BCH", "CA", "TYT"), which fold onto ordinary words or syllables ("ca",
    /// "du"); longer acronyms ("UBND", "MTTQ") cannot be Vietnamese words and match in any case.
    var capitals: [Bool]?
    /// For aliases with a word that folds onto an ordinary word ("ấp" and "áp", "bản" and "ban",
    /// "khóm", "buôn", "sóc", "chi ủy" and "đồng chí Ủy viên"): the spelling the text must have,
    /// tone placement aside ("chi uỷ" is "chi ủy").
    var spelling: [String]?

    /// Words that must be spelled with their diacritics to name a body.
    static let ambiguousWords: Set<String> = ["ấp", "bản", "khóm", "buôn", "sóc", "làng", "chi"]

    init(target: Int, text: String) {
        self.target = target
        self.text = text
        let lowered = text.precomposedStringWithCanonicalMapping.lowercased()
        if lowered.split(whereSeparator: { !$0.isLetter }).contains(where: { Self.ambiguousWords.contains(String($0)) }) {
            spelling = Self.spellingKeys(lowered)
        }
        var capitals: [Bool] = []
        var needsCase = false
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            let isAcronym = word.count >= 2 && word.count <= 3 && word.allSatisfy(\.isUppercase)
            needsCase = needsCase || isAcronym
            capitals.append(contentsOf: repeatElement(isAcronym, count: word.count))
        }
        self.capitals = needsCase ? capitals : nil
    }

    /// Whether `original` (the matched source text) is spelled as the alias, diacritics included.
    func acceptsSpelling(of original: Substring) -> Bool {
        guard let spelling else { return true }
        return Self.spellingKeys(String(original).lowercased()) == spelling
    }

    /// Each word as its letters with their vowel marks but without tone, followed by its tone:
    /// "uỷ" and "ủy" give the same key, "chi" and "chí", "ấp" and "áp" different ones.
    static func spellingKeys(_ text: String) -> [String] {
        let tones: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]
        return text.split(whereSeparator: { !$0.isLetter }).map { word in
            var base = ""
            var tone = ""
            for scalar in String(word).decomposedStringWithCanonicalMapping.unicodeScalars {
                if tones.contains(scalar.value) { tone.unicodeScalars.append(scalar) } else { base.unicodeScalars.append(scalar) }
            }
            return base.precomposedStringWithCanonicalMapping + "|" + tone
        }
    }

    /// Whether `original` (the matched source text) has capitals where the acronym needs them.
    func acceptsCase(of original: Substring) -> Bool {
        guard let capitals else { return true }
        let letters = original.filter(\.isLetter)
        guard letters.count == capitals.count else { return false }
        return zip(letters, capitals).allSatisfy { letter, mustBeCapital in !mustBeCapital || letter.isUppercase }
    }
}

/// A match of a pattern in a text.
struct AliasMatch: Sendable {
    var pattern: Int
    var target: Int
    /// Range in the folded bytes.
    var folded: Range<Int>
    /// UTF-8 range in the original text.
    var original: Range<Int>
}

/// Finds names in folded text, leftmost and longest first, at word boundaries.
///
/// The patterns are kept in a byte trie built once, so a paragraph is scanned in one pass: at each
/// word start the trie is walked as far as the text allows, and the longest pattern ending at a
/// word boundary (and passing its case check) wins. Spaces around "-", "&", "," and "/" are ignored
/// on both sides, so "HĐND - UBND", "HĐND-UBND" and "Văn hóa – Xã hội" meet.
struct AliasMatcher: Sendable {
    private struct Node: Sendable {
        var bytes: [UInt8] = []
        var children: [Int32] = []
        var patterns: [Int32] = []
    }

    let patterns: [AliasPattern]
    private var nodes: [Node] = [Node()]
    /// The trie flattened for the hot loop: node `n`'s edges are `edgeBytes[edgeStart[n]..<edgeStart[n + 1]]`.
    private var edgeStart: [Int32] = []
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [Int32] = []
    private var hasPatterns: [Bool] = []

    init(_ patterns: [AliasPattern]) {
        self.patterns = patterns
        for (index, pattern) in patterns.enumerated() {
            let key = Self.key(pattern.text)
            guard !key.isEmpty else { continue }
            var node = 0
            for byte in key {
                if let position = nodes[node].bytes.firstIndex(of: byte) {
                    node = Int(nodes[node].children[position])
                } else {
                    nodes.append(Node())
                    nodes[node].bytes.append(byte)
                    nodes[node].children.append(Int32(nodes.count - 1))
                    node = nodes.count - 1
                }
            }
            nodes[node].patterns.append(Int32(index))
        }
        for node in nodes {
            edgeStart.append(Int32(edgeBytes.count))
            edgeBytes += node.bytes
            edgeTargets += node.children
            hasPatterns.append(!node.patterns.isEmpty)
        }
        edgeStart.append(Int32(edgeBytes.count))
    }

    @inline(__always) private func child(of node: Int, byte: UInt8) -> Int? {
        var edge = Int(edgeStart[node])
        let end = Int(edgeStart[node + 1])
        while edge < end {
            if edgeBytes[edge] == byte { return Int(edgeTargets[edge]) }
            edge += 1
        }
        return nil
    }

    /// The folded key of a pattern, with the spaces around joining punctuation removed.
    static func key(_ text: String) -> [UInt8] {
        let bytes = FoldedText(text).bytes
        var key: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            if byte == 0x20 {
                let before = key.last
                let after = index + 1 < bytes.count ? bytes[index + 1] : nil
                if key.isEmpty || after == nil || isJoiner(before) || isJoiner(after) { continue }
            }
            key.append(byte)
        }
        return key
    }

    static func isJoiner(_ byte: UInt8?) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "/")
    }

    /// Letters, digits and anything non-ASCII (a letter the folding kept) belong to words.
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// All matches in `folded`, left to right, never overlapping. `utf8` is the original text's
    /// bytes, needed only for the case check of acronyms.
    func matches(in folded: FoldedText, utf8: [UInt8]) -> [AliasMatch] {
        let bytes = folded.bytes
        var result: [AliasMatch] = []
        var position = 0
        while position < bytes.count {
            let startsWord = Self.isWordByte(bytes[position]) && (position == 0 || !Self.isWordByte(bytes[position - 1]))
            if startsWord, let match = longestMatch(at: position, in: folded, utf8: utf8) {
                result.append(match)
                position = match.folded.upperBound
            } else {
                position += 1
            }
        }
        return result
    }

    /// The longest acceptable match starting at `start`.
    func longestMatch(at start: Int, in folded: FoldedText, utf8: [UInt8]) -> AliasMatch? {
        let bytes = folded.bytes
        // Candidate ends, longest last: (node, end position in bytes).
        var candidates: [(node: Int, end: Int)] = []
        var node = 0
        var position = start
        while position < bytes.count {
            var byte = bytes[position]
            if byte == 0x20, Self.isJoiner(bytes[position - 1]) || (position + 1 < bytes.count && Self.isJoiner(bytes[position + 1])) {
                position += 1
                continue
            }
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            guard let next = child(of: node, byte: byte) else { break }
            node = next
            position += 1
            if hasPatterns[node], position == bytes.count || !Self.isWordByte(bytes[position]) {
                candidates.append((node, position))
            }
        }
        for candidate in candidates.reversed() {
            let original = folded.originalRange(start..<candidate.end)
            for patternIndex in nodes[candidate.node].patterns {
                let pattern = patterns[Int(patternIndex)]
                if pattern.capitals != nil || pattern.spelling != nil {
                    let text = String(decoding: utf8[original], as: UTF8.self)
                    guard pattern.acceptsCase(of: text[...]), pattern.acceptsSpelling(of: text[...]) else { continue }
                }
                return AliasMatch(pattern: Int(patternIndex), target: pattern.target,
                                  folded: start..<candidate.end, original: original)
            }
        }
        return nil
    }
}
