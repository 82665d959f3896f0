import ClaimKit

/// What the words after a command name are, for completion and help.
public enum ArgumentKind: Sendable {
    /// No arguments.
    case none
    /// The common filter syntax.
    case filter
    /// An id of a document, claim, quote or time.
    case id
    /// A command name.
    case command
    /// A setting and its values.
    case setting
    /// An export kind then a file.
    case export
    /// File or folder paths.
    case path
    /// Free text.
    case text
}

/// A command line split into words, with the command name removed.
public struct Invocation: Sendable {
    /// The whole line as typed.
    public var line: String
    /// The words after the command name.
    public var arguments: [Token]
}

/// One shell command: its name, its help, and what it does.
public struct Command: Sendable {
    /// The name typed to run it.
    public var name: String
    /// Other names it answers to.
    public var aliases: [String] = []
    /// The usage line, e.g. `claims [FILTER]`.
    public var synopsis: String
    /// One line for `help`.
    public var summary: String
    /// Paragraphs for `help COMMAND`.
    public var details: String
    /// Examples for `help COMMAND`.
    public var examples: [String] = []
    /// What its arguments are.
    public var arguments: ArgumentKind
    /// Runs it.
    public var run: @Sendable (Session, Invocation) throws(ShellError) -> Void
}
