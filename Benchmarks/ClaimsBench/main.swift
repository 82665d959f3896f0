import ClaimKit
import Foundation

// claims-bench: speed and memory figures for `make bench`, and a ClaimKit-only exporter for
// scoring extractors without building the shell.
//   claims-bench export DIR...      writes claims.analysis/1 JSON to stdout
//   claims-bench run DIR...         prints load/analysis MB/s, docs/s per core, peak RSS
//   claims-bench timeline DIR OUT   writes the HTML timeline of DIR to OUT
//   claims-bench times DIR...       the time tagger alone, 15 passes (for profiling); prints every
//                                   expression (document, span, type, value) to stdout
//   claims-bench qprof DIR...       quote extraction alone, 3 passes (for profiling)
//   claims-bench tprof DIR...       the time tagger alone, 3 passes (for profiling)
//   claims-bench qtime DIR...       quote extraction alone: min and median CPU time of 15 runs
//   claims-bench aprof DIR...       the whole analysis on every core, 3 passes (for profiling)
//   claims-bench lprof DIR...       the timeline of an analysis, 5 passes (for profiling)
//   claims-bench sprof DIR...       segmentation and claims alone, 3 passes (for profiling)
//   claims-bench atime DIR...       the whole analysis on every core: min and median wall of 7 runs,
//                                   and peak RSS after the first
//   claims-bench eprof DIR...       entity resolution over the corpus's quotes: min CPU of 5 runs

let args = Array(CommandLine.arguments.dropFirst())
guard let mode = args.first, ["export", "run", "timeline", "times", "qprof", "tprof", "qtime", "aprof", "lprof", "eprof", "atime", "sprof"].contains(mode), args.count >= 2 else {
    FileHandle.standardError.write(Data("usage: claims-bench export|run|times|qprof|tprof|qtime|aprof|lprof|eprof|atime|sprof DIR... | timeline DIR OUT.html\n".utf8))
    exit(64)
}
let paths = Array(args.dropFirst())
if mode == "export" {
    let corpus = CorpusLoader().load(paths)
    for issue in corpus.issues { FileHandle.standardError.write(Data("\(issue)\n".utf8)) }
    let analysis = Analysis(corpus: corpus)
    FileHandle.standardOutput.write(Data(AnalysisExport.encode(analysis)))
    exit(0)
}
if mode == "timeline" {
    guard args.count == 3 else {
        FileHandle.standardError.write(Data("usage: claims-bench timeline DIR OUT.html\n".utf8))
        exit(64)
    }
    let corpus = CorpusLoader().load([args[1]])
    for issue in corpus.issues { FileHandle.standardError.write(Data("\(issue)\n".utf8)) }
    let analysis = Analysis(corpus: corpus)
    do {
        try Data(TimelineHTML.render(analysis).utf8).write(to: URL(fileURLWithPath: args[2]))
    } catch {
        FileHandle.standardError.write(Data("cannot write \(args[2]): \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}
if mode == "times" {
    Bench.times(paths)
    exit(0)
}
/// One extractor over every segmented document, 3 passes (for a profiler); prints the total count.
func profile(_ count: (Document, Segmentation, Int) -> Int) -> Never {
    let corpus = CorpusLoader().load(paths)
    let segs = corpus.documents.map { Segmenter.segment($0.bytes) }
    var n = 0
    for _ in 0..<3 { for d in corpus.documents.indices { n += count(corpus.documents[d], segs[d], d) } }
    print(n)
    exit(0)
}
if mode == "qprof" { profile { QuoteExtractor().extract($0, $1, document: $2).count } }
if mode == "tprof" { profile { TimeTagger().tag($0, $1, document: $2).count } }
if mode == "aprof" {
    let corpus = CorpusLoader().load(paths)
    var n = 0
    for _ in 0..<3 { n += Analysis(corpus: corpus).claims.count }
    print(n)
    exit(0)
}
if mode == "lprof" {
    let analysis = Analysis(corpus: CorpusLoader().load(paths))
    var n = 0
    for _ in 0..<5 { n += Timeline.build(analysis).count }
    print(n)
    exit(0)
}
if mode == "qtime" {
    // Quote extraction with attribution alone; the minimum is the figure least moved by other
    // processes on a shared machine.
    let corpus = CorpusLoader().load(paths)
    let segs = corpus.documents.map { Segmenter.segment($0.bytes) }
    let bytes = corpus.documents.reduce(0) { $0 + $1.bytes.count }
    var cpu: [Double] = []
    for _ in 0..<15 {
        let (_, t) = Bench.measure {
            corpus.documents.indices.reduce(0) { $0 + QuoteExtractor().extract(corpus.documents[$1], segs[$1], document: $1).count }
        }
        cpu.append(t.cpu)
    }
    cpu.sort()
    print(String(format: "quotes (with attribution): cpu min %.3f s (%.1f MB/s/core), median %.3f s (%.1f MB/s/core)",
                 cpu[0], Double(bytes) / 1e6 / cpu[0], cpu[7], Double(bytes) / 1e6 / cpu[7]))
    exit(0)
}
if mode == "sprof" {
    let corpus = CorpusLoader().load(paths)
    var n = 0
    for _ in 0..<3 {
        for d in corpus.documents.indices {
            n += Analysis.claims(corpus.documents[d], Segmenter.segment(corpus.documents[d].bytes), index: d).count
        }
    }
    print(n)
    exit(0)
}
if mode == "atime" {
    // The figure the 50 MB/s floor is about, alone: the minimum is the least disturbed run.
    let corpus = CorpusLoader().load(paths)
    var wall: [Double] = [], cpu: [Double] = []
    var peak = 0.0
    for _ in 0..<7 {
        let (_, t) = Bench.measure { Analysis(corpus: corpus).claims.count }
        wall.append(t.wall)
        cpu.append(t.cpu)
        if peak == 0 { peak = Bench.peakRSSMB() }
    }
    wall.sort()
    cpu.sort()
    let mb = Double(corpus.byteCount) / 1e6
    print(String(format: "analysis (all cores): wall min %.3f s (%.1f MB/s), median %.3f s (%.1f MB/s); cpu median %.3f s; peak RSS after the first %.0f MB",
                 wall[0], mb / wall[0], wall[3], mb / wall[3], cpu[3], peak))
    exit(0)
}
if mode == "eprof" {
    // The corpus-level, single-threaded entity resolution alone, on the quotes as the documents'
    // analyses give them.
    let corpus = CorpusLoader().load(paths)
    let quotes = corpus.documents.indices.flatMap { d in
        QuoteExtractor().extract(corpus.documents[d], Segmenter.segment(corpus.documents[d].bytes), document: d)
    }
    var best = Double.infinity, entities = 0
    for _ in 0..<5 {
        var q = quotes
        let (e, t) = Bench.measure { EntityResolver.resolve(&q) }
        best = min(best, t.cpu)
        entities = e.count
    }
    print(String(format: "entities: %d from %d quotes, cpu min %.1f ms", entities, quotes.count, best * 1000))
    exit(0)
}
try Bench.run(paths)
