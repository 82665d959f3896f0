/// What a posting walk reads of each candidate quote, packed small (a `Quote` is 128 bytes and
/// missed the cache per posting).
struct Probe: Sendable {
    var document: Int32
    var size: Int32
    var speaker: Int32
    var skip: Bool

    /// One probe per quote: its document, content-word count, speaker id, and whether it is an
    /// exact repeat (linked already, never compared again).
    static func table(_ quotes: [Quote], index: WordIndex, speakerID: [Int], isRepeat: [Bool]) -> [Probe] {
        quotes.indices.map { j in
            Probe(document: Int32(truncatingIfNeeded: quotes[j].document), size: Int32(truncatingIfNeeded: index.ids(j).count),
                  speaker: Int32(truncatingIfNeeded: speakerID[j]), skip: isRepeat[j])
        }
    }
}

/// Finds the quotes that may render the same statement as a given one, with the scratch space of
/// one worker.
struct Walk {
    private var hits: [Int32]
    private var mark: [Bool]
    private var touched: [Int] = []

    /// Scratch for `count` quotes and `words` distinct content words.
    init(count: Int, words: Int) {
        hits = [Int32](repeating: 0, count: count)
        mark = [Bool](repeating: false, count: words)
    }

    /// The quotes at least as long as quote `i` (by content words; ties: later ones), from other
    /// documents and not of another speaker, that share enough of its rarest words, each with
    /// how many content words they share, in quote order.
    ///
    /// Prefix filtering: a pair sharing at least half of the smaller text's words shares one of
    /// that text's rarest ⌊n/2⌋+1 words, so each text probes with those words only. (At most its
    /// six rarest words: long renderings of one statement share far more than that.)
    mutating func shared(_ i: Int, index: WordIndex, probe: [Probe]) -> [(Int, Int)] {
        let ids = index.ids(i)
        let size = ids.count
        guard size > 0 else { return [] }
        let df = index.df
        let prefix = min(6, size - (size + 1) / 2 + 1)
        let rarest = ids.sorted { df[Int($0)] != df[Int($1)] ? df[Int($0)] < df[Int($1)] : $0 < $1 }
        touched.removeAll(keepingCapacity: true)
        var budget = QuoteGrouper.probeBudget
        let me = probe[i]
        for (k, w) in rarest.prefix(prefix).enumerated() {
            let listCount = df[Int(w)]
            guard listCount <= QuoteGrouper.maxPosting, k < 2 || budget > 0 else { break }
            budget -= listCount
            let keys = index.postings(Int(w))
            var lo = keys.startIndex, hi = keys.endIndex
            let from = UInt64(UInt32(truncatingIfNeeded: size)) << 32
            while lo < hi { let m = (lo + hi) / 2; if keys[m] < from { lo = m + 1 } else { hi = m } }
            for key in keys[lo...] {
                let j = Int(key & 0xFFFF_FFFF)
                let pj = probe[j]
                guard j != i, !pj.skip, pj.document != me.document else { continue }
                if me.speaker >= 0, pj.speaker >= 0, me.speaker != pj.speaker { continue }
                guard pj.size > me.size || (pj.size == me.size && j > i) else { continue }
                if hits[j] == 0 { touched.append(j) }
                hits[j] += 1
            }
        }
        // With three or more probe words, a real rendering shares at least two of them.
        let needed: Int32 = prefix >= 3 ? 2 : 1
        touched.removeAll { j in
            let keep = hits[j] >= needed
            hits[j] = 0
            return !keep
        }
        for w in ids { mark[Int(w)] = true }
        var shared: [(Int, Int)] = []
        shared.reserveCapacity(touched.count)
        for j in touched {
            var n = 0
            for w in index.ids(j) where mark[Int(w)] { n += 1 }
            shared.append((j, n))
        }
        for w in ids { mark[Int(w)] = false }
        shared.sort { $0.0 < $1.0 }
        return shared
    }
}
