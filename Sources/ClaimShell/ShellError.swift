/// A command that failed: what to tell the analyst, and where in the line to point.
public struct ShellError: Error, Sendable, CustomStringConvertible {
    /// The message, without the `error:` prefix.
    public var message: String
    /// The UTF-8 offset in the command line to mark with a caret, if any.
    public var offset: Int?

    /// Creates an error.
    public init(_ message: String, offset: Int? = nil) {
        self.message = message
        self.offset = offset
    }

    public var description: String { message }
}
