/// "Did you mean" suggestions: the nearest candidate by edit distance.
public enum Suggest {
    /// The candidate nearest to `word` (case-insensitive), if it is close enough to be a likely typo
    /// or if `word` is a prefix or part of it.
    public static func nearest(_ word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased().utf8)
        guard !w.isEmpty else { return nil }
        var best: (String, Int)? = nil
        for c in candidates {
            let cl = Array(c.lowercased().utf8)
            var d = distance(w, cl)
            if cl.count > w.count, w.count >= 3 {
                // A typo in a prefix ("cbz" for "CBS News") or a part ("news").
                d = min(d, distance(w, Array(cl.prefix(w.count))) + 1)
                if containsRun(cl, w) { d = min(d, 1) }
                // A typo in one word of a longer name ("blinkn" for "Antony Blinken").
                for part in cl.split(whereSeparator: { $0 == 32 || $0 == 45 }) where part.count >= 3 {
                    d = min(d, distance(w, Array(part)) + 1)
                }
            }
            if let b = best, b.1 <= d { continue }
            best = (c, d)
        }
        guard let (name, d) = best else { return nil }
        let limit = max(1, min(3, w.count / 3 + 1))
        return d <= limit ? name : nil
    }

    /// Levenshtein distance between two byte strings.
    public static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }

    private static func containsRun(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count else { return false }
        for s in 0...(hay.count - needle.count) where hay[s..<(s + needle.count)].elementsEqual(needle) { return true }
        return false
    }
}
