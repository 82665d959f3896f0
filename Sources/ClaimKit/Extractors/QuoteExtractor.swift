#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the direct quotations of a document and who speaks them.
///
/// `QuoteScanner` pairs the quote marks of each content paragraph (boilerplate is skipped);
/// `SpeakerAttributor` then reads the cue and speaker around each quote.
public struct QuoteExtractor: Sendable {
    /// Whether speakers are attributed (off: quote spans only).
    public var attributes: Bool

    /// Creates an extractor.
    public init(attributes: Bool = true) { self.attributes = attributes }

    /// The quotes of one document, in order, with speakers when `attributes` is on.
    public func extract(_ doc: Document, _ seg: Segmentation, document: Int) -> [Quote] {
        let regions = Self.regions(doc.bytes, seg)
        var out: [Quote] = []
        out.reserveCapacity(regions.count)
        var sentence = 0
        for r in regions {
            while sentence + 1 < seg.sentences.count, seg.sentences[sentence + 1].span.start <= r.span.start { sentence += 1 }
            out.append(Quote(document: document, span: r.span, sentence: sentence, isPartial: Self.isPartial(doc.bytes, r)))
        }
        guard attributes else { return out }
        let own = SpeakerAttributor().attribute(&out, regions: regions, bytes: doc.bytes, segmentation: seg)
        // The quotes that are not mentions, moved down in place in their order (no second array:
        // each quote copied into one is retained and released field by field). Positions from
        // `k` on still hold the quotes as they were.
        var kept = 0
        for k in out.indices where !Self.isMention(doc.bytes, out[k].span, attributed: k < own.count && own[k]) {
            if kept != k { out.swapAt(kept, k) }
            kept += 1
        }
        out.removeLast(out.count - kept)
        return out
    }

    /// Whether quoted words are a mention rather than a quotation: a title ("Good Morning America"),
    /// a scare-quoted term ("undercard") with no cue in its sentence, or no words at all
    /// (tweet ids, handles).
    static func isMention(_ b: [UInt8], _ span: ByteSpan, attributed: Bool) -> Bool {
        let end = min(span.end, b.count)
        guard end > span.start else { return true }
        // An attributed quote, or one closing its clause, is a mention only for a handle or tag
        // word or for having no letters: without '@' or '#' anywhere, one look for a letter tells.
        let last = b[end - 1]
        if attributed || last == 46 || last == 44 || last == 33 || last == 63 {
            // ('@' and '#' looked for with `memchr`, vectorised in libc)
            let marks = b.withUnsafeBufferPointer { p -> Bool in
                guard let base = p.baseAddress, span.start >= 0 else { return true }
                let from = base + span.start, n = end - span.start
                return memchr(from, 64, n) != nil || memchr(from, 35, n) != nil
            }
            if !marks {
                for i in span.start..<end where Bytes.isAlpha(b[i]) { return false }
                return true
            }
        }
        return countedIsMention(b, span, attributed: attributed)
    }

    /// `isMention` read word by word.
    static func countedIsMention(_ b: [UInt8], _ span: ByteSpan, attributed: Bool) -> Bool {
        var words = 0, capitalised = 0, letters = 0
        var atWordStart = true
        var i = span.start
        let end = min(span.end, b.count)
        while i < end {
            let c = b[i]
            if Bytes.isSpace(c) { atWordStart = true; i += 1; continue }
            if Bytes.isAlpha(c) { letters += 1 }
            if atWordStart {
                words += 1
                if Bytes.isUpper(c) { capitalised += 1 }
                if c == 64 || c == 35 { return true }
                atWordStart = false
            }
            i += 1
        }
        if letters == 0 { return true }
        guard end > span.start else { return true }
        let last = b[end - 1]
        let closesClause = last == 46 || last == 44 || last == 33 || last == 63
        if closesClause { return false }
        if words <= 6, capitalised == words, !attributed, words > 1 || letters <= 2 { return true }
        if words <= 3, !attributed { return true }
        return false
    }

    /// The quote regions of every content paragraph, in order.
    public static func regions(_ bytes: [UInt8], _ seg: Segmentation) -> [QuoteRegion] {
        bytes.withUnsafeBufferPointer { b in
            var out: [QuoteRegion] = []
            var marks = QuoteScanner.MarkCursor(b)
            for (k, p) in seg.paragraphs.enumerated() where p.boilerplate == nil {
                // (most paragraphs hold no byte that can start a mark: no call for them)
                guard marks.next(from: p.span.start) < min(p.span.end, b.count) else { continue }
                QuoteScanner.scan(b, paragraph: p.span, index: k, marks: &marks, into: &out)
            }
            return out
        }
    }

    /// A quote is partial when it continues a sentence begun outside the marks
    /// (`condemned it as "another violation"`) or starts in lower case.
    static func isPartial(_ b: [UInt8], _ r: QuoteRegion) -> Bool {
        if r.span.start < b.count, Bytes.isLower(b[r.span.start]) { return true }
        var i = r.openMark
        while i > 0, Bytes.isSpace(b[i - 1]) { i -= 1 }
        guard i > 0 else { return false }
        let c = b[i - 1]
        // After a word (not after ':' / ',' / sentence end / paragraph start).
        return Bytes.isAlnum(c)
    }
}
