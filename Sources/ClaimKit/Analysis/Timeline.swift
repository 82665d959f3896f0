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

    /// A dated claim waiting to be placed; its words are `words[wordLo..<wordHi]` (dense word ids,
    /// sorted) so candidates need no arrays of their own.
    struct Candidate {
        var time: Int
        var claim: Int
        var value: TimexValue
        var wordLo: Int32
        var wordHi: Int32
        var names: [UInt64]
        var source: Int32
    }

    /// A growing timeline entry (the fields the scoring loops read live in parallel arrays).
    struct Cluster {
        var value: TimexValue
        /// The first report's words (used for conflicts): a range of the flat word array.
        var wordLo: Int32
        var wordHi: Int32
        var claims: [Int]
        var times: [Int]
        var sources: [Int32]
    }

    /// Posting lists stop growing at this length: a word that common says little about the event.
    static let maxPosting = 32

    /// Posting lists of cluster ids per word id, flat: a word's list is `lists[base ..< base + count]`
    /// with room for `maxPosting`.
    struct Postings {
        var base: [Int32] = []
        var count: [UInt8] = []
        var lists: [Int32] = []

        /// Makes room for word ids below `n`.
        mutating func cover(_ n: Int) {
            while base.count < n { base.append(-1); count.append(0) }
        }

        /// Appends a cluster to a word's list unless it is full.
        @inline(__always) mutating func add(_ w: Int, _ id: Int32) {
            var b = Int(base[w])
            if b < 0 {
                b = lists.count
                base[w] = Int32(b)
                lists.append(contentsOf: repeatElement(0, count: Timeline.maxPosting))
            }
            let c = Int(count[w])
            guard c < Timeline.maxPosting else { return }
            lists[b + c] = id
            count[w] = UInt8(c + 1)
        }

        /// Counts, for every cluster above `above` on the lists of the given words, how many of
        /// those words it shares (in `hits`), listing each counted cluster once in `touched`.
        /// Saturated lists are skipped: a word that common says little about the event.
        @inline(__always)
        func countShared(_ words: ArraySlice<Int32>, above: Int, hits: inout [UInt16], touched: inout [Int32]) {
            touched.removeAll(keepingCapacity: true)
            for word in words {
                let w = Int(word)
                let n = Int(count[w])
                guard n > 0, n < Timeline.maxPosting else { continue }
                let b = Int(base[w])
                for p in b..<(b + n) {
                    let ci = lists[p]
                    guard Int(ci) > above else { continue }
                    if hits[Int(ci)] == 0 { touched.append(ci) }
                    hits[Int(ci)] &+= 1
                }
            }
        }
    }

    /// Whether one interval lies inside the other (the dates are compatible).
    @inline(__always)
    static func nested(_ xs: Int64, _ xe: Int64, _ ys: Int64, _ ye: Int64) -> Bool {
        (xs >= ys && xe <= ye) || (ys >= xs && ye <= xe)
    }

    /// The timeline of an analysis, ordered chronologically.
    public static func build(_ a: Analysis) -> [TimelineEntry] {
        var cands: [Candidate] = []
        var flatWords: [Int32] = []
        var wordIDs = WordIDTable()
        var seen = Set<Int64>() // (claim, value) pairs already placed
        var sourceNames: [String] = []
        var sourceOf: [String: Int32] = [:]
        var docSource = [Int32](repeating: -1, count: a.documents.count)
        var scratch: [Int32] = []
        // The dated claims, in the order of their expressions: values and claims found on every
        // core, then the same claim at the same date kept once.
        let pieces = Parallel.pieces(a.times.count, minimum: 2048)
        let dated: [(time: Int, claim: Int, value: TimexValue)] = Parallel.mapRanges(a.times.count, pieces: pieces) { range in
            var out: [(time: Int, claim: Int, value: TimexValue)] = []
            for k in range {
                let t = a.times[k]
                guard t.type == .date || t.type == .time else { continue }
                guard let v = TimexValue(t.value), let ci = a.claimIndex(document: t.document, sentence: t.sentence) else { continue }
                out.append((k, ci, v))
            }
            return out
        }.flatMap { $0 }.filter { d in
            seen.insert(Int64(d.claim) &* 1_000_003 &+ d.value.start &* 31 &+ d.value.end).inserted
        }
        // Each claim's event words, on every core.
        let words = Parallel.mapRanges(dated.count, pieces: Parallel.pieces(dated.count, minimum: 2048)) { range in
            range.map { EventWords.words(a.documents[a.times[dated[$0].time].document].bytes, a.claims[dated[$0].claim].span) }
        }.flatMap { $0 }
        for (n, d) in dated.enumerated() {
            let t = a.times[d.time]
            let (ws, names) = words[n]
            scratch.removeAll(keepingCapacity: true)
            for w in ws { scratch.append(wordIDs.id(w)) }
            scratch.sort()
            let lo = Int32(flatWords.count)
            flatWords.append(contentsOf: scratch)
            var src = docSource[t.document]
            if src < 0 {
                let name = a.documents[t.document].sourceName
                if let s = sourceOf[name] { src = s } else {
                    src = Int32(sourceNames.count)
                    sourceNames.append(name)
                    sourceOf[name] = src
                }
                docSource[t.document] = src
            }
            cands.append(Candidate(time: d.time, claim: d.claim, value: d.value, wordLo: lo, wordHi: Int32(flatWords.count), names: names, source: src))
        }
        // Finest values first, so coarser mentions can join the specific events they contain; days
        // and times of day together in text order, so a time joins the day's event.
        func group(_ g: TimeGranularity) -> Int { min(g.rank, TimeGranularity.day.rank) }
        cands.sort {
            let a = group($0.value.granularity), b = group($1.value.granularity)
            return a != b ? a > b : $0.time < $1.time
        }

        var clusters: [Cluster] = []
        clusters.reserveCapacity(cands.count)
        // Hot cluster fields, read by the scoring loops without touching the cluster's strings.
        var cStart: [Int64] = [], cEnd: [Int64] = [], cAllCount: [Int] = [], cNames: [[UInt64]] = []
        // Every report's words: the first report's range until a second report joins.
        var cAll: [[Int32]?] = []
        cStart.reserveCapacity(cands.count); cEnd.reserveCapacity(cands.count)
        cAllCount.reserveCapacity(cands.count); cNames.reserveCapacity(cands.count); cAll.reserveCapacity(cands.count)
        var postings = Postings()
        postings.cover(wordIDs.count)
        var hits = [UInt16](repeating: 0, count: cands.count)
        var touched: [Int32] = []
        var merged: [Int32] = []
        for cand in cands {
            let wlo = Int(cand.wordLo), whi = Int(cand.wordHi)
            postings.countShared(flatWords[wlo..<whi], above: -1, hits: &hits, touched: &touched)
            var best = -1
            var bestScore = 0.0
            let cs = cand.value.start, ce = cand.value.end
            let wordCount = whi - wlo
            for ci32 in touched {
                let ci = Int(ci32)
                let shared = Int(hits[ci])
                hits[ci] = 0
                guard nested(cs, ce, cStart[ci], cEnd[ci]) else { continue }
                let small = min(wordCount, cAllCount[ci])
                guard small > 0 else { continue }
                var score = Double(shared) / Double(small)
                if score + 0.1 < mergeOverlap { continue }
                if sharesName(cand.names, cNames[ci]) { score += 0.1 }
                if score >= mergeOverlap && (score > bestScore || score == bestScore && ci < best) { best = ci; bestScore = score }
            }
            if best >= 0 {
                if cand.value.granularity > clusters[best].value.granularity {
                    clusters[best].value = cand.value
                    cStart[best] = cand.value.start; cEnd[best] = cand.value.end
                }
                clusters[best].claims.append(cand.claim)
                clusters[best].times.append(cand.time)
                if !clusters[best].sources.contains(cand.source) { clusters[best].sources.append(cand.source) }
                cNames[best] = EventWords.union(cNames[best], cand.names)
                // The event's vocabulary grows with each report, so later reports that word it
                // differently still find it.
                let id = Int32(best)
                let old: [Int32]
                if let all = cAll[best] { old = all } else {
                    old = Array(flatWords[Int(clusters[best].wordLo)..<Int(clusters[best].wordHi)])
                }
                merged.removeAll(keepingCapacity: true)
                var i = 0, j = wlo
                while i < old.count || j < whi {
                    if j == whi || i < old.count && old[i] < flatWords[j] {
                        merged.append(old[i]); i += 1
                    } else if i == old.count || flatWords[j] < old[i] {
                        let w = flatWords[j]
                        postings.add(Int(w), id) // a word new to the event
                        merged.append(w); j += 1
                    } else {
                        merged.append(old[i]); i += 1; j += 1
                    }
                }
                cAll[best] = merged
                cAllCount[best] = merged.count
            } else {
                let id = Int32(clusters.count)
                for j in wlo..<whi { postings.add(Int(flatWords[j]), id) }
                clusters.append(Cluster(value: cand.value, wordLo: cand.wordLo, wordHi: cand.wordHi,
                                        claims: [cand.claim], times: [cand.time], sources: [cand.source]))
                cStart.append(cand.value.start); cEnd.append(cand.value.end)
                cAllCount.append(whi - wlo); cNames.append(cand.names); cAll.append(nil)
            }
        }
        // Chronological order and ids.
        let values = clusters.map(\.value)
        let firstTime = clusters.map { $0.times[0] }
        let order = clusters.indices.sorted {
            values[$0] != values[$1] ? values[$0] < values[$1] : firstTime[$0] < firstTime[$1]
        }
        var idOf = [Int](repeating: 0, count: clusters.count)
        for (n, ci) in order.enumerated() { idOf[ci] = n }
        // Sources sorted once per cluster, so two clusters' source sets compare as arrays.
        for ci in clusters.indices where clusters[ci].sources.count > 1 { clusters[ci].sources.sort() }

        // Conflicts: very similar claims from different outlets at incompatible dates.
        var conflicts = [[Int]](repeating: [], count: clusters.count)
        for ci in clusters.indices {
            let wlo = Int(clusters[ci].wordLo), whi = Int(clusters[ci].wordHi)
            postings.countShared(flatWords[wlo..<whi], above: ci, hits: &hits, touched: &touched)
            for o32 in touched {
                let o = Int(o32)
                let shared = Int(hits[o])
                hits[o] = 0
                let xs = cStart[ci], xe = cEnd[ci], ys = cStart[o], ye = cEnd[o]
                guard !nested(xs, xe, ys, ye) else { continue }
                let small = min(whi - wlo, Int(clusters[o].wordHi - clusters[o].wordLo))
                guard small > 0, Double(shared) / Double(small) + 0.1 >= conflictOverlap else { continue }
                guard clusters[o].sources.count > 1 || clusters[ci].sources != clusters[o].sources else { continue }
                let named = sharesName(cNames[ci], cNames[o])
                let s = Double(shared) / Double(small) + (named ? 0.1 : 0)
                let close = abs(dayNumber(xs) - dayNumber(ys)) <= 31
                if s >= conflictOverlap && (close || s >= 0.8) && named {
                    conflicts[ci].append(o)
                    conflicts[o].append(ci)
                }
            }
        }

        // The entries, made on every core.
        let names = sourceNames
        let built = clusters
        let conflicting = conflicts
        let ids = idOf
        return Parallel.mapRanges(order.count, pieces: Parallel.pieces(order.count, minimum: 2048)) { range in
            range.map { n -> TimelineEntry in
                let ci = order[n]
                let cl = built[ci]
                let claims = cl.claims.sorted()
                let first = a.claims[claims[0]]
                let text = shortText(a.documents[first.document].bytes, first.span)
                let with = Set(conflicting[ci]).sorted().map { ShortID.make("e", ids[$0] + 1) }
                return TimelineEntry(id: ShortID.make("e", ids[ci] + 1), value: cl.value.value, granularity: cl.value.granularity,
                                     text: text, claims: claims.map { a.claims[$0].id },
                                     sources: cl.sources.map { names[Int($0)] }.sorted(),
                                     times: cl.times.sorted(), conflict: !with.isEmpty, conflictsWith: with)
            }
        }.flatMap { $0 }
    }

    /// Whether two sorted name-hash arrays share a name.
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
