/// Hashes the normalised words of a text straight from its bytes, so quotes can be indexed and
/// compared without building strings: ASCII lower-cased, curly quotes and apostrophes
/// straightened, punctuation at either edge of a word dropped (as `QuoteComparison.normalize`).
enum WordHasher {
    /// Appends the words of `bytes` to `all` as 64-bit FNV-1a hashes of their normalised form
    /// (words with no letter or digit are skipped) and, to `indexable`, whether each is long
    /// enough to index (3+ bytes); the words of many texts go into one flat array.
    ///
    /// One pass, no copy of the word: the hash runs from the word's first letter or digit and
    /// is taken as it stood after its last one, which drops the punctuation at either edge.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to all: inout [Int], indexable: inout [Bool]) {
        let basis: UInt64 = 0xcbf2_9ce4_8422_2325
        var h = basis, kept = basis
        // Normalised bytes hashed since the first word byte, and up to the last word byte.
        var length = 0, keptLength = 0
        @inline(__always) func flush() {
            if keptLength > 0 {
                all.append(Int(truncatingIfNeeded: kept))
                indexable.append(keptLength >= 3)
            }
            h = basis
            kept = basis
            length = 0
            keptLength = 0
        }
        @inline(__always) func add(_ c: UInt8) {
            let word = Bytes.isWordByte(c)
            guard word || length > 0 else { return }
            h = (h ^ UInt64(c)) &* 0x100_0000_01b3
            length += 1
            if word {
                kept = h
                keptLength = length
            }
        }
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if Bytes.isSpace(c) { flush(); i += 1; continue }
            if c == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { flush(); i += 2; continue }
            if c == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
                switch bytes[i + 2] {
                case 0x98, 0x99: add(39); i += 3; continue
                case 0x9C, 0x9D: add(34); i += 3; continue
                case 0x93, 0x94: add(45); i += 3; continue
                case 0xA6: add(46); i += 3; continue
                default: break
                }
            }
            add(Bytes.lower(c))
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
