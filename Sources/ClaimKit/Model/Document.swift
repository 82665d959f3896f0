/// One article: its bytes, where it came from, and (after analysis) its segmentation.
public struct Document: Sendable {
    /// The id: the path relative to the corpus root, without `.txt`.
    public var id: String
    /// The path relative to the corpus root, as written in a manifest.
    public var file: String
    /// The path the bytes were read from.
    public var path: String
    /// The outlet, when a manifest or the text names it.
    public var source: String?
    /// How the outlet was established.
    public var sourceBasis: SourceBasis
    /// The article's URL, when known.
    public var url: String?
    /// The publication date or date-time (ISO 8601), when known.
    public var published: String?
    /// How `published` was established.
    public var publishedBasis: PublishedBasis
    /// The title: the manifest's, else the first non-empty line.
    public var title: String?
    /// The file's bytes, exactly as read.
    public var bytes: [UInt8]

    /// Creates a document from its bytes and metadata.
    public init(
        id: String, file: String, path: String, bytes: [UInt8],
        source: String? = nil, sourceBasis: SourceBasis = .unknown,
        url: String? = nil, published: String? = nil, publishedBasis: PublishedBasis = .unknown,
        title: String? = nil
    ) {
        self.id = id
        self.file = file
        self.path = path
        self.bytes = bytes
        self.source = source
        self.sourceBasis = sourceBasis
        self.url = url
        self.published = published
        self.publishedBasis = publishedBasis
        self.title = title
    }

    /// The text of a span, decoded as UTF-8 (invalid sequences repaired).
    public func text(_ span: ByteSpan) -> String {
        let lo = max(0, min(span.start, bytes.count))
        let hi = max(lo, min(span.end, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// The outlet name to show: the source, or `unknown`.
    public var sourceName: String { source ?? "unknown" }
}

/// How a document's outlet was established.
public enum SourceBasis: String, Sendable, Codable {
    /// Given by the corpus manifest.
    case manifest
    /// Read from the text, e.g. an "Original Source: www.dawn.com" line.
    case text
    /// Not known.
    case unknown
}

/// How a document's publication date was established.
public enum PublishedBasis: String, Sendable, Codable {
    /// Given by the corpus manifest.
    case manifest
    /// A dateline or explicit date in the text.
    case text
    /// The date the other documents of the corpus agree on (a cluster of reports of one story).
    case corpus
    /// Not known.
    case unknown
}
