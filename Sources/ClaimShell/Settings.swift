/// The output settings `set` changes.
public struct Settings: Sendable {
    /// How listings are written.
    public enum Format: String, CaseIterable, Sendable {
        case table, json, jsonl, csv, markdown
    }
    /// When to colour output.
    public enum ColorMode: String, CaseIterable, Sendable {
        case on, off, auto
    }

    /// The listing format.
    public var format: Format = .table
    /// The colour mode.
    public var color: ColorMode = .auto
    /// A fixed output width in columns, or nil for the terminal's.
    public var width: Int? = nil

    /// Creates default settings.
    public init() {}
}
