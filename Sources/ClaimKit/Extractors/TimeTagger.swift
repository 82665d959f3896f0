/// Finds temporal expressions and normalises them to TIMEX3 values. (First layer: ISO dates
/// only; the full tagger comes with the timeline issue.)
public struct TimeTagger: Sendable {
    /// Creates a tagger.
    public init() {}

    /// The temporal expressions of one document, in order.
    public func tag(_ doc: Document, _ seg: Segmentation, document: Int) -> [TimeExpression] {
        let b = doc.bytes
        var out: [TimeExpression] = []
        var i = 0
        while i + 10 <= b.count {
            if Bytes.isDigit(b[i]), i == 0 || !Bytes.isAlnum(b[i - 1]),
               (0..<4).allSatisfy({ Bytes.isDigit(b[i + $0]) }), b[i + 4] == 45, b[i + 7] == 45,
               Bytes.isDigit(b[i + 5]), Bytes.isDigit(b[i + 6]), Bytes.isDigit(b[i + 8]), Bytes.isDigit(b[i + 9]),
               i + 10 == b.count || !Bytes.isAlnum(b[i + 10]) {
                let span = ByteSpan(i, i + 10)
                out.append(TimeExpression(document: document, span: span, type: .date, value: doc.text(span)))
                i += 10
                continue
            }
            i += 1
        }
        return out
    }

    /// The date a document's text states for itself (e.g. its dateline), if any.
    public func documentDate(_ doc: Document, _ seg: Segmentation) -> String? { nil }
}
