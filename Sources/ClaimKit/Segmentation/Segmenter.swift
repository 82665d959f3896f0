/// A document's paragraphs and sentences, with furniture marked.
public struct Segmentation: Sendable {
    /// The paragraphs, in order.
    public var paragraphs: [Paragraph]
    /// The sentences, in order.
    public var sentences: [Sentence]
    /// The outlet an "Original Source: ..." line names, if any.
    public var namedSource: String?
}

/// Splits a document into paragraphs and sentences and marks boilerplate.
public enum Segmenter {
    /// Segments the bytes of one document.
    public static func segment(_ b: [UInt8]) -> Segmentation {
        b.withUnsafeBufferPointer { ub in segment(b, ub) }
    }

    static func segment(_ b: [UInt8], _ ub: UnsafeBufferPointer<UInt8>) -> Segmentation {
        let spans = ParagraphSplitter.split(ub)
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(spans.count)
        var sentences: [Sentence] = []
        var namedSource: String? = nil
        var afterReadMore = false
        for (k, span) in spans.enumerated() {
            var kind = BoilerplateDetector.classify(b, span, afterReadMore: afterReadMore)
            let isTitle = k == 0 && kind == nil && isTitleLike(b, span, next: k + 1 < spans.count ? spans[k + 1] : nil)
            if kind == nil, !isTitle, BoilerplateDetector.isHeading(b, span) { kind = .heading }
            if kind == .sourceLine, namedSource == nil { namedSource = BoilerplateDetector.namedSource(b, span) }
            afterReadMore = kind == .readMore
            paragraphs.append(Paragraph(span: span, boilerplate: kind, isTitle: isTitle))
            if kind != nil || isTitle {
                sentences.append(Sentence(span: span, paragraph: k, boilerplate: kind))
            } else {
                for s in SentenceSplitter.split(ub, span) {
                    sentences.append(Sentence(span: s, paragraph: k, boilerplate: nil))
                }
            }
        }
        return Segmentation(paragraphs: paragraphs, sentences: sentences, namedSource: namedSource)
    }

    /// A one-sentence paragraph of at most fifteen words with no final punctuation is a subheading
    /// ("US and South Korea reaffirm ties amid leadership change").
    public static func isSubheading(_ b: [UInt8], _ span: ByteSpan) -> Bool {
        guard !span.isEmpty, span.count <= 160, BoilerplateDetector.wordCount(b, span, limit: 15) <= 15 else { return false }
        let last = b[span.end - 1]
        if last == 46 || last == 33 || last == 63 || last == 44 || last == 59 || last == 58 { return false }
        return Punct.closerLength(b, span.end - 1) == 0 && Bytes.isUpper(b[span.start])
    }

    /// A first paragraph is a headline when it is short and has no final sentence punctuation.
    static func isTitleLike(_ b: [UInt8], _ span: ByteSpan, next: ByteSpan?) -> Bool {
        guard next != nil, span.count <= 220, BoilerplateDetector.wordCount(b, span) <= 30 else { return false }
        let last = b[span.end - 1]
        if last == 46 || last == 33 || last == 63 || last == 44 || last == 59 || last == 58 { return false }
        if Punct.closerLength(b, span.end - 1) > 0 { return false }
        return true
    }
}
