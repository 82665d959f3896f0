import ClaimKit
import CEditLine
#if canImport(Glibc)
import Glibc
#endif

/// Where the shell keeps its files, following the XDG base directories.
public enum ShellPaths {
    /// `$XDG_STATE_HOME/claims/history`, else `~/.local/state/claims/history`.
    public static var history: String? {
        base("XDG_STATE_HOME", fallback: ".local/state").map { $0 + "/claims/history" }
    }
    /// `$XDG_CONFIG_HOME/claims/init`, else `~/.config/claims/init`.
    public static var initFile: String? {
        base("XDG_CONFIG_HOME", fallback: ".config").map { $0 + "/claims/init" }
    }

    static func base(_ variable: String, fallback: String) -> String? {
        if let v = getenv(variable).map({ String(cString: $0) }), !v.isEmpty { return v }
        guard let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty else { return nil }
        return home + "/" + fallback
    }

    /// Creates the folder that will hold `file`, with parents.
    static func makeParent(of file: String) {
        var path = ""
        let parts = file.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for (k, p) in parts.enumerated() {
            path += (k == 0 ? "" : "/") + p
            if !path.isEmpty { mkdir(path, 0o755) }
        }
    }
}

/// The interactive loop and the non-interactive line loop.
public enum Shell {
    /// Reads and runs lines until end of input or `quit`. Interactive sessions show a banner and
    /// prompt, keep history, and read the init file; others are quiet and stop at the first error
    /// unless `keepGoing`. Returns the exit status.
    public static func loop(_ session: Session, readInit: Bool, keepGoing: Bool) -> Int32 {
        let runner = Runner(session: session)
        let stdinTTY = isatty(0) == 1, stdoutTTY = isatty(1) == 1
        guard stdinTTY else {
            let lines = sequence(state: PlainLineReader()) { $0.read(prompt: "") }
            return runner.runLines(lines, name: "<stdin>", keepGoing: keepGoing) ? 0 : 1
        }
        session.isInteractive = true
        if readInit, let path = ShellPaths.initFile, access(path, R_OK) == 0 {
            _ = runner.runScript(path, keepGoing: true)
        }
        let a = session.analysis
        session.console.message("claims \(ClaimsVersion.string): \(a.documents.count) documents, \(a.claims.count) claims, "
            + "\(a.quotes.count) quotes, \(a.times.count) times from \(session.paths.joined(separator: " ")). "
            + "'help' lists commands; Ctrl-D quits.")
        var reader: LineReader
        if stdoutTTY {
            if let h = ShellPaths.history { ShellPaths.makeParent(of: h) }
            let completer = Completer(session: session)
            reader = EditLineReader(historyPath: ShellPaths.history) { before, word in
                completer.candidates(before: before, word: word)
            }
            session.interrupted = { EditLineReader.interruptPending }
        } else {
            reader = PlainLineReader(promptFD: 2)
        }
        defer { reader.close() }
        defer { if stdoutTTY { Console.write(1, "\n") } }
        while let line = reader.read(prompt: "claims> ") {
            if !line.trimmingSpaces.isEmpty { session.history.append(line) }
            let outcome = runner.execute(line)
            EditLineReader.clearInterrupt()
            if outcome == .quit { break }
        }
        return 0
    }
}

/// The version shown in the banner and by `--version`.
public enum ClaimsVersion {
    /// The version string.
    public static let string = "0.1.0"
}
