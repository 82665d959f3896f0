/// A problem met while loading a corpus: one clear line naming the file.
public struct LoadIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable {
        /// The file or entry was skipped.
        case error
        /// The file loaded, with a caveat.
        case warning
    }

    /// The file or folder concerned.
    public var path: String
    /// The 1-based line, when it applies.
    public var line: Int?
    /// The 0-based byte offset, when it applies.
    public var byte: Int?
    /// What went wrong, in words for the analyst.
    public var message: String
    /// Whether the file was skipped.
    public var severity: Severity

    /// Creates an issue.
    public init(path: String, line: Int? = nil, byte: Int? = nil, message: String, severity: Severity = .error) {
        self.path = path
        self.line = line
        self.byte = byte
        self.message = message
        self.severity = severity
    }

    public var description: String {
        var where_ = path
        if let line { where_ += ":\(line)" }
        if let byte { where_ += " (byte \(byte))" }
        return "\(where_): \(severity.rawValue): \(message)"
    }
}
