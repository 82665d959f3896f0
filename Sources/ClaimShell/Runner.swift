import ClaimKit
#if canImport(Glibc)
import Glibc
#endif

/// Runs command lines against a session and reports errors the way scripts need them.
public struct Runner {
    /// The session commands act on.
    public let session: Session

    /// Creates a runner.
    public init(session: Session) { self.session = session }

    /// What running one line came to.
    public enum Outcome: Equatable {
        /// The command succeeded (or the line was blank).
        case ok
        /// The command failed; the error was reported.
        case failed
        /// The analyst asked to quit.
        case quit
    }

    /// Runs one line. `location` ("FILE:LINE") prefixes error messages when given.
    @discardableResult
    public func execute(_ line: String, location: String? = nil) -> Outcome {
        do {
            try run(line)
            return .ok
        } catch {
            if error.isQuit { return .quit }
            if error.isSilent { return .failed }
            report(error, line: line, location: location)
            return .failed
        }
    }

    /// Runs one line, throwing its error.
    public func run(_ line: String) throws(ShellError) {
        let tokens: [Token]
        do { tokens = try CommandLineTokenizer.tokenize(line) } catch { throw ShellError(error.message, offset: error.offset) }
        guard let first = tokens.first else { return }
        let command: Command
        do { command = try CommandRegistry.find(first.text) } catch { throw ShellError(error.message, offset: first.offset) }
        try command.run(session, Invocation(line: line, arguments: Array(tokens.dropFirst())))
    }

    /// Prints an error: `error: message` (with a caret under the offending word in a terminal),
    /// or `FILE:LINE: error: message` in a script.
    public func report(_ error: ShellError, line: String, location: String?) {
        let st = session.errorStyle
        let prefix = (location.map { $0 + ": " } ?? "") + st.red("error:") + " "
        var text = prefix + error.message
        if let offset = error.offset, location == nil || session.isInteractive {
            text += "\n" + CommandLineTokenizer.caret(line, at: offset).split(separator: "\n", omittingEmptySubsequences: false)
                .map { "  " + $0 }.joined(separator: "\n")
        }
        session.console.message(text)
    }

    /// Runs a command file. Stops at the first error (reported as FILE:LINE) unless `keepGoing`.
    /// Returns whether every command succeeded; a `quit` stops the file and counts as success.
    public func runScript(_ path: String, keepGoing: Bool) -> Bool {
        guard let data = ScriptFile.read(path) else {
            session.console.message(session.errorStyle.red("error:") + " cannot read \(path)")
            return false
        }
        session.readStack.append(path)
        defer { session.readStack.removeLast() }
        return runLines(data, name: path, keepGoing: keepGoing)
    }

    /// Runs lines of text as a script called `name`.
    public func runLines(_ text: String, name: String, keepGoing: Bool) -> Bool {
        runLines(text.split(separator: "\n", omittingEmptySubsequences: false), name: name, keepGoing: keepGoing)
    }

    /// Runs lines as a script called `name` (errors say `name:N`); stops at the first error
    /// unless `keepGoing`, or at `quit`. Whether every line succeeded.
    public func runLines<Lines: Sequence>(_ lines: Lines, name: String, keepGoing: Bool) -> Bool where Lines.Element: StringProtocol {
        var ok = true
        var number = 0
        for line in lines {
            number += 1
            if session.interrupted() { return false }
            switch execute(String(line), location: "\(name):\(number)") {
            case .ok: continue
            case .quit: return ok
            case .failed:
                ok = false
                if !keepGoing { return false }
            }
        }
        return ok
    }
}

/// Reads script files.
enum ScriptFile {
    static func read(_ path: String) -> String? {
        guard let bytes = try? ScriptFile.bytes(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        guard let fp = fopen(path, "rb") else { throw ShellError("cannot open \(path)") }
        defer { fclose(fp) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, fp)
            if n <= 0 { break }
            out += buf[0..<n]
        }
        return out
    }
}
