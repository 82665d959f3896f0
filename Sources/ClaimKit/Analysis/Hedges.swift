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
                        i = Hedges.wordEnd(b, from: i &+ 1, end: end, classes: cls)
                        let n = i &- start
                        guard n >= 2, words.mayContain(length: n, first: b[start], second: b[start &+ 1]) else { continue }
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

    /// The end of the ASCII-letter run that continues at `i`: eight bytes at a time where the
    /// span allows (a byte is a letter when, lower-cased, it lies in `a`...`z` and is ASCII),
    /// then byte by byte.
    @inline(__always)
    static func wordEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, classes cls: UnsafeBufferPointer<UInt8>) -> Int {
        var i = start
        if let base = b.baseAddress {
            let high: UInt64 = 0x8080_8080_8080_8080
            while i &+ 8 <= end {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let x = (w | 0x2020_2020_2020_2020) & ~high
                let atLeastA = (x &+ 0x1F1F_1F1F_1F1F_1F1F) & high   // x >= 0x61
                let pastZ = (x &+ 0x0505_0505_0505_0505) & high      // x >= 0x7B
                let letters = atLeastA & ~pastZ & ~(w & high)
                let others = ~letters & high
                if others != 0 { return i &+ (others.littleEndian.trailingZeroBitCount >> 3) }
                i &+= 8
            }
        }
        while i < end, cls[Int(b[i])] & ByteClass.alpha != 0 { i &+= 1 }
        return i
    }
}
