/// A paragraph of a document: a block of text between line breaks.
public struct Paragraph: Hashable, Sendable {
    /// The paragraph's bytes, without surrounding whitespace.
    public var span: ByteSpan
    /// Why the paragraph is not reporting, or `nil` when it is content.
    public var boilerplate: BoilerplateKind?
    /// Whether the paragraph is the document's title line.
    public var isTitle: Bool

    /// Creates a paragraph.
    public init(span: ByteSpan, boilerplate: BoilerplateKind? = nil, isTitle: Bool = false) {
        self.span = span
        self.boilerplate = boilerplate
        self.isTitle = isTitle
    }
}

/// A sentence: the unit a claim is made of.
public struct Sentence: Hashable, Sendable {
    /// The sentence's bytes, without surrounding whitespace.
    public var span: ByteSpan
    /// The index of the paragraph holding it.
    public var paragraph: Int
    /// Why the sentence is not reporting, or `nil` when it is content.
    public var boilerplate: BoilerplateKind?

    /// Creates a sentence.
    public init(span: ByteSpan, paragraph: Int, boilerplate: BoilerplateKind? = nil) {
        self.span = span
        self.paragraph = paragraph
        self.boilerplate = boilerplate
    }
}

/// The kinds of page furniture that are kept visible but never become claims.
public enum BoilerplateKind: String, Hashable, Sendable, CaseIterable {
    /// "Read More:", "Also Read:", "Related:" and the link titles that follow them.
    case readMore = "read-more"
    /// Comment counters and prompts: "0 Comments", "Post Comment".
    case comments
    /// "Source link", "Original Source: ...".
    case sourceLine = "source-line"
    /// A bare URL or image link.
    case url
    /// A photo credit such as "Name/Getty".
    case photoCredit = "photo-credit"
    /// A lone wire tag such as "REUTERS" or a trailing "Reuter".
    case wireTag = "wire-tag"
    /// A short section heading ("Political Context", "Conclusion").
    case heading
}
