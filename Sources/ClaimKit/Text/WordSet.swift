/// A set of ASCII words looked up straight from a byte buffer, without allocating.
///
/// Words are stored as 64-bit FNV-1a hashes of their lower-cased bytes in a small open-addressing
/// table; a (length, first letter) mask rejects most words before any hashing.
public struct WordSet: Sendable {
    private let table: [UInt64]
    private let mask: Int
    /// For each length up to 31, a bit per first letter a–z of the words of that length.
    private let firstLetters: [UInt32]
    /// For each (length up to 31, first letter a–z), a bit per second letter a–z.
    private let secondLetters: [UInt32]
    /// The longest word in the set, in bytes.
    public let maxLength: Int

    /// Creates a set from words (matched case-insensitively).
    public init(_ words: [String]) {
        var size = 16
        while size < words.count * 4 { size *= 2 }
        var table = [UInt64](repeating: 0, count: size)
        var letters = [UInt32](repeating: 0, count: 32)
        var seconds = [UInt32](repeating: 0, count: 32 * 27)
        for w in words {
            let b = Array(w.utf8)
            guard !b.isEmpty else { continue }
            if b.count < 32 {
                let f = Bytes.lower(b[0])
                letters[b.count] |= Bytes.isLower(f) ? 1 << UInt32(f - 97) : 1 << 31
                let row = b.count * 27 + (Bytes.isLower(f) ? Int(f - 97) : 26)
                let t = b.count > 1 ? Bytes.lower(b[1]) : 0
                seconds[row] |= Bytes.isLower(t) ? 1 << UInt32(t - 97) : 1 << 31
            }
            var h = WordSet.hash(b, 0, b.count)
            if h == 0 { h = 1 }
            var i = Int(truncatingIfNeeded: h) & (size - 1)
            while table[i] != 0 && table[i] != h { i = (i + 1) & (size - 1) }
            table[i] = h
        }
        self.table = table
        self.mask = size - 1
        self.firstLetters = letters
        self.secondLetters = seconds
        self.maxLength = words.map(\.utf8.count).max() ?? 0
    }

    /// The hash a word of `b[start..<end]` is stored under.
    @inline(__always)
    public static func hash(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        var i = start
        while i < end {
            h = (h ^ UInt64(Bytes.lower(b[i]))) &* 0x100000001b3
            i += 1
        }
        return h == 0 ? 1 : h
    }

    /// The hash a word of `b[start..<end]` is stored under.
    public static func hash(_ b: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
        b.withUnsafeBufferPointer { hash($0, start, end) }
    }

    /// Whether a word of this length and first byte could be in the set (cheap pre-check).
    @inline(__always)
    public func mayContain(length: Int, first: UInt8) -> Bool {
        guard length < 32, length <= maxLength else { return false }
        let f = Bytes.lower(first)
        let bit: UInt32 = Bytes.isLower(f) ? 1 << UInt32(f - 97) : 1 << 31
        return firstLetters[length] & bit != 0
    }

    /// Whether a word of this length and first two bytes could be in the set: a sharper
    /// pre-check than `mayContain(length:first:)`, for words of two or more bytes.
    @inline(__always)
    public func mayContain(length: Int, first: UInt8, second: UInt8) -> Bool {
        guard length < 32, length <= maxLength else { return false }
        let f = Bytes.lower(first), t = Bytes.lower(second)
        let row = length * 27 + (Bytes.isLower(f) ? Int(f - 97) : 26)
        let bit: UInt32 = Bytes.isLower(t) ? 1 << UInt32(t - 97) : 1 << 31
        return secondLetters[row] & bit != 0
    }

    /// Whether a precomputed hash is in the set.
    @inline(__always)
    public func contains(hash h: UInt64) -> Bool {
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let v = table[i]
            if v == h { return true }
            if v == 0 { return false }
            i = (i + 1) & mask
        }
    }

    /// Whether `b[start..<end]` is in the set, ignoring ASCII case.
    @inline(__always)
    public func contains(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        end > start && mayContain(length: end - start, first: b[start]) && contains(hash: WordSet.hash(b, start, end))
    }

    /// Whether `b[start..<end]` is in the set, ignoring ASCII case.
    public func contains(_ b: [UInt8], _ start: Int, _ end: Int) -> Bool {
        b.withUnsafeBufferPointer { contains($0, start, end) }
    }
}
