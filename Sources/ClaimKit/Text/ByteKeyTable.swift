/// A map from short byte strings (the names of one document) to values: open addressing over
/// FNV-1a hashes of the keys, which are kept in one byte buffer and compared byte for byte.
///
/// A look-up hashes the bytes it is given, so no `String` is made to ask; `Dictionary<String, _>`
/// costs a SipHash per look-up and a reallocation each time it grows. Keys are compared as bytes
/// (no Unicode canonical equivalence): callers keep ASCII keys here. With `lower`, keys are
/// stored and compared ASCII-lower-cased and hashed as `WordSet.hash`.
struct ByteKeyTable<Value> {
    /// One key (where its bytes are, and its hash) and its value.
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var value: Value
    }

    /// Entry index + 1 by slot (0: empty); a power of two of them once there are more than
    /// `linearLimit` entries (until then the entries' hashes are read in order: fewer
    /// instructions than allocating and zeroing slots for a document that names a few people).
    private var slots: [Int32] = []
    /// The most entries read in order, without slots.
    private static var linearLimit: Int { 16 }
    private var entries: [Entry] = []
    private var keyBytes: [UInt8] = []
    /// One bit per stored hash (`bit(_:)`): a hash whose bit is clear is not stored, which
    /// answers most look-ups of absent keys without reading the entries.
    private var filter: UInt64 = 0
    /// Whether keys are lower-cased (see the type's documentation).
    let lower: Bool

    /// An empty table; `lower`: keys are ASCII-case-insensitive.
    init(lower: Bool) { self.lower = lower }

    /// The hash of `u[s..<e]` as this table computes it (never 0).
    @inline(__always) func hash(_ u: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
        if lower { return WordSet.hash(u, s, e) }
        var h: UInt64 = 0xcbf29ce484222325
        var i = s
        while i < e { h = (h ^ UInt64(u[i])) &* 0x100000001b3; i += 1 }
        return h == 0 ? 1 : h
    }

    /// The value at `index` (as `index(of:_:_:hash:)` gives it).
    @inline(__always) func value(at index: Int) -> Value { entries[index].value }

    /// The value at `index`, read in place: `table[at: i].field` copies the field alone (a
    /// copy of the whole value would retain and release its references).
    subscript(at index: Int) -> Value {
        _read { yield entries[index].value }
    }

    /// The bit of `filter` for hash `h` (from its top bits: the slots use the low ones).
    @inline(__always) private static func bit(_ h: UInt64) -> UInt64 { 1 << (h >> 58) }

    /// The index of the value stored for `u[s..<e]` (whose `hash` is `h`), or nil.
    @inline(__always) func index(of u: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, hash h: UInt64) -> Int? {
        find(h) { entries[$0].count == e - s && same(entries[$0].start, u, s, e) }
    }

    /// Whether a key with hash `h` is stored (the key itself is not compared).
    func contains(hash h: UInt64) -> Bool { find(h) { _ in true } != nil }

    /// The index of the first entry with hash `h` that `matches`: by scanning while the table
    /// is small, else by probing the slots. Fields are read in place (by index): a copy of an
    /// entry would retain and release its value.
    @inline(__always) private func find(_ h: UInt64, _ matches: (Int) -> Bool) -> Int? {
        if filter & Self.bit(h) == 0 { return nil }
        if slots.isEmpty {
            for k in entries.indices where entries[k].hash == h && matches(k) { return k }
            return nil
        }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let v = Int(slots[i])
            if v == 0 { return nil }
            if entries[v - 1].hash == h, matches(v - 1) { return v - 1 }
            i = (i + 1) & mask
        }
    }

    /// Whether the stored key at `start` equals `u[s..<e]` (lower-cased when `lower`).
    @inline(__always) private func same(_ start: Int, _ u: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var k = 0
        let n = e - s
        while k < n {
            let c = lower ? Bytes.lower(u[s + k]) : u[s + k]
            if keyBytes[start + k] != c { return false }
            k += 1
        }
        return true
    }

    /// Stores `value` for `u[s..<e]` (hash `h`), which must not be stored yet; returns its index.
    @discardableResult
    mutating func insert(_ u: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, hash h: UInt64, _ value: Value) -> Int {
        if entries.isEmpty {
            // (room for a document's names at once)
            entries.reserveCapacity(Self.linearLimit)
            keyBytes.reserveCapacity(192)
        }
        let start = keyBytes.count
        if lower {
            var k = s
            while k < e { keyBytes.append(Bytes.lower(u[k])); k += 1 }
        } else {
            keyBytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[s..<e]))
        }
        filter |= Self.bit(h)
        entries.append(Entry(hash: h, start: start, count: e - s, value: value))
        if !slots.isEmpty, entries.count * 2 <= slots.count {
            place(entries.count - 1)
        } else if entries.count > Self.linearLimit {
            grow()
        }
        return entries.count - 1
    }

    /// Puts entry `n` in its slot.
    private mutating func place(_ n: Int) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: entries[n].hash) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = Int32(n + 1)
    }

    /// Makes the slots, or doubles them (at most half full keeps probes short), and places
    /// every entry.
    private mutating func grow() {
        // (zeroed storage in one step: filling an array slot by slot costs more than the table)
        let n = max(4 * Self.linearLimit, slots.count * 2)
        slots = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
            buffer.initialize(repeating: 0)
            count = n
        }
        for k in entries.indices { place(k) }
    }
}
