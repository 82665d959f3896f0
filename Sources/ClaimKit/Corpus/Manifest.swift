/// The optional `corpus.json` at a corpus root: the outlet, date, URL and title of each file.
public struct Manifest: Sendable {
    /// One document's entry.
    public struct Entry: Sendable {
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

    /// The corpus name, if given.
    public var name: String?
    /// Entries by file path relative to the root.
    public var entries: [String: Entry]
    /// The files in the order the manifest lists them.
    public var order: [String]

    /// Parses manifest bytes; problems are reported against `path`.
    public static func parse(_ bytes: [UInt8], path: String) -> Result<(Manifest, [LoadIssue]), LoadIssue> {
        let root: JSONValue
        do {
            root = try JSONReader.parse(bytes)
        } catch {
            return .failure(LoadIssue(path: path, line: error.line, message: "malformed corpus manifest: \(error.message) (column \(error.column))"))
        }
        guard case .object = root else {
            return .failure(LoadIssue(path: path, message: "malformed corpus manifest: the top level must be an object"))
        }
        var issues: [LoadIssue] = []
        var entries: [String: Entry] = [:]
        var order: [String] = []
        guard case .array(let list)? = root["documents"] else {
            issues.append(LoadIssue(path: path, message: "no \"documents\" list; ignored", severity: .warning))
            return .success((Manifest(name: root["name"]?.string, entries: [:], order: []), issues))
        }
        for (i, item) in list.enumerated() {
            guard case .object = item, let file = item["file"]?.string, !file.isEmpty else {
                issues.append(LoadIssue(path: path, message: "documents[\(i)] has no \"file\"; ignored", severity: .warning))
                continue
            }
            var entry = Entry(file: file, source: item["source"]?.string, url: item["url"]?.string,
                              published: item["published"]?.string, title: item["title"]?.string)
            if let p = entry.published, !p.isEmpty, !ISODate.isValid(p) {
                issues.append(LoadIssue(path: path,
                    message: "documents[\(i)] (\(file)): \"published\" is not an ISO 8601 date: \(p)", severity: .warning))
                entry.published = nil
            }
            if entries[file] != nil {
                issues.append(LoadIssue(path: path, message: "\(file) is listed twice; the first entry is used", severity: .warning))
                continue
            }
            entries[file] = entry
            order.append(file)
        }
        return .success((Manifest(name: root["name"]?.string, entries: entries, order: order), issues))
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
