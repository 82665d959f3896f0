/// One token as the time tagger sees it.
struct TimeToken: Sendable {
    /// Token classes.
    enum Kind: UInt8, Sendable { case word, number, punct }

    /// First byte.
    var start: Int32
    /// One past the last byte.
    var end: Int32
    /// The class.
    var kind: Kind
    /// Flags: `cap` (first letter upper case), `space` (white space before), `upper` (all upper case).
    var flags: UInt8
    /// The lexicon entry (words only).
    var lex: TimeLex
    /// Numbers: the value (up to 9 digits); punctuation: the ASCII byte, 39 for a curly
    /// apostrophe, 45 for a dash-like mark, 0 otherwise.
    var num: Int32

    static let cap: UInt8 = 1
    static let space: UInt8 = 2
    static let upper: UInt8 = 4
    static let newline: UInt8 = 8

    /// The number of bytes.
    var length: Int { Int(end - start) }
}

/// Splits bytes into words, numbers and punctuation, looking each word up in the lexicon.
enum TimeTokenizer {
    /// The tokens of `p[range]`.
    static func tokenize(_ p: UnsafeBufferPointer<UInt8>, from: Int = 0, to: Int? = nil) -> [TimeToken] {
        let n = to ?? p.count
        var out: [TimeToken] = []
        out.reserveCapacity((n - from) / 5 + 8)
        let table = TimeLexicon.table
        var i = from
        var flags: UInt8 = 0
        while i < n {
            let c = p[i]
            if c == 32 || (c >= 9 && c <= 13) {
                flags |= TimeToken.space
                if c == 10 { flags |= TimeToken.newline }
                i += 1
                continue
            }
            if c == 0xC2, i + 1 < n, p[i + 1] == 0xA0 { flags |= TimeToken.space; i += 2; continue }
            let s = i
            if (c | 0x20) >= 97 && (c | 0x20) <= 122 {
                var upperCount = 0
                while i < n {
                    let d = p[i]
                    let l = d | 0x20
                    guard l >= 97 && l <= 122 else { break }
                    // Run-together scraped text ("agoBefore") splits at a lower-to-upper change.
                    if d < 97 && i - s >= 2 && p[i - 1] >= 97 && p[i - 2] >= 97 { break }
                    if d < 97 { upperCount += 1 }
                    i += 1
                }
                var f = flags
                if c < 97 { f |= TimeToken.cap }
                if upperCount == i - s && i - s > 1 { f |= TimeToken.upper }
                var lex = TimeLex.none
                if i - s <= 12, let (a, b) = TimeLexicon.key(p, s, i) {
                    var h = TimeLexicon.slot(a, b)
                    while true {
                        let kb = table.keys2[h]
                        if kb == 0 { break }
                        if kb == b && table.keys[h] == a { lex = table.entries[h]; break }
                        h = (h + 1) & (TimeLexicon.size - 1)
                    }
                }
                out.append(TimeToken(start: Int32(s), end: Int32(i), kind: .word, flags: f, lex: lex, num: 0))
            } else if c >= 48 && c <= 57 {
                var v: Int32 = 0
                while i < n, p[i] >= 48 && p[i] <= 57 {
                    if i - s < 9 { v = v &* 10 &+ Int32(p[i] - 48) }
                    i += 1
                }
                out.append(TimeToken(start: Int32(s), end: Int32(i), kind: .number, flags: flags, lex: .none, num: v))
            } else if c < 0x80 {
                i += 1
                out.append(TimeToken(start: Int32(s), end: Int32(i), kind: .punct, flags: flags, lex: .none, num: Int32(c)))
            } else {
                var len = 1
                if c >= 0xF0 { len = 4 } else if c >= 0xE0 { len = 3 } else if c >= 0xC0 { len = 2 }
                i = min(n, i + len)
                var v: Int32 = 0
                if c == 0xE2, s + 2 < n, p[s + 1] == 0x80 {
                    let t = p[s + 2]
                    if t == 0x99 || t == 0x98 { v = 39 } else if t == 0x93 || t == 0x94 || t == 0x90 || t == 0x91 { v = 45 }
                }
                out.append(TimeToken(start: Int32(s), end: Int32(i), kind: .punct, flags: flags, lex: .none, num: v))
            }
            flags = 0
        }
        return out
    }
}
