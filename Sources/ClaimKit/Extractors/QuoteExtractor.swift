/// Finds direct quotations in a document. (First layer: paired double quote marks within a
/// paragraph; attribution comes with the quotes issue.)
public struct QuoteExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The quotes of one document, in order.
    public func extract(_ doc: Document, _ seg: Segmentation, document: Int) -> [Quote] {
        let b = doc.bytes
        var out: [Quote] = []
        var sentence = 0
        for p in seg.paragraphs where p.boilerplate == nil {
            var i = p.span.start
            var open: Int? = nil
            while i < p.span.end {
                let c = b[i]
                var mark = 0, isOpen = false, isClose = false
                if c == 34 { mark = 1; isOpen = open == nil; isClose = open != nil } else if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 {
                    if b[i + 2] == 0x9C { mark = 3; isOpen = true } else if b[i + 2] == 0x9D { mark = 3; isClose = true }
                }
                if mark > 0 {
                    if isClose, let o = open {
                        let span = ByteSpan(o, i)
                        while sentence + 1 < seg.sentences.count, seg.sentences[sentence + 1].span.start <= o { sentence += 1 }
                        if !Bytes.trim(b, span).isEmpty { out.append(Quote(document: document, span: span, sentence: sentence)) }
                        open = nil
                    } else if isOpen { open = i + mark }
                    i += mark
                    continue
                }
                i += 1
            }
        }
        return out
    }
}
