/// Groups quotes from different documents that render the same statement.
///
/// Candidates come from an inverted index of content words (so the work stays near linear);
/// a pair links when the speakers agree (or one is unknown) and the wording is close:
/// same words, one a contiguous part of the other, or word similarity of at least 0.5.
public enum QuoteGrouper {
    /// Posting lists longer than this are too common to suggest a pair.
    static let maxPosting = 200
    /// How many postings a text may walk beyond its two rarest words.
    static let probeBudget = 256

    /// The groups of `quotes` whose texts are `texts` (same order), in order of first member.
    public static func group(_ quotes: [Quote], texts: [String]) -> [QuoteGroup] {
        guard quotes.count == texts.count else { return [] }
        return group(quotes, count: texts.count, text: { texts[$0] }) { i in
            var t = texts[i]
            return t.withUTF8 { WordHasher.hashes($0) }
        }
    }

    /// The groups of `quotes`, reading their words from `documents`, in order of first member.
    public static func group(_ quotes: [Quote], documents: [Document]) -> [QuoteGroup] {
        group(quotes, count: quotes.count, text: { documents[quotes[$0].document].text(quotes[$0].span) }) { i in
            let q = quotes[i]
            return documents[q.document].bytes.withUnsafeBufferPointer { b in
                let lo = max(0, min(q.span.start, b.count)), hi = max(lo, min(q.span.end, b.count))
                return WordHasher.hashes(UnsafeBufferPointer(rebasing: b[lo..<hi]))
            }
        }
    }

    static func group(
        _ quotes: [Quote], count: Int, text: (Int) -> String, words: (Int) -> (all: [Int], indexable: [Bool])
    ) -> [QuoteGroup] {
        guard quotes.count == count, count > 1 else { return [] }
        let functionWords = WordHasher.functionWordHashes
        var fullIDs: [[Int]] = []
        var content: [[Int]] = []
        fullIDs.reserveCapacity(count)
        content.reserveCapacity(count)
        for i in 0..<count {
            let w = words(i)
            fullIDs.append(w.all)
            var seen = Set<Int>()
            var row: [Int] = []
            for (k, h) in w.all.enumerated() where w.indexable[k] && !functionWords.contains(h) && seen.insert(h).inserted { row.append(h) }
            content.append(row)
        }
        // Words as dense ids, postings as arrays.
        var ids: [Int: Int] = [:]
        var wordIDs: [[Int]] = []
        wordIDs.reserveCapacity(count)
        for ws in content {
            var row: [Int] = []
            row.reserveCapacity(ws.count)
            for w in ws {
                if let id = ids[w] { row.append(id) } else { ids[w] = ids.count; row.append(ids.count - 1) }
            }
            wordIDs.append(row)
        }
        var postings = [[Int]](repeating: [], count: ids.count)
        var prepared: [Int: QuoteComparison.Prepared] = [:]
        func prep(_ i: Int) -> QuoteComparison.Prepared {
            if let p = prepared[i] { return p }
            let p = QuoteComparison.Prepared(text(i))
            prepared[i] = p
            return p
        }
        for (i, row) in wordIDs.enumerated() { for w in row { postings[w].append(i) } }
        var parent = Array(quotes.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var links: [QuotePairComparison] = []
        // Prefix filtering: a pair sharing at least half of the smaller text's words shares one of
        // that text's rarest ⌊n/2⌋+1 words, so each text probes with those words only, looking
        // for texts at least as long. (At most its six rarest words: long renderings of one
        // statement share far more than that.)
        let df = postings.map(\.count)
        // Each text's words by rarity are sorted when it probes (not kept for every text).
        func rarest(_ i: Int) -> [Int] { wordIDs[i].sorted { df[$0] != df[$1] ? df[$0] < df[$1] : $0 < $1 } }
        var speakerNames: [String: Int] = [:]
        let speakerID: [Int] = quotes.map { q in
            guard let s = q.speaker else { return -1 }
            if let id = speakerNames[s] { return id }
            speakerNames[s] = speakerNames.count
            return speakerNames.count - 1
        }
        var seen = [Bool](repeating: false, count: quotes.count)
        var hits = [Int](repeating: 0, count: quotes.count)
        var mark = [Bool](repeating: false, count: ids.count)
        var touched: [Int] = []
        // Exact repeats (wire copy in several outlets) link to their first occurrence and are
        // not compared again.
        var firstOfText: [[Int]: Int] = [:]
        var isRepeat = [Bool](repeating: false, count: quotes.count)
        for i in quotes.indices where !wordIDs[i].isEmpty {
            let t = fullIDs[i]
            if let f = firstOfText[t] {
                guard quotes[f].document != quotes[i].document else { continue }
                if let a = quotes[f].speaker, let b = quotes[i].speaker, a != b { continue }
                let pf = prep(f), pi = prep(i)
                let verdict: QuoteVerdict = pf.text == pi.text ? .identical : .minor
                isRepeat[i] = true
                links.append(QuotePairComparison(a: f, b: i, verdict: verdict, similarity: 1,
                                                 diff: WordDiff.segments(old: pf.words, new: pi.words, oldKeys: pf.keys, newKeys: pi.keys)))
                let ri = find(f), rj = find(i)
                if ri != rj { parent[max(ri, rj)] = min(ri, rj) }
            } else {
                firstOfText[t] = i
            }
        }
        // What the posting walk reads of each candidate, packed in one small array (a `Quote` is
        // 128 bytes and a row's count sits behind a pointer: both missed the cache per posting).
        struct Probe { var document: Int32; var size: Int32; var speaker: Int32; var skip: Bool }
        let probe: [Probe] = quotes.indices.map { j in
            Probe(document: Int32(truncatingIfNeeded: quotes[j].document), size: Int32(truncatingIfNeeded: wordIDs[j].count),
                  speaker: Int32(truncatingIfNeeded: speakerID[j]), skip: isRepeat[j])
        }
        // Each walkable posting list also as (size << 32 | quote) keys in ascending order: a text
        // only pairs with texts at least as long, so its walk starts at the first of those (the
        // pairs found, and their order after sorting, are the same as walking the whole list).
        let bySize: [[UInt64]] = postings.map { list in
            guard list.count <= maxPosting else { return [] }
            return list.map { UInt64(UInt32(truncatingIfNeeded: wordIDs[$0].count)) << 32 | UInt64(UInt32(truncatingIfNeeded: $0)) }.sorted()
        }
        for i in quotes.indices where !wordIDs[i].isEmpty && !isRepeat[i] {
            let size = wordIDs[i].count
            let prefix = min(6, size - (size + 1) / 2 + 1)
            touched.removeAll(keepingCapacity: true)
            var budget = probeBudget
            let si = speakerID[i]
            for (k, w) in rarest(i).prefix(prefix).enumerated() {
                // Posting lengths from the dense `df` (not each list's header: a cache miss).
                let listCount = df[w]
                guard listCount <= maxPosting, k < 2 || budget > 0 else { break }
                budget -= listCount
                let di = Int32(truncatingIfNeeded: quotes[i].document), si32 = Int32(truncatingIfNeeded: si)
                let size32 = Int32(truncatingIfNeeded: size)
                let keys = bySize[w]
                var lo = 0, hi = keys.count
                let from = UInt64(UInt32(truncatingIfNeeded: size)) << 32
                while lo < hi { let m = (lo + hi) / 2; if keys[m] < from { lo = m + 1 } else { hi = m } }
                for key in keys[lo...] {
                    let j = Int(key & 0xFFFF_FFFF)
                    let pj = probe[j]
                    guard j != i, !pj.skip, pj.document != di else { continue }
                    if si32 >= 0, pj.speaker >= 0, si32 != pj.speaker { continue }
                    let sj = pj.size
                    guard sj > size32 || (sj == size32 && j > i) else { continue }
                    if hits[j] == 0 { touched.append(j) }
                    hits[j] += 1
                }
            }
            // With three or more probe words, a real rendering shares at least two of them.
            let needed = prefix >= 3 ? 2 : 1
            touched.removeAll { j in
                let keep = hits[j] >= needed
                hits[j] = 0
                return !keep
            }
            for j in touched { seen[j] = true }
            for w in wordIDs[i] { mark[w] = true }
            var shared: [(Int, Int)] = []
            for j in touched {
                seen[j] = false
                var n = 0
                for w in wordIDs[j] where mark[w] { n += 1 }
                shared.append((j, n))
            }
            for w in wordIDs[i] { mark[w] = false }
            shared.sort { $0.0 < $1.0 }
            for (j, n) in shared {
                let smaller = min(content[i].count, content[j].count), larger = max(content[i].count, content[j].count)
                guard n >= 2 || (smaller == 1 && n == 1), Double(n) >= 0.5 * Double(smaller) else { continue }
                // Rewordings share most content words; a text sharing only part of a much longer one
                // can only be a truncation, which shares all of its words.
                guard n == smaller || Double(n) >= 0.5 * Double(larger) else { continue }
                if let si = quotes[i].speaker, let sj = quotes[j].speaker, si != sj { continue }
                // Similarity can reach 0.5 only if the lengths are within a factor of three,
                // unless one text may be a part of the other (all its words shared).
                let la = fullIDs[i].count, lb = fullIDs[j].count
                if max(la, lb) > 3 * min(la, lb), n < smaller { continue }
                let (x, y) = i < j ? (i, j) : (j, i)
                // Already in one group: the pair adds nothing (pairs form a spanning tree).
                if find(x) == find(y) { continue }
                // Short fragments only link when they are the same words.
                if smaller <= 2, Set(content[x]) != Set(content[y]) { continue }
                // The common subsequence is at most the shared multiset of words: skip pairs that
                // cannot reach 0.5 unless one may be a truncation of the other.
                let common = multisetOverlap(fullIDs[x], fullIDs[y])
                if 2 * common < (la + lb) / 2, common < min(la, lb) { continue }
                let px = prep(x), py = prep(y)
                let (verdict, similarity) = QuoteComparison.assess(fullIDs[x], fullIDs[y], identical: px.text == py.text) { functionWords.contains($0) }
                guard verdict != .different else { continue }
                // Short fragments only link when they are the same words.
                if smaller <= 2, verdict != .identical, verdict != .minor { continue }
                let diff = WordDiff.segments(old: px.words, new: py.words, oldKeys: px.keys, newKeys: py.keys)
                links.append(QuotePairComparison(a: x, b: y, verdict: verdict, similarity: similarity, diff: diff))
                let ri = find(x), rj = find(y)
                if ri != rj { parent[max(ri, rj)] = min(ri, rj) }
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
            groups.append(QuoteGroup(id: "g\(groups.count + 1)", speaker: speaker, members: m, pairs: pairs))
        }
        return groups
    }

    /// How many words two texts share, counting repeats (an upper bound on their common subsequence).
    static func multisetOverlap(_ a: [Int], _ b: [Int]) -> Int {
        var counts: [Int: Int] = [:]
        counts.reserveCapacity(a.count)
        for w in a { counts[w, default: 0] += 1 }
        var n = 0
        for w in b { if let c = counts[w], c > 0 { counts[w] = c - 1; n += 1 } }
        return n
    }
}
