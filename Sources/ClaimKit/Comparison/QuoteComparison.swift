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
        var scalars: [Unicode.Scalar] = []
        for u in word.lowercased().unicodeScalars {
            switch u.value {
            case 0x2018, 0x2019, 0x2032: scalars.append("'")
            case 0x201C, 0x201D: scalars.append("\"")
            case 0x2013, 0x2014: scalars.append("-")
            default: scalars.append(u)
            }
        }
        let isEdge: (Unicode.Scalar) -> Bool = { !(WordChars.alnum(u: $0)) }
        var s = 0, e = scalars.count
        while s < e, isEdge(scalars[s]) { s += 1 }
        while e > s, isEdge(scalars[e - 1]) { e -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[s..<e])
        return String(out)
    }

    /// Compares two texts. `a` and `b` of the result are -1 (free text).
    public static func compare(_ a: String, _ b: String) -> QuotePairComparison {
        compare(a, b, indices: (-1, -1))
    }

    /// Compares two texts and records which quotes they are.
    public static func compare(_ a: String, _ b: String, indices: (Int, Int)) -> QuotePairComparison {
        let wa = displayWords(a), wb = displayWords(b)
        var ka = wa.map(normalize), kb = wb.map(normalize)
        // Punctuation-only words ("—") take part in the diff but not in the keys' comparison.
        for k in ka.indices where ka[k].isEmpty { ka[k] = wa[k] }
        for k in kb.indices where kb[k].isEmpty { kb[k] = wb[k] }
        let diff = WordDiff.segments(old: wa, new: wb, oldKeys: ka, newKeys: kb)
        let ca = ka.filter { isWord($0) }, cb = kb.filter { isWord($0) }
        let common = commonCount(ca, cb)
        let total = ca.count + cb.count
        let similarity = total == 0 ? 1 : Double(2 * common) / Double(total)
        let verdict: QuoteVerdict
        if a.trimmingSpaces == b.trimmingSpaces {
            verdict = .identical
        } else if ca == cb {
            verdict = .minor
        } else if isContiguousPart(ca, of: cb) || isContiguousPart(cb, of: ca) {
            verdict = .truncated
        } else if onlyFunctionWordsDiffer(ca, cb) {
            verdict = .minor
        } else if similarity >= 0.5 {
            verdict = .reworded
        } else {
            verdict = .different
        }
        return QuotePairComparison(a: indices.0, b: indices.1, verdict: verdict, similarity: (similarity * 1000).rounded() / 1000, diff: diff)
    }

    /// The normalised content words of a text (no punctuation-only words).
    public static func keys(_ text: String) -> [String] {
        displayWords(text).map(normalize).filter { isWord($0) }
    }

    static func isWord(_ k: String) -> Bool {
        k.unicodeScalars.contains { WordChars.alnum(u: $0) }
    }

    /// The length of the longest common subsequence, read off `CollectionDifference`.
    static func commonCount(_ a: [String], _ b: [String]) -> Int {
        let d = b.difference(from: a)
        return a.count - d.removals.count
    }

    /// Whether `part` occurs as a contiguous run inside a longer `whole`.
    static func isContiguousPart(_ part: [String], of whole: [String]) -> Bool {
        guard !part.isEmpty, part.count < whole.count else { return false }
        var i = 0
        while i + part.count <= whole.count {
            if whole[i] == part[0], Array(whole[i..<(i + part.count)]) == part { return true }
            i += 1
        }
        return false
    }

    static func onlyFunctionWordsDiffer(_ a: [String], _ b: [String]) -> Bool {
        let d = b.difference(from: a)
        for change in d {
            switch change {
            case let .remove(_, w, _), let .insert(_, w, _):
                if !functionWords.contains(w) { return false }
            }
        }
        return true
    }
}

/// Minimal character classes without Foundation.
enum WordChars {
    /// Letters and digits (ASCII and anything beyond ASCII that is not punctuation we know).
    static func alnum(u: Unicode.Scalar) -> Bool {
        u.properties.isAlphabetic || u.properties.numericType != nil
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
