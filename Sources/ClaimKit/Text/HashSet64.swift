/// A set of 64-bit hashes (such as `WordSet.hash` values) in an open-addressing table: the hash
/// is its own slot index, so a look-up costs a few loads (`Set<UInt64>` hashes it again).
struct HashSet64 {
    /// Slots, a power of two of them once something is stored; 0 is empty (a stored 0 is kept
    /// in `hasZero`).
    private var table: [UInt64] = []
    private var count = 0
    private var hasZero = false

    /// Creates an empty set.
    init() {}

    /// Whether `h` is in the set.
    @inline(__always) func contains(_ h: UInt64) -> Bool {
        if h == 0 { return hasZero }
        return !table.isEmpty && Self.probe(table, mask: table.count - 1, for: h)
    }

    /// Whether the non-zero hash `h` is in an open-addressing table of `mask + 1` slots (a power
    /// of two; 0 marks an empty slot) where each hash starts at its own low bits (`WordSet`
    /// shares this layout).
    @inline(__always) static func probe(_ table: [UInt64], mask: Int, for h: UInt64) -> Bool {
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let v = table[i]
            if v == h { return true }
            if v == 0 { return false }
            i = (i + 1) & mask
        }
    }

    /// Adds `h`.
    mutating func insert(_ h: UInt64) {
        if h == 0 { hasZero = true; return }
        if (count + 1) * 2 > table.count {
            let old = table
            table = [UInt64](filling: 0, count: max(16, old.count * 2))
            count = 0
            for v in old where v != 0 { insert(v) }
        }
        let mask = table.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let v = table[i]
            if v == h { return }
            if v == 0 { table[i] = h; count += 1; return }
            i = (i + 1) & mask
        }
    }
}
