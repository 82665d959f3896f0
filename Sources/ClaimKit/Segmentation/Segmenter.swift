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
        // About two sentences a paragraph in news text; wire copy's wrapped lines, fewer.
        sentences.reserveCapacity(spans.count * 2)
        var namedSource: String? = nil
        var afterReadMore = false
        var found: [ByteSpan] = []
        let classes = ByteClass.table
        for (k, span) in spans.enumerated() {
            // Counted once for the furniture tests (which need up to 12) and the heading test (5).
            let words = span.count <= 300 ? BoilerplateDetector.wordCount(b, span, limit: 12) : 13
            var kind = BoilerplateDetector.classify(b, span, afterReadMore: afterReadMore, words: words)
            let isTitle = k == 0 && kind == nil && isTitleLike(b, span, next: k + 1 < spans.count ? spans[k + 1] : nil)
            if kind == nil, !isTitle, BoilerplateDetector.isHeading(b, span, words: words) { kind = .heading }
            if kind == .sourceLine, namedSource == nil { namedSource = BoilerplateDetector.namedSource(b, span) }
            afterReadMore = kind == .readMore
            paragraphs.append(Paragraph(span: span, boilerplate: kind, isTitle: isTitle))
            if kind != nil || isTitle {
                sentences.append(Sentence(span: span, paragraph: k, boilerplate: kind))
            } else {
                found.removeAll(keepingCapacity: true)
                classes.withUnsafeBufferPointer { SentenceSplitter.split(ub, span, classes: $0, into: &found) }
                for s in found { sentences.append(Sentence(span: s, paragraph: k, boilerplate: nil)) }
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
