/// A small streaming JSON writer with a fixed key order, so exports are byte-for-byte stable.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private var counts: [Int] = [0]
    private var pendingKey = false
    private let pretty: Bool

    /// Creates a writer; `pretty` puts each array element and object member on its own line.
    public init(pretty: Bool = false, capacity: Int = 1 << 16) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// The output as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func indent() {
        guard pretty, counts.count > 1 else { return }
        bytes.append(10)
        for _ in 1..<counts.count { bytes += [32, 32] }
    }

    private mutating func valuePrefix() {
        if pendingKey { pendingKey = false; return }
        if counts[counts.count - 1] > 0 { bytes.append(44) }
        counts[counts.count - 1] += 1
        indent()
    }

    /// Opens an object: the value of the pending key, an array element, or the top level.
    public mutating func beginObject() { valuePrefix(); bytes.append(123); counts.append(0) }
    /// Closes an object.
    public mutating func endObject() { close(125) }
    /// Opens an array: the value of the pending key, an array element, or the top level.
    public mutating func beginArray() { valuePrefix(); bytes.append(91); counts.append(0) }
    /// Closes an array.
    public mutating func endArray() { close(93) }

    private mutating func close(_ c: UInt8) {
        let had = counts.removeLast() > 0
        if pretty && had {
            bytes.append(10)
            for _ in 0..<max(0, counts.count - 1) { bytes += [32, 32] }
        }
        bytes.append(c)
    }

    /// Writes a member key; the next call writes its value.
    public mutating func key(_ k: String) {
        valuePrefix()
        writeString(k)
        bytes.append(58)
        if pretty { bytes.append(32) }
        pendingKey = true
    }

    /// Writes a string value (or `null`).
    public mutating func value(_ s: String?) {
        valuePrefix()
        if let s { writeString(s) } else { bytes += [110, 117, 108, 108] }
    }
    /// Writes an integer value.
    public mutating func value(_ n: Int) { valuePrefix(); bytes += Array(String(n).utf8) }
    /// Writes a number (or `null`); whole numbers are written without a fraction.
    public mutating func value(_ d: Double?) {
        valuePrefix()
        guard let d, d.isFinite else { bytes += [110, 117, 108, 108]; return }
        if d == d.rounded(), abs(d) < 1e15 { bytes += Array(String(Int(d)).utf8) } else { bytes += Array(String(d).utf8) }
    }
    /// Writes a boolean value.
    public mutating func value(_ b: Bool) { valuePrefix(); bytes += Array((b ? "true" : "false").utf8) }
    /// Writes `null`.
    public mutating func null() { valuePrefix(); bytes += [110, 117, 108, 108] }
    /// Writes an array of strings.
    public mutating func value(_ list: [String]) {
        beginArray()
        for s in list { value(s) }
        endArray()
    }
    /// Writes a `[start, end)` span as a two-element array.
    public mutating func value(_ span: ByteSpan?) {
        valuePrefix()
        guard let span else { bytes += [110, 117, 108, 108]; return }
        bytes += Array("[\(span.start),\(span.end)]".utf8)
    }

    /// Ends one JSON Lines record: a newline, and the next value starts a new record.
    public mutating func endLine() {
        bytes.append(10)
        counts[counts.count - 1] = 0
    }

    private mutating func writeString(_ s: String) {
        bytes.append(34)
        for c in s.utf8 {
            switch c {
            case 34: bytes += [92, 34]
            case 92: bytes += [92, 92]
            case 10: bytes += [92, 110]
            case 13: bytes += [92, 114]
            case 9: bytes += [92, 116]
            case 0..<32:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes += [92, 117, 48, 48, hex[Int(c >> 4)], hex[Int(c & 15)]]
            default: bytes.append(c)
            }
        }
        bytes.append(34)
    }
}
