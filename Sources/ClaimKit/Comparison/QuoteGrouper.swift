/// Groups quotes from different documents that render the same statement.
///
/// Candidates come from an inverted index of content words (so the work stays near linear);
/// a pair links when the speakers agree (or one is unknown) and the wording is close:
/// same words, one a contiguous part of the other, or word similarity of at least 0.5.
/// Hashing the words and probing the index run on every core; linking the pairs runs in quote
/// order on one, so the groups do not depend on the number of cores. Pairs carry a verdict and
/// a similarity; their word diffs are made when they are shown (`QuoteComparison.diff`).
public enum QuoteGrouper {
    /// Posting lists longer than this are too common to suggest a pair.
    static let maxPosting = 200
    /// How many postings a text may walk beyond its two rarest words.
    static let probeBudget = 256

    /// The groups of `quotes`, reading their words from `documents`, in order of first member.
    public static func group(_ quotes: [Quote], documents: [Document]) -> [QuoteGroup] {
        group(quotes, documents: documents, texts: Texts(quotes.map { QuotePlace(document: $0.document, span: $0.span) }, documents: documents))
    }

    /// What grouping needs of the quotes' texts alone (not their speakers): their words and
    /// the index of them. An analysis builds it while the speakers are being resolved.
    struct Texts: Sendable {
        let words: QuoteWords
        let index: WordIndex

        /// Hashes and indexes the words at `places`, in quote order.
        init(_ places: [QuotePlace], documents: [Document]) {
            words = QuoteWords(places, documents: documents)
            index = WordIndex(words)
        }
    }

    /// `group` with the quotes' words already indexed (`texts` must come from these quotes'
    /// places, in order).
    static func group(_ quotes: [Quote], documents: [Document], texts: Texts) -> [QuoteGroup] {
        let count = quotes.count
        guard count > 1, texts.words.count == count else { return [] }
        let words = texts.words
        let index = texts.index
        // Exact repeats (wire copy in several outlets) link to their first occurrence and are
        // not compared again.
        var parent = Array(quotes.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ x: Int, _ y: Int) {
            let ri = find(x), rj = find(y)
            if ri != rj { parent[max(ri, rj)] = min(ri, rj) }
        }
        var links: [QuotePairComparison] = []
        var isRepeat = [Bool](repeating: false, count: count)
        var firstOfText: [Int: Int] = [:]
        var firstOfRareText: [ArraySlice<Int>: Int] = [:]
        for i in quotes.indices where !index.ids(i).isEmpty {
            let t = words.all(i)
            let key = sequenceHash(t)
            let f: Int
            if let seen = firstOfText[key] {
                // Two different texts with one 64-bit hash: kept apart by their words.
                if words.all(seen) == t {
                    f = seen
                } else if let g = firstOfRareText[t] {
                    f = g
                } else {
                    firstOfRareText[t] = i
                    continue
                }
            } else {
                firstOfText[key] = i
                continue
            }
            guard quotes[f].document != quotes[i].document else { continue }
            if let a = quotes[f].speaker, let b = quotes[i].speaker, a != b { continue }
            isRepeat[i] = true
            let verdict: QuoteVerdict = sameText(quotes[f], quotes[i], documents) ? .identical : .minor
            links.append(QuotePairComparison(a: f, b: i, verdict: verdict, similarity: 1, diff: []))
            union(f, i)
        }
        // Every other text probes the index for candidates on all cores; the pairs are then
        // linked in quote order (a pair already in one group adds nothing: pairs form a
        // spanning tree).
        let speakerID = speakerIDs(quotes)
        let repeats = isRepeat
        let probe = Probe.table(quotes, index: index, speakerID: speakerID, isRepeat: isRepeat)
        let found = Parallel.mapRanges(count, pieces: Parallel.pieces(count, minimum: 512)) { range in
            var walk = Walk(count: count, words: index.wordCount)
            var out: [Candidate] = []
            for i in range where !index.ids(i).isEmpty && !repeats[i] {
                for (j, n) in walk.shared(i, index: index, probe: probe) {
                    guard let c = assess(i, j, shared: n, quotes: quotes, documents: documents, words: words, index: index)
                    else { continue }
                    out.append(c)
                }
            }
            return out
        }
        for piece in found {
            for c in piece {
                let x = Int(c.a), y = Int(c.b)
                if find(x) == find(y) { continue }
                links.append(QuotePairComparison(a: x, b: y, verdict: c.verdict, similarity: c.similarity, diff: []))
                union(x, y)
            }
        }
        var members: [Int: [Int]] = [:]
        for l in links { members[find(l.a), default: []] += [l.a, l.b] }
        var pairsOf: [Int: [QuotePairComparison]] = [:]
        for l in links { pairsOf[find(l.a), default: []].append(l) }
        var groups: [QuoteGroup] = []
        for root in members.keys.sorted() {
            let m = Array(Set(members[root] ?? [])).sorted()
            var counts: [String: Int] = [:]
            for q in m { if let s = quotes[q].speaker { counts[s, default: 0] += 1 } }
            let speaker = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            let pairs = (pairsOf[root] ?? []).sorted { ($0.a, $0.b) < ($1.a, $1.b) }
            groups.append(QuoteGroup(id: ShortID.make("g", groups.count + 1), speaker: speaker, members: m, pairs: pairs))
        }
        return groups
    }

    /// A pair that passed every test that does not depend on the groups formed so far.
    struct Candidate: Sendable {
        var a: Int32
        var b: Int32
        var verdict: QuoteVerdict
        var similarity: Double
    }

    /// The verdict on quotes `i` and `j` sharing `n` content words, or nil when they are not
    /// renderings of one statement.
    static func assess(
        _ i: Int, _ j: Int, shared n: Int, quotes: [Quote], documents: [Document], words: QuoteWords, index: WordIndex
    ) -> Candidate? {
        let ni = index.ids(i).count, nj = index.ids(j).count
        let smaller = min(ni, nj), larger = max(ni, nj)
        guard n >= 2 || (smaller == 1 && n == 1), Double(n) >= 0.5 * Double(smaller) else { return nil }
        // Rewordings share most content words; a text sharing only part of a much longer one
        // can only be a truncation, which shares all of its words.
        guard n == smaller || Double(n) >= 0.5 * Double(larger) else { return nil }
        if let si = quotes[i].speaker, let sj = quotes[j].speaker, si != sj { return nil }
        // Similarity can reach 0.5 only if the lengths are within a factor of three,
        // unless one text may be a part of the other (all its words shared).
        let wi = words.all(i), wj = words.all(j)
        let la = wi.count, lb = wj.count
        if max(la, lb) > 3 * min(la, lb), n < smaller { return nil }
        let (x, y) = i < j ? (i, j) : (j, i)
        // Short fragments only link when they are the same words.
        if smaller <= 2, Set(index.ids(x)) != Set(index.ids(y)) { return nil }
        // The common subsequence is at most the shared multiset of words: skip pairs that
        // cannot reach 0.5 unless one may be a truncation of the other.
        let wx = words.all(x), wy = words.all(y)
        let common = multisetOverlap(wx, wy)
        if 2 * common < (la + lb) / 2, common < min(la, lb) { return nil }
        let identical = sameText(quotes[x], quotes[y], documents)
        let (verdict, similarity) = QuoteComparison.assess(Array(wx), Array(wy), identical: identical) {
            WordHasher.functionWordHashes.contains($0)
        }
        guard verdict != .different else { return nil }
        if smaller <= 2, verdict != .identical, verdict != .minor { return nil }
        return Candidate(a: Int32(truncatingIfNeeded: x), b: Int32(truncatingIfNeeded: y), verdict: verdict, similarity: similarity)
    }

    /// Whether two quotes read the same, white space at their edges aside.
    static func sameText(_ a: Quote, _ b: Quote, _ documents: [Document]) -> Bool {
        let da = documents[a.document].bytes, db = documents[b.document].bytes
        func slice(_ bytes: [UInt8], _ s: ByteSpan) -> ArraySlice<UInt8> {
            let lo = max(0, min(s.start, bytes.count)), hi = max(lo, min(s.end, bytes.count))
            return bytes[lo..<hi]
        }
        if slice(da, a.span).elementsEqual(slice(db, b.span)) { return true }
        // Rarely the same: edge white space, or canonically equivalent Unicode.
        return documents[a.document].text(a.span).trimmingSpaces == documents[b.document].text(b.span).trimmingSpaces
    }

    /// One number per distinct speaker name, -1 for none.
    static func speakerIDs(_ quotes: [Quote]) -> [Int] {
        var names: [String: Int] = [:]
        return quotes.map { q in
            guard let s = q.speaker else { return -1 }
            if let id = names[s] { return id }
            names[s] = names.count
            return names.count - 1
        }
    }

    /// A hash of a whole word sequence.
    static func sequenceHash(_ words: ArraySlice<Int>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(words.count)
        for w in words { h = (h ^ UInt64(bitPattern: Int64(w))) &* 0x100_0000_01b3; h ^= h >> 29 }
        return Int(truncatingIfNeeded: h)
    }

    /// How many words two texts share, counting repeats (an upper bound on their common subsequence).
    static func multisetOverlap(_ a: ArraySlice<Int>, _ b: ArraySlice<Int>) -> Int {
        let x = a.sorted(), y = b.sorted()
        var i = 0, j = 0, n = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] { n += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return n
    }
}
