/// A half-open range `[start, end)` of UTF-8 byte offsets into a document's file.
public struct ByteSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The first byte of the span.
    public var start: Int
    /// One past the last byte of the span.
    public var end: Int

    /// Creates a span; `end` is clamped so it is never before `start`.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The number of bytes covered.
    public var count: Int { end - start }
    /// Whether the span covers no byte.
    public var isEmpty: Bool { end <= start }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: ByteSpan) -> Bool { other.start >= start && other.end <= end }
    /// Whether the two spans share at least one byte.
    public func overlaps(_ other: ByteSpan) -> Bool { other.start < end && start < other.end }

    public static func < (lhs: ByteSpan, rhs: ByteSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "[\(start), \(end))" }
}
