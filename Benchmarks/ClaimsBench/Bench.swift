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
    }
}
