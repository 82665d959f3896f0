/// Short ids such as `t3.4` or `e12`, written as digits into a string in one step: string
/// interpolation costs about a microsecond each, and an analysis makes one per quote, temporal
/// expression and timeline entry.
public enum ShortID {
    /// `prefix` then `major`, then `.minor` when given: `ShortID.make("t", 3, 4)` is `"t3.4"`.
    /// Negative numbers are written with a minus sign, as interpolation writes them.
    public static func make(_ prefix: Unicode.Scalar, _ major: Int, _ minor: Int? = nil) -> String {
        String(unsafeUninitializedCapacity: 48) { out in
            var n = 0
            @inline(__always) func put(_ c: UInt8) { out[n] = c; n += 1 }
            @inline(__always) func number(_ v: Int) {
                if v < 0 { put(45) }
                var digits = v.magnitude, start = n
                repeat {
                    put(UInt8(truncatingIfNeeded: 48 + digits % 10))
                    digits /= 10
                } while digits > 0
                var end = n - 1
                while start < end { out.swapAt(start, end); start += 1; end -= 1 }
            }
            if prefix.isASCII { put(UInt8(prefix.value)) }
            number(major)
            if let minor {
                put(46)
                number(minor)
            }
            return n
        }
    }
}
