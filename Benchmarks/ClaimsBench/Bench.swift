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
        timeTagger(analysis, mb: mb)
    }

    /// CPU time of the calling thread, in seconds (the machine is shared, so wall time
    /// over-states a single core's work).
    static func threadCPU() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// The time tagger alone, on one core, over the loaded and segmented corpus (best of 3).
    static func timeTagger(_ a: Analysis, mb: Double) {
        let tagger = TimeTagger()
        var best = Double.infinity, bestCPU = Double.infinity
        var found = 0
        for _ in 0..<3 {
            let t0 = Date()
            let c0 = threadCPU()
            var n = 0
            for (i, d) in a.documents.enumerated() { n += tagger.tag(d, a.segmentations[i], document: i).count }
            best = min(best, Date().timeIntervalSince(t0))
            bestCPU = min(bestCPU, threadCPU() - c0)
            found = n
        }
        let tl0 = Date()
        let timeline = a.timeline
        let tl = Date().timeIntervalSince(tl0)
        print(String(format: "time tagger (1 core): %.3f s wall, %.1f MB/s; %.3f s CPU, %.1f MB/s; %d expressions; timeline %.3f s, %d entries",
                     best, mb / best, bestCPU, mb / bestCPU, found, tl, timeline.count))
    }
}
