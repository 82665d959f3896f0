/// Short ids such as `t3.4` or `e12`, written as digits into a string in one step: string
/// interpolation costs about a microsecond each, and an analysis makes one per quote, temporal
/// expression and timeline entry.
public enum ShortID {
    /// `prefix` then `major`, then `.minor` when given: `ShortID.make("t", 3, 4)` is `"t3.4"`.
    /// Negative numbers are written with a minus sign, as interpolation writes them.
    public static func make(_ prefix: Unicode.Scalar, _ major: Int, _ minor: Int? = nil) -> String {
        let prefixLength = prefix.isASCII ? 1 : 0
        let length = prefixLength + width(major) + (minor.map { 1 + width($0) } ?? 0)
        // The exact length: up to 15 bytes the string is stored inline, with no allocation.
        return String(unsafeUninitializedCapacity: length) { out in
            var n = 0
            @inline(__always) func put(_ c: UInt8) { out[n] = c; n += 1 }
            @inline(__always) func number(_ v: Int) {
                if v < 0 { put(45) }
                var digits = v.magnitude
                let end = n + width(v) - (v < 0 ? 1 : 0)
                var k = end
                repeat {
                    k -= 1
                    out[k] = UInt8(truncatingIfNeeded: 48 + digits % 10)
                    digits /= 10
                } while digits > 0
                n = end
            }
            if prefixLength == 1 { put(UInt8(prefix.value)) }
            number(major)
            if let minor {
                put(46)
                number(minor)
            }
            return n
        }
    }

    /// The number of bytes `v` takes in decimal, with its sign.
    static func width(_ v: Int) -> Int {
        var digits = v.magnitude, w = v < 0 ? 2 : 1
        while digits >= 10 {
            digits /= 10
            w += 1
        }
        return w
    }
}
