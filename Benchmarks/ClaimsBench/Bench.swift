import ClaimKit
import Foundation

enum Bench {
    static func run(_ paths: [String]) throws {
        let t0 = Date()
        let corpus = CorpusLoader().load(paths)
        let t1 = Date()
        let analysis = Analysis(corpus: corpus)
        let t2 = Date()
        let mb = Double(corpus.byteCount) / 1e6
        print(String(format: "load: %.1f MB in %.3f s, %.1f MB/s; analysis %.3f s, %.1f MB/s; claims %d quotes %d times %d",
                     mb, t1.timeIntervalSince(t0), mb / t1.timeIntervalSince(t0), t2.timeIntervalSince(t1),
                     mb / t2.timeIntervalSince(t1), analysis.claims.count, analysis.quotes.count, analysis.times.count))
        quotes(corpus, analysis)
    }

    /// Quote extraction + speaker attribution alone, one core, over the already segmented corpus.
    static func quotes(_ corpus: Corpus, _ analysis: Analysis) {
        let docs = corpus.documents
        let segs = analysis.segmentations
        guard docs.count == segs.count else { return }
        let extractor = QuoteExtractor()
        var n = 0
        let t0 = Date()
        for (i, d) in docs.enumerated() { n += extractor.extract(d, segs[i], document: i).count }
        let t1 = Date()
        let scanOnly = QuoteExtractor(attributes: false)
        for (i, d) in docs.enumerated() { _ = scanOnly.extract(d, segs[i], document: i) }
        let t1b = Date()
        print(String(format: "quote marks only (1 core): %.3f s, %.1f MB/s", t1b.timeIntervalSince(t1), Double(corpus.byteCount) / 1e6 / t1b.timeIntervalSince(t1)))
        var resolved = analysis.quotes
        let entities = EntityResolver.resolve(&resolved)
        let t2 = Date()
        let groups = QuoteGrouper.group(analysis.quotes, documents: analysis.documents)
        let t3 = Date()
        let mb = Double(corpus.byteCount) / 1e6
        print(String(format: "quotes+attribution (1 core): %.3f s, %.1f MB/s, %d quotes; entities %.3f s (%d); quote groups %.3f s (%d)",
                     t1.timeIntervalSince(t0), mb / t1.timeIntervalSince(t0), n, t2.timeIntervalSince(t1), entities.count,
                     t3.timeIntervalSince(t2), groups.count))
    }
}
