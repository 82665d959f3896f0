import Foundation

/// The optional `corpus.json` at a corpus root: the outlet, date, URL and title of each file.
public struct Manifest: Sendable {
    /// One document's entry.
    public struct Entry: Sendable, Decodable {
        /// The path relative to the corpus root.
        public var file: String
        /// The outlet.
        public var source: String?
        /// The article's URL.
        public var url: String?
        /// ISO 8601 date or date-time.
        public var published: String?
        /// The title.
        public var title: String?
    }

    private struct Raw: Decodable {
        var name: String?
        var documents: [Entry]?
    }

    /// The corpus name, if given.
    public var name: String?
    /// Entries by file path relative to the root.
    public var entries: [String: Entry]
    /// The files in the order the manifest lists them.
    public var order: [String]

    /// Parses manifest bytes; problems are reported against `path`.
    public static func parse(_ bytes: [UInt8], path: String) -> Result<(Manifest, [LoadIssue]), LoadIssue> {
        let raw: Raw
        do {
            raw = try JSONDecoder().decode(Raw.self, from: Data(bytes))
        } catch {
            return .failure(LoadIssue(path: path, message: "malformed corpus manifest: \(describe(error, bytes: bytes))"))
        }
        var issues: [LoadIssue] = []
        var entries: [String: Entry] = [:]
        var order: [String] = []
        for (i, entry) in (raw.documents ?? []).enumerated() {
            if entry.file.isEmpty {
                issues.append(LoadIssue(path: path, message: "documents[\(i)] has an empty \"file\"", severity: .warning))
                continue
            }
            var entry = entry
            if let p = entry.published, !p.isEmpty, !ISODate.isValid(p) {
                issues.append(LoadIssue(path: path,
                    message: "documents[\(i)] (\(entry.file)): \"published\" is not an ISO 8601 date: \(p)", severity: .warning))
                entry.published = nil
            }
            if entries[entry.file] != nil {
                issues.append(LoadIssue(path: path, message: "\(entry.file) is listed twice; the first entry is used", severity: .warning))
                continue
            }
            entries[entry.file] = entry
            order.append(entry.file)
        }
        if raw.documents == nil {
            issues.append(LoadIssue(path: path, message: "no \"documents\" list; ignored", severity: .warning))
        }
        return .success((Manifest(name: raw.name, entries: entries, order: order), issues))
    }

    private static func describe(_ error: Error, bytes: [UInt8]) -> String {
        switch error {
        case DecodingError.dataCorrupted(let ctx):
            var text = ctx.debugDescription
            if let underlying = ctx.underlyingError as NSError?,
               let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
                text = detail
            }
            return text
        case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
            return "\(ctx.debugDescription) at \(ctx.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.keyNotFound(let key, let ctx):
            let at = ctx.codingPath.map(\.stringValue).joined(separator: ".")
            return "missing \"\(key.stringValue)\"\(at.isEmpty ? "" : " in \(at)")"
        default:
            return "\(error)"
        }
    }
}

/// ISO 8601 date checks, on bytes.
public enum ISODate {
    /// Whether `s` is `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally followed by `T` and a time.
    public static func isValid(_ s: String) -> Bool {
        let b = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= b.count && r.allSatisfy { b[$0] >= 48 && b[$0] <= 57 } }
        guard digits(0..<4) else { return false }
        if b.count == 4 { return true }
        guard b.count >= 7, b[4] == 45, digits(5..<7) else { return false }
        let month = Int(b[5] - 48) * 10 + Int(b[6] - 48)
        guard (1...12).contains(month) else { return false }
        if b.count == 7 { return true }
        guard b.count >= 10, b[7] == 45, digits(8..<10) else { return false }
        let day = Int(b[8] - 48) * 10 + Int(b[9] - 48)
        guard (1...31).contains(day) else { return false }
        if b.count == 10 { return true }
        return b[10] == 84 || b[10] == 32  // 'T' or ' '
    }

    /// The `YYYY-MM-DD` prefix of a valid date-time, if it has one.
    public static func day(_ s: String) -> String? {
        guard isValid(s), s.utf8.count >= 10 else { return nil }
        return String(s.prefix(10))
    }
}
