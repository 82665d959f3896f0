import ClaimKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts the shell the way the command line asked: load, then `-c`/`-f` commands, or a loop.
public enum Launcher {
    /// One `-c COMMAND` or `-f FILE`, in the order given.
    public enum Step: Equatable, Sendable {
        case command(String)
        case file(String)
    }

    /// What the command line asked for.
    public struct Options: Sendable {
        public var paths: [String] = []
        public var steps: [Step] = []
        public var keepGoing = false
        public var readInit = true
        public var format: Settings.Format? = nil
        public init() {}
    }

    /// Runs and returns the exit status: 0 all commands succeeded, 1 a command failed.
    public static func run(_ o: Options, console: Console = .standard()) -> Int32 {
        let (corpus, paths) = corpus(for: o.paths, console: console)
        Session.report(corpus.issues, console: console)
        if corpus.documents.isEmpty {
            // A script must not carry on as if an empty corpus were the one it asked for.
            if !o.steps.isEmpty || isatty(0) != 1 {
                console.message("claims: nothing loaded from \(paths.joined(separator: " "))")
                return 1
            }
            console.message("claims: nothing to analyse in \(paths.joined(separator: " ")); starting with an empty corpus ('load PATH' to load one)")
        }
        let session = Session(analysis: Session.analyse(corpus, console: console), paths: paths, console: console)
        if let f = o.format { session.settings.format = f }
        if !o.steps.isEmpty {
            let runner = Runner(session: session)
            var ok = true
            for step in o.steps {
                let stepOK: Bool
                switch step {
                case .command(let line):
                    let outcome = runner.execute(line, location: "-c")
                    if outcome == .quit { return ok ? 0 : 1 }
                    stepOK = outcome == .ok
                case .file(let path):
                    stepOK = runner.runScript(path, keepGoing: o.keepGoing)
                }
                if !stepOK {
                    ok = false
                    if !o.keepGoing { return 1 }
                }
            }
            return ok ? 0 : 1
        }
        return Shell.loop(session, readInit: o.readInit, keepGoing: o.keepGoing)
    }

    /// The corpus for the given paths; with none, `seeds/` in the current folder or the bundled sample.
    static func corpus(for paths: [String], console: Console) -> (Corpus, [String]) {
        if !paths.isEmpty { return (Session.loadCorpus(paths, console: console), paths) }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: "seeds", isDirectory: &isDir), isDir.boolValue {
            return (Session.loadCorpus(["seeds"], console: console), ["seeds"])
        }
        return (bundledCorpus(), ["(bundled sample)"])
    }

    /// The five sample articles built into the binary.
    public static func bundledCorpus() -> Corpus {
        let files = BundledSeeds.files.map { (file: $0.0, bytes: [UInt8](Data(base64Encoded: $0.1) ?? Data())) }
        let manifest = Data(base64Encoded: BundledSeeds.manifest).map { [UInt8]($0) }
        return CorpusLoader().load(files: files, manifest: manifest, root: "(bundled sample)")
    }
}
