/// Recognises hedged sentences: reported, suspected or possible rather than asserted.
public enum Hedges {
    static let words: Set<[UInt8]> = Set(["reportedly", "allegedly", "suspected", "possibly", "possible", "may",
        "might", "could", "apparently", "likely", "unlikely", "unconfirmed", "believed", "reports", "rumoured",
        "rumored", "perhaps", "potentially", "potential", "purportedly", "presumably", "seemingly", "estimated",
        "alleging", "alleged", "claimed", "suggesting", "suggest", "suggests"].map { Array($0.utf8) })

    /// Whether the sentence holds a hedging word.
    public static func isHedged(_ b: [UInt8], _ span: ByteSpan) -> Bool {
        var i = span.start
        var word: [UInt8] = []
        word.reserveCapacity(16)
        while i <= span.end {
            let c: UInt8 = i < span.end ? b[i] : 32
            if Bytes.isAlpha(c) {
                if word.count < 16 { word.append(Bytes.lower(c)) }
            } else if !word.isEmpty {
                if word.count >= 3, words.contains(word) { return true }
                word.removeAll(keepingCapacity: true)
            }
            i += 1
        }
        return false
    }

    static let numberWords: Set<[UInt8]> = Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "billion", "billions", "trillion", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety", "half", "percent"].map { Array($0.utf8) })

    /// Whether the sentence states a number: digits, or a number word ("twelve", "thousands").
    public static func hasNumber(_ b: [UInt8], _ span: ByteSpan) -> Bool {
        var i = span.start
        var word: [UInt8] = []
        word.reserveCapacity(16)
        while i <= span.end {
            let c: UInt8 = i < span.end ? b[i] : 32
            if Bytes.isDigit(c) { return true }
            if Bytes.isAlpha(c) {
                if word.count < 16 { word.append(Bytes.lower(c)) }
            } else if !word.isEmpty {
                if word.count >= 3, numberWords.contains(word) { return true }
                word.removeAll(keepingCapacity: true)
            }
            i += 1
        }
        return false
    }
}
