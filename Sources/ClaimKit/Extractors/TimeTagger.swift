import Foundation

/// Finds temporal expressions and normalises them to TimeML TIMEX3 types and values, resolved
/// against the document's anchor date (the manifest's `published`, else a date the text
/// states for itself).
public struct TimeTagger: Sendable {
    /// Creates a tagger.
    public init() {}

    /// The temporal expressions of one document, in order.
    public func tag(_ doc: Document, _ seg: Segmentation, document: Int) -> [TimeExpression] {
        var anchor = TimeAnchor.none
        if doc.publishedBasis == .text || doc.published == nil {
            if let p = doc.published, let a = TimeAnchor(p, basis: .text) {
                anchor = a
            } else if let d = documentDate(doc, seg), let a = TimeAnchor(d, basis: .text) {
                anchor = a
            }
        } else if let a = TimeAnchor(doc.published, basis: .published) {
            anchor = a
        }
        let matches = Self.matches(doc.bytes, anchor: anchor)
        var out: [TimeExpression] = []
        out.reserveCapacity(matches.count)
        var s = 0
        let sentences = seg.sentences
        for m in matches {
            while s + 1 < sentences.count && sentences[s].span.end <= m.span.start { s += 1 }
            out.append(TimeExpression(document: document, span: m.span, type: m.type, value: m.value,
                                      anchor: anchor.iso, anchorBasis: anchor.basis, sentence: s))
        }
        return out
    }

    /// Runs the grammar over bytes: (span, type, value) for each expression.
    static func matches(_ bytes: [UInt8], anchor: TimeAnchor, limit: Int? = nil) -> [(span: ByteSpan, type: TimeType, value: String)] {
        bytes.withUnsafeBufferPointer { p in
            let buffer = TimeTokenizer.tokenize(p, to: min(limit ?? p.count, p.count))
            defer { buffer.release() }
            let tokens = buffer.tokens
            var g = TimeGrammar(tokens: tokens, bytes: p, anchor: anchor)
            return g.run().compactMap { m in
                // Token buffers are unchecked: a malformed range is dropped, never read.
                guard m.first >= 0, m.first < m.last, m.last <= tokens.count else { return nil }
                return (ByteSpan(Int(tokens[m.first].start), m.endByte ?? Int(tokens[m.last - 1].end)), m.type, m.value)
            }
        }
    }

    /// The date a document's text states for itself: the first full date (`January 6, 2025`,
    /// `6 January 2025`, `2025-01-06`) in its first 1,500 bytes, else a dateline's month and day
    /// (`LOS ANGELES, Feb 26 -`) with the year of the first year mentioned near the top.
    public func documentDate(_ doc: Document, _ seg: Segmentation) -> String? {
        let found = Self.matches(doc.bytes, anchor: .none, limit: 1500)
        for m in found where m.type == .date && Day.parse(m.value) != nil && m.value.utf8.count == 10 {
            return m.value
        }
        var year: String? = nil
        for m in found where m.type == .date && m.value.utf8.count == 4 && Int(m.value) != nil {
            year = m.value
            break
        }
        if let year, let md = found.first(where: { $0.value.hasPrefix("XXXX-") && $0.value.utf8.count == 10 }) {
            let v = year + md.value.dropFirst(4)
            if Day.parse(v) != nil { return v }
        }
        return nil
    }

    /// Parses a date phrase the tagger understands (`2024-11`, `Nov. 5`, `last week`,
    /// `January 20, 2025`) into a TIMEX3 value such as `2024-11` or `2025-01-20`, resolving
    /// relative phrases against `anchor` (an ISO date or date-time). `nil` when no DATE or
    /// TIME expression is found.
    public static func parseDate(_ text: String, anchor: String?) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if TimexValue(trimmed) != nil, trimmed.first?.isNumber == true { return trimmed }
        let a = TimeAnchor(anchor, basis: .text) ?? .none
        let found = matches(Array(trimmed.utf8), anchor: a)
        guard let m = found.first(where: { ($0.type == .date || $0.type == .time) && TimexValue($0.value) != nil }) else { return nil }
        return m.value
    }
}
