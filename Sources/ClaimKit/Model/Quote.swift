/// A direct quotation: the words between quote marks, and who said them.
public struct Quote: Hashable, Sendable {
    /// The short stable id, e.g. `q3.2`.
    public var id: String
    /// The index of the document in the corpus.
    public var document: Int
    /// The quoted words, without the quote marks.
    public var span: ByteSpan
    /// The speaker as written at the attribution (e.g. "the top US diplomat"), if any.
    public var speakerMention: String?
    /// The span of the speaker mention in the document, if any.
    public var speakerSpan: ByteSpan?
    /// The canonical name of the speaker's entity, once names are resolved.
    public var speaker: String?
    /// The cue verb or phrase ("said", "according to"), if any.
    public var cue: String?
    /// The index (into the document's sentences) of the sentence holding the quote's start.
    public var sentence: Int
    /// Whether the quote is a fragment inside a sentence of reported speech.
    public var isPartial: Bool
    /// Whether the speaker is a person or an organisation, when there is a speaker.
    public var speakerKind: Entity.Kind?

    /// Creates a quote.
    public init(
        id: String = "", document: Int, span: ByteSpan, speakerMention: String? = nil,
        speakerSpan: ByteSpan? = nil, speaker: String? = nil, cue: String? = nil,
        sentence: Int = 0, isPartial: Bool = false, speakerKind: Entity.Kind? = nil
    ) {
        self.id = id
        self.document = document
        self.span = span
        self.speakerMention = speakerMention
        self.speakerSpan = speakerSpan
        self.speaker = speaker
        self.cue = cue
        self.sentence = sentence
        self.isPartial = isPartial
        self.speakerKind = speakerKind
    }
}
