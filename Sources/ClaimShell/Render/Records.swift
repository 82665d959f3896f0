import ClaimKit

/// Builds the rows listings show and exports write, with provenance.
enum Records {
    static func document(_ a: Analysis, _ d: Int) -> Record {
        let doc = a.documents[d]
        return Record([
            ("id", .string(doc.id)), ("n", .int(Analysis.ordinal(d))), ("source", .string(doc.sourceName)),
            ("published", .string(doc.published)), ("claims", .int(a.claimRanges[d].count)),
            ("title", .string(doc.title)), ("file", .string(doc.file)), ("url", .string(doc.url)),
            ("bytes", .int(doc.bytes.count)),
        ])
    }

    static func claim(_ a: Analysis, _ k: Int) -> Record {
        let c = a.claims[k]
        let doc = a.documents[c.document]
        return Record([
            ("id", .string(c.id)), ("source", .string(doc.sourceName)), ("document", .string(doc.id)),
            ("published", .string(doc.published)), ("tags", .strings(c.tags.names)), ("span", .span(c.span)),
            ("text", .string(a.text(c.document, c.span))),
        ])
    }

    static func quote(_ a: Analysis, _ k: Int) -> Record {
        let q = a.quotes[k]
        let doc = a.documents[q.document]
        return Record([
            ("id", .string(q.id)), ("speaker", .string(q.speaker ?? q.speakerMention)), ("source", .string(doc.sourceName)),
            ("document", .string(doc.id)), ("claim", .string(a.claim(document: q.document, sentence: q.sentence)?.id)),
            ("cue", .string(q.cue)), ("span", .span(q.span)), ("text", .string(a.text(q.document, q.span))),
        ])
    }

    static func time(_ a: Analysis, _ k: Int) -> Record {
        let t = a.times[k]
        let doc = a.documents[t.document]
        return Record([
            ("id", .string(t.id)), ("type", .string(t.type.rawValue)), ("value", .string(t.value)),
            ("anchor", .string(t.anchor)), ("source", .string(doc.sourceName)), ("document", .string(doc.id)),
            ("claim", .string(a.claim(document: t.document, sentence: t.sentence)?.id)), ("span", .span(t.span)),
            ("text", .string(a.text(t.document, t.span))),
        ])
    }

    static func event(_ e: TimelineEntry) -> Record {
        Record([
            ("id", .string(e.id)), ("date", .string(e.value)), ("granularity", .string(e.granularity.rawValue)),
            ("sources", .strings(e.sources)), ("claims", .strings(e.claims)),
            ("conflict", .string(e.conflict ? "conflict: " + e.conflictsWith.joined(separator: ",") : "")),
            ("text", .string(e.text)),
        ])
    }

    /// The record for any id: a claim, quote or time id, a document id, or `dN`.
    static func lookup(_ a: Analysis, _ id: String) -> Record? {
        switch ItemID(id, in: a) {
        case .claim(let k): return claim(a, k)
        case .quote(let k): return quote(a, k)
        case .time(let k): return time(a, k)
        case .document(let d): return document(a, d)
        case .event: return nil
        case nil: return nil
        }
    }
}

/// What an id names.
enum ItemID: Equatable {
    case claim(Int), quote(Int), time(Int), document(Int), event(String)

    /// Parses `c3.12`, `q3.2`, `t3.4`, `e5` (a timeline event), `d3`, or a document id.
    init?(_ id: String, in a: Analysis) {
        let b = Array(id.utf8)
        if b.count >= 2, b[0] == 101, Int(String(decoding: b[1...], as: UTF8.self)) != nil,
           !a.documents.contains(where: { $0.id == id }) {
            self = .event(id)
            return
        }
        if b.count >= 4, let kind = b.first, [99, 113, 116].contains(kind), let dot = b.firstIndex(of: 46),
           let docN = Int(String(decoding: b[1..<dot], as: UTF8.self)), let n = Int(String(decoding: b[(dot + 1)...], as: UTF8.self)) {
            let d = docN - 1
            guard a.documents.indices.contains(d) else { return nil }
            switch kind {
            case 99:
                guard let k = a.claimIndex(document: d, number: n) else { return nil }
                self = .claim(k)
            case 113:
                guard let k = a.quoteIndex(document: d, number: n) else { return nil }
                self = .quote(k)
            default:
                guard let k = a.timeIndex(document: d, number: n) else { return nil }
                self = .time(k)
            }
            return
        }
        if let d = a.documents.firstIndex(where: { $0.id == id }) { self = .document(d); return }
        if b.count >= 2, b[0] == 100, let n = Int(String(decoding: b[1...], as: UTF8.self)), n >= 1, n <= a.documents.count {
            self = .document(n - 1)
            return
        }
        let prefixed = a.documents.indices.filter { a.documents[$0].id.hasPrefix(id) }
        if prefixed.count == 1 { self = .document(prefixed[0]); return }
        return nil
    }
}
