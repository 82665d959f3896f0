/// Byte-level helpers shared by the scanners. Everything here works on UTF-8 bytes.
public enum Bytes {
    /// Whether the byte is ASCII white space (space, tab, CR, LF, VT, FF).
    @inline(__always) public static func isSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }
    /// Whether the byte is an ASCII digit.
    @inline(__always) public static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    /// Whether the byte is an ASCII upper-case letter.
    @inline(__always) public static func isUpper(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
    /// Whether the byte is an ASCII lower-case letter.
    @inline(__always) public static func isLower(_ c: UInt8) -> Bool { c >= 97 && c <= 122 }
    /// Whether the byte is an ASCII letter.
    @inline(__always) public static func isAlpha(_ c: UInt8) -> Bool { isUpper(c) || isLower(c) }
    /// Whether the byte is an ASCII letter or digit.
    @inline(__always) public static func isAlnum(_ c: UInt8) -> Bool { isAlpha(c) || isDigit(c) }
    /// Whether the byte starts or continues a word: ASCII letters, digits, or any non-ASCII byte.
    @inline(__always) public static func isWordByte(_ c: UInt8) -> Bool { isAlnum(c) || c >= 0x80 }
    /// The number the ASCII digits `b[r]` write; `nil` when one is not a digit or `r` is not
    /// inside `b`.
    public static func decimal(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        guard r.lowerBound >= 0, r.upperBound <= b.count else { return nil }
        var v = 0
        for i in r { guard isDigit(b[i]) else { return nil }; v = v &* 10 &+ Int(b[i] &- 48) }
        return v
    }
        /// ASCII lower-casing of one byte.
    @inline(__always) public static func lower(_ c: UInt8) -> UInt8 { isUpper(c) ? c | 0x20 : c }

    /// Whether the bytes at `i` are a no-break space (U+00A0).
    @inline(__always) public static func isNBSP(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i + 1 < b.count && b[i] == 0xC2 && b[i + 1] == 0xA0
    }

    /// The span with ASCII white space (and no-break spaces) trimmed from both ends.
    public static func trim(_ bytes: [UInt8], _ span: ByteSpan) -> ByteSpan {
        bytes.withUnsafeBufferPointer { trim($0, span) }
    }

    /// The span with ASCII white space (and no-break spaces) trimmed from both ends.
    @inline(__always)
    public static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan) -> ByteSpan {
        var s = max(0, span.start), e = min(bytes.count, span.end)
        while s < e {
            if isSpace(bytes[s]) { s += 1 } else if s + 1 < e, bytes[s] == 0xC2, bytes[s + 1] == 0xA0 { s += 2 } else { break }
        }
        while e > s {
            if isSpace(bytes[e - 1]) { e -= 1 } else if e - 2 >= s, bytes[e - 2] == 0xC2, bytes[e - 1] == 0xA0 { e -= 2 } else { break }
        }
        return ByteSpan(s, e)
    }

    /// The largest offset at or before `i` that starts a UTF-8 scalar (or is the end).
    public static func utf8Boundary(_ bytes: [UInt8], atOrBefore i: Int) -> Int {
        var i = min(max(0, i), bytes.count)
        while i > 0, i < bytes.count, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// The largest offset at or before `i` that starts a UTF-8 scalar, in a buffer.
    public static func utf8BoundaryBuffer(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var i = min(max(0, i), bytes.count)
        while i > 0, i < bytes.count, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// Whether the bytes of `span` equal `word`, ignoring ASCII case.
    public static func equalsIgnoringCase(_ bytes: [UInt8], _ span: ByteSpan, _ word: [UInt8]) -> Bool {
        guard span.count == word.count, span.start >= 0, span.end <= bytes.count else { return false }
        for k in 0..<word.count where lower(bytes[span.start + k]) != lower(word[k]) { return false }
        return true
    }

    /// Whether `bytes` has `word` at offset `i`, ignoring ASCII case.
    public static func hasPrefix(_ bytes: [UInt8], at i: Int, _ word: [UInt8], ignoringCase: Bool = true) -> Bool {
        guard i >= 0, i + word.count <= bytes.count else { return false }
        for k in 0..<word.count {
            let a = bytes[i + k], b = word[k]
            if ignoringCase ? lower(a) != lower(b) : a != b { return false }
        }
        return true
    }

    /// A lower-cased ASCII copy of a span's bytes (non-ASCII bytes kept as they are).
    public static func lowered(_ bytes: [UInt8], _ span: ByteSpan) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(span.count)
        for i in span.start..<span.end { out.append(lower(bytes[i])) }
        return out
    }
}

/// A 256-entry table of byte classes, so hot loops test one table load instead of ranges.
public enum ByteClass {
    /// `A`–`Z`.
    public static let upper: UInt8 = 1
    /// `a`–`z`.
    public static let lower: UInt8 = 2
    /// `0`–`9`.
    public static let digit: UInt8 = 4
    /// `.`, `!`, `?`: may end a sentence.
    public static let terminator: UInt8 = 8
    /// `0xE2`: the lead byte of curly quotes, dashes and the ellipsis.
    public static let e2: UInt8 = 16
    /// A letter, either case.
    public static let alpha: UInt8 = upper | lower

    /// The class bits of every byte value.
    public static let table: [UInt8] = (0..<256).map { v -> UInt8 in
        let c = UInt8(v)
        if Bytes.isUpper(c) { return upper }
        if Bytes.isLower(c) { return lower }
        if Bytes.isDigit(c) { return digit }
        if c == 46 || c == 33 || c == 63 { return terminator }
        if c == 0xE2 { return e2 }
        return 0
    }
}

/// Recognisers for the multi-byte punctuation news text uses.
public enum Punct {
    /// `“` U+201C.
    public static let leftDouble: [UInt8] = [0xE2, 0x80, 0x9C]
    /// `”` U+201D.
    public static let rightDouble: [UInt8] = [0xE2, 0x80, 0x9D]
    /// `‘` U+2018.
    public static let leftSingle: [UInt8] = [0xE2, 0x80, 0x98]
    /// `’` U+2019.
    public static let rightSingle: [UInt8] = [0xE2, 0x80, 0x99]

    /// If a closing quote mark or bracket starts at `i`, its length in bytes; else 0.
    @inline(__always) public static func closerLength(_ b: [UInt8], _ i: Int) -> Int {
        b.withUnsafeBufferPointer { closerLength($0, i) }
    }

    /// If an opening quote mark or bracket starts at `i`, its length in bytes; else 0.
    @inline(__always) public static func openerLength(_ b: [UInt8], _ i: Int) -> Int {
        b.withUnsafeBufferPointer { openerLength($0, i) }
    }

    /// Whether an ellipsis `…` (U+2026) starts at `i`.
    @inline(__always) public static func isEllipsis(_ b: [UInt8], _ i: Int) -> Bool {
        b.withUnsafeBufferPointer { isEllipsis($0, i) }
    }

    /// If a closing quote mark or bracket starts at `i`, its length in bytes; else 0.
    /// Covers `"`, `'`, `)`, `]`, `”`, `’`, `»`.
    @inline(__always) public static func closerLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        guard i < b.count else { return 0 }
        let c = b[i]
        if c == 34 || c == 39 || c == 41 || c == 93 { return 1 }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x9D || b[i + 2] == 0x99 { return 3 }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xBB { return 2 }
        return 0
    }

    /// If an opening quote mark or bracket starts at `i`, its length in bytes; else 0.
    @inline(__always) public static func openerLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        guard i < b.count else { return 0 }
        let c = b[i]
        if c == 34 || c == 39 || c == 40 || c == 91 { return 1 }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x9C || b[i + 2] == 0x98 { return 3 }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xAB { return 2 }
        return 0
    }

    /// Whether an ellipsis `…` (U+2026) starts at `i`.
    @inline(__always) public static func isEllipsis(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0xA6
    }
}
