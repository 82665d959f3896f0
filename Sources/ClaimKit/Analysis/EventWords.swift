/// The words that identify an event in a claim: hashed content words and hashed names, each a
/// sorted array so two claims compare by a linear merge.
enum EventWords {
    /// Function words and reporting verbs that say nothing about which event it is.
    static let stop: StopTable = StopTable([
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
    ].map { hash(Array($0.utf8)[...]) })

    /// A fixed set of word hashes, open-addressed (0 marks an empty slot and is never a member),
    /// so a membership test is a multiply and a probe or two rather than a `Set`'s SipHash.
    struct StopTable {
        var keys: [UInt64]
        let shift: UInt64

        init(_ hashes: [UInt64]) {
            var size = 16, bits: UInt64 = 4
            while size < hashes.count * 4 { size *= 2; bits += 1 }
            keys = [UInt64](repeating: 0, count: size)
            shift = 64 - bits
            for h in hashes where h != 0 {
                var i = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while keys[i] != 0 && keys[i] != h { i = (i + 1) & (size - 1) }
                keys[i] = h
            }
        }

        @inline(__always) func contains(_ h: UInt64) -> Bool {
            var i = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let k = keys[i]
                if k == h { return h != 0 }
                if k == 0 { return false }
                i = (i + 1) & (keys.count - 1)
            }
        }
    }

    /// FNV-1a of lower-cased bytes.
    @inline(__always) static func hash(_ w: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in w { h = (h ^ UInt64(Bytes.lower(c))) &* 0x100_0000_01b3 }
        return h
    }

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
            let h = hash(b[s..<e])
            if stop.contains(h) { continue }
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
