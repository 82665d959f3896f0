import ClaimKit

/// Tab completion: command names, filter keys, outlets, document ids, speakers, settings.
public struct Completer {
    /// The session whose corpus supplies names and ids.
    let session: Session

    /// Creates a completer.
    public init(session: Session) { self.session = session }

    /// Candidates for `word`, given the text before it; nil asks for file-name completion.
    public func candidates(before: String, word: String) -> [String]? {
        let words = before.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else {
            return CommandRegistry.all.map(\.name).filter { $0.hasPrefix(word.lowercased()) }
        }
        guard let command = try? CommandRegistry.find(first) else { return [] }
        switch command.arguments {
        case .none: return []
        case .text:
            if command.name == "who" { return session.analysis.entities.map(\.name).filter { $0.lowercased().hasPrefix(word.lowercased()) } }
            return []
        case .path: return nil
        case .command: return words.count == 1 ? CommandRegistry.all.map(\.name).filter { $0.hasPrefix(word) } : []
        case .setting:
            if words.count == 1 { return ["format", "color", "width"].filter { $0.hasPrefix(word) } }
            switch words[1] {
            case "format": return Settings.Format.allCases.map(\.rawValue).filter { $0.hasPrefix(word) }
            case "color", "colour": return Settings.ColorMode.allCases.map(\.rawValue).filter { $0.hasPrefix(word) }
            default: return []
            }
        case .export:
            if words.count == 1 { return ["json", "analysis", "findings", "timeline"].filter { $0.hasPrefix(word) } }
            return nil
        case .id:
            return documentIDs(word)
        case .filter:
            if command.name == "compare", words.count == 1 { return ["quotes"].filter { $0.hasPrefix(word) } }
            return filterCandidates(word)
        }
    }

    func documentIDs(_ word: String) -> [String] {
        session.analysis.documents.map(\.id).filter { $0.hasPrefix(word) }
    }

    func filterCandidates(_ word: String) -> [String] {
        var w = word
        let negation = w.hasPrefix("-") ? "-" : ""
        if !negation.isEmpty { w.removeFirst() }
        guard let colon = w.firstIndex(of: ":") else {
            return Filter.Key.allCases.map { negation + $0.rawValue + ":" }.filter { $0.hasPrefix(word.lowercased()) }
        }
        let key = String(w[..<colon]).lowercased()
        var typed = String(w[w.index(after: colon)...])
        if typed.hasPrefix("\"") { typed.removeFirst() }
        let values: [String]
        switch Filter.Key(rawValue: key) {
        case .source?: values = session.query.sourceNames
        case .doc?: values = session.analysis.documents.map(\.id)
        case .kind?: values = ClaimTags.named.map(\.name)
        case .speaker?: values = session.query.speakerNames
        default: values = []
        }
        return values.filter { $0.lowercased().hasPrefix(typed.lowercased()) }.map { v in
            negation + key + ":" + (v.contains(" ") ? "\"\(v)\"" : v)
        }
    }
}
