/// How two renderings of a statement differ.
public enum QuoteVerdict: String, Hashable, Sendable, CaseIterable {
    /// Byte for byte the same words.
    case identical
    /// The same words up to case, punctuation, quote style or function words.
    case minor
    /// Mostly the same words with some changed.
    case reworded
    /// One is a contiguous part of the other.
    case truncated
    /// Not the same statement.
    case different
}

/// A stretch of a word-level diff between two texts.
public enum WordDiffSegment: Hashable, Sendable {
    /// Words both texts have.
    case same(String)
    /// Words only the first text has.
    case removed(String)
    /// Words only the second text has.
    case added(String)
}

/// The comparison of two texts (two quotes, or any two claims).
public struct QuotePairComparison: Hashable, Sendable {
    /// The first item: an index into `Analysis.quotes`, or -1 for free text.
    public var a: Int
    /// The second item: an index into `Analysis.quotes`, or -1 for free text.
    public var b: Int
    /// How they differ.
    public var verdict: QuoteVerdict
    /// Word-level similarity, 0 (nothing shared) to 1 (same words in the same order).
    public var similarity: Double
    /// The word-level diff from `a` to `b`; empty in the pairs of a `QuoteGroup`, whose diffs are
    /// made when shown (`QuoteComparison.diff`), not for every pair of a corpus.
    public var diff: [WordDiffSegment]

    /// Creates a comparison.
    public init(a: Int, b: Int, verdict: QuoteVerdict, similarity: Double, diff: [WordDiffSegment]) {
        self.a = a
        self.b = b
        self.verdict = verdict
        self.similarity = similarity
        self.diff = diff
    }
}

/// Quotes from different documents that render the same statement.
public struct QuoteGroup: Hashable, Sendable {
    /// The short stable id: `g1`, `g2`, ... in order of the first member.
    public var id: String
    /// The canonical speaker, when any member has one.
    public var speaker: String?
    /// The members: indices into `Analysis.quotes`, in corpus order.
    public var members: [Int]
    /// The comparisons that linked members (a spanning tree: members - 1 pairs), in member order.
    public var pairs: [QuotePairComparison]

    /// Creates a group.
    public init(id: String, speaker: String?, members: [Int], pairs: [QuotePairComparison]) {
        self.id = id
        self.speaker = speaker
        self.members = members
        self.pairs = pairs
    }
}
