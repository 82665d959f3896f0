/// Tags a claim carries; later stages add them as they find things in the sentence.
public struct ClaimTags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The sentence holds a direct quote.
    public static let quote = ClaimTags(rawValue: 1 << 0)
    /// The sentence attributes words or a view to someone.
    public static let attributed = ClaimTags(rawValue: 1 << 1)
    /// The sentence holds a temporal expression.
    public static let temporal = ClaimTags(rawValue: 1 << 2)
    /// The sentence holds a number or quantity.
    public static let numeric = ClaimTags(rawValue: 1 << 3)
    /// The sentence is hedged ("reportedly", "suspected", "may").
    public static let hedged = ClaimTags(rawValue: 1 << 4)
    /// The sentence is the document's headline.
    public static let headline = ClaimTags(rawValue: 1 << 5)

    /// Every tag with its public name, in display order.
    public static let named: [(name: String, tag: ClaimTags)] = [
        ("quote", .quote), ("attributed", .attributed), ("temporal", .temporal),
        ("numeric", .numeric), ("hedged", .hedged), ("headline", .headline),
    ]

    /// The tag names, in display order.
    public var names: [String] { Self.named.filter { contains($0.tag) }.map(\.name) }

    /// The tag for a public name, if there is one.
    public static func named(_ name: String) -> ClaimTags? {
        named.first { $0.name == name.lowercased() }?.tag
    }
}

/// A content sentence of a document: the unit that is compared across outlets.
public struct Claim: Hashable, Sendable {
    /// The short stable id, e.g. `c3.12` (the 12th claim of the 3rd document); made on demand.
    public var id: String { ShortID.make("c", document + 1, number) }
    /// The index of the document in the corpus.
    public var document: Int
    /// The claim's 1-based number within its document.
    public var number: Int
    /// The index of the sentence in the document.
    public var sentence: Int
    /// The sentence's byte span.
    public var span: ByteSpan
    /// What the sentence contains.
    public var tags: ClaimTags

    /// Creates a claim.
    public init(document: Int, number: Int, sentence: Int, span: ByteSpan, tags: ClaimTags = []) {
        self.document = document
        self.number = number
        self.sentence = sentence
        self.span = span
        self.tags = tags
    }
}
