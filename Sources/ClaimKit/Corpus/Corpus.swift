/// The loaded articles, in a stable order, with any problems met while loading them.
public struct Corpus: Sendable {
    /// The manifest's name for the corpus, if any.
    public var name: String?
    /// The paths the corpus was loaded from.
    public var roots: [String]
    /// The documents, ordered by root then by path.
    public var documents: [Document]
    /// Files and entries that were skipped or loaded with a caveat.
    public var issues: [LoadIssue]
    /// Whether the load was stopped before every file was read.
    public var interrupted = false

    /// Creates a corpus.
    public init(name: String? = nil, roots: [String] = [], documents: [Document] = [], issues: [LoadIssue] = []) {
        self.name = name
        self.roots = roots
        self.documents = documents
        self.issues = issues
    }

    /// The total size of the documents' text, in bytes.
    public var byteCount: Int { documents.reduce(0) { $0 + $1.bytes.count } }
}
