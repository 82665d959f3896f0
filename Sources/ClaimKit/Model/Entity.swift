/// A person or organisation seen across the corpus, with every way it is written.
public struct Entity: Hashable, Sendable {
    /// The canonical name (the fullest form seen).
    public var name: String
    /// Whether it is a person or an organisation.
    public var kind: Kind
    /// Every other form seen ("Blinken", "Secretary Blinken", "the top US diplomat").
    public var variants: [String]
    /// Titles and roles seen before the name ("U.S. Secretary of State").
    public var roles: [String]
    /// How many quotes are attributed to it.
    public var quoteCount: Int

    /// Person or organisation.
    public enum Kind: String, Hashable, Sendable {
        case person
        case organization
    }

    /// Creates an entity.
    public init(name: String, kind: Kind, variants: [String] = [], roles: [String] = [], quoteCount: Int = 0) {
        self.name = name
        self.kind = kind
        self.variants = variants
        self.roles = roles
        self.quoteCount = quoteCount
    }
}
