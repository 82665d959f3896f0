/// An inverted index of the quotes' content words (3+ bytes, not function words, each once per
/// quote, in order of first occurrence), as dense word ids with flat posting lists.
struct WordIndex: Sendable {
    /// Every quote's content words as ids, one quote after another.
    private(set) var rows: [Int32] = []
    /// Where each quote's ids start in `rows`; one more entry than quotes.
    private(set) var rowStarts: [Int] = [0]
    /// How many quotes hold each word.
    private(set) var df: [Int] = []
    /// Each word's postings as `size << 32 | quote`, ascending (so a walk can start at the texts
    /// at least as long as its own); empty for words in more than `QuoteGrouper.maxPosting`.
    private(set) var bySize: [UInt64] = []
    /// Where each word's postings start in `bySize`; one more entry than words.
    private(set) var postingStarts: [Int] = []

    /// The number of distinct content words.
    var wordCount: Int { df.count }

    /// The content word ids of quote `i`.
    func ids(_ i: Int) -> ArraySlice<Int32> { rows[rowStarts[i]..<rowStarts[i + 1]] }

    /// The postings of word `w` (see `bySize`).
    func postings(_ w: Int) -> ArraySlice<UInt64> { bySize[postingStarts[w]..<postingStarts[w + 1]] }

    /// Indexes the words of every quote.
    init(_ words: QuoteWords) {
        // Content words per quote, on every core.
        let functionWords = WordHasher.functionWordHashes
        let content = Parallel.mapRanges(words.count, pieces: Parallel.pieces(words.count, minimum: 1024)) { range in
            var flat: [Int] = [], ends: [Int] = []
            ends.reserveCapacity(range.count)
            var seen = Set<Int>()
            for i in range {
                let rowStart = flat.count
                // Short rows are searched; long ones (a multi-paragraph quote) use a set.
                let long = words.starts[i + 1] - words.starts[i] > 64
                if long { seen.removeAll(keepingCapacity: true) }
                for k in words.starts[i]..<words.starts[i + 1] where words.indexable[k] {
                    let h = words.hashes[k]
                    guard !functionWords.contains(h) else { continue }
                    if long {
                        guard seen.insert(h).inserted else { continue }
                    } else if flat[rowStart...].contains(h) {
                        continue
                    }
                    flat.append(h)
                }
                ends.append(flat.count)
            }
            return (flat, ends)
        }
        // Dense ids in order of first sight (the order decides ties between equally rare words).
        var table = WordIDTable()
        rows.reserveCapacity(content.reduce(0) { $0 + $1.0.count })
        rowStarts.reserveCapacity(words.count + 1)
        for (flat, ends) in content {
            var k = 0
            for end in ends {
                while k < end {
                    rows.append(table.id(UInt64(bitPattern: Int64(flat[k]))))
                    k += 1
                }
                rowStarts.append(rows.count)
            }
        }
        let nWords = table.count
        df = [Int](repeating: 0, count: nWords)
        for w in rows { df[Int(w)] += 1 }
        // Postings of common words are never walked: no room is kept for them.
        postingStarts = [Int](repeating: 0, count: nWords + 1)
        for w in 0..<nWords { postingStarts[w + 1] = postingStarts[w] + (df[w] <= QuoteGrouper.maxPosting ? df[w] : 0) }
        bySize = [UInt64](repeating: 0, count: postingStarts[nWords])
        var fill = postingStarts
        for q in 0..<words.count {
            let size = UInt64(UInt32(truncatingIfNeeded: rowStarts[q + 1] - rowStarts[q])) << 32
            for w in rows[rowStarts[q]..<rowStarts[q + 1]] where df[Int(w)] <= QuoteGrouper.maxPosting {
                bySize[fill[Int(w)]] = size | UInt64(UInt32(truncatingIfNeeded: q))
                fill[Int(w)] += 1
            }
        }
        let starts = postingStarts
        bySize.withUnsafeMutableBufferPointer { buffer in
            let all = UnsafeMutableSendable(buffer)
            _ = Parallel.mapRanges(nWords, pieces: Parallel.pieces(nWords, minimum: 4096)) { range in
                for w in range where starts[w + 1] - starts[w] > 1 {
                    var list = UnsafeMutableBufferPointer(rebasing: all.buffer[starts[w]..<starts[w + 1]])
                    list.sort()
                }
                return 0
            }
        }
    }
}
