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
        guard quotes.count == texts.count, quotes.count > 1 else { return [] }
        let prepared = texts.map { QuoteComparison.Prepared($0) }
        var content: [[String]] = []
        content.reserveCapacity(prepared.count)
        for k in prepared.map(\.content) {
            var seen = Set<String>()
            content.append(k.filter { $0.count >= 3 && !QuoteComparison.functionWords.contains($0) && seen.insert($0).inserted })
        }
        // Words as integer ids, postings as arrays.
        var ids: [String: Int] = [:]
        var wordIDs: [[Int]] = []
        wordIDs.reserveCapacity(content.count)
        for ws in content {
            var row: [Int] = []
            row.reserveCapacity(ws.count)
            for w in ws {
                if let id = ids[w] { row.append(id) } else { ids[w] = ids.count; row.append(ids.count - 1) }
            }
            wordIDs.append(row)
        }
        var postings = [[Int]](repeating: [], count: ids.count)
        // Every word of every text as an id too, for fast verdicts.
        var allIDs = ids
        var functionIDs = Set<Int>()
        let fullIDs: [[Int]] = prepared.map { p in
            p.content.map { w in
                if let id = allIDs[w] { return id }
                let id = allIDs.count
                allIDs[w] = id
                if QuoteComparison.functionWords.contains(w) { functionIDs.insert(id) }
                return id
            }
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
        let sorted = wordIDs.map { row in row.sorted { postings[$0].count != postings[$1].count ? postings[$0].count < postings[$1].count : $0 < $1 } }
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
        var firstOfText: [String: Int] = [:]
        var isRepeat = [Bool](repeating: false, count: quotes.count)
        for i in quotes.indices where !wordIDs[i].isEmpty {
            let t = prepared[i].text
            if let f = firstOfText[t] {
                guard quotes[f].document != quotes[i].document else { continue }
                if let a = quotes[f].speaker, let b = quotes[i].speaker, a != b { continue }
                isRepeat[i] = true
                links.append(QuotePairComparison(a: f, b: i, verdict: .identical, similarity: 1, diff: [.same(prepared[i].words.joined(separator: " "))]))
                let ri = find(f), rj = find(i)
                if ri != rj { parent[max(ri, rj)] = min(ri, rj) }
            } else {
                firstOfText[t] = i
            }
        }
        for i in quotes.indices where !wordIDs[i].isEmpty && !isRepeat[i] {
            let size = wordIDs[i].count
            let prefix = min(6, size - (size + 1) / 2 + 1)
            touched.removeAll(keepingCapacity: true)
            var budget = probeBudget
            let si = speakerID[i]
            for (k, w) in sorted[i].prefix(prefix).enumerated() {
                let list = postings[w]
                guard list.count <= maxPosting, k < 2 || budget > 0 else { break }
                budget -= list.count
                for j in list where j != i && !isRepeat[j] && quotes[j].document != quotes[i].document {
                    if si >= 0, speakerID[j] >= 0, si != speakerID[j] { continue }
                    let sj = wordIDs[j].count
                    guard sj > size || (sj == size && j > i) else { continue }
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
                let la = prepared[i].content.count, lb = prepared[j].content.count
                if max(la, lb) > 3 * min(la, lb), n < smaller { continue }
                let (x, y) = i < j ? (i, j) : (j, i)
                // Already in one group: the pair adds nothing (pairs form a spanning tree).
                if find(x) == find(y) { continue }
                let (verdict, similarity) = QuoteComparison.assess(fullIDs[x], fullIDs[y], identical: prepared[x].text == prepared[y].text) { functionIDs.contains($0) }
                guard verdict != .different else { continue }
                // Short fragments only link when they are the same words.
                if smaller <= 2, verdict != .identical, verdict != .minor { continue }
                let diff = WordDiff.segments(old: prepared[x].words, new: prepared[y].words, oldKeys: prepared[x].keys, newKeys: prepared[y].keys)
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
}
