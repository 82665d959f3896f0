/// One event on the corpus timeline: a claim (or the same claim from several outlets) placed at
/// the date its temporal expression gives.
public struct TimelineEntry: Hashable, Sendable {
    /// The short stable id, `e1`, `e2`, ... in chronological order.
    public var id: String
    /// The TIMEX3 value of the date: the most specific one the merged claims give.
    public var value: String
    /// How fine `value` is.
    public var granularity: TimeGranularity
    /// A short text for the event (the first claim's sentence, shortened).
    public var text: String
    /// The ids of the claims reporting the event.
    public var claims: [String]
    /// The outlets reporting the event (`Document.sourceName`), sorted.
    public var sources: [String]
    /// Indices into `Analysis.times` of the expressions that dated the event.
    public var times: [Int]
    /// Whether another entry reports the same event at an incompatible date.
    public var conflict: Bool
    /// The ids of the entries this one conflicts with.
    public var conflictsWith: [String]

    /// Creates an entry.
    public init(id: String, value: String, granularity: TimeGranularity, text: String, claims: [String],
                sources: [String], times: [Int], conflict: Bool = false, conflictsWith: [String] = []) {
        self.id = id
        self.value = value
        self.granularity = granularity
        self.text = text
        self.claims = claims
        self.sources = sources
        self.times = times
        self.conflict = conflict
        self.conflictsWith = conflictsWith
    }
}

/// Builds the timeline: attaches dates to claims, merges the same event across outlets and flags
/// the same event given different dates.
public enum Timeline {
    /// How much of the smaller word set two claims must share to be the same event.
    static let mergeOverlap = 0.5
    /// How much two differently dated claims must share to be flagged as a date conflict.
    static let conflictOverlap = 0.6
    /// At most this many candidate clusters are compared per claim (keeps large corpora linear).
    static let maxComparisons = 300

    /// A dated claim waiting to be placed.
    struct Candidate {
        var time: Int
        var claim: Int
        var value: TimexValue
        var words: [UInt64]
        var names: [UInt64]
        var source: String
    }

    /// A growing timeline entry.
    struct Cluster {
        var value: TimexValue
        var words: [UInt64]
        var names: [UInt64]
        var claims: [Int]
        var times: [Int]
        var sources: Set<String>
    }

    /// The timeline of an analysis, ordered chronologically.
    public static func build(_ a: Analysis) -> [TimelineEntry] {
        var cands: [Candidate] = []
        var seen = Set<Int64>() // (claim, value start/end) pairs already placed
        for (k, t) in a.times.enumerated() where t.type == .date || t.type == .time {
            guard let v = TimexValue(t.value), let c = a.claim(document: t.document, sentence: t.sentence),
                  let ci = claimIndex(a, c) else { continue }
            let key = Int64(ci) &* 1_000_003 &+ v.start &* 31 &+ v.end
            // Same claim, same date twice: one event.
            if !seen.insert(key).inserted { continue }
            let doc = a.documents[t.document]
            let (words, names) = EventWords.words(doc.bytes, c.span)
            cands.append(Candidate(time: k, claim: ci, value: v, words: words, names: names, source: doc.sourceName))
        }
        // Finest values first, so coarser mentions can join the specific events they contain.
        cands.sort { $0.value.granularity != $1.value.granularity ? $0.value.granularity > $1.value.granularity : $0.time < $1.time }
        var clusters: [Cluster] = []
        var byYear: [Int64: [Int]] = [:]
        for cand in cands {
            let yearKey = cand.value.start / 100_000_000
            var best = -1
            var bestScore = 0.0
            if let list = byYear[yearKey] {
                var compared = 0
                for ci in list.reversed() {
                    if compared >= maxComparisons { break }
                    let cl = clusters[ci]
                    guard cl.value.isCompatible(with: cand.value) else { continue }
                    compared += 1
                    let s = similarity(cand.words, cand.names, cl.words, cl.names)
                    if s >= mergeOverlap && s > bestScore { best = ci; bestScore = s }
                }
            }
            if best >= 0 {
                if cand.value.granularity > clusters[best].value.granularity { clusters[best].value = cand.value }
                clusters[best].claims.append(cand.claim)
                clusters[best].times.append(cand.time)
                clusters[best].sources.insert(cand.source)
                clusters[best].names = EventWords.union(clusters[best].names, cand.names)
            } else {
                byYear[yearKey, default: []].append(clusters.count)
                clusters.append(Cluster(value: cand.value, words: cand.words, names: cand.names, claims: [cand.claim],
                                        times: [cand.time], sources: [cand.source]))
            }
        }
        // Chronological order and ids.
        let order = clusters.indices.sorted {
            clusters[$0].value != clusters[$1].value ? clusters[$0].value < clusters[$1].value : clusters[$0].times[0] < clusters[$1].times[0]
        }
        var idOf = [Int](repeating: 0, count: clusters.count)
        for (n, ci) in order.enumerated() { idOf[ci] = n }
        // Conflicts: very similar claims from different outlets at incompatible dates.
        var conflicts = [[Int]](repeating: [], count: clusters.count)
        var byWord: [UInt64: [Int]] = [:]
        for (ci, cl) in clusters.enumerated() {
            var checked = Set<Int>()
            for w in cl.names.prefix(6) {
                for other in byWord[w] ?? [] where !checked.contains(other) {
                    checked.insert(other)
                    if checked.count > maxComparisons { break }
                    let o = clusters[other]
                    guard !o.value.isCompatible(with: cl.value), o.sources != cl.sources || o.sources.count > 1 else { continue }
                    let s = similarity(cl.words, cl.names, o.words, o.names)
                    let close = abs(dayNumber(o.value.start) - dayNumber(cl.value.start)) <= 31
                    if s >= conflictOverlap && (close || s >= 0.8) && sharesName(cl.names, o.names) {
                        conflicts[ci].append(other)
                        conflicts[other].append(ci)
                    }
                }
                byWord[w, default: []].append(ci)
            }
        }
        var out: [TimelineEntry] = []
        out.reserveCapacity(clusters.count)
        for ci in order {
            let cl = clusters[ci]
            let claims = cl.claims.sorted()
            let first = a.claims[claims[0]]
            let text = shortText(a.text(first.document, first.span))
            let with = Set(conflicts[ci]).sorted().map { "e\(idOf[$0] + 1)" }
            out.append(TimelineEntry(id: "e\(idOf[ci] + 1)", value: cl.value.value, granularity: cl.value.granularity,
                                     text: text, claims: claims.map { a.claims[$0].id }, sources: cl.sources.sorted(),
                                     times: cl.times.sorted(), conflict: !with.isEmpty, conflictsWith: with))
        }
        return out
    }

    /// The index of a claim in `a.claims`.
    static func claimIndex(_ a: Analysis, _ c: Claim) -> Int? {
        let r = a.claimRanges[c.document]
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if a.claims[mid].sentence < c.sentence { lo = mid + 1 } else { hi = mid }
        }
        return lo < r.upperBound && a.claims[lo].sentence == c.sentence ? lo : nil
    }

    /// Overlap of two word sets relative to the smaller, with a bonus for shared names.
    static func similarity(_ a: [UInt64], _ an: [UInt64], _ b: [UInt64], _ bn: [UInt64]) -> Double {
        let small = min(a.count, b.count)
        guard small > 0 else { return 0 }
        let shared = EventWords.intersectionCount(a, b)
        var s = Double(shared) / Double(small)
        if sharesName(an, bn) { s += 0.1 }
        return s
    }

    static func sharesName(_ a: [UInt64], _ b: [UInt64]) -> Bool { EventWords.intersectionCount(a, b) > 0 }

    /// A rough day count for a `yyyymmddhhmm` key (only used to tell near from far).
    static func dayNumber(_ key: Int64) -> Int64 {
        let y = key / 100_000_000, m = key / 1_000_000 % 100, d = key / 10_000 % 100
        return y * 372 + m * 31 + d
    }

    /// The sentence, shortened to about 140 characters at a word boundary.
    static func shortText(_ s: String) -> String {
        let flat = s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
        guard flat.count > 140 else { return flat }
        var cut = String(flat.prefix(140))
        if let sp = cut.lastIndex(of: " ") { cut = String(cut[..<sp]) }
        return cut + "…"
    }
}

extension Analysis {
    /// The corpus timeline: dated claims as events, merged across outlets, in chronological order.
    public var timeline: [TimelineEntry] { Timeline.build(self) }
}
