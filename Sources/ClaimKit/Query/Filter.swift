/// A parsed filter: the one syntax every listing command accepts.
///
/// `source:NAME` (case-insensitive, prefix ok), `doc:ID`, `kind:TAG`, `speaker:NAME`,
/// `from:DATE`, `to:DATE`, bare words and "quoted phrases" (all must match), a leading `-` on
/// any of them to exclude, and `limit:N`. Several values of one key are alternatives.
public struct Filter: Hashable, Sendable {
    /// The keys a filter term may have.
    public enum Key: String, CaseIterable, Sendable {
        case source, doc, kind, speaker, from, to, limit
        /// What the key does, for help text.
        public var summary: String {
            switch self {
            case .source: return "outlet name, case-insensitive, prefix ok"
            case .doc: return "document id, id prefix or number"
            case .kind: return "claim tag: " + ClaimTags.named.map(\.name).joined(separator: ", ")
            case .speaker: return "speaker name or variant, prefix ok"
            case .from: return "on or after a date (2024-11, \"January 20, 2025\")"
            case .to: return "on or before a date"
            case .limit: return "at most N results"
            }
        }
    }

    /// One `key:value` term.
    public struct Term: Hashable, Sendable {
        /// The key.
        public var key: Key
        /// The value as typed.
        public var value: String
        /// Whether the term excludes (`-key:value`).
        public var negated: Bool
        /// Where the term started in the command line.
        public var offset: Int
    }

    /// The `key:value` terms, in order.
    public var terms: [Term] = []
    /// Bare words and phrases that must all occur (lower-cased).
    public var words: [String] = []
    /// Bare words and phrases that must not occur (lower-cased).
    public var excludedWords: [String] = []
    /// The most results to return.
    public var limit: Int? = nil

    /// Creates an empty filter (matches everything).
    public init() {}

    /// The values given for a key, included or excluded.
    public func values(_ key: Key, negated: Bool = false) -> [String] {
        terms.filter { $0.key == key && $0.negated == negated }.map(\.value)
    }

    /// Whether the filter has no condition.
    public var isEmpty: Bool { terms.isEmpty && words.isEmpty && excludedWords.isEmpty && limit == nil }
}

/// A filter term that cannot be understood, with a suggestion where one is likely.
public struct FilterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// The offset in the command line to point at, if known.
    public var offset: Int?
    public var description: String { message }

    /// Creates an error.
    public init(_ message: String, offset: Int? = nil) {
        self.message = message
        self.offset = offset
    }
}

/// Parses filter words into a `Filter`.
public enum FilterParser {
    /// Parses the tokens of a listing command's arguments.
    public static func parse(_ tokens: [Token]) throws(FilterError) -> Filter {
        var f = Filter()
        for t in tokens {
            var text = t.text
            var negated = false
            if text.hasPrefix("-"), text.count > 1 { negated = true; text.removeFirst() }
            if !t.quoted || t.text.contains(":"), let colon = text.firstIndex(of: ":"), colon != text.startIndex,
               text[..<colon].allSatisfy({ $0.isASCII && $0.isLetter }) {
                let name = text[..<colon].lowercased()
                let value = String(text[text.index(after: colon)...])
                guard let key = Filter.Key(rawValue: name) else {
                    let valid = Filter.Key.allCases.map { $0.rawValue + ":" }.joined(separator: " ")
                    var msg = "unknown filter key '\(name):'"
                    if let s = Suggest.nearest(name, in: Filter.Key.allCases.map(\.rawValue)) { msg += "; did you mean '\(s):'?" }
                    throw FilterError(msg + " (valid keys: \(valid))", offset: t.offset)
                }
                guard !value.isEmpty else { throw FilterError("'\(name):' needs a value", offset: t.offset) }
                if key == .limit {
                    guard !negated, let n = Int(value), n >= 0 else {
                        throw FilterError("limit: takes a whole number, not '\(value)'", offset: t.offset)
                    }
                    f.limit = n
                    continue
                }
                if key == .kind, ClaimTags.named(value) == nil {
                    var msg = "unknown kind '\(value)'"
                    if let s = Suggest.nearest(value, in: ClaimTags.named.map(\.name)) { msg += "; did you mean '\(s)'?" }
                    throw FilterError(msg + " (kinds: \(ClaimTags.named.map(\.name).joined(separator: ", ")))", offset: t.offset)
                }
                f.terms.append(Filter.Term(key: key, value: value, negated: negated, offset: t.offset))
                continue
            }
            let word = text.lowercased()
            guard !word.isEmpty else { continue }
            if negated { f.excludedWords.append(word) } else { f.words.append(word) }
        }
        return f
    }
}
