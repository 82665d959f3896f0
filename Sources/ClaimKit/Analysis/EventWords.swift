/// The words that identify an event in a claim: hashed content words and hashed names, each a
/// sorted array so two claims compare by a linear merge.
enum EventWords {
    /// Function words and reporting verbs that say nothing about which event it is.
    static let stop = WordSet([
        "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "has", "have", "had", "been",
        "will", "would", "could", "should", "may", "might", "its", "his", "her", "their", "they", "them", "him",
        "she", "who", "which", "what", "when", "where", "said", "says", "say", "told", "also", "after", "before",
        "into", "over", "about", "than", "but", "not", "all", "any", "some", "one", "two", "three", "on", "in",
        "at", "by", "of", "to", "an", "as", "it", "is", "be", "or", "if", "more", "most", "other", "such", "there",
        "these", "those", "then", "while", "during", "since", "until", "last", "next", "year", "years", "month",
        "months", "week", "weeks", "day", "days", "today", "yesterday", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "according", "reported", "added", "earlier",
        "later", "now", "new", "first", "just", "because", "being", "very", "can", "did", "does", "our", "out",
        "under", "between", "against", "through", "amid", "including",
    ])

    /// (content words, names) of a span: words of 3+ letters not in `stop` (a plural `s`
    /// dropped), and capitalised words not opening the sentence.
    static func words(_ b: [UInt8], _ span: ByteSpan) -> ([UInt64], [UInt64]) {
        var words: [UInt64] = [], names: [UInt64] = []
        var i = max(0, span.start)
        let end = min(b.count, span.end)
        var first = true
        while i < end {
            guard Bytes.isAlpha(b[i]) else { i += 1; continue }
            let s = i
            while i < end, Bytes.isAlpha(b[i]) || b[i] == 45 { i += 1 }
            var e = i
            let isName = Bytes.isUpper(b[s]) && !first
            first = false
            if e - s < 3 { continue }
            if e - s > 4, b[e - 1] | 0x20 == 115, b[e - 2] | 0x20 != 115 { e -= 1 }
            let h = WordSet.hash(b, s, e)
            if stop.contains(hash: h) { continue }
            words.append(h)
            if isName { names.append(h) }
        }
        return (unique(words), unique(names))
    }

    static func unique(_ a: [UInt64]) -> [UInt64] {
        var s = a.sorted()
        var w = 0
        for r in s.indices where r == 0 || s[r] != s[r - 1] { s[w] = s[r]; w += 1 }
        s.removeLast(s.count - w)
        return s
    }

    /// How many values two sorted unique arrays share.
    static func intersectionCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    /// The union of two sorted unique arrays.
    static func union(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] { unique(a + b) }
}
