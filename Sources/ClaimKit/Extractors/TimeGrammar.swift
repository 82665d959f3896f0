/// A matched temporal expression: a token range with its type and value.
struct TimeMatch: Sendable {
    /// Where the expression ends when that is inside its last token (a word run), else `nil`.
    var endByte: Int? = nil
    /// First token.
    var first: Int
    /// One past the last token.
    var last: Int
    /// The TIMEX3 type.
    var type: TimeType
    /// The TIMEX3 value.
    var value: String

    init(first: Int, last: Int, type: TimeType, value: String, endByte: Int? = nil) {
        self.first = first
        self.last = last
        self.type = type
        self.value = value
        self.endByte = endByte
    }
}

/// Modifiers read before an expression's core.
struct TimePrefix {
    var det = false
    var approx = false
    var moreThan = false
    var position: Int = 0 // 1 early, 2 late, 3 mid, 4 earlier, 5 later, 6 end, 7 beginning, 8 middle
    var fiscal = false
}

/// The rules: walks tokens, matches expressions and resolves their values against an anchor.
struct TimeGrammar {
    let t: UnsafeBufferPointer<TimeToken>
    let p: UnsafeBufferPointer<UInt8>
    var anchor: TimeAnchor
    /// Years of full month-day dates already seen in the document, keyed by `month * 100 + day`.
    var knownYears: [Int: Int] = [:]
    /// The last quarter value emitted (`1989-Q3`): "a year earlier" in an earnings report means
    /// the same quarter a year before.
    var lastQuarter: (year: Int, quarter: Int)? = nil
    /// The token where `lastQuarter` was mentioned; it only counts for a while after.
    var lastQuarterToken = 0
    /// The token the grammar is at.
    var here = 0
    /// The indices of the tokens a rule may start at (`TimeToken.start`), when the tokenizer
    /// gave them; the driver then visits only those.
    var starts: UnsafeBufferPointer<Int32>? = nil
    /// Set when the current match is a year-ago comparison.
    var skipNote = false
    /// Dates of events the text has named with a date ("the inauguration on January 20"),
    /// keyed by the hashed event noun, so "two weeks before the inauguration" can be resolved.
    var eventDates: [UInt64: Day] = [:]
    /// The last full date the text gave, for "that day", "that same day".
    var lastDay: Day? = nil
    /// The last year the text gave, for "that year", "later that year".
    var lastYear: Int? = nil

    init(tokens: UnsafeBufferPointer<TimeToken>, bytes: UnsafeBufferPointer<UInt8>, anchor: TimeAnchor) {
        t = tokens
        p = bytes
        self.anchor = anchor
    }

    // MARK: token helpers

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

    /// Whether the glued hyphen `i` joins two words (`five-year`).
    @inline(__always) func isJoin(_ i: Int) -> Bool { isPunct(i, 45) && glued(i) && glued(i + 1) }

    /// Whether token `i` is a 4-digit year-like number. The first tests are inlined: most
    /// calls end there, and a call from a mutating rule to a non-mutating method copies the
    /// whole grammar first.
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
    func isClockZone(_ i: Int) -> Bool { isWord(i, in: Self.clockZones) }

    /// Zones and clock words after a 24-hour reading ("1000 GMT", "0900 hours").
    static let clockZones = WordSet(["gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst",
                                     "cet", "cest", "jst", "kst", "hrs", "hours", "z"])

    /// Zones after a clock time ("4 p.m. EST", "9 a.m. ET").
    static let timezones = WordSet(["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et", "pt",
                                    "bst", "cet", "kst", "jst"])

    /// Whether token `i` is a word of `set` (ASCII case ignored).
    @inline(__always) func isWord(_ i: Int, in set: WordSet) -> Bool {
        i >= 0 && i < t.count && t[i].kind == .word && set.contains(p, Int(t[i].start), Int(t[i].end))
    }

    // MARK: driver

    /// Every match, in order. One walk; with `starts` it visits only tokens a rule may start at
    /// (every other token fails `worthTrying`), without them every token.
    mutating func run() -> [TimeMatch] {
        var out: [TimeMatch] = []
        // A small reservation, sized by the start tokens and capped, spares the array's first regrowths.
        out.reserveCapacity(min(64, (starts?.count ?? t.count) / 4 + 2))
        var next = 0
        if let starts {
            for s in starts { visit(Int(s), next: &next, into: &out) }
        } else {
            for i in 0..<t.count where t[i].kind != .punct { visit(i, next: &next, into: &out) }
        }
        return out
    }

    /// Tries a match at token `i` unless an earlier match covers it (`i < next`); appends it and
    /// moves `next` past it. A method rather than a closure over `self`: a closure capturing the
    /// mutating grammar copied the whole struct on every visit.
    @inline(__always) private mutating func visit(_ i: Int, next: inout Int, into out: inout [TimeMatch]) {
        if i < next || i >= t.count || !worthTrying(i) { return }
        skipNote = false
        here = i
        if let m = match(i) {
            note(m)
            out.append(m)
            next = max(m.last, i + 1)
        } else {
            next = i + 1
        }
    }

    /// A cheap look at token `i` and the next one: whether any rule could start here.
    @inline(__always) func worthTrying(_ i: Int) -> Bool {
        let tok = t[i]
        let next = i + 1 < t.count ? t[i + 1] : nil
        // Whether the next token is a lexicon word, a number or a glued hyphen.
        @inline(__always) func nextMatters() -> Bool {
            guard let next else { return false }
            if next.kind == .number || next.lex.word != .none { return true }
            return next.kind == .punct && next.num == 45 && next.flags & TimeToken.space == 0
        }
        if tok.kind == .number {
            if tok.length == 4 { return true } // years, ISO dates
            if glued(i), isText(i - 1, "q") { return true } // "Q3"
            guard let next else { return false }
            switch next.kind {
            case .punct: return next.num == 58 || next.num == 45 || next.num == 47 || next.num == 39
            case .number: return true // "2 1/2"
            case .word:
                switch next.lex.word {
                case .unit, .month, .monthAbbr, .marker, .function, .number, .ordinal: return true
                default: return false
                }
            }
        }
        let l = tok.lex
        switch l.word {
        case .none, .future, .ago, .marker: return false
        case .function:
            guard let next else { return false }
            switch Function(rawValue: l.value) ?? .none {
            case .the, .a, .an, .fiscal, .few, .several, .couple, .half, .end:
                // Only when a lexicon word or a number follows.
                return next.kind == .number || next.lex.word != .none
            case .more, .less: return next.lex.word == .function // "than"
            case .at, .up: return next.lex.word == .function || next.lex.word == .marker
            case .over, .under: return next.kind == .number || next.lex.word == .function || next.lex.word == .number
            default: return false
            }
        case .month, .monthAbbr, .weekday, .holiday:
            return tok.flags & (TimeToken.cap | TimeToken.upper) != 0
        case .number, .ordinal, .relative, .approx, .position, .every:
            // "two weeks", "third-quarter", "last year", "about noon", "late 1990s", "every Monday":
            // these only start an expression before another lexicon word, a number or a hyphen.
            return nextMatters() || l.word == .relative && isText(i + 1, "period")
        default: return true
        }
    }

    /// Reads modifiers, then the core.
    mutating func match(_ i: Int) -> TimeMatch? {
        var pre = TimePrefix()
        var j = i
        var steps = 0
        while j < t.count && steps < 6 {
            steps += 1
            let w = word(j)
            if isFn(j, .the) {
                pre.det = true
                j += 1
                // "the near future", "the near term", "the short term".
                if isText(j, "near") || isText(j, "short") {
                    if isText(j + 1, "term") { return TimeMatch(first: i, last: j + 2, type: .date, value: "FUTURE_REF") }
                    if isText(j, "near"), word(j + 1) == .deictic, val(j + 1) == Deictic.future.rawValue {
                        return TimeMatch(first: i, last: j + 2, type: .date, value: "FUTURE_REF")
                    }
                }
                continue
            }
            if isFn(j, .fiscal) { pre.fiscal = true; j += 1; continue }
            if w == .approx {
                if val(j) == 7 && !isNum(j + 1) && word(j + 1) != .number { break } // "some" only before a count
                pre.approx = true; j += 1; continue
            }
            if (isFn(j, .more) || isFn(j, .less)) && isFn(j + 1, .than) { pre.moreThan = true; j += 2; continue }
            if isFn(j, .at) && (isFn(j + 1, .least) || isText(j + 1, "most")) { pre.approx = true; j += 2; continue }
            if isFn(j, .up) && isFn(j + 1, .to) { pre.approx = true; j += 2; continue }
            if (isFn(j, .over) || isFn(j, .under)) && (isNum(j + 1) || word(j + 1) == .number || isFn(j + 1, .a) || isFn(j + 1, .an)) {
                pre.approx = true; j += 1; continue
            }
            if w == .position {
                pre.position = val(j)
                j += 1
                if isJoin(j) { j += 1 }
                continue
            }
            if (isFn(j, .end) || isFn(j, .start) || isFn(j, .beginning) || isFn(j, .middle)) && isFn(j + 1, .of) {
                pre.position = isFn(j, .end) ? 6 : isFn(j, .middle) ? 8 : 7
                pre.det = false
                j += 2
                continue
            }
            break
        }
        if j >= t.count { return nil }
        if j > i && pre.position == 0 && !pre.approx && !pre.moreThan && !pre.fiscal && !pre.det { return nil }
        guard var m = core(j, pre) else { return nil }
        // Approximators and "earlier"/"later" only go with some cores.
        if pre.position >= 4 && pre.position <= 5 && m.type == .duration { return nil }
        if m.first == j { m.first = i }
        // Dates, weekdays, years and set adverbs do not take the determiner: "the Oct. 23 vote".
        if pre.det, isFn(m.first, .the) {
            let w = word(j)
            let dateLike = w == .month || w == .monthAbbr || w == .weekday || w == .setAdverb
                || isNum(j) && m.type != .duration && m.value.utf8.count != 2
            if dateLike { m.first += 1 }
        }
        return m
    }

    // MARK: cores

    mutating func core(_ j: Int, _ pre: TimePrefix) -> TimeMatch? {
        let tok = t[j]
        if tok.kind == .number { return numberCore(j, pre) }
        switch tok.lex.word {
        case .month, .monthAbbr: return monthCore(j, pre)
        case .weekday: return weekdayCore(j, pre, future: nil)
        case .deictic: return deicticCore(j, pre)
        case .relative: return relativeCore(j, pre)
        case .number:
            // Spelled years: "nineteen ninety-six".
            if let (y, e) = yearAt(j) { return TimeMatch(first: j, last: e, type: .date, value: String(y)) }
            return countCore(j, pre)
        case .function:
            if isFn(j, .a) || isFn(j, .an) || isFn(j, .few) || isFn(j, .several) || isFn(j, .couple) { return countCore(j, pre) }
            return nil
        case .ordinal: return ordinalCore(j, pre)
        case .holiday: return holidayCore(j, pre, rel: nil)
        case .decadeWord:
            // "the nineties": the 1900s' decade (TimeML "199"); needs the determiner.
            guard pre.det || isText(j - 1, "early") || isText(j - 1, "late") else { return nil }
            return TimeMatch(first: j, last: j + 1, type: .date, value: "19" + String(val(j)))
        case .unit: return unitCore(j, pre)
        case .setAdverb:
            let u = TimeUnit(rawValue: UInt8(val(j))) ?? .day
            return TimeMatch(first: j, last: j + 1, type: .set, value: TimeFormat.duration(1, u))
        case .every: return everyCore(j)
        case .partOfDay: return partOfDayCore(j, pre, day: nil)
        case .season: return seasonCore(j, pre, rel: nil)
        default: return nil
        }
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
}
