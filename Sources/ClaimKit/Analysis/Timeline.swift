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
    static let mergeOverlap = 0.4
    /// How much two differently dated claims must share to be flagged as a date conflict.
    static let conflictOverlap = 0.6

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
        /// The first report's words (used for conflicts).
        var words: [UInt64]
        /// Every report's words.
        var allWords: [UInt64]
        var names: [UInt64]
        var claims: [Int]
        var times: [Int]
        var sources: Set<String>
    }

    /// Posting lists stop growing at this length: a word that common says little about the event.
    static let maxPosting = 32

    /// The timeline of an analysis, ordered chronologically.
    public static func build(_ a: Analysis) -> [TimelineEntry] {
        var cands: [Candidate] = []
        var seen = Set<Int64>() // (claim, value) pairs already placed
        for (k, t) in a.times.enumerated() where t.type == .date || t.type == .time {
            guard let v = TimexValue(t.value), let c = a.claim(document: t.document, sentence: t.sentence),
                  let ci = claimIndex(a, c) else { continue }
            // Same claim, same date twice: one event.
            let key = Int64(ci) &* 1_000_003 &+ v.start &* 31 &+ v.end
            if !seen.insert(key).inserted { continue }
            let doc = a.documents[t.document]
            let (words, names) = EventWords.words(doc.bytes, c.span)
            cands.append(Candidate(time: k, claim: ci, value: v, words: words, names: names, source: doc.sourceName))
        }
        // Finest values first, so coarser mentions can join the specific events they contain; days
        // and times of day together in text order, so a time joins the day's event.
        func group(_ g: TimeGranularity) -> TimeGranularity { min(g, .day) }
        cands.sort {
            let a = group($0.value.granularity), b = group($1.value.granularity)
            return a != b ? a > b : $0.time < $1.time
        }

        var clusters: [Cluster] = []
        clusters.reserveCapacity(cands.count)
        var postings: [UInt64: [Int32]] = [:]
        var hits = [UInt16](repeating: 0, count: cands.count)
        var touched: [Int32] = []
        for cand in cands {
            touched.removeAll(keepingCapacity: true)
            for w in cand.words {
                // A saturated list marks a common word: it says little about which event it is.
                guard let list = postings[w], list.count < maxPosting else { continue }
                for ci in list {
                    if hits[Int(ci)] == 0 { touched.append(ci) }
                    hits[Int(ci)] &+= 1
                }
            }
            var best = -1
            var bestScore = 0.0
            for ci32 in touched {
                let ci = Int(ci32)
                let shared = Int(hits[ci])
                hits[ci] = 0
                guard clusters[ci].value.isCompatible(with: cand.value) else { continue }
                let small = min(cand.words.count, clusters[ci].allWords.count)
                guard small > 0 else { continue }
                var score = Double(shared) / Double(small)
                if score + 0.1 < mergeOverlap { continue }
                if sharesName(cand.names, clusters[ci].names) { score += 0.1 }
                if score >= mergeOverlap && (score > bestScore || score == bestScore && ci < best) { best = ci; bestScore = score }
            }
            if best >= 0 {
                if cand.value.granularity > clusters[best].value.granularity { clusters[best].value = cand.value }
                clusters[best].claims.append(cand.claim)
                clusters[best].times.append(cand.time)
                clusters[best].sources.insert(cand.source)
                clusters[best].names = EventWords.union(clusters[best].names, cand.names)
                // The event's vocabulary grows with each report, so later reports that word it
                // differently still find it.
                let id = Int32(best)
                for w in cand.words where EventWords.intersectionCount([w], clusters[best].allWords) == 0 {
                    if var list = postings[w] {
                        if list.count < maxPosting { list.append(id); postings[w] = list }
                    } else {
                        postings[w] = [id]
                    }
                }
                clusters[best].allWords = EventWords.union(clusters[best].allWords, cand.words)
            } else {
                let id = Int32(clusters.count)
                for w in cand.words {
                    postings[w, default: []].append(id)
                    if postings[w, default: []].count > maxPosting { postings[w]?.removeLast() }
                }
                clusters.append(Cluster(value: cand.value, words: cand.words, allWords: cand.words, names: cand.names,
                                        claims: [cand.claim], times: [cand.time], sources: [cand.source]))
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
        for ci in clusters.indices {
            touched.removeAll(keepingCapacity: true)
            for w in clusters[ci].words {
                guard let list = postings[w], list.count < maxPosting else { continue }
                for o in list where Int(o) > ci {
                    if hits[Int(o)] == 0 { touched.append(o) }
                    hits[Int(o)] &+= 1
                }
            }
            for o32 in touched {
                let o = Int(o32)
                let shared = Int(hits[o])
                hits[o] = 0
                let xv = clusters[ci].value, yv = clusters[o].value
                guard !xv.isCompatible(with: yv) else { continue }
                let small = min(clusters[ci].words.count, clusters[o].words.count)
                guard small > 0, Double(shared) / Double(small) + 0.1 >= conflictOverlap else { continue }
                guard clusters[o].sources.count > 1 || clusters[ci].sources != clusters[o].sources else { continue }
                let named = sharesName(clusters[ci].names, clusters[o].names)
                let s = Double(shared) / Double(small) + (named ? 0.1 : 0)
                let close = abs(dayNumber(xv.start) - dayNumber(yv.start)) <= 31
                if s >= conflictOverlap && (close || s >= 0.8) && named {
                    conflicts[ci].append(o)
                    conflicts[o].append(ci)
                }
            }
        }

        var out: [TimelineEntry] = []
        out.reserveCapacity(clusters.count)
        for ci in order {
            let cl = clusters[ci]
            let claims = cl.claims.sorted()
            let first = a.claims[claims[0]]
            let text = shortText(a.documents[first.document].bytes, first.span)
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

    /// The sentence on one line, shortened to about 140 bytes at a word boundary.
    static func shortText(_ b: [UInt8], _ span: ByteSpan) -> String {
        let lo = max(0, min(span.start, b.count)), hi = max(lo, min(span.end, b.count))
        var out = [UInt8]()
        out.reserveCapacity(min(hi - lo, 150))
        var i = lo
        while i < hi && out.count < 140 {
            let c = b[i]
            out.append(c == 10 || c == 13 ? 32 : c)
            i += 1
        }
        if i < hi {
            while let last = out.last, last & 0xC0 == 0x80 { out.removeLast() } // no split scalars
            if let last = out.last, last >= 0xC0 { out.removeLast() }
            if let sp = out.lastIndex(of: 32), sp > 60 { out.removeLast(out.count - sp) }
            return String(decoding: out, as: UTF8.self) + "…"
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Analysis {
    /// The corpus timeline: dated claims as events, merged across outlets, in chronological order.
    public var timeline: [TimelineEntry] { Timeline.build(self) }
}
