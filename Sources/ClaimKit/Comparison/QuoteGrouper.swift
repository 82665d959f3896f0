/// Groups quotes from different documents that render the same statement.
///
/// Candidates come from an inverted index of content words (so the work stays near linear);
/// a pair links when the speakers agree (or one is unknown) and the wording is close:
/// same words, one a contiguous part of the other, or word similarity of at least 0.5.
public enum QuoteGrouper {
    /// Posting lists longer than this are too common to suggest a pair.
    static let maxPosting = 300

    /// The groups of `quotes` whose texts are `texts` (same order), in order of first member.
    public static func group(_ quotes: [Quote], texts: [String]) -> [QuoteGroup] {
        guard quotes.count == texts.count, quotes.count > 1 else { return [] }
        let keys = texts.map { QuoteComparison.keys($0) }
        var content: [[String]] = []
        content.reserveCapacity(keys.count)
        for k in keys {
            var seen = Set<String>()
            content.append(k.filter { $0.count >= 3 && !QuoteComparison.functionWords.contains($0) && seen.insert($0).inserted })
        }
        var postings: [String: [Int]] = [:]
        for (i, ws) in content.enumerated() { for w in ws { postings[w, default: []].append(i) } }
        var parent = Array(quotes.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var links: [QuotePairComparison] = []
        var shared: [Int: Int] = [:]
        for i in quotes.indices where !content[i].isEmpty {
            shared.removeAll(keepingCapacity: true)
            for w in content[i] {
                guard let list = postings[w], list.count <= maxPosting else { continue }
                for j in list where j > i && quotes[j].document != quotes[i].document { shared[j, default: 0] += 1 }
            }
            for (j, n) in shared {
                let smaller = min(content[i].count, content[j].count)
                guard n >= 2 || (smaller == 1 && n == 1), Double(n) >= 0.3 * Double(smaller) else { continue }
                if let si = quotes[i].speaker, let sj = quotes[j].speaker, si != sj { continue }
                let c = QuoteComparison.compare(texts[i], texts[j], indices: (i, j))
                guard c.verdict != .different else { continue }
                // Short fragments only link when they are the same words.
                if smaller <= 2, c.verdict != .identical, c.verdict != .minor { continue }
                links.append(c)
                let ri = find(i), rj = find(j)
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
