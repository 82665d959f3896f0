import ClaimKit
import Foundation

// claims-bench: speed and memory figures for `make bench`, and a ClaimKit-only exporter for
// scoring extractors without building the shell.
//   claims-bench export DIR...      writes claims.analysis/1 JSON to stdout
//   claims-bench run DIR...         prints load/analysis MB/s, docs/s per core, peak RSS

let args = Array(CommandLine.arguments.dropFirst())
guard let mode = args.first, ["export", "run"].contains(mode), args.count >= 2 else {
    FileHandle.standardError.write(Data("usage: claims-bench export|run DIR...\n".utf8))
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
try Bench.run(paths)
