/// Recognises hedged sentences (reported, suspected or possible rather than asserted) and
/// sentences that state numbers, in one pass over the bytes.
public enum Hedges {
    static let hedgeWords = WordSet(["reportedly", "allegedly", "suspected", "possibly", "possible", "may",
        "might", "could", "apparently", "likely", "unlikely", "unconfirmed", "believed", "reports", "rumoured",
        "rumored", "perhaps", "potentially", "potential", "purportedly", "presumably", "seemingly", "estimated",
        "alleging", "alleged", "claimed", "suggesting", "suggest", "suggests"])

    static let numberWords = WordSet(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "billion", "billions", "trillion", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety", "half", "percent"])

    /// The hedged and numeric tags a sentence earns.
    public static func tags(_ bytes: [UInt8], _ span: ByteSpan) -> ClaimTags {
        let hedgeWords = Hedges.hedgeWords, numberWords = Hedges.numberWords
        return ByteClass.table.withUnsafeBufferPointer { cls in
            bytes.withUnsafeBufferPointer { b -> ClaimTags in
                var tags: ClaimTags = []
                var i = span.start
                let end = span.end
                while i < end {
                    let k = cls[Int(b[i])]
                    if k & ByteClass.alpha == 0 {
                        if k == ByteClass.digit { tags.insert(.numeric) }
                        i &+= 1
                        continue
                    }
                    let start = i
                    i &+= 1
                    while i < end, cls[Int(b[i])] & ByteClass.alpha != 0 { i &+= 1 }
                    let n = i - start
                    let hedge = hedgeWords.mayContain(length: n, first: b[start])
                    let number = numberWords.mayContain(length: n, first: b[start])
                    guard hedge || number else { continue }
                    let h = WordSet.hash(b, start, i)
                    if hedge, hedgeWords.contains(hash: h) { tags.insert(.hedged) }
                    if number, numberWords.contains(hash: h) { tags.insert(.numeric) }
                }
                return tags
            }
        }
    }

    /// Whether the sentence holds a hedging word.
    public static func isHedged(_ b: [UInt8], _ span: ByteSpan) -> Bool { tags(b, span).contains(.hedged) }

    /// Whether the sentence states a number: digits, or a number word ("twelve", "thousands").
    public static func hasNumber(_ b: [UInt8], _ span: ByteSpan) -> Bool { tags(b, span).contains(.numeric) }
}
