/// The TimeML TIMEX3 types.
public enum TimeType: String, Hashable, Sendable, CaseIterable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}

/// What a relative temporal expression was resolved against.
public enum AnchorBasis: String, Hashable, Sendable {
    /// The manifest's `published` date.
    case published
    /// A dateline or explicit date in the text.
    case text
    /// The date the corpus's other documents agree on (the document states none of its own).
    case corpus
    /// No anchor: relative values stay underspecified.
    case none
}

/// A temporal expression with its TIMEX3 type and normalised value.
/// (`TimeTagger.Fill` initializes each stored property in place: a new one must be added there.)
public struct TimeExpression: Hashable, Sendable {
    /// The short stable id, e.g. `t3.4`.
    public var id: String
    /// The index of the document in the corpus.
    public var document: Int
    /// The expression's bytes.
    public var span: ByteSpan
    /// The TIMEX3 type.
    public var type: TimeType
    /// The TIMEX3 value: `2025-01-06`, `2024-11`, `XXXX-11-05`, `P2W`, `PRESENT_REF`, ...
    public var value: String
    /// The anchor date used to resolve the value (ISO date), if any.
    public var anchor: String?
    /// How the anchor was established.
    public var anchorBasis: AnchorBasis
    /// The index (into the document's sentences) of the sentence holding it.
    public var sentence: Int

    /// Creates a temporal expression.
    public init(
        id: String = "", document: Int, span: ByteSpan, type: TimeType, value: String,
        anchor: String? = nil, anchorBasis: AnchorBasis = .none, sentence: Int = 0
    ) {
        self.id = id
        self.document = document
        self.span = span
        self.type = type
        self.value = value
        self.anchor = anchor
        self.anchorBasis = anchorBasis
        self.sentence = sentence
    }
}
