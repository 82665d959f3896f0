/// The words of every quote as hashes (`WordHasher`), in one flat array: hashed on every core,
/// straight from the documents' bytes.
struct QuoteWords: Sendable {
    /// Every quote's word hashes, one quote after another.
    private(set) var hashes: [Int] = []
    /// Whether each word is long enough to index (3+ bytes).
    private(set) var indexable: [Bool] = []
    /// Where each quote's words start in `hashes`; one more entry than quotes.
    private(set) var starts: [Int] = [0]

    /// Hashes the words of `quotes`.
    init(_ quotes: [Quote], documents: [Document]) {
        self.init(quotes.map { QuotePlace(document: $0.document, span: $0.span) }, documents: documents)
    }

    /// Hashes the words at `places` (quotes' documents and spans).
    init(_ places: [QuotePlace], documents: [Document]) {
        let pieces = Parallel.mapRanges(places.count, pieces: Parallel.pieces(places.count, minimum: 1024)) { range in
            var piece = QuoteWords()
            for i in range {
                let span = places[i].span
                documents[places[i].document].bytes.withUnsafeBufferPointer { b in
                    let lo = max(0, min(span.start, b.count)), hi = max(lo, min(span.end, b.count))
                    WordHasher.append(UnsafeBufferPointer(rebasing: b[lo..<hi]), to: &piece.hashes, indexable: &piece.indexable)
                }
                piece.starts.append(piece.hashes.count)
            }
            return piece
        }
        hashes.reserveCapacity(pieces.reduce(0) { $0 + $1.hashes.count })
        indexable.reserveCapacity(hashes.capacity)
        starts.reserveCapacity(places.count + 1)
        for p in pieces {
            let base = hashes.count
            hashes += p.hashes
            indexable += p.indexable
            for s in p.starts.dropFirst() { starts.append(base + s) }
        }
    }

    private init() {}

    /// The number of quotes.
    var count: Int { starts.count - 1 }

    /// The word hashes of quote `i`.
    func all(_ i: Int) -> ArraySlice<Int> { hashes[starts[i]..<starts[i + 1]] }
}

/// Where a quote's words are: its document and span.
struct QuotePlace: Sendable {
    var document: Int
    var span: ByteSpan
}
