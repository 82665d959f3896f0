/// Dense ids for 64-bit word hashes, in order of first sight: open addressing over the (already
/// well mixed) hashes, without the second hashing and per-entry overhead of a `Dictionary`.
struct WordIDTable {
    private var keys: [UInt64]
    private var ids: [Int32]
    private var mask: Int
    /// The number of distinct hashes seen.
    private(set) var count = 0
    /// The id of hash 0 (which can't be a key: 0 marks an empty slot).
    private var zeroID: Int32 = -1

    /// An empty table.
    init() { keys = [UInt64](repeating: 0, count: 1 << 12); ids = [Int32](repeating: 0, count: 1 << 12); mask = (1 << 12) - 1 }

    @inline(__always) private static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    /// The id of `h`, assigned on first sight.
    mutating func id(_ h: UInt64) -> Int32 {
        if h == 0 {
            if zeroID < 0 { zeroID = Int32(count); count += 1 }
            return zeroID
        }
        var i = Self.slot(h, mask)
        while true {
            let k = keys[i]
            if k == h { return ids[i] }
            if k == 0 { break }
            i = (i + 1) & mask
        }
        let id = Int32(count)
        count += 1
        keys[i] = h
        ids[i] = id
        if (count + 1) * 2 > keys.count { grow() }
        return id
    }

    /// Doubles the table (at most half full keeps probes short).
    private mutating func grow() {
        let oldKeys = keys, oldIDs = ids
        let n = oldKeys.count * 2
        keys = [UInt64](repeating: 0, count: n)
        ids = [Int32](repeating: 0, count: n)
        mask = n - 1
        for j in oldKeys.indices where oldKeys[j] != 0 {
            var i = Self.slot(oldKeys[j], mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = oldKeys[j]
            ids[i] = oldIDs[j]
        }
    }
}
