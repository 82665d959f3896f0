/// A one-load test of whether any of a list of openers can start at a position: the
/// case-folded first two bytes of every opener, as 65,536 bits. Most paragraphs start with two
/// bytes no opener has, and skip comparing every opener (`Bytes.hasPrefix`, ignoring case).
struct OpenerFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    /// Some opener is shorter than two bytes: nothing can be ruled out.
    private var always = false

    init(_ openers: [[UInt8]]) {
        for o in openers {
            guard o.count >= 2 else { always = true; continue }
            let k = Self.key(o[0], o[1])
            bits[k >> 6] |= 1 << UInt64(k & 63)
        }
    }

    @inline(__always) private static func key(_ a: UInt8, _ b: UInt8) -> Int {
        Int(Bytes.lower(a)) << 8 | Int(Bytes.lower(b))
    }

    /// False only when no opener can match at `i` (`Bytes.hasPrefix(b, at: i, opener)` would
    /// be false for every one): the two bytes there are not an opener's, or there are fewer
    /// than two.
    @inline(__always) func mayStart(_ b: [UInt8], at i: Int) -> Bool {
        if always { return true }
        guard i >= 0, i + 1 < b.count else { return false }
        let k = Self.key(b[i], b[i + 1])
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
}
