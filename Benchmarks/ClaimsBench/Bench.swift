import ClaimKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `make bench`: speed and memory on a real corpus. Figures per core use the process's CPU time,
/// so they hold on a busy machine; wall times are printed beside them.
enum Bench {
    struct Timing {
        var wall: Double
        var cpu: Double
    }

    static func wallNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func cpuNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func measure<T>(_ body: () -> T) -> (T, Timing) {
        let w = wallNow(), c = cpuNow()
        let r = body()
        return (r, Timing(wall: wallNow() - w, cpu: cpuNow() - c))
    }

    /// Runs `body` `runs` times: the run with the median CPU time (one stray scheduling hiccup
    /// on a shared machine does not move it) and the best run (least disturbed by other
    /// processes; by CPU time, or by wall time when `byWall`, for runs on every core).
    static func measureRuns<T>(_ runs: Int, byWall: Bool = false, _ body: () -> T) -> (T, median: Timing, best: Timing) {
        var all: [(T, Timing)] = []
        for _ in 0..<runs { all.append(measure(body)) }
        all.sort { $0.1.cpu < $1.1.cpu }
        let best = byWall ? all.map(\.1).min { $0.wall < $1.wall } ?? all[0].1 : all[0].1
        return (all[all.count / 2].0, all[all.count / 2].1, best)
    }

    /// Runs each stage `rounds` times, one run of every stage per round, so the runs of a stage
    /// are spread over the whole benchmark rather than packed into a second or two that a busy
    /// neighbour on the host may fill (on this shared machine such spells last seconds and cost
    /// a third of the speed); per stage, the run with the median CPU time and the best run.
    static func interleavedRuns(_ rounds: Int, _ stages: [(name: String, run: () -> Int)]) -> [(String, median: Timing, best: Timing)] {
        var times = [[Timing]](repeating: [], count: stages.count)
        for _ in 0..<rounds {
            for (k, stage) in stages.enumerated() { times[k].append(measure(stage.run).1) }
        }
        return stages.indices.map { k in
            let sorted = times[k].sorted { $0.cpu < $1.cpu }
            return (stages[k].name, sorted[sorted.count / 2], sorted[0])
        }
    }

    static func peakRSSMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Resident memory now, from /proc/self/statm (Linux), in MB.
    static func currentRSSMB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1048576
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? 0 : s[s.count / 2]
    }

    static func line(_ name: String, bytes: Int, docs: Int, _ t: Timing) {
        let mb = Double(bytes) / 1e6
        let label = name.count >= 28 ? name : name + String(repeating: " ", count: 28 - name.count)
        print(label + String(format: "%7.1f MB/s/core %9.0f docs/s/core   (cpu %.3f s, wall %.3f s, %.1f MB/s wall)",
                             mb / t.cpu, Double(docs) / t.cpu, t.cpu, t.wall, mb / t.wall))
    }

    /// A stage's line from several runs: the median run, then the best (by CPU for one core,
    /// by wall for every core).
    static func line(_ name: String, bytes: Int, docs: Int, runs: Int, _ median: Timing, best: Timing, allCores: Bool = false) {
        line(name, bytes: bytes, docs: docs, median)
        let mb = Double(bytes) / 1e6
        let figure = allCores ? String(format: "%.1f MB/s wall (wall %.3f s)", mb / best.wall, best.wall)
                              : String(format: "%.1f MB/s/core (cpu %.3f s)", mb / best.cpu, best.cpu)
        print(String(repeating: " ", count: 28) + "  best of \(runs): " + figure)
    }

    /// The time tagger alone: fifteen passes over the corpus (best CPU time to stderr), then every
    /// expression to stdout, so a change to the tagger can be diffed on the whole corpus.
    static func times(_ paths: [String]) {
        let corpus = CorpusLoader().load(paths)
        let segs = corpus.documents.map { Segmenter.segment($0.bytes) }
        var best = Double.infinity
        var found: [[TimeExpression]] = []
        for _ in 0..<15 {
            let (r, t) = measure { corpus.documents.indices.map { TimeTagger().tag(corpus.documents[$0], segs[$0], document: $0) } }
            best = min(best, t.cpu)
            found = r
        }
        let mb = Double(corpus.byteCount) / 1e6
        FileHandle.standardError.write(Data(String(format: "time tagger: %.1f MB/s/core (best of 15, cpu %.3f s)\n", mb / best, best).utf8))
        var out = ""
        for doc in found {
            for e in doc { out += "\(e.document) \(e.span.start) \(e.span.end) \(e.type) \(e.value) \(e.anchor ?? "-") \(e.sentence)\n" }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    static func run(_ paths: [String]) throws {
        // 1. The shell's path once, for peak memory: load, analyse, index for queries.
        let (corpus, loadT) = measure { CorpusLoader().load(paths) }
        let bytes = corpus.byteCount, docs = corpus.documents.count
        let afterLoad = currentRSSMB()
        let (analysis, parT) = measure { Analysis(corpus: corpus) }
        let afterAnalysis = currentRSSMB()
        let (query, indexT) = measure { Query(analysis) }
        let rss = peakRSSMB()
        print(String(format: "corpus: %d documents, %.1f MB, from %@", docs, Double(bytes) / 1e6, paths.joined(separator: " ") as NSString))
        print("found: \(analysis.claims.count) claims, \(analysis.quotes.count) quotes, \(analysis.times.count) times, \(analysis.quantities.count) quantities")
        line("load (first)", bytes: bytes, docs: docs, loadT)
        let (_, loadMedianT, loadBestT) = measureRuns(3) { CorpusLoader().load(paths).documents.count }
        line("load (median of 3)", bytes: bytes, docs: docs, runs: 3, loadMedianT, best: loadBestT)
        line("analysis (all cores, first)", bytes: bytes, docs: docs, parT)
        let (_, parMedianT, parBestT) = measureRuns(5, byWall: true) { Analysis(corpus: corpus).claims.count }
        line("analysis (all cores)", bytes: bytes, docs: docs, runs: 5, parMedianT, best: parBestT, allCores: true)
        // What `export analysis` computes: the analysis and its timeline.
        let (_, wholeT, wholeBestT) = measureRuns(3, byWall: true) { Analysis(corpus: corpus).timeline.count }
        line("analysis + timeline", bytes: bytes, docs: docs, runs: 3, wholeT, best: wholeBestT, allCores: true)
        // 2. Single-core figures, each stage alone over the loaded corpus (3 runs of the whole
        //    analysis; 9 of each extractor stage, interleaved).
        let (_, seqT, seqBestT) = measureRuns(3) { Analysis(corpus: corpus, parallel: false) }
        line("analysis (one core)", bytes: bytes, docs: docs, runs: 3, seqT, best: seqBestT)
        let segs = corpus.documents.map { Segmenter.segment($0.bytes) }
        let stages: [(name: String, run: () -> Int)] = [
            ("segmentation", { corpus.documents.reduce(0) { $0 + Segmenter.segment($1.bytes).sentences.count } }),
            ("segmentation + claims", {
                corpus.documents.indices.reduce(0) { n, d in
                    let seg = Segmenter.segment(corpus.documents[d].bytes)
                    return n + Analysis.claims(corpus.documents[d], seg, index: d).count
                }
            }),
            ("quotes (with attribution)", {
                corpus.documents.indices.reduce(0) { $0 + QuoteExtractor().extract(corpus.documents[$1], segs[$1], document: $1).count }
            }),
            ("quote marks only", {
                corpus.documents.indices.reduce(0) { $0 + QuoteExtractor(attributes: false).extract(corpus.documents[$1], segs[$1], document: $1).count }
            }),
            ("time tagger", {
                corpus.documents.indices.reduce(0) { $0 + TimeTagger().tag(corpus.documents[$1], segs[$1], document: $1).count }
            }),
        ]
        for (name, median, best) in interleavedRuns(9, stages) {
            line(name, bytes: bytes, docs: docs, runs: 9, median, best: best)
        }
        var resolved = analysis.quotes
        let (entities, entityT) = measure { EntityResolver.resolve(&resolved) }
        let (groups, groupT) = measure { QuoteGrouper.group(analysis.quotes, documents: analysis.documents) }
        let (events, timelineT) = measure { Timeline.build(analysis) }
        print(String(format: "corpus-level: entities %.3f s (%d), quote groups %.3f s (%d), timeline %.3f s (%d events), query index %.3f s",
                     entityT.cpu, entities.count, groupT.cpu, groups.count, timelineT.cpu, events.count, indexT.wall))
        // 3. Filter commands over the loaded corpus: median of 15 runs each.
        for filter in ["missile", "source:reuters kind:quote \"oil prices\"", "kind:hedged -source:bbc limit:100000"] {
            guard let tokens = try? CommandLineTokenizer.tokenize(filter), let f = try? FilterParser.parse(tokens),
                  let r = try? query.resolve(f) else { print("filter \(filter): does not apply to this corpus"); continue }
            var times: [Double] = []
            var hits = 0
            for _ in 0..<15 {
                let (h, t) = measure { query.claims(r) }
                hits = h.count
                times.append(t.wall)
            }
            print(String(format: "filter %-44@ median %6.1f ms  (%d claims)", "claims \(filter)" as NSString, median(times) * 1000, hits))
        }
        print(String(format: "resident: %.0f MB after load, %.0f MB after analysis", afterLoad, afterAnalysis))
        print(String(format: "peak RSS: %.0f MB = %.1f x corpus bytes (after load + analysis + query index)", rss, rss * 1048576 / Double(bytes)))
    }
}
