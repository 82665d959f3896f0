/// A read-only view of the tokens and bytes the time grammar walks, with the token helpers
/// that read nothing else. They live here rather than on `TimeGrammar`: a call from one of the
/// grammar's mutating rules to a non-mutating method of the grammar that is not inlined copies the
/// whole grammar (its dictionaries retained and released), where a call on the view passes two
/// buffers.
struct TimeTokenView {
    /// Zones and clock words after a 24-hour reading ("1000 GMT", "0900 hours").
    static let clockZones = WordSet(["gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst",
                                     "cet", "cest", "jst", "kst", "hrs", "hours", "z"])

    /// Zones after a clock time ("4 p.m. EST", "9 a.m. ET").
    static let timezones = WordSet(["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et", "pt",
                                    "bst", "cet", "kst", "jst"])

    /// The tokens.
    let t: UnsafeBufferPointer<TimeToken>
    /// The text's bytes.
    let p: UnsafeBufferPointer<UInt8>

    /// Whether token `i` is the lower-cased ASCII word `w`.
    @inline(__always) func isText(_ i: Int, _ w: StaticString) -> Bool {
        guard i >= 0 && i < t.count else { return false }
        let tok = t[i]
        let s = Int(tok.start), n = Int(tok.end &- tok.start)
        // The length first: most calls end here, with the word's length a constant.
        guard n == w.utf8CodeUnitCount, tok.kind == .word else { return false }
        let q = w.utf8Start
        for k in 0..<n where p[s + k] | 0x20 != q[k] { return false }
        return true
    }
    @inline(__always) func word(_ i: Int) -> TimeWord { i >= 0 && i < t.count ? t[i].lex.word : .none }

    @inline(__always) func val(_ i: Int) -> Int { i >= 0 && i < t.count ? Int(t[i].lex.value) : 0 }

    @inline(__always) func isFn(_ i: Int, _ f: Function) -> Bool {
        i >= 0 && i < t.count && t[i].lex.word == .function && t[i].lex.value == f.rawValue
    }

    @inline(__always) func isPunct(_ i: Int, _ c: UInt8) -> Bool {
        i >= 0 && i < t.count && t[i].kind == .punct && t[i].num == Int32(c)
    }

    @inline(__always) func isNum(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].kind == .number }

    @inline(__always) func digits(_ i: Int) -> Int { isNum(i) ? t[i].length : 0 }

    @inline(__always) func num(_ i: Int) -> Int { i >= 0 && i < t.count ? Int(t[i].num) : 0 }

    /// Whether token `i` follows the previous one with no space.
    @inline(__always) func glued(_ i: Int) -> Bool { i > 0 && i < t.count && t[i].flags & TimeToken.space == 0 }

    @inline(__always) func isCap(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].flags & TimeToken.cap != 0 }

    @inline(__always) func isUpperWord(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].flags & TimeToken.upper != 0 }

    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].kind == .word }

    /// Whether the glued hyphen `i` joins two words (`five-year`).
    @inline(__always) func isJoin(_ i: Int) -> Bool { isPunct(i, 45) && glued(i) && glued(i + 1) }

    /// Whether token `i` is a 4-digit year-like number. The first tests are inlined: most
    /// calls end there.
    @inline(__always) func isYear(_ i: Int) -> Bool {
        guard digits(i) == 4 else { return false }
        let v = num(i)
        guard v >= 1000 && v <= 2099 else { return false }
        return yearInContext(i)
    }

    /// Whether the 4-digit number `i` (1000...2099) reads as a year where it stands: not part
    /// of a number, an amount, a URL path or a clock reading.
    func yearInContext(_ i: Int) -> Bool {
        if glued(i + 1), isPunct(i + 1, 44) || isPunct(i + 1, 46), isNum(i + 2), glued(i + 2) { return false }
        if glued(i), isPunct(i - 1, 44) || isPunct(i - 1, 46) || isPunct(i - 1, 36) { return false }
        if isPunct(i - 1, 36) || isPunct(i + 1, 37) || isText(i + 1, "percent") { return false }
        // A path segment of a URL ("/r/2025/01/06/") is not prose.
        if glued(i) && isPunct(i - 1, 47) || glued(i + 1) && isPunct(i + 1, 47) { return false }
        // A 24-hour clock time ("by 1000 GMT", "at 1430 local time", "0900 hours", "1000 London
        // time") is not a year, nor the first of a range of them ("from 1115 to 1330 local time").
        if clockFollows(i + 1) { return false }
        if isText(i + 1, "to") || isPunct(i + 1, 45), digits(i + 2) == 4, clockFollows(i + 3) { return false }
        return true
    }

    /// Whether a clock reading's zone starts at token `i`: a zone or "hours", or "local time" or
    /// a capitalised place and "time" ("London time"). Words outside the lexicon run together
    /// into one token, so "local time" and "London time" usually open a longer one.
    func clockFollows(_ i: Int) -> Bool {
        if isClockZone(i) { return true }
        guard i >= 0 && i < t.count, t[i].kind == .word else { return false }
        let s = Int(t[i].start), e = Int(t[i].end)
        // The first word: "local" or capitalised.
        var we = s
        while we < e, p[we] != 32 { we += 1 }
        let local = we - s == 5 && (p[s] | 0x20) == 108 && (p[s + 1] | 0x20) == 111 && (p[s + 2] | 0x20) == 99
            && (p[s + 3] | 0x20) == 97 && (p[s + 4] | 0x20) == 108
        guard local || Bytes.isUpper(p[s]) else { return false }
        // Then "time": the next token, or the next word of the run.
        if we == e { return isText(i + 1, "time") }
        let ts = we + 1
        return ts + 4 <= e && (p[ts] | 0x20) == 116 && (p[ts + 1] | 0x20) == 105 && (p[ts + 2] | 0x20) == 109
            && (p[ts + 3] | 0x20) == 101 && (ts + 4 == e || p[ts + 4] == 32)
    }

    /// Whether token `i` names a time zone or the clock ("GMT", "EST", "hrs", "hours").
    func isClockZone(_ i: Int) -> Bool {
        // No zone is longer than five letters ("hours"): a longer word is not hashed.
        i >= 0 && i < t.count && t[i].length <= 5 && isWord(i, in: Self.clockZones)
    }

    /// Whether token `i` is a word of `set` (ASCII case ignored).
    @inline(__always) func isWord(_ i: Int, in set: WordSet) -> Bool {
        i >= 0 && i < t.count && t[i].kind == .word && set.contains(p, Int(t[i].start), Int(t[i].end))
    }

    /// Whether the period token `k` ends a short capitalised abbreviation or initial
    /// (`Daniel P. Davison`, `Mr.`, `U.S.`) rather than a sentence.
    func isAbbreviationDot(_ k: Int) -> Bool {
        guard k > 0, glued(k) else { return false }
        let e = Int(t[k].start)
        var s = e
        while s > 0, e - s < 4, Bytes.isAlpha(p[s - 1]) { s -= 1 }
        guard e - s >= 1, e - s <= 3, p[s] >= 65, p[s] <= 90 else { return false }
        return s == 0 || !Bytes.isAlpha(p[s - 1])
    }

    /// Whether the words near token `i` (same clause: the window stops at commas and sentence
    /// ends) mark the future: `true`; `false` right after `since`; `nil` when nothing says.
    /// (Past auxiliaries were tried as past markers and hurt: "had been set to expire Nov. 6".)
    func futureContext(_ i: Int) -> Bool? {
        // "the fiscal year ended Jan. 31" is past; "effective Feb. 1" a change still to come.
        if isFn(i - 1, .since) || isText(i - 1, "ended") { return false }
        if isText(i - 1, "effective") { return true }
        // "as early as Tuesday", "as soon as Monday".
        if isText(i - 1, "as"), isText(i - 3, "as"), word(i - 2) == .position || isText(i - 2, "soon") { return true }
        var k = i - 1
        var steps = 0
        while k >= 0 && steps < 10 {
            if t[k].kind == .punct && (t[k].num == 46 && !isAbbreviationDot(k) || t[k].num == 59 || t[k].num == 33 || t[k].num == 63 || t[k].num == 44) { break }
            // A cue inside a compound ("lower-than-expected") is not a cue.
            let compound = isPunct(k - 1, 45) && glued(k)
            if !compound && (t[k].lex.word == .future || t[k].lex.word == .deictic && t[k].lex.value == Deictic.tomorrow.rawValue) { return true }
            if isText(k, "set"), isFn(k + 1, .to) { return true }
            k -= 1; steps += 1
        }
        k = i + 1
        steps = 0
        while k < t.count && steps < 6 {
            if t[k].kind == .punct && (t[k].num == 46 || t[k].num == 59 || t[k].num == 33 || t[k].num == 63 || t[k].num == 44) { break }
            if t[k].lex.word == .future && t[k].lex.value <= 2 { return true }
            k += 1; steps += 1
        }
        return nil
    }

    /// A month name at `k`: the month, the token after it (past an abbreviation's period)
    /// for a following number, and the end if nothing follows.
    func monthAt(_ k: Int) -> (month: Int, next: Int, bare: Int)? {
        let w = word(k)
        guard w == .month || w == .monthAbbr else { return nil }
        guard isCap(k) || isUpperWord(k) else { return nil }
        var next = k + 1
        if w == .monthAbbr, isPunct(next, 46), glued(next) { next += 1 }
        if isPunct(next, 44) { next += 1 }
        return (val(k), next, k + 1)
    }

    /// ISO weekday number (Monday 1 ... Sunday 7) from Foundation's (Sunday 1 ... Saturday 7).
    func isoWeekday(_ wd: Int) -> Int { wd == 1 ? 7 : wd - 1 }

    /// Whether the word before token `k` (a determiner) is a preposition that makes the noun
    /// that follows a time ("in the future is", "into the future if"): `the future` as a noun,
    /// not the adjective in "the future president".
    func afterPreposition(_ k: Int) -> Bool {
        guard k >= 0, k < t.count else { return false }
        var e = Int(t[k].start)
        while e > 0, p[e - 1] == 32 { e -= 1 }
        var s = e
        while s > 0, Bytes.isAlpha(p[s - 1]) { s -= 1 }
        guard e - s >= 2, e - s <= 7 else { return false }
        var w = [UInt8]()
        for i in s..<e { w.append(p[i] | 0x20) }
        switch String(decoding: w, as: UTF8.self) {
        case "in", "into", "for", "about", "toward", "towards", "near": return true
        default: return false
        }
    }

    /// A year at `k`, in digits (`1994`) or spelled (`nineteen ninety-four`): (year, token after it).
    @inline(__always) func yearAt(_ k: Int) -> (Int, Int)? {
        if isYear(k) { return (num(k), k + 1) }
        if word(k) == .number, val(k) == 19, word(k + 1) == .number, val(k + 1) >= 20, val(k + 1) % 10 == 0 {
            var y = 1900 + val(k + 1)
            var e = k + 2
            if isJoin(e), word(e + 1) == .number, val(e + 1) < 10 { y += val(e + 1); e += 2 }
            return (y, e)
        }
        return nil
    }

    func isOrdinalSuffix(_ i: Int) -> Bool {
        isText(i, "st") || isText(i, "nd") || isText(i, "rd") || isText(i, "th")
    }

    /// `a.m.`, `p.m.`, `AM`, `pm` at `i`: (is p.m., the token after it).
    func meridiem(_ i: Int) -> (Bool, Int)? {
        guard isWord(i) else { return nil }
        // ("4 am" is a time and "I am" is not, but the caller has already seen a number.)
        if isText(i, "am") || isText(i, "pm") { return (isText(i, "pm"), i + 1) }
        if (isText(i, "a") || isText(i, "p")), isPunct(i + 1, 46), glued(i + 1), isText(i + 2, "m"), glued(i + 2) {
            var e = i + 3
            if isPunct(e, 46), glued(e) { e += 1 }
            return (isText(i, "p"), e)
        }
        return nil
    }

    func isTimezone(_ i: Int) -> Bool {
        guard isUpperWord(i) || (isWord(i) && t[i].length <= 4 && isCap(i)) else { return false }
        return isWord(i, in: Self.timezones)
    }

    /// A count at `k`: digits, number words (`twenty-four`), `a`/`an`, `a couple of`, `a few`,
    /// `several`, `a dozen`. Returns (`nil` for unknown, the token after it).
    func count(_ k: Int) -> (Int?, Int)? {
        if isNum(k) {
            guard digits(k) <= 4 else { return nil }
            if glued(k + 1), isPunct(k + 1, 46) || isPunct(k + 1, 44) || isPunct(k + 1, 58), isNum(k + 2) { return nil }
            if glued(k), isPunct(k - 1, 46) || isPunct(k - 1, 44) || isPunct(k - 1, 36) { return nil }
            var e = k + 1
            // "2 1/2" halves are rounded down.
            if isNum(e), num(e) == 1, isPunct(e + 1, 47), isNum(e + 2), num(e + 2) == 2 { e += 3 }
            return (num(k), e)
        }
        if word(k) == .number {
            var v = val(k)
            var e = k + 1
            if v >= 20 && v % 10 == 0 {
                if isJoin(e), word(e + 1) == .number, val(e + 1) < 10 { v += val(e + 1); e += 2 }
                else if word(e) == .number, val(e) < 10 { v += val(e); e += 1 }
            }
            if word(e) == .number, val(e) == 100 { v *= 100; e += 1 }
            return (v, e)
        }
        if isFn(k, .a) || isFn(k, .an) {
            if isFn(k + 1, .couple) { return (2, isFn(k + 2, .of) ? k + 3 : k + 2) }
            if isFn(k + 1, .few) { return (nil, k + 2) }
            if word(k + 1) == .number, val(k + 1) == 12 { return (12, k + 2) }
            return (1, k + 1)
        }
        if isFn(k, .few) || isFn(k, .several) { return (nil, k + 1) }
        if isFn(k, .couple), isFn(k + 1, .of) { return (2, k + 2) }
        return nil
    }

    /// A year spelled in thousands at `k` (`two thousand`, `two thousand and one`,
    /// `two thousand ten`): (year, token after it).
    func thousandsYear(_ k: Int) -> (Int, Int)? {
        guard word(k) == .number, val(k) >= 1, val(k) <= 2, isText(k + 1, "thousand") else { return nil }
        var y = val(k) * 1000
        var e = k + 2
        let n = isFn(e, .and) ? e + 1 : e
        if word(n) == .number, let (c, after) = count(n), let c, c < 100 { y += c; e = after }
        return (y, e)
    }

    /// The hashed first (or last) word of a word-run token, if it looks like an event noun:
    /// lower case, 5+ letters.
    func eventWord(_ i: Int, last: Bool) -> UInt64? {
        guard isWord(i), word(i) == .none, !isCap(i) else { return nil }
        var s = Int(t[i].start), e = Int(t[i].end)
        if last {
            var k = e
            while k > s, p[k - 1] != 32 { k -= 1 }
            s = k
        } else {
            var k = s
            while k < e, p[k] != 32 { k += 1 }
            e = k
        }
        guard e - s >= 5 else { return nil }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in s..<e { h = (h ^ UInt64(p[k] | 0x20)) &* 0x100_0000_01b3 }
        return h
    }

    /// The byte after the first word of token `k`.
    func eventEnd(_ k: Int) -> Int {
        var end = Int(t[k].start)
        while end < Int(t[k].end), p[end] != 32 { end += 1 }
        return end
    }
}
