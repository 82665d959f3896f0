/// ANSI colours, used only when colour is on.
public struct Style: Sendable {
    /// Whether to emit escape codes.
    public var enabled: Bool

    /// Creates a style.
    public init(enabled: Bool) { self.enabled = enabled }

    private func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    /// Bold text.
    public func bold(_ s: String) -> String { wrap(s, "1") }
    /// Dim text.
    public func dim(_ s: String) -> String { wrap(s, "2") }
    /// Red text (errors, removed words).
    public func red(_ s: String) -> String { wrap(s, "31") }
    /// Yellow text (warnings).
    public func yellow(_ s: String) -> String { wrap(s, "33") }
    /// Cyan text (ids).
    public func cyan(_ s: String) -> String { wrap(s, "36") }
    /// Struck-through red text (removed words in a diff).
    public func removed(_ s: String) -> String { wrap(s, "31;9") }
    /// Underlined green text (added words in a diff).
    public func added(_ s: String) -> String { wrap(s, "32;4") }
}
