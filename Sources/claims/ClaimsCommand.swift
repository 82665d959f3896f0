import ArgumentParser
import ClaimShell

extension Settings.Format: ExpressibleByArgument {}

/// `claims`: the command-line entry point.
@main
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Analyse what many news outlets say about one event: claims, quotes, times, outlets.",
        discussion: """
        Loads the folders and files given (default: ./seeds, else the sample corpus built in) and opens \
        an interactive shell when standard input is a terminal. With -c or -f it runs those commands in \
        order and exits; otherwise commands are read from standard input, one per line. Exit status: \
        0 when every command succeeded, 1 when one failed, 64 for bad flags.
        """,
        version: ClaimsVersion.string
    )

    @Argument(help: "Folders (read recursively for .txt) and files to load.")
    var paths: [String] = []

    @Option(name: .customShort("c"), help: ArgumentHelp("Run a command and exit (repeatable, in order with -f).", valueName: "command"))
    var command: [String] = []

    @Option(name: .customShort("f"), help: ArgumentHelp("Run the commands in a file and exit (repeatable).", valueName: "file"))
    var file: [String] = []

    @Flag(name: .long, help: "After a failed command, go on with the rest and exit 1 at the end.")
    var keepGoing = false

    @Flag(name: .long, help: "Do not read ~/.config/claims/init in an interactive session.")
    var noInit = false

    @Option(name: .long, help: "Output format: table, json, jsonl, csv, markdown.")
    var format: Settings.Format?

    @Flag(name: .long, help: .hidden)
    var commandsMarkdown = false

    mutating func run() throws {
        if commandsMarkdown {
            print(CommandRegistry.markdown(), terminator: "")
            return
        }
        var o = Launcher.Options()
        o.paths = paths
        o.steps = Self.orderedSteps(Array(CommandLine.arguments.dropFirst()), commands: command, files: file)
        o.keepGoing = keepGoing
        o.readInit = !noInit
        o.format = format
        let status = Launcher.run(o)
        if status != 0 { throw ExitCode(status) }
    }

    /// The -c and -f values in the order they were given on the command line.
    static func orderedSteps(_ argv: [String], commands: [String], files: [String]) -> [Launcher.Step] {
        var steps: [Launcher.Step] = []
        var i = 0
        while i < argv.count {
            let a = argv[i]
            if a == "--" { break }
            if (a == "-c" || a == "-f"), i + 1 < argv.count {
                steps.append(a == "-c" ? .command(argv[i + 1]) : .file(argv[i + 1]))
                i += 2
                continue
            }
            i += 1
        }
        let expected = commands.map(Launcher.Step.command) + files.map(Launcher.Step.file)
        // Fall back to files then commands if the flags were written in a form not walked above.
        if steps.count != expected.count { return files.map(Launcher.Step.file) + commands.map(Launcher.Step.command) }
        return steps
    }
}
