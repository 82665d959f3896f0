import Dispatch

/// Everything the tool knows about a corpus: segmentation, claims and what the extractors found.
public struct Analysis: Sendable {
    /// The documents, with outlet and date filled in from the text where the manifest had none.
    public var documents: [Document]
    /// Load problems, kept for `sources` and the export.
    public var issues: [LoadIssue]
    /// The corpus name, if any.
    public var name: String?
    /// Each document's segmentation, by document index.
    public var segmentations: [Segmentation]
    /// Every claim, ordered by document then position.
    public var claims: [Claim]
    /// The range of `claims` each document owns, by document index.
    public var claimRanges: [Range<Int>]
    /// Every direct quote, ordered by document then position.
    public var quotes: [Quote]
    /// Every temporal expression, ordered by document then position.
    public var times: [TimeExpression]
    /// Every quantity, ordered by document then position.
    public var quantities: [Quantity]
    /// People and organisations across the corpus.
    public var entities: [Entity]
    /// Quotes from different documents that render the same statement.
    public var quoteGroups: [QuoteGroup]

    /// How many documents are analysed before their results are merged.
    static let blockSize = 512

    /// Analyses a loaded corpus, using every core the machine has.
    public init(corpus: Corpus, parallel: Bool = true) {
        let docs = corpus.documents
        let workers = parallel ? max(1, min(System.coreCount, docs.count)) : 1
        // Documents are analysed in blocks, each merged (and its per-document results freed)
        // while the next is analysed: the results of the whole corpus are never alive beside the
        // merged arrays, and later blocks reuse their memory (peak memory). The merged order is
        // the documents' order.
        let merger = AnalysisMerger(docs)
        var blockStart = 0
        while blockStart < docs.count {
            let blockEnd = min(docs.count, blockStart + Self.blockSize)
            var results = [DocumentAnalysis?](repeating: nil, count: blockEnd - blockStart)
            let first = blockStart, n = blockEnd - blockStart
            results.withUnsafeMutableBufferPointer { out in
                let base = UnsafeMutableSendable(out)
                if workers == 1 {
                    merger.mergePending()
                    for k in 0..<n { base.buffer[k] = DocumentAnalysis(docs[first + k], index: first + k) }
                } else {
                    // One document per iteration: the cores take the next one as they finish, so
                    // a few long documents do not leave a core idle at the end of the block.
                    // Iteration 0 merges the block before, while the other cores start this one.
                    // (From this thread: called from a dispatch queue's thread it ran on one core.)
                    let merging = merger.pending == nil ? 0 : 1
                    DispatchQueue.concurrentPerform(iterations: n + merging) { k in
                        if k < merging { merger.mergePending(); return }
                        base.buffer[k - merging] = DocumentAnalysis(docs[first + k - merging], index: first + k - merging)
                    }
                }
            }
            merger.pending = (results, first)
            blockStart = blockEnd
        }
        merger.mergePending()
        // Taken out of the merger (which keeps no copy), so changing them copies nothing.
        var documents: [Document] = [], segmentations: [Segmentation] = [], claims: [Claim] = []
        var quotes: [Quote] = [], times: [TimeExpression] = [], quantities: [Quantity] = [], ranges: [Range<Int>] = []
        swap(&documents, &merger.documents)
        swap(&segmentations, &merger.segmentations)
        swap(&claims, &merger.claims)
        swap(&quotes, &merger.quotes)
        swap(&times, &merger.times)
        swap(&quantities, &merger.quantities)
        swap(&ranges, &merger.ranges)
        // A document that states no date of its own, in a cluster whose dated documents agree
        // on one, is anchored on that date and analysed again.
        if let shared = Self.sharedDate(documents) {
            let undated = documents.indices.filter { documents[$0].published == nil }
            for i in undated {
                documents[i].published = shared
                documents[i].publishedBasis = .corpus
            }
            // Only the times depend on the date: tagged again on every core, spliced in with one
            // pass, and the claims' temporal tags set again.
            let dated = documents, segs = segmentations
            let again = Parallel.mapRanges(undated.count, pieces: Parallel.pieces(undated.count, minimum: 8)) { r in
                r.map { k in DocumentAnalysis.times(dated[undated[k]], segs[undated[k]], index: undated[k]).times }
            }.flatMap { $0 }
            var redone = [Int](repeating: -1, count: documents.count)
            for (k, i) in undated.enumerated() { redone[i] = k }
            var newTimes: [TimeExpression] = []
            newTimes.reserveCapacity(times.count)
            var t = 0
            for i in documents.indices {
                let timesStart = t
                while t < times.count, times[t].document == i { t += 1 }
                guard redone[i] >= 0 else { newTimes += times[timesStart..<t]; continue }
                newTimes += again[redone[i]]
                for c in ranges[i] { claims[c].tags.remove(.temporal) }
                for e in again[redone[i]] {
                    if let c = Self.claimIndex(claims, ranges[i], sentence: e.sentence) { claims[c].tags.insert(.temporal) }
                }
            }
            times = newTimes
        }
        self.documents = documents
        self.issues = corpus.issues
        self.name = corpus.name
        self.segmentations = segmentations
        self.claims = claims
        self.claimRanges = ranges
        self.times = times
        self.quantities = quantities
        // The speakers are resolved (one core) while the quotes' words are indexed for grouping
        // (which needs the texts, not the speakers); then the quotes are grouped.
        let places = quotes.map { QuotePlace(document: $0.document, span: $0.span) }
        let resolving = Slot(quotes), entities = Slot<[Entity]>([]), indexing = Slot<QuoteGrouper.Texts?>(nil)
        quotes = []
        let analysed = documents
        @Sendable func step(_ k: Int) {
            if k == 0 {
                entities.value = EntityResolver.resolve(&resolving.value)
            } else {
                indexing.value = QuoteGrouper.Texts(places, documents: analysed)
            }
        }
        if workers == 1 { step(0); step(1) } else { DispatchQueue.concurrentPerform(iterations: 2, execute: step) }
        let resolved = resolving.value
        self.quotes = resolved
        self.entities = entities.value
        self.quoteGroups = indexing.value.map { QuoteGrouper.group(resolved, documents: analysed, texts: $0) } ?? []
    }

    /// The date a corpus's dated documents agree on, for its undated ones: at least two
    /// documents and half the corpus dated, all within a week of each other; the most common
    /// day (the latest of equals). `nil` when there is no undated document or no agreement.
    static func sharedDate(_ documents: [Document]) -> String? {
        var days: [Day] = []
        var undated = 0
        for d in documents {
            if let p = d.published, let day = Day.parse(p) { days.append(day) } else if d.published == nil { undated += 1 }
        }
        guard undated > 0, days.count >= 2, days.count * 2 >= documents.count,
              let lo = days.min(), let hi = days.max() else { return nil }
        let span = AnchorCalendar.daysFromCivil(hi.y, hi.m, hi.d) - AnchorCalendar.daysFromCivil(lo.y, lo.m, lo.d)
        guard span <= 7 else { return nil }
        var counts: [Day: Int] = [:]
        for d in days { counts[d, default: 0] += 1 }
        return counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key })?.key.iso
    }

    /// The claim holding a document's sentence, if that sentence is a claim.
    public func claim(document d: Int, sentence s: Int) -> Claim? {
        claimIndex(document: d, sentence: s).map { claims[$0] }
    }

    /// The index in `claims` of the claim holding a document's sentence, if it is a claim.
    public func claimIndex(document d: Int, sentence s: Int) -> Int? {
        guard claimRanges.indices.contains(d) else { return nil }
        return Self.claimIndex(claims, claimRanges[d], sentence: s)
    }

    /// The index of a document's `n`th claim (id `c{d+1}.{n}`), if it has one.
    public func claimIndex(document d: Int, number n: Int) -> Int? {
        guard claimRanges.indices.contains(d), n >= 1, n <= claimRanges[d].count else { return nil }
        return claimRanges[d].lowerBound + n - 1
    }

    /// The index of the claim with id `c{d}.{n}` (as `Claim.id` writes it), if there is one.
    public func claimIndex(id: String) -> Int? {
        var d = 0, n = 0, dot = false, digits = 0
        for (k, c) in id.utf8.enumerated() {
            if k == 0 { guard c == 99 else { return nil }; continue }
            if c == 46, !dot, digits > 0 { dot = true; digits = 0; continue }
            guard Bytes.isDigit(c), digits < 9 else { return nil }
            digits += 1
            if dot { n = n * 10 + Int(c - 48) } else { d = d * 10 + Int(c - 48) }
        }
        guard dot, digits > 0 else { return nil }
        return claimIndex(document: d - 1, number: n)
    }

    /// The index of a document's `n`th quote (id `q{d+1}.{n}`), if it has one.
    public func quoteIndex(document d: Int, number n: Int) -> Int? { Self.nth(quotes, document: d, n, \.document) }

    /// The index of a document's `n`th temporal expression (id `t{d+1}.{n}`), if it has one.
    public func timeIndex(document d: Int, number n: Int) -> Int? { Self.nth(times, document: d, n, \.document) }

    /// The `n`th item of document `d` in items ordered by document.
    static func nth<T>(_ items: [T], document d: Int, _ n: Int, _ document: KeyPath<T, Int>) -> Int? {
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if items[mid][keyPath: document] < d { lo = mid + 1 } else { hi = mid }
        }
        let k = lo + n - 1
        return n >= 1 && k < items.count && items[k][keyPath: document] == d ? k : nil
    }

    /// The index of the claim of sentence `s` among `claims[range]` (one document's claims, in
    /// sentence order), if that sentence is a claim.
    static func claimIndex(_ claims: [Claim], _ range: Range<Int>, sentence s: Int) -> Int? {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if claims[mid].sentence < s { lo = mid + 1 } else { hi = mid }
        }
        return lo < range.upperBound && claims[lo].sentence == s ? lo : nil
    }

    /// The text of a span of a document.
    public func text(_ d: Int, _ span: ByteSpan) -> String { documents[d].text(span) }

    /// The short ordinal used in ids: document index 0 is `1`.
    public static func ordinal(_ d: Int) -> Int { d + 1 }
}

/// What one document yields; built on a worker thread.
struct DocumentAnalysis: Sendable {
    var segmentation: Segmentation
    var claims: [Claim]
    var quotes: [Quote]
    var times: [TimeExpression]
    var quantities: [Quantity]
    var statedDate: String?

    init(_ doc: Document, index: Int) {
        let seg = Segmenter.segment(doc.bytes)
        let ord = Analysis.ordinal(index)
        var claims = Analysis.claims(doc, seg, index: index)
        var quotes = QuoteExtractor().extract(doc, seg, document: index)
        for k in quotes.indices { quotes[k].id = ShortID.make("q", ord, k + 1) }
        let (times, statedDate) = Self.times(doc, seg, index: index)
        let quantities: [Quantity] = []
        // Tag claims by what lies in their sentence (claims are in sentence order).
        func claimIndex(_ sentence: Int) -> Int? { Analysis.claimIndex(claims, claims.indices, sentence: sentence) }
        for q in quotes {
            if let k = claimIndex(q.sentence) {
                claims[k].tags.insert(.quote)
                if q.speakerMention != nil || q.speaker != nil { claims[k].tags.insert(.attributed) }
            }
        }
        for t in times { if let k = claimIndex(t.sentence) { claims[k].tags.insert(.temporal) } }
        for n in quantities { if let k = claimIndex(n.sentence) { claims[k].tags.insert(.numeric) } }
        self.segmentation = seg
        self.claims = claims
        self.quotes = quotes
        self.times = times
        self.quantities = quantities
        self.statedDate = statedDate
    }

    /// A document's temporal expressions with their ids, and, when it has no `published` date,
    /// the date its text states (it is then anchored on that).
    static func times(_ doc: Document, _ seg: Segmentation, index: Int) -> (times: [TimeExpression], statedDate: String?) {
        var tagged = TimeTagger().tagStatingDate(doc, seg, document: index)
        let ord = Analysis.ordinal(index)
        for k in tagged.times.indices { tagged.times[k].id = ShortID.make("t", ord, k + 1) }
        return tagged
    }
}

extension Analysis {
    /// The claims of a segmented document: every content sentence, tagged headline, hedged, numeric.
    public static func claims(_ doc: Document, _ seg: Segmentation, index: Int) -> [Claim] {
        var claims: [Claim] = []
        claims.reserveCapacity(seg.sentences.count)
        for (k, s) in seg.sentences.enumerated() where s.boilerplate == nil {
            let para = seg.paragraphs[s.paragraph]
            let tags: ClaimTags = para.isTitle || (para.span == s.span && Segmenter.isSubheading(doc.bytes, s.span)) ? .headline : []
            claims.append(Claim(document: index, number: claims.count + 1, sentence: k, span: s.span, tags: tags))
        }
        let found = Hedges.tags(doc.bytes, claims.map(\.span))
        for k in claims.indices { claims[k].tags.formUnion(found[k]) }
        return claims
    }
}

/// A value one parallel iteration fills in and the caller reads after the loop.
final class Slot<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}

/// Lets worker threads write disjoint elements of one buffer.
struct UnsafeMutableSendable<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}
