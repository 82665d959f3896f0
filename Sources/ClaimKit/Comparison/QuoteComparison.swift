/// Compares renderings of a statement: word similarity, a verdict and a word diff.
public enum QuoteComparison {
    /// Words whose presence or absence alone makes a change minor.
    public static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
        "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "it", "its", "as",
        "so", "then", "than", "also", "just", "very", "all", "some", "any", "which", "who", "whom",
        "there", "here", "about", "into", "over", "up", "out", "do", "does", "did", "has", "have", "had",
    ]

    /// The words of a text for display (split on white space).
    public static func displayWords(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).map(String.init)
    }

    /// The comparison key of a word: lower case, curly quotes and apostrophes straightened,
    /// punctuation at either edge removed. Empty for a word of punctuation only.
    public static func normalize(_ word: String) -> String {
        // Fast path: plain lower-case ASCII letters and digits need no change.
        if word.utf8.allSatisfy({ Bytes.isLower($0) || Bytes.isDigit($0) }) { return word }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        var pending = 0
        var lead: UInt8 = 0
        for c in word.utf8 {
            // Map the three-byte punctuation U+2013/2014/2018/2019/201C/201D/2026.
            if pending == 0, c == 0xE2 { pending = 1; lead = c; continue }
            if pending == 1 { if c == 0x80 { pending = 2; continue }; bytes.append(lead); pending = 0 }
            if pending == 2 {
                pending = 0
                switch c {
                case 0x98, 0x99: bytes.append(39); continue
                case 0x9C, 0x9D: bytes.append(34); continue
                case 0x93, 0x94: bytes.append(45); continue
                case 0xA6: bytes.append(46); continue
                default: bytes.append(0xE2); bytes.append(0x80)
                }
            }
            bytes.append(Bytes.lower(c))
        }
        if pending == 1 { bytes.append(lead) } else if pending == 2 { bytes.append(0xE2); bytes.append(0x80) }
        var s = 0, e = bytes.count
        while s < e, !Bytes.isWordByte(bytes[s]) { s += 1 }
        while e > s, !Bytes.isWordByte(bytes[e - 1]) { e -= 1 }
        if s == 0, e == bytes.count { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    /// Compares two texts. `a` and `b` of the result are -1 (free text).
    public static func compare(_ a: String, _ b: String) -> QuotePairComparison {
        compare(a, b, indices: (-1, -1))
    }

    /// A text split and normalised once, for comparing it with many others.
    public struct Prepared: Sendable {
        /// The text, for the identical test.
        public var text: String
        /// The display words.
        public var words: [String]
        /// The comparison key of each display word (punctuation-only words keep their text).
        public var keys: [String]
        /// The keys of the words that hold a letter or digit.
        public var content: [String]

        /// Prepares a text.
        public init(_ text: String) {
            self.text = text.trimmingSpaces
            words = QuoteComparison.displayWords(text)
            var k = words.map(QuoteComparison.normalize)
            for i in k.indices where k[i].isEmpty { k[i] = words[i] }
            keys = k
            content = k.filter { QuoteComparison.isWord($0) }
        }
    }

    /// Compares two texts and records which quotes they are.
    public static func compare(_ a: String, _ b: String, indices: (Int, Int)) -> QuotePairComparison {
        compare(Prepared(a), Prepared(b), indices: indices, withDiff: true)
    }

    /// The word diff from `a` to `b` (display words, compared by their normalised keys).
    public static func diff(_ a: String, _ b: String) -> [WordDiffSegment] {
        let pa = Prepared(a), pb = Prepared(b)
        return WordDiff.segments(old: pa.words, new: pb.words, oldKeys: pa.keys, newKeys: pb.keys)
    }

    /// Compares two prepared texts; the diff is only built when `withDiff` is set.
    public static func compare(_ pa: Prepared, _ pb: Prepared, indices: (Int, Int), withDiff: Bool) -> QuotePairComparison {
        let (verdict, similarity) = assess(pa.content, pb.content, identical: pa.text == pb.text) { functionWords.contains($0) }
        let diff = withDiff ? WordDiff.segments(old: pa.words, new: pb.words, oldKeys: pa.keys, newKeys: pb.keys) : []
        return QuotePairComparison(a: indices.0, b: indices.1, verdict: verdict, similarity: similarity, diff: diff)
    }

    /// The verdict and similarity (rounded to 3 decimals) of two sequences of word keys.
    public static func assess<T: Hashable>(_ ca: [T], _ cb: [T], identical: Bool, isFunctionWord: (T) -> Bool) -> (QuoteVerdict, Double) {
        let d = cb.difference(from: ca)
        let common = ca.count - d.removals.count
        let total = ca.count + cb.count
        let similarity = total == 0 ? 1 : Double(2 * common) / Double(total)
        let verdict: QuoteVerdict
        if identical {
            verdict = .identical
        } else if ca == cb {
            verdict = .minor
        } else if common == min(ca.count, cb.count), isContiguousPart(ca, of: cb) || isContiguousPart(cb, of: ca) {
            verdict = .truncated
        } else if d.allSatisfy({ change in
            switch change { case let .remove(_, w, _), let .insert(_, w, _): return isFunctionWord(w) }
        }) {
            verdict = .minor
        } else if similarity >= 0.5 {
            verdict = .reworded
        } else {
            verdict = .different
        }
        return (verdict, (similarity * 1000).rounded() / 1000)
    }

    /// The normalised content words of a text (no punctuation-only words).
    public static func keys(_ text: String) -> [String] {
        displayWords(text).map(normalize).filter { isWord($0) }
    }

    static func isWord(_ k: String) -> Bool {
        k.utf8.contains { Bytes.isWordByte($0) }
    }

    /// Whether `part` occurs as a contiguous run inside a longer `whole`.
    static func isContiguousPart<T: Equatable>(_ part: [T], of whole: [T]) -> Bool {
        guard !part.isEmpty, part.count < whole.count else { return false }
        var i = 0
        while i + part.count <= whole.count {
            if whole[i] == part[0], whole[i..<(i + part.count)].elementsEqual(part) { return true }
            i += 1
        }
        return false
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
