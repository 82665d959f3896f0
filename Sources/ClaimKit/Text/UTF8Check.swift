/// UTF-8 validation on bytes: the first offset where a file stops being valid UTF-8.
public enum UTF8Check {
    /// The offset of the first byte of the first invalid sequence, or nil if all valid.
    /// ASCII text is checked eight bytes at a time.
    public static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            let n = b.count
            var i = 0
            guard let base = b.baseAddress else { return nil }
            while i < n {
                if i &+ 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i &+= 8
                    continue
                }
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                let len: Int
                var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: len = 2
                case 0xE0: len = 3; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: len = 3
                case 0xED: len = 3; hi = 0x9F
                case 0xF0: len = 4; lo = 0x90
                case 0xF1...0xF3: len = 4
                case 0xF4: len = 4; hi = 0x8F
                default: return i
                }
                guard i + len <= n else { return i }
                let c1 = b[i + 1]
                if c1 < lo || c1 > hi { return i }
                var k = 2
                while k < len {
                    if b[i + k] & 0xC0 != 0x80 { return i }
                    k += 1
                }
                i += len
            }
            return nil
        }
    }

    /// The offset of the first NUL byte, or nil: eight bytes at a time.
    public static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            guard let base = b.baseAddress else { return nil }
            let n = b.count
            var i = 0
            while i &+ 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // Has a zero byte: (w - 0x01..) & ~w & 0x80.. is non-zero exactly then.
                if (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080 != 0 { break }
                i &+= 8
            }
            while i < n {
                if b[i] == 0 { return i }
                i &+= 1
            }
            return nil
        }
    }

    /// The 1-based line number of a byte offset.
    public static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for i in 0..<min(offset, bytes.count) where bytes[i] == 10 { line += 1 }
        return line
    }
}
