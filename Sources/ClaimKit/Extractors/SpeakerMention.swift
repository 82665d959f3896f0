/// The grammatical gender a pronoun or name implies, when known.
public enum Gender: Sendable, Hashable {
    /// "he", "Mr.", a male given name.
    case male
    /// "she", "Ms.", a female given name.
    case female
    /// Not known.
    case unknown
}

/// Who the text says is speaking, as written at an attribution, before resolution.
public struct SpeakerMention: Hashable, Sendable {
    /// What kind of phrase names the speaker.
    public enum Kind: Hashable, Sendable {
        /// A proper name of a person ("U.S. Secretary of State Antony Blinken").
        case person
        /// A proper name of an organisation or place acting as speaker ("the Foreign Ministry", "Seoul").
        case organization
        /// A personal pronoun ("he", "she", "they").
        case pronoun
        /// A description ("the top US diplomat", "a campaign spokesman").
        case description
        /// A verb sharing the subject of an earlier one ("... and said").
        case elided
    }

    /// The bytes of the phrase as written (determiner included).
    public var span: ByteSpan
    /// The phrase kind.
    public var kind: Kind
    /// The name part without titles ("Antony Blinken", "Foreign Ministry"), or the pronoun / description.
    public var name: String
    /// Titles and appositives seen with the name ("U.S. Secretary of State").
    public var role: String?
    /// The head noun of a description ("diplomat"), if any.
    public var head: String?
    /// Whether a description starts with "the" (so it refers back to someone already named).
    public var isDefinite: Bool
    /// The gender the phrase implies.
    public var gender: Gender
}
