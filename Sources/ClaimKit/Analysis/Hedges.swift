/// Recognises hedged sentences (reported, suspected or possible rather than asserted) and
/// sentences that state numbers, in one pass over the bytes.
public enum Hedges {
    static let hedgeWords = ["reportedly", "allegedly", "suspected", "possibly", "possible", "may",
        "might", "could", "apparently", "likely", "unlikely", "unconfirmed", "believed", "reports", "rumoured",
        "rumored", "perhaps", "potentially", "potential", "purportedly", "presumably", "seemingly", "estimated",
        "alleging", "alleged", "claimed", "suggesting", "suggest", "suggests"]

    static let numberWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "billion", "billions", "trillion", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety", "half", "percent"]

    /// Hedging and number words in one set; which is which is looked up only on a hit.
    static let words = WordSet(hedgeWords + numberWords)
    static let hedgeOnly = WordSet(hedgeWords)

    /// The hedged and numeric tags a sentence earns.
    public static func tags(_ bytes: [UInt8], _ span: ByteSpan) -> ClaimTags {
        tags(bytes, [span])[0]
    }

    /// The hedged and numeric tags of each span, in one call per document.
    public static func tags(_ bytes: [UInt8], _ spans: [ByteSpan]) -> [ClaimTags] {
        let words = Hedges.words, hedgeOnly = Hedges.hedgeOnly
        var out = [ClaimTags](repeating: [], count: spans.count)
        ByteClass.table.withUnsafeBufferPointer { cls in
            bytes.withUnsafeBufferPointer { b in
                for (k, span) in spans.enumerated() {
                    var tags: ClaimTags = []
                    var i = span.start
                    let end = span.end
                    while i < end {
                        let c = cls[Int(b[i])]
                        if c & ByteClass.alpha == 0 {
                            if c == ByteClass.digit { tags.insert(.numeric) }
                            i &+= 1
                            continue
                        }
                        let start = i
                        i &+= 1
                        while i < end, cls[Int(b[i])] & ByteClass.alpha != 0 { i &+= 1 }
                        guard words.mayContain(length: i &- start, first: b[start]) else { continue }
                        let h = WordSet.hash(b, start, i)
                        guard words.contains(hash: h) else { continue }
                        tags.insert(hedgeOnly.contains(hash: h) ? .hedged : .numeric)
                        if tags.contains([.hedged, .numeric]) { break }
                    }
                    out[k] = tags
                }
            }
        }
        return out
    }

    /// Whether the sentence holds a hedging word.
    public static func isHedged(_ b: [UInt8], _ span: ByteSpan) -> Bool { tags(b, span).contains(.hedged) }

    /// Whether the sentence states a number: digits, or a number word ("twelve", "thousands").
    public static func hasNumber(_ b: [UInt8], _ span: ByteSpan) -> Bool { tags(b, span).contains(.numeric) }
}
