/// A number with its unit, as a claim states it ("more than 1,100 kilometers").
public struct Quantity: Hashable, Sendable {
    /// The short stable id, e.g. `n3.1`.
    public var id: String
    /// The index of the document in the corpus.
    public var document: Int
    /// The bytes of the number and unit.
    public var span: ByteSpan
    /// The value, when it is a single number.
    public var value: Double?
    /// The lower bound of a range, if any.
    public var low: Double?
    /// The upper bound of a range, if any.
    public var high: Double?
    /// The canonical unit ("km", "USD", "percent", "troops"), if any.
    public var unit: String?
    /// Whether the text marks it as approximate ("about", "more than", "nearly").
    public var approx: String?
    /// The index (into the document's sentences) of the sentence holding it.
    public var sentence: Int

    /// Creates a quantity.
    public init(
        id: String = "", document: Int, span: ByteSpan, value: Double?, low: Double? = nil,
        high: Double? = nil, unit: String? = nil, approx: String? = nil, sentence: Int = 0
    ) {
        self.id = id
        self.document = document
        self.span = span
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.approx = approx
        self.sentence = sentence
    }
}
