/// Dense ids for 64-bit word hashes, in order of first sight: an open-addressing table (the
/// keys are already hashes, so no second hashing is needed, unlike `Dictionary`).
struct WordIDTable {
    private var keys: [Int]
    private var values: [Int32]
    private var mask: Int
    /// The number of distinct keys seen.
    private(set) var count = 0

    /// An empty table.
    init() {
        keys = [Int](repeating: 0, count: 1024)
        values = [Int32](repeating: -1, count: 1024)
        mask = 1023
    }

    private func slot(_ key: Int) -> Int {
        Int(truncatingIfNeeded: UInt(bitPattern: key) ^ (UInt(bitPattern: key) >> 31)) & mask
    }

    /// The id of `key`, given the next free one when it is new.
    mutating func id(_ key: Int) -> Int {
        var s = slot(key)
        while values[s] >= 0 {
            if keys[s] == key { return Int(values[s]) }
            s = (s + 1) & mask
        }
        keys[s] = key
        values[s] = Int32(truncatingIfNeeded: count)
        count += 1
        if count * 2 > keys.count { grow() }
        return count - 1
    }

    /// Doubles the table (at most half full keeps probes short).
    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [Int](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for k in oldKeys.indices where oldValues[k] >= 0 {
            var s = slot(oldKeys[k])
            while values[s] >= 0 { s = (s + 1) & mask }
            keys[s] = oldKeys[k]
            values[s] = oldValues[k]
        }
    }
}
