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
    /// Set when the current match is a year-ago comparison.
    var skipNote = false
    /// Dates of events the text has named with a date ("the inauguration on January 20"),
    /// keyed by the hashed event noun, so "two weeks before the inauguration" can be resolved.
    var eventDates: [UInt64: Day] = [:]

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
    @inline(__always) func num(_ i: Int) -> Int { Int(t[i].num) }
    /// Whether token `i` follows the previous one with no space.
    @inline(__always) func glued(_ i: Int) -> Bool { i > 0 && i < t.count && t[i].flags & TimeToken.space == 0 }
    @inline(__always) func isCap(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].flags & TimeToken.cap != 0 }
    @inline(__always) func isUpperWord(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].flags & TimeToken.upper != 0 }
    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].kind == .word }

    /// Whether token `i` is the lower-cased ASCII word `w`.
    func isText(_ i: Int, _ w: StaticString) -> Bool {
        guard isWord(i) else { return false }
        let s = Int(t[i].start), n = t[i].length
        guard n == w.utf8CodeUnitCount else { return false }
        let q = w.utf8Start
        for k in 0..<n where p[s + k] | 0x20 != q[k] { return false }
        return true
    }

    /// Whether the glued hyphen `i` joins two words (`five-year`).
    @inline(__always) func isJoin(_ i: Int) -> Bool { isPunct(i, 45) && glued(i) && glued(i + 1) }

    /// Whether token `i` is a 4-digit year-like number.
    func isYear(_ i: Int) -> Bool {
        guard digits(i) == 4 else { return false }
        let v = num(i)
        guard v >= 1000 && v <= 2099 else { return false }
        if glued(i + 1), isPunct(i + 1, 44) || isPunct(i + 1, 46), isNum(i + 2), glued(i + 2) { return false }
        if glued(i), isPunct(i - 1, 44) || isPunct(i - 1, 46) || isPunct(i - 1, 36) { return false }
        if isPunct(i - 1, 36) || isPunct(i + 1, 37) || isText(i + 1, "percent") { return false }
        // A path segment of a URL ("/r/2025/01/06/") is not prose.
        if glued(i) && isPunct(i - 1, 47) || glued(i + 1) && isPunct(i + 1, 47) { return false }
        return true
    }

    // MARK: driver

    /// Every match, in order.
    mutating func run() -> [TimeMatch] {
        var out: [TimeMatch] = []
        var i = 0
        while i < t.count {
            let tok = t[i]
            if tok.kind == .punct || !worthTrying(i) { i += 1; continue }
            skipNote = false
            here = i
            if let m = match(i) {
                if !skipNote { noteQuarter(m.value) }
                noteEvent(m)
                out.append(m)
                i = max(m.last, i + 1)
            } else {
                i += 1
            }
        }
        return out
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

    /// Remembers the date of an event noun next to a full date: "the inauguration on
    /// January 20", "the January 20 inauguration".
    mutating func noteEvent(_ m: TimeMatch) {
        guard m.type == .date, let d = Day.parse(m.value), m.value.utf8.count == 10 else { return }
        if isFn(m.first - 1, .on), let w = eventWord(m.first - 2, last: true) { eventDates[w] = d }
        if let w = eventWord(m.last, last: false) { eventDates[w] = d }
    }

    /// "two weeks before the inauguration": the event's known date moved by the count, with the
    /// token after the event noun; `nil` when the event's date is not known.
    mutating func eventShift(_ n: Int?, _ u: TimeUnit, signal e: Int) -> (String, Int)? {
        guard let n, isFn(e, .before) || isFn(e, .after), !eventDates.isEmpty else { return nil }
        let sign = isFn(e, .before) ? -1 : 1
        var k = e + 1
        var steps = 0
        while k < t.count && steps < 5 {
            if let w = eventWord(k, last: false), let d = eventDates[w] {
                guard var cal = AnchorCalendar(d) else { return nil }
                let v: String
                switch u {
                case .day: v = cal.days(sign * n).iso
                case .week: v = cal.days(sign * 7 * n).iso
                case .month: let (y, m) = cal.months(sign * n); v = TimeFormat.year(y) + "-" + TimeFormat.two(m)
                case .year: v = TimeFormat.year(d.y + sign * n)
                default: return nil
                }
                return (v, k)
            }
            if t[k].kind == .punct && t[k].num != 39 { return nil }
            k += 1; steps += 1
        }
        return nil
    }

    /// The byte after the first word of token `k`.
    func eventEnd(_ k: Int) -> Int {
        var end = Int(t[k].start)
        while end < Int(t[k].end), p[end] != 32 { end += 1 }
        return end
    }

    /// Remembers a quarter value (`YYYY-Qn`).
    mutating func noteQuarter(_ v: String) {
        guard v.utf8.count == 7 else { return }
        let u = Array(v.utf8)
        guard u[4] == 45, u[5] == 81, let y = Int(String(decoding: u[0..<4], as: UTF8.self)) else { return }
        lastQuarter = (y, Int(u[6]) - 48)
        lastQuarterToken = here
    }

    /// How many tokens after a quarter is mentioned a year-ago comparison still refers to it.
    static let quarterReach = 150

    /// The last quarter mentioned, if any.
    func lastQuarterValue() -> String? {
        guard let q = lastQuarter else { return nil }
        return TimeFormat.year(q.year) + "-Q" + String(q.quarter)
    }

    /// The quarter a year before the last one mentioned, if any. (The match it goes into is
    /// not itself remembered as the reporting quarter.)
    mutating func yearAgoQuarter() -> String? {
        guard let q = lastQuarter, here - lastQuarterToken <= Self.quarterReach else { return nil }
        skipNote = true
        return TimeFormat.year(q.year - 1) + "-Q" + String(q.quarter)
    }

    /// A cheap look at token `i` and the next one: whether any rule could start here.
    @inline(__always) func worthTrying(_ i: Int) -> Bool {
        let tok = t[i]
        let next = i + 1 < t.count ? t[i + 1] : nil
        if tok.kind == .number {
            if tok.length == 4 || tok.length == 2 { return true } // years, decades ('90s), times
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

    /// Numbers: ISO dates, times, day-month dates, decades, centuries, counts, years.
    mutating func numberCore(_ j: Int, _ pre: TimePrefix) -> TimeMatch? {
        let d = digits(j)
        // ISO date.
        if d == 4, isPunct(j + 1, 45), glued(j + 1), digits(j + 2) == 2, glued(j + 2), isPunct(j + 3, 45), glued(j + 3),
           digits(j + 4) == 2, glued(j + 4) {
            let day = Day(y: num(j), m: num(j + 2), d: num(j + 4))
            if AnchorCalendar.isValid(day) {
                knownYears[day.m * 100 + day.d] = day.y
                return TimeMatch(first: j, last: j + 5, type: .date, value: day.iso)
            }
            return nil
        }
        // Clock time.
        if d <= 2, isPunct(j + 1, 58), glued(j + 1), digits(j + 2) == 2, glued(j + 2) {
            var h = num(j)
            let mi = num(j + 2)
            guard h <= 24, mi < 60 else { return nil }
            var e = j + 3
            if isPunct(e, 58), glued(e), digits(e + 1) == 2 { e += 2 }
            if let (pm, after) = meridiem(e) {
                if pm && h < 12 { h += 12 }
                if !pm && h == 12 { h = 0 }
                e = after
            }
            return timeOfDay(j, e, "T" + TimeFormat.two(h) + ":" + TimeFormat.two(mi))
        }
        if d <= 2, num(j) >= 1, num(j) <= 12, let (pm, after) = meridiem(j + 1) {
            var h = num(j)
            if pm && h < 12 { h += 12 }
            if !pm && h == 12 { h = 0 }
            return timeOfDay(j, after, "T" + TimeFormat.two(h) + ":00")
        }
        // Day Month [Year].
        if d <= 2, num(j) >= 1, num(j) <= 31 {
            var k = j + 1
            if isWord(k), glued(k), isOrdinalSuffix(k) { k += 1 }
            if isFn(k, .of) { k += 1 }
            if let mo = monthAt(k) {
                var e = mo.next
                if isYear(e) {
                    let day = Day(y: num(e), m: mo.month, d: num(j))
                    guard AnchorCalendar.isValid(day) else { return nil }
                    knownYears[day.m * 100 + day.d] = day.y
                    return TimeMatch(first: j, last: e + 1, type: .date, value: day.iso)
                }
                e = mo.bare
                return TimeMatch(first: j, last: e, type: .date, value: monthDayValue(mo.month, num(j), at: j))
            }
        }
        // Century: "20th century".
        if d <= 2, isWord(j + 1), glued(j + 1), isOrdinalSuffix(j + 1), word(j + 2) == .unit,
           val(j + 2) == TimeUnit.century.rawValue, num(j) >= 1 {
            return TimeMatch(first: j, last: j + 3, type: .date, value: TimeFormat.two(num(j) - 1))
        }
        // Decades: "1990s", "'90s".
        if (d == 4 || d == 2), num(j) % 10 == 0, isText(j + 1, "s"), glued(j + 1) {
            var v = num(j)
            var first = j
            if d == 2 {
                v += 1900
                if isPunct(j - 1, 39), glued(j) { first = j - 1 }
            }
            guard v >= 1000 && v <= 2090 else { return nil }
            return TimeMatch(first: first, last: j + 2, type: .date, value: String(v / 10))
        }
        // "the 1989 period", "the 1988 quarter": the quarter being reported, in that year.
        if isYear(j), isText(j + 1, "period") || isText(j + 1, "quarter"), let q = lastQuarter {
            return TimeMatch(first: j, last: j + 2, type: .date, value: TimeFormat.year(num(j)) + "-Q" + String(q.quarter))
        }
        // Counts.
        if d <= 4, let m = countCore(j, pre) { return m }
        // Years.
        if isYear(j) {
            let v = num(j)
            // "the 1988 second quarter", "the 1989 period" (the quarter being reported).
            if word(j + 1) == .ordinal, (1...4).contains(val(j + 1)), word(j + 2) == .unit, val(j + 2) == TimeUnit.quarter.rawValue {
                return TimeMatch(first: j, last: j + 3, type: .date, value: TimeFormat.year(v) + "-Q" + String(val(j + 1)))
            }
            if isText(j + 1, "period") || isText(j + 1, "quarter"), let q = lastQuarter {
                return TimeMatch(first: j, last: j + 2, type: .date, value: TimeFormat.year(v) + "-Q" + String(q.quarter))
            }
            if v < 1900 || v > 2050 {
                let prevOK = isFn(j - 1, .in_) || isFn(j - 1, .since) || isFn(j - 1, .of) || isFn(j - 1, .by)
                    || isFn(j - 1, .from) || isFn(j - 1, .until) || isFn(j - 1, .to) || isFn(j - 1, .before)
                    || isFn(j - 1, .after) || isFn(j - 1, .fiscal) || word(j - 1) == .position || isText(j - 1, "during")
                guard prevOK else { return nil }
            }
            if isJoin(j + 1), isNum(j + 2) {
                // "1989-90": keep the first year only.
            }
            return TimeMatch(first: j, last: j + 1, type: .date, value: String(v))
        }
        return nil
    }

    /// A year at `k`, in digits (`1994`) or spelled (`nineteen ninety-four`): (year, token after it).
    func yearAt(_ k: Int) -> (Int, Int)? {
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
        if isText(i, "am") || isText(i, "pm") {
            if isText(i, "am"), !isUpperWord(i), !glued(i) {
                // "4 am" is fine, but "I am" is not a time: the caller already saw a number.
            }
            return (isText(i, "pm"), i + 1)
        }
        if (isText(i, "a") || isText(i, "p")), isPunct(i + 1, 46), glued(i + 1), isText(i + 2, "m"), glued(i + 2) {
            var e = i + 3
            if isPunct(e, 46), glued(e), !(e + 1 >= t.count || t[e + 1].flags & TimeToken.cap != 0 && t[e + 1].lex.word == .none && !isTimezone(e + 1)) {
                e += 1
            } else if isPunct(e, 46), glued(e) {
                e += 1
            }
            return (isText(i, "p"), e)
        }
        return nil
    }

    func isTimezone(_ i: Int) -> Bool {
        guard isUpperWord(i) || (isWord(i) && t[i].length <= 4 && isCap(i)) else { return false }
        for z: StaticString in ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et", "pt", "bst", "cet", "kst", "jst"]
        where isText(i, z) { return true }
        return false
    }

    /// A time of day from token `j` to `e`, with the date of a following day word if any.
    mutating func timeOfDay(_ j: Int, _ e0: Int, _ clock: String) -> TimeMatch? {
        var e = e0
        if isTimezone(e) { e += 1 }
        var date: String? = anchor.day?.iso
        // "5 p.m. EST, Nov. 9".
        let md = isPunct(e, 44) ? e + 1 : e
        if word(md) == .month || word(md) == .monthAbbr, let m = monthCore(md, TimePrefix()), m.value.utf8.count == 10 {
            return TimeMatch(first: j, last: m.last, type: .time, value: m.value + clock)
        }
        if word(e) == .weekday {
            var cal = anchor.calendar
            if let d = cal?.weekday(val(e), future: futureContext(e) == true) { date = d.iso }
            anchor.calendar = cal
            e += 1
        } else if word(e) == .deictic, let dd = deicticDay(val(e)) {
            date = dd
            e += 1
        }
        return TimeMatch(first: j, last: e, type: .time, value: (date ?? "XXXX-XX-XX") + clock)
    }

    /// The ISO day of `today`/`yesterday`/`tomorrow`/`tonight`.
    mutating func deicticDay(_ v: Int) -> String? {
        guard let k = Deictic(rawValue: UInt8(v)) else { return nil }
        let off: Int
        switch k {
        case .today, .tonight: off = 0
        case .yesterday: off = -1
        case .tomorrow: off = 1
        default: return nil
        }
        guard var cal = anchor.calendar else { return nil }
        let d = cal.days(off)
        anchor.calendar = cal
        return d.iso
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

    /// A month-day's value, with the year from the document or inferred from the anchor.
    func monthDayValue(_ month: Int, _ day: Int, at i: Int) -> String {
        if let y = knownYears[month * 100 + day] { return Day(y: y, m: month, d: day).iso }
        let fut = futureContext(i)
        if let y = anchor.year(month: month, day: day, future: fut) { return Day(y: y, m: month, d: day).iso }
        return "XXXX-" + TimeFormat.two(month) + "-" + TimeFormat.two(day)
    }

    /// Month names: `January 6, 2025`, `Jan. 6`, `Jan 6th`, `January 2025`, `January`.
    mutating func monthCore(_ j: Int, _ pre: TimePrefix) -> TimeMatch? {
        guard let mo = monthAt(j) else { return nil }
        let k = mo.next
        if digits(k) >= 1, digits(k) <= 2, num(k) >= 1, num(k) <= 31, !(isPunct(k + 1, 58) && glued(k + 1) && isNum(k + 2) && glued(k + 2)) {
            var e = k + 1
            if isWord(e), glued(e), isOrdinalSuffix(e) { e += 1 }
            var ye = e
            if isPunct(ye, 44) { ye += 1 }
            if isYear(ye) {
                let day = Day(y: num(ye), m: mo.month, d: num(k))
                guard AnchorCalendar.isValid(day) else { return nil }
                knownYears[day.m * 100 + day.d] = day.y
                return TimeMatch(first: j, last: ye + 1, type: .date, value: day.iso)
            }
            return TimeMatch(first: j, last: e, type: .date, value: monthDayValue(mo.month, num(k), at: j))
        }
        var yk = k
        if isFn(yk, .of) { yk += 1 }
        if let (y, e) = yearAt(yk) {
            return TimeMatch(first: j, last: e, type: .date, value: TimeFormat.year(y) + "-" + TimeFormat.two(mo.month))
        }
        // "June last year".
        let r = j + 1
        if word(r) == .relative, word(r + 1) == .unit, val(r + 1) == TimeUnit.year.rawValue {
            let rel = Relative(rawValue: UInt8(val(r))) ?? .none
            let off = rel == .last || rel == .previous ? -1 : rel == .next ? 1 : rel == .this ? 0 : 99
            if off != 99, let a = anchor.day {
                return TimeMatch(first: j, last: r + 2, type: .date, value: TimeFormat.year(a.y + off) + "-" + TimeFormat.two(mo.month))
            }
        }
        // Month alone: "May" and "March" need a cue; names followed by a capitalised word are people.
        let v = mo.month
        if isCap(j + 1) && word(j + 1) == .none && !isUpperWord(j) { return nil }
        if v == 5 || v == 3 || word(j) == .monthAbbr {
            let cue = pre.position != 0 || isFn(j - 1, .in_) || isFn(j - 1, .since) || isFn(j - 1, .until)
                || isFn(j - 1, .by) || isFn(j - 1, .from) || isFn(j - 1, .of) || isText(j - 1, "during")
                || isText(j - 1, "through") || isText(j - 1, "between")
            if !cue { return nil }
        }
        let y = anchor.year(month: v, future: futureContext(j))
        return TimeMatch(first: j, last: j + 1, type: .date, value: (y.map(TimeFormat.year) ?? "XXXX") + "-" + TimeFormat.two(v))
    }

    /// Weekdays: `Monday`, `Monday, Jan. 6`, `Friday morning`.
    mutating func weekdayCore(_ j: Int, _ pre: TimePrefix, future: Bool?, strict: Bool = false) -> TimeMatch? {
        guard isCap(j) || isUpperWord(j) else { return nil }
        // "Saturday, April 25" / "Monday, Jan. 6, 2025".
        var k = j + 1
        if isPunct(k, 44) { k += 1 }
        if word(k) == .month || word(k) == .monthAbbr, let m = monthCore(k, TimePrefix()), m.value.count == 10 {
            return TimeMatch(first: j, last: m.last, type: .date, value: m.value)
        }
        let fut = future ?? (futureContext(j) == true)
        var value = "XXXX-WXX-" + String(isoWeekday(val(j)))
        if var cal = anchor.calendar {
            value = cal.weekday(val(j), future: fut, strict: strict).iso
            anchor.calendar = cal
        }
        if word(j + 1) == .partOfDay, val(j + 1) <= 4 {
            return TimeMatch(first: j, last: j + 2, type: .date, value: value)
        }
        return TimeMatch(first: j, last: j + 1, type: .date, value: value)
    }

    /// ISO weekday number (Monday 1 ... Sunday 7) from Foundation's (Sunday 1 ... Saturday 7).
    func isoWeekday(_ wd: Int) -> Int { wd == 1 ? 7 : wd - 1 }

    /// TIMEX3 part-of-day suffix for a part-of-day word.
    func podCode(_ v: Int) -> String? {
        switch v {
        case 1: return "TMO"
        case 2: return "TAF"
        case 3: return "TEV"
        case 4, 8: return "TNI"
        case 5, 7: return "T12:00"
        case 6: return "T24:00"
        default: return nil
        }
    }

    /// `today`, `yesterday`, `now`, `recently`, `the past`, `the future`, ...
    mutating func deicticCore(_ j: Int, _ pre: TimePrefix) -> TimeMatch? {
        let k = Deictic(rawValue: UInt8(val(j))) ?? .none
        switch k {
        case .today, .yesterday, .tomorrow, .tonight:
            let day = deicticDay(val(j)) ?? "XXXX-XX-XX"
            if k != .tonight, word(j + 1) == .partOfDay, val(j + 1) <= 4 {
                return TimeMatch(first: j, last: j + 2, type: .date, value: day)
            }
            return TimeMatch(first: j, last: j + 1, type: .date, value: day)
        case .now, .currently, .nowadays:
            if pre.det { return nil }
            return TimeMatch(first: j, last: j + 1, type: .date, value: "PRESENT_REF")
        case .recently:
            if isText(j - 1, "most") || pre.det { return nil }
            return TimeMatch(first: j, last: j + 1, type: .date, value: "PAST_REF")
        case .past:
            if let m = relativeCore(j, pre) { return m }
            if pre.det, !isWord(j + 1) || word(j + 1) == .function || word(j + 1) == .none && !isWord(j + 1) {
                return TimeMatch(first: j, last: j + 1, type: .date, value: "PAST_REF")
            }
            if pre.det, isWord(j + 1), word(j + 1) == .none, !isCap(j + 1) {
                return nil
            }
            return pre.det ? TimeMatch(first: j, last: j + 1, type: .date, value: "PAST_REF") : nil
        case .future:
            if pre.det, !(isWord(j + 1) && word(j + 1) == .none) {
                return TimeMatch(first: j, last: j + 1, type: .date, value: "FUTURE_REF")
            }
            return nil
        case .present:
            if pre.det || isFn(j - 1, .at), !(isWord(j + 1) && word(j + 1) == .none) {
                return TimeMatch(first: j, last: j + 1, type: .date, value: "PRESENT_REF")
            }
            return nil
        default: return nil
        }
    }

    /// The (year, quarter) `n` quarters from the anchor's.
    func quarter(_ n: Int) -> String? {
        guard let a = anchor.day else { return nil }
        let q = (a.m - 1) / 3 + n
        let y = a.y + Int((Double(q) / 4).rounded(.down))
        let qq = ((q % 4) + 4) % 4 + 1
        return TimeFormat.year(y) + "-Q" + String(qq)
    }

    /// A date `n` units from the anchor, at the unit's granularity.
    mutating func shifted(_ n: Int, _ u: TimeUnit) -> String? {
        guard var cal = anchor.calendar else { return nil }
        defer { anchor.calendar = cal }
        let a = cal.anchor
        switch u {
        case .year: return TimeFormat.year(a.y + n)
        case .decade: return TimeFormat.year(a.y + 10 * n)
        case .century: return TimeFormat.year(a.y + 100 * n)
        case .month:
            let (y, m) = cal.months(n)
            return TimeFormat.year(y) + "-" + TimeFormat.two(m)
        case .quarter: return quarter(n)
        case .week, .fortnight: return cal.days(7 * n * (u == .fortnight ? 2 : 1)).iso
        case .day: return cal.days(n).iso
        case .weekend: return cal.week(n) + "-WE"
        case .hour, .minute, .second: return a.iso
        case .none: return nil
        }
    }

    /// `last week`, `next month`, `this year`, `the past three months`, `last April`, `last Friday`, ...
    mutating func relativeCore(_ j: Int, _ pre: TimePrefix) -> TimeMatch? {
        let rel: Relative
        if word(j) == .deictic { rel = .past } else { rel = Relative(rawValue: UInt8(val(j))) ?? .none }
        var k = j + 1
        if isFn(k, .fiscal) { k += 1 }
        // "the latest period", "the current period": the reporting quarter.
        if isText(k, "period"), rel == .latest || rel == .current, let q = lastQuarterValue() ?? quarter(-1) {
            return TimeMatch(first: j, last: k + 1, type: .date, value: q)
        }
        // Counted: "the past three months", "the next two weeks", "the last few years".
        if let (n, after) = count(k), word(after) == .unit || (isFn(after, .more) && word(after + 1) == .unit) {
            let ue = isFn(after, .more) ? after + 1 : after
            let u = TimeUnit(rawValue: UInt8(val(ue))) ?? .none
            switch rel {
            case .last, .past, .next, .coming, .previous, .following, .recent, .prior:
                return TimeMatch(first: j, last: ue + 1, type: .duration, value: TimeFormat.duration(n, u))
            default: return nil
            }
        }
        if word(k) == .unit {
            let u = TimeUnit(rawValue: UInt8(val(k))) ?? .none
            let plural = p[Int(t[k].end) - 1] | 0x20 == 115 && u != .none
            if plural {
                switch rel {
                case .recent:
                    if u == .year || u == .decade { return TimeMatch(first: j, last: k + 1, type: .date, value: "PAST_REF") }
                    return TimeMatch(first: j, last: k + 1, type: .duration, value: TimeFormat.duration(nil, u))
                case .coming, .next, .upcoming, .following: return TimeMatch(first: j, last: k + 1, type: .date, value: "FUTURE_REF")
                case .past, .last: return TimeMatch(first: j, last: k + 1, type: .duration, value: TimeFormat.duration(nil, u))
                default: return nil
                }
            }
            switch rel {
            case .this, .current:
                if u == .week { return weekValue(j, k + 1, 0) }
                if u == .day { return nil }
                guard let v = shifted(0, u) else { return nil }
                return TimeMatch(first: j, last: k + 1, type: .date, value: v)
            case .last, .previous, .past, .prior, .latest:
                // "the past year" is last year; "the past decade", "past week" a stretch of time.
                if pre.det && (rel == .past || rel == .last) && u != .year || (rel == .past && !pre.det) {
                    return TimeMatch(first: j, last: k + 1, type: .duration, value: TimeFormat.duration(1, u))
                }
                if u == .week { return weekValue(j, k + 1, -1) }
                guard let v = shifted(-1, u) else { return nil }
                return TimeMatch(first: j, last: k + 1, type: .date, value: v)
            case .next, .coming, .following:
                if u == .week { return weekValue(j, k + 1, 1) }
                guard let v = shifted(1, u) else { return nil }
                return TimeMatch(first: j, last: k + 1, type: .date, value: v)
            default: return nil
            }
        }
        if let mo = monthAt(k), !(digits(mo.next) >= 1 && digits(mo.next) <= 2) {
            var y: Int? = nil
            if let a = anchor.day {
                switch rel {
                case .last, .past, .previous: y = mo.month < a.m ? a.y : a.y - 1
                case .next, .coming, .following: y = mo.month > a.m ? a.y : a.y + 1
                case .this: y = a.y
                default: return nil
                }
            }
            return TimeMatch(first: j, last: k + 1, type: .date, value: (y.map(TimeFormat.year) ?? "XXXX") + "-" + TimeFormat.two(mo.month))
        }
        if word(k) == .weekday {
            switch rel {
            case .last, .past, .previous: return weekdayCore(k, pre, future: false, strict: true).map { TimeMatch(first: j, last: $0.last, type: $0.type, value: $0.value) }
            case .next, .coming, .following: return weekdayCore(k, pre, future: true, strict: true).map { TimeMatch(first: j, last: $0.last, type: $0.type, value: $0.value) }
            case .this: return weekdayCore(k, pre, future: futureContext(k) ?? true).map { TimeMatch(first: j, last: $0.last, type: $0.type, value: $0.value) }
            default: return nil
            }
        }
        if word(k) == .holiday { return holidayCore(k, pre, rel: rel).map { TimeMatch(first: j, last: $0.last, type: $0.type, value: $0.value) } }
        if word(k) == .season { return seasonCore(k, pre, rel: rel).map { TimeMatch(first: j, last: $0.last, type: $0.type, value: $0.value) } }
        if word(k) == .partOfDay, let pod = podCode(val(k)) {
            var off = 0
            switch rel {
            case .this: off = 0
            case .last: off = val(k) == 4 || val(k) == 3 ? -1 : 99
            default: off = 99
            }
            if off == 99 { return nil }
            guard var cal = anchor.calendar else { return TimeMatch(first: j, last: k + 1, type: .time, value: "XXXX-XX-XX" + pod) }
            let d = cal.days(off)
            anchor.calendar = cal
            return TimeMatch(first: j, last: k + 1, type: .time, value: d.iso + pod)
        }
        if rel == .latest || rel == .last, word(k) == .unit, val(k) == TimeUnit.quarter.rawValue, let q = quarter(-1) {
            return TimeMatch(first: j, last: k + 1, type: .date, value: q)
        }
        return nil
    }

    /// An ISO week value `n` weeks from the anchor's.
    mutating func weekValue(_ s: Int, _ e: Int, _ n: Int) -> TimeMatch? {
        guard var cal = anchor.calendar else { return nil }
        let v = cal.week(n)
        anchor.calendar = cal
        return TimeMatch(first: s, last: e, type: .date, value: v)
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

    /// Counted units: `two weeks`, `five-year`, `a year ago`, `three days earlier`.
    mutating func countCore(_ j: Int, _ pre: TimePrefix) -> TimeMatch? {
        guard let (n, after) = count(j) else { return nil }
        var k = after
        let hyphen = isJoin(k)
        if hyphen { k += 1 }
        if isFn(k, .more) { k += 1 }
        if isText(k, "trading") || isText(k, "business") || isText(k, "working") || isText(k, "calendar") { k += 1 }
        guard word(k) == .unit else { return nil }
        let u = TimeUnit(rawValue: UInt8(val(k))) ?? .none
        var e = k + 1
        // "$5 a year", "twice a week": a frequency.
        if isFn(j, .a) || isFn(j, .an), word(e) != .ago, word(e) != .position, isNum(j - 1) || isPunct(j - 1, 37) || isFn(j - 1, .once) || isFn(j - 1, .twice) || isFn(j - 1, .times) || isText(j - 1, "percent") {
            return TimeMatch(first: j, last: e, type: .set, value: TimeFormat.duration(1, u))
        }
        if let (v, k) = eventShift(n, u, signal: e) {
            return TimeMatch(first: j, last: k + 1, type: .date, value: v, endByte: eventEnd(k))
        }
        if word(e) == .ago {
            e += 1
            if pre.moreThan || n == nil { return TimeMatch(first: j, last: e, type: .date, value: "PAST_REF") }
            if n == 1, u == .year, let q = yearAgoQuarter() { return TimeMatch(first: j, last: e, type: .date, value: q) }
            guard let v = shifted(-(n ?? 1), u) else { return TimeMatch(first: j, last: e, type: .date, value: "PAST_REF") }
            return TimeMatch(first: j, last: e, type: .date, value: v)
        }
        // "a year earlier" is a date; "three days later" a duration (the signal is left out).
        if word(e) == .position, val(e) == 4 || val(e) == 5, !hyphen, u == .year || u == .month || u == .decade {
            let sign = val(e) == 4 ? -1 : 1
            if n == 1, u == .year, sign < 0, let q = yearAgoQuarter() { return TimeMatch(first: j, last: e + 1, type: .date, value: q) }
            if let nn = n, let v = shifted(sign * nn, u) { return TimeMatch(first: j, last: e + 1, type: .date, value: v) }
        }
        if isJoin(e) && isText(e + 1, "old") || isText(e, "old") { return nil }
        // "a year-earlier loss": the unit rule reads "year-earlier".
        if isJoin(e), word(e + 1) == .ago || word(e + 1) == .position { return nil }
        if hyphen, u == .quarter, p[Int(t[k].end) - 1] | 0x20 == 115 { return nil }
        if hyphen, isJoin(e), isText(e + 1, "long") { e += 2 }
        if let n, isNum(after - 1), isPunct(after - 2, 47), u == .year || u == .hour || u == .day {
            let half = u == .year ? "6M" : u == .hour ? "30M" : "T12H"
            return TimeMatch(first: j, last: e, type: .duration, value: TimeFormat.duration(n, u) + half)
        }
        return TimeMatch(first: j, last: e, type: .duration, value: TimeFormat.duration(n, u))
    }

    /// Ordinals: `the third quarter`, `third-quarter`, `the first nine months`, `the first half`.
    mutating func ordinalCore(_ j: Int, _ pre: TimePrefix) -> TimeMatch? {
        let o = val(j)
        var k = j + 1
        if isJoin(k) { k += 1 }
        if isFn(k, .fiscal) { k += 1 }
        if word(k) == .unit, val(k) == TimeUnit.quarter.rawValue, o >= 1, o <= 4 {
            var e = k + 1
            var year: Int? = nil
            if isFn(e, .of), isYear(e + 1) { year = num(e + 1); e += 2 } else if isYear(e) { year = num(e); e += 1 }
            if year == nil, let a = anchor.day {
                let cq = (a.m - 1) / 3 + 1
                year = o <= cq ? a.y : a.y - 1
            }
            return TimeMatch(first: j, last: e, type: .date, value: (year.map(TimeFormat.year) ?? "XXXX") + "-Q" + String(o))
        }
        if isFn(k, .half), o <= 2 {
            var e = k + 1
            var year: Int? = anchor.day?.y
            if isFn(e, .of), isYear(e + 1) { year = num(e + 1); e += 2 } else if isYear(e) { year = num(e); e += 1 }
            return TimeMatch(first: j, last: e, type: .date, value: (year.map(TimeFormat.year) ?? "XXXX") + "-H" + String(o))
        }
        if o == 1, let (n, after) = count(k), word(after) == .unit {
            let u = TimeUnit(rawValue: UInt8(val(after))) ?? .none
            return TimeMatch(first: j, last: after + 1, type: .duration, value: TimeFormat.duration(n, u))
        }
        return nil
    }

    /// Units alone: `the year`, `the quarter`, `decades`, `Hours after`, `year-earlier`.
    mutating func unitCore(_ j: Int, _ pre: TimePrefix) -> TimeMatch? {
        let u = TimeUnit(rawValue: UInt8(val(j))) ?? .none
        let plural = p[Int(t[j].end) - 1] | 0x20 == 115 && u != .none
        // "year-earlier", "year-ago".
        if u == .year, isJoin(j + 1), isText(j + 2, "ago") || isText(j + 2, "earlier") {
            var e = j + 3
            var v = yearAgoQuarter() ?? shifted(-1, .year)
            if word(e) == .unit, val(e) == TimeUnit.quarter.rawValue { v = yearAgoQuarter() ?? quarter(-5); e += 1 }
            else if isText(e, "period") { e += 1 }
            guard let v else { return nil }
            return TimeMatch(first: j, last: e, type: .date, value: v)
        }
        if pre.det && !plural {
            switch u {
            case .year:
                if isYear(j + 1) { return TimeMatch(first: j, last: j + 2, type: .date, value: String(num(j + 1))) }
                // "the (fiscal) year ended Sept. 30": a reporting period, a duration.
                if isText(j + 1, "ended") || isText(j + 1, "ending") {
                    return TimeMatch(first: j, last: j + 1, type: .duration, value: "P1Y")
                }
                if isFn(j + 1, .of) || word(j + 1) == .ago || word(j + 1) == .position || isFn(j + 1, .before) || isFn(j + 1, .after) { return nil }
                guard let v = shifted(0, .year) else { return nil }
                return TimeMatch(first: j, last: j + 1, type: .date, value: v)
            case .quarter:
                if isFn(j + 1, .of) { return nil }
                guard let v = lastQuarterValue() ?? quarter(-1) else { return nil }
                return TimeMatch(first: j, last: j + 1, type: .date, value: v)
            case .weekend:
                guard var cal = anchor.calendar else { return nil }
                let back = cal.weekday >= 2 && cal.weekday <= 5
                let v = cal.week(back ? -1 : 0) + "-WE"
                anchor.calendar = cal
                return TimeMatch(first: j, last: j + 1, type: .date, value: v)
            default: return nil
            }
        }
        if plural, u == .day, isText(j - 1, "these") {
            return TimeMatch(first: j - 1, last: j + 1, type: .date, value: "PRESENT_REF")
        }
        if plural, !pre.det, u != .none {
            let before = isFn(j - 1, .for_) || isFn(j - 1, .in_) || isFn(j - 1, .within) || isFn(j - 1, .over)
                || isFn(j - 1, .after) || isFn(j - 1, .before) || isText(j - 1, "took") || isText(j - 1, "lasted")
            let after = isFn(j + 1, .after) || isFn(j + 1, .before) || word(j + 1) == .position || isFn(j + 1, .of) && u == .decade
            let lead = isCap(j) && (j == 0 || isPunct(j - 1, 46) || t[j].flags & TimeToken.newline != 0)
            if word(j + 1) == .ago { return TimeMatch(first: j, last: j + 2, type: .date, value: "PAST_REF") }
            if before || after || lead || u == .decade || u == .century {
                if isJoin(j + 1), isText(j + 2, "old") { return nil }
                if isJoin(j + 1), isText(j + 2, "long") {
                    return TimeMatch(first: j, last: j + 3, type: .duration, value: TimeFormat.duration(nil, u))
                }
                return TimeMatch(first: j, last: j + 1, type: .duration, value: TimeFormat.duration(nil, u))
            }
        }
        return nil
    }

    /// `every Monday`, `each year`, `every two weeks`, `every minute of every day`.
    mutating func everyCore(_ j: Int) -> TimeMatch? {
        var k = j + 1
        if isText(k, "other") { k += 1 }
        var n = 1
        if let (c, after) = count(k), word(after) == .unit, !isFn(k, .a) { n = c ?? 1; k = after }
        var value: String
        switch word(k) {
        case .unit:
            value = TimeFormat.duration(n, TimeUnit(rawValue: UInt8(val(k))) ?? .day)
        case .weekday:
            value = "XXXX-WXX-" + String(isoWeekday(val(k)))
        case .month:
            value = "XXXX-" + TimeFormat.two(val(k))
        case .partOfDay:
            value = "XXXX-XX-XX" + (podCode(val(k)) ?? "")
        default: return nil
        }
        var e = k + 1
        if isFn(e, .of), word(e + 1) == .every, word(e + 2) == .unit || word(e + 2) == .weekday { e += 3 }
        return TimeMatch(first: j, last: e, type: .set, value: value)
    }

    /// `noon`, `midnight`, `this morning` (via relatives), `tonight` (via deictics).
    mutating func partOfDayCore(_ j: Int, _ pre: TimePrefix, day: String?) -> TimeMatch? {
        let v = val(j)
        guard v == 5 || v == 6 || v == 7 else { return nil }
        guard let pod = podCode(v) else { return nil }
        return timeOfDay(j, j + 1, pod)
    }

    /// Holidays: `Thanksgiving (Day)`, `Christmas (Day/Eve)`, `last Thanksgiving`, with the
    /// date from Foundation's calendar (Thanksgiving: the fourth Thursday of November).
    mutating func holidayCore(_ j: Int, _ pre: TimePrefix, rel: Relative?) -> TimeMatch? {
        guard isCap(j) || isUpperWord(j) else { return nil }
        let h = val(j)
        var e = j + 1
        var eve = false
        if isText(e, "day") || word(e) == .unit && val(e) == TimeUnit.day.rawValue { e += 1 }
        else if h == 2, isText(e, "eve") { eve = true; e += 1 }
        func date(_ y: Int) -> Day? {
            if h == 2 { return Day(y: y, m: 12, d: eve ? 24 : 25) }
            return AnchorCalendar.nthWeekday(year: y, month: 11, weekday: 5, ordinal: 4)
        }
        guard let a = anchor.day else {
            return TimeMatch(first: j, last: e, type: .date, value: h == 2 ? (eve ? "XXXX-12-24" : "XXXX-12-25") : "XXXX-11-XX")
        }
        let future: Bool
        switch rel {
        case .some(.next), .some(.coming): future = true
        case .some(.last), .some(.past), .some(.previous): future = false
        default: future = futureContext(j) == true
        }
        guard let this = date(a.y) else { return nil }
        var pick = this
        if future { if this <= a, let n = date(a.y + 1) { pick = n } }
        else if this > a || (this == a && rel != nil), let p = date(a.y - 1) { pick = p }
        return TimeMatch(first: j, last: e, type: .date, value: pick.iso)
    }

    /// Seasons: `last fall`, `this summer`, `the summer of 2024`, `winter 1998`.
    mutating func seasonCore(_ j: Int, _ pre: TimePrefix, rel: Relative?) -> TimeMatch? {
        let s = val(j)
        let code = ["SP", "SU", "FA", "WI"][max(0, min(3, s - 1))]
        var e = j + 1
        var year: Int? = nil
        if isFn(e, .of), let (y, after) = yearAt(e + 1) { year = y; e = after } else if let (y, after) = yearAt(e) { year = y; e = after }
        if year == nil {
            guard rel != nil || pre.det || pre.position != 0 else { return nil }
            guard let a = anchor.day else {
                return TimeMatch(first: j, last: e, type: .date, value: "XXXX-" + code)
            }
            let cur = a.m >= 3 && a.m <= 5 ? 1 : a.m >= 6 && a.m <= 8 ? 2 : a.m >= 9 && a.m <= 11 ? 3 : 4
            // January and February belong to the winter that began the year before.
            let sy = a.m <= 2 ? a.y - 1 : a.y
            switch rel ?? .this {
            case .last, .past, .previous: year = s < cur ? sy : sy - 1
            case .next, .coming, .following: year = s > cur ? sy : sy + 1
            default: year = s == 4 ? sy : (a.m <= 2 ? a.y : sy)
            }
        }
        return TimeMatch(first: j, last: e, type: .date, value: (year.map(TimeFormat.year) ?? "XXXX") + "-" + code)
    }

    /// Whether the words near token `i` (same clause: the window stops at commas and sentence
    /// ends) mark the future: `true`; `false` right after `since`; `nil` when nothing says.
    /// (Past auxiliaries were tried as past markers and hurt: "had been set to expire Nov. 6".)
    func futureContext(_ i: Int) -> Bool? {
        if isFn(i - 1, .since) { return false }
        // "as early as Tuesday", "as soon as Monday".
        if isText(i - 1, "as"), isText(i - 3, "as"), word(i - 2) == .position || isText(i - 2, "soon") { return true }
        var k = i - 1
        var steps = 0
        while k >= 0 && steps < 10 {
            if t[k].kind == .punct && (t[k].num == 46 || t[k].num == 59 || t[k].num == 33 || t[k].num == 63 || t[k].num == 44) { break }
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
