import ClaimKit

/// The one list of commands: dispatch, `help`, completion and docs/commands.md all read it.
public enum CommandRegistry {
    /// Every command, in the order `help` lists them.
    public static let all: [Command] =
        CorpusCommands.all + ListingCommands.all + QuoteCommands.all + TimelineCommands.all + OutputCommands.all
        + SessionCommands.all

    /// Every name and alias.
    public static var names: [String] { all.flatMap { [$0.name] + $0.aliases } }

    /// The command a typed name means: exact, alias, or unique prefix; else an error with a suggestion.
    public static func find(_ typed: String) throws(ShellError) -> Command {
        let name = typed.lowercased()
        if let c = all.first(where: { $0.name == name || $0.aliases.contains(name) }) { return c }
        let hits = all.filter { $0.name.hasPrefix(name) }
        if hits.count == 1 { return hits[0] }
        if hits.count > 1 {
            throw ShellError("'\(typed)' is ambiguous: \(hits.map(\.name).joined(separator: ", "))")
        }
        var msg = "unknown command '\(typed)'"
        if let s = Suggest.nearest(name, in: names) { msg += "; did you mean '\(s)'?" }
        throw ShellError(msg + " (type 'help' for the list)")
    }

    /// The command reference in Markdown (docs/commands.md is this, checked by a test).
    public static func markdown() -> String {
        var out = "# Command reference\n\n"
        out += "Generated from the shell's command registry (`claims --commands-markdown`); a test fails when they disagree.\n\n"
        out += "| command | what it does |\n| --- | --- |\n"
        for c in all { out += "| `\(c.synopsis)` | \(c.summary) |\n" }
        out += "\n## Filters\n\nEvery listing command takes the same filter syntax:\n\n"
        for k in Filter.Key.allCases { out += "- `\(k.rawValue):` \(k.summary)\n" }
        out += "- bare words and \"quoted phrases\": all must occur (case-insensitive)\n"
        out += "- a leading `-` excludes: `-source:cbs`, `-missile`\n\n"
        for c in all {
            out += "## \(c.name)\n\n```\n\(c.synopsis)\n```\n\n\(c.summary)\n\n"
            if !c.details.isEmpty { out += c.details + "\n\n" }
            if !c.aliases.isEmpty { out += "Also: " + c.aliases.map { "`\($0)`" }.joined(separator: ", ") + "\n\n" }
            if !c.examples.isEmpty { out += "Examples:\n\n```\n" + c.examples.joined(separator: "\n") + "\n```\n\n" }
        }
        return out
    }

    /// The text of `help COMMAND`.
    static func help(_ c: Command) -> String {
        var out = "usage: \(c.synopsis)\n\n\(c.summary)\n"
        if !c.details.isEmpty { out += "\n\(c.details)\n" }
        if c.arguments == .filter {
            out += "\nFilters:\n"
            for k in Filter.Key.allCases { out += "  \(k.rawValue):".padding(12) + k.summary + "\n" }
            out += "  WORD, \"a phrase\"  must occur; -KEY:VALUE, -WORD exclude\n"
        }
        if !c.aliases.isEmpty { out += "\nAlso: \(c.aliases.joined(separator: ", "))\n" }
        if !c.examples.isEmpty { out += "\nExamples:\n" + c.examples.map { "  " + $0 }.joined(separator: "\n") + "\n" }
        return out
    }
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self + " " : self + String(repeating: " ", count: n - count) }
    /// The width of a column holding `cells` (for `padding`): two spaces past the longest, and
    /// at least `minimum`.
    static func columnWidth(_ cells: some Sequence<String>, minimum: Int) -> Int {
        cells.reduce(minimum) { Swift.max($0, $1.count + 2) }
    }
    /// The string cut to at most `n` characters, an ellipsis marking the cut.
    func truncated(_ n: Int) -> String { count > n ? String(prefix(max(0, n - 1))) + "…" : self }
}

extension Session {
    /// Parses and resolves a listing command's filter, pointing errors at the offending word.
    func filter(_ inv: Invocation) throws(ShellError) -> Query.Resolved {
        do {
            return try query.resolve(try FilterParser.parse(inv.arguments))
        } catch {
            throw ShellError(error.message, offset: error.offset)
        }
    }
}
