import ClaimKit

/// `read`, `history`, `help`, `quit`.
enum SessionCommands {
    static let all: [Command] = [read, history, help, quit]

    static let read = Command(
        name: "read", synopsis: "read FILE",
        summary: "Runs the commands in a file, one per line ('#' starts a comment).",
        details: "An error stops the file and reports FILE:LINE; the shell goes on.",
        examples: ["read examples/tour.claims"], arguments: .path
    ) { s, inv throws(ShellError) in
        guard inv.arguments.count == 1, let path = inv.arguments.first?.text else { throw ShellError("usage: read FILE") }
        guard !s.readStack.contains(path) else { throw ShellError("\(path) is already being read (a read loop)") }
        let runner = Runner(session: s)
        guard runner.runScript(path, keepGoing: false) else { throw ShellError.silent }
    }

    static let history = Command(
        name: "history", synopsis: "history [N]",
        summary: "Lists the commands entered, most recent last.",
        details: "In a terminal the history is kept across sessions in $XDG_STATE_HOME/claims/history (~/.local/state/claims/history).",
        examples: ["history", "history 10"], arguments: .text
    ) { s, inv throws(ShellError) in
        var n = s.history.count
        if let t = inv.arguments.first {
            guard let k = Int(t.text), k > 0 else { throw ShellError("history takes a count", offset: t.offset) }
            n = k
        }
        let start = max(0, s.history.count - n)
        for (k, line) in s.history.enumerated() where k >= start { s.console.line("\(String(k + 1).padding(5))\(line)") }
    }

    static let help = Command(
        name: "help", aliases: ["?"], synopsis: "help [COMMAND]",
        summary: "Lists the commands, or explains one.",
        details: "Commands may be shortened to any unique prefix (cl for claims).",
        examples: ["help", "help claims"], arguments: .command
    ) { s, inv throws(ShellError) in
        if let t = inv.arguments.first {
            let c: Command
            do throws(ShellError) { c = try CommandRegistry.find(t.text) } catch { throw ShellError(error.message, offset: t.offset) }
            s.console.out(CommandRegistry.help(c))
            return
        }
        let st = s.style
        for c in CommandRegistry.all {
            s.console.line(st.bold(c.synopsis.padding(36)) + c.summary)
        }
        s.console.line()
        s.console.line("Filters: " + Filter.Key.allCases.map { $0.rawValue + ":" }.joined(separator: " ")
            + " WORD \"a phrase\" -KEY:VALUE. 'help COMMAND' for more.")
    }

    static let quit = Command(
        name: "quit", aliases: ["exit", ".quit", ".exit"], synopsis: "quit",
        summary: "Leaves the shell (Ctrl-D does too).",
        details: "", arguments: .none
    ) { s, _ throws(ShellError) in
        throw ShellError.quit
    }
}

extension ShellError {
    /// Thrown by `quit`: not an error, the runner stops.
    static let quit = ShellError("\u{0}quit")
    /// A failure already reported (e.g. inside a script run by `read`).
    static let silent = ShellError("\u{0}silent")
    var isQuit: Bool { message == "\u{0}quit" }
    var isSilent: Bool { message == "\u{0}silent" }
}
