/// Hashes the normalised words of a text straight from its bytes, so quotes can be indexed and
/// compared without building strings: ASCII lower-cased, curly quotes and apostrophes
/// straightened, punctuation at either edge of a word dropped (as `QuoteComparison.normalize`).
enum WordHasher {
    /// Appends the words of `bytes` to `all` as 64-bit FNV-1a hashes of their normalised form
    /// (words with no letter or digit are skipped) and, to `indexable`, whether each is long
    /// enough to index (3+ bytes); the words of many texts go into one flat array. `scratch` is
    /// reused between calls.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to all: inout [Int], indexable: inout [Bool], scratch word: inout [UInt8]) {
        word.removeAll(keepingCapacity: true)
        var i = 0
        let n = bytes.count
        func flush() {
            var s = 0, e = word.count
            while s < e, !Bytes.isWordByte(word[s]) { s += 1 }
            while e > s, !Bytes.isWordByte(word[e - 1]) { e -= 1 }
            if e > s {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for k in s..<e { h = (h ^ UInt64(word[k])) &* 0x100_0000_01b3 }
                all.append(Int(truncatingIfNeeded: h))
                indexable.append(e - s >= 3)
            }
            word.removeAll(keepingCapacity: true)
        }
        while i < n {
            let c = bytes[i]
            if Bytes.isSpace(c) { flush(); i += 1; continue }
            if c == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { flush(); i += 2; continue }
            if c == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
                switch bytes[i + 2] {
                case 0x98, 0x99: word.append(39); i += 3; continue
                case 0x9C, 0x9D: word.append(34); i += 3; continue
                case 0x93, 0x94: word.append(45); i += 3; continue
                case 0xA6: word.append(46); i += 3; continue
                default: break
                }
            }
            word.append(Bytes.lower(c))
            i += 1
        }
        flush()
    }

    /// The hash of one already normalised word.
    static func hash(_ word: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in word.utf8 { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h)
    }

    /// The hashes of `QuoteComparison.functionWords`.
    static let functionWordHashes: Set<Int> = Set(QuoteComparison.functionWords.map(hash))
}
