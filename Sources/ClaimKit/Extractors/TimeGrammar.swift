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
    /// The tokens and bytes, with the helpers that read nothing else.
    let view: TimeTokenView
    /// The tokens.
    @inline(__always) var t: UnsafeBufferPointer<TimeToken> { view.t }
    /// The text's bytes.
    @inline(__always) var p: UnsafeBufferPointer<UInt8> { view.p }
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
        view = TimeTokenView(t: tokens, p: bytes)
        self.anchor = anchor
    }

    // MARK: token helpers

    // (On the view; these forward to it, inlined, so no call copies the grammar.)
    @inline(__always) func word(_ i: Int) -> TimeWord { view.word(i) }
    @inline(__always) func val(_ i: Int) -> Int { view.val(i) }
    @inline(__always) func isFn(_ i: Int, _ f: Function) -> Bool { view.isFn(i, f) }
    @inline(__always) func isPunct(_ i: Int, _ c: UInt8) -> Bool { view.isPunct(i, c) }
    @inline(__always) func isNum(_ i: Int) -> Bool { view.isNum(i) }
    @inline(__always) func digits(_ i: Int) -> Int { view.digits(i) }
    @inline(__always) func num(_ i: Int) -> Int { view.num(i) }
    @inline(__always) func glued(_ i: Int) -> Bool { view.glued(i) }
    @inline(__always) func isCap(_ i: Int) -> Bool { view.isCap(i) }
    @inline(__always) func isUpperWord(_ i: Int) -> Bool { view.isUpperWord(i) }
    @inline(__always) func isWord(_ i: Int) -> Bool { view.isWord(i) }
    @inline(__always) func isText(_ i: Int, _ w: StaticString) -> Bool { view.isText(i, w) }
    @inline(__always) func isJoin(_ i: Int) -> Bool { view.isJoin(i) }
    @inline(__always) func isYear(_ i: Int) -> Bool { view.isYear(i) }
    @inline(__always) func clockFollows(_ i: Int) -> Bool { view.clockFollows(i) }
    @inline(__always) func futureContext(_ i: Int) -> Bool? { view.futureContext(i) }
    @inline(__always) func monthAt(_ k: Int) -> (month: Int, next: Int, bare: Int)? { view.monthAt(k) }
    @inline(__always) func isoWeekday(_ wd: Int) -> Int { view.isoWeekday(wd) }
    @inline(__always) func afterPreposition(_ k: Int) -> Bool { view.afterPreposition(k) }
    @inline(__always) func yearAt(_ k: Int) -> (Int, Int)? { view.yearAt(k) }
    @inline(__always) func isOrdinalSuffix(_ i: Int) -> Bool { view.isOrdinalSuffix(i) }
    @inline(__always) func meridiem(_ i: Int) -> (Bool, Int)? { view.meridiem(i) }
    @inline(__always) func isTimezone(_ i: Int) -> Bool { view.isTimezone(i) }
    @inline(__always) func count(_ k: Int) -> (Int?, Int)? { view.count(k) }
    @inline(__always) func thousandsYear(_ k: Int) -> (Int, Int)? { view.thousandsYear(k) }
    @inline(__always) func eventWord(_ i: Int, last: Bool) -> UInt64? { view.eventWord(i, last: last) }
    @inline(__always) func eventEnd(_ k: Int) -> Int { view.eventEnd(k) }

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

    /// The matches `run()` gives, in order, up to the first start token `i` whose previous
    /// token starts after byte `bound` and for which `done(out)` holds (given the matches so
    /// far): the matches from there on are left out. A match never starts more than one token
    /// before the start token it is tried at, so every match left out starts after `bound`.
    mutating func run(past bound: Int, until done: ([TimeMatch]) -> Bool) -> [TimeMatch] {
        guard let starts else { return run() }
        var out: [TimeMatch] = []
        out.reserveCapacity(min(64, starts.count / 4 + 2))
        var next = 0
        for s in starts {
            let i = Int(s)
            if i >= next && i > 0 && i <= t.count && Int(t[i - 1].start) > bound && done(out) { break }
            visit(i, next: &next, into: &out)
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
            next = max(m.last, i + 1)
            out.append(consume m)
        } else {
            next = i + 1
        }
    }

    /// A cheap look at token `i` and the next one: whether any rule could start here.
    @inline(__always) func worthTrying(_ i: Int) -> Bool {
        let tok = t[i]
        // The next token is read only where a test needs it (no optional token is built).
        let hasNext = i + 1 < t.count
        // Whether the next token is a lexicon word, a number or a glued hyphen.
        @inline(__always) func nextMatters() -> Bool {
            guard hasNext else { return false }
            let next = t[i + 1]
            if next.kind == .number || next.lex.word != .none { return true }
            return next.kind == .punct && next.num == 45 && next.flags & TimeToken.space == 0
        }
        if tok.kind == .number {
            if tok.length == 4 { return true } // years, ISO dates
            if glued(i), isText(i - 1, "q") { return true } // "Q3"
            guard hasNext else { return false }
            let next = t[i + 1]
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
            guard hasNext else { return false }
            let next = t[i + 1]
            // On the raw value: this runs for every function word, and `Function(rawValue:)`
            // is an outlined call.
            let f = l.value
            @inline(__always) func isAny(_ a: Function, _ b: Function) -> Bool { f == a.rawValue || f == b.rawValue }
            if isAny(.the, .a) || isAny(.an, .fiscal) || isAny(.few, .several) || isAny(.couple, .half) || f == Function.end.rawValue {
                // Only when a lexicon word or a number follows.
                return next.kind == .number || next.lex.word != .none
            }
            if isAny(.more, .less) { return next.lex.word == .function } // "than"
            if isAny(.at, .up) { return next.lex.word == .function || next.lex.word == .marker }
            if isAny(.over, .under) { return next.kind == .number || next.lex.word == .function || next.lex.word == .number }
            return false
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
            // On the word class first: most tokens are no modifier (the function words' tests
            // below all need a function word).
            let w = t[j].lex.word
            if w == .function {
                let f = t[j].lex.value
                if f == Function.the.rawValue {
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
                if f == Function.fiscal.rawValue { pre.fiscal = true; j += 1; continue }
                if (f == Function.more.rawValue || f == Function.less.rawValue) && isFn(j + 1, .than) { pre.moreThan = true; j += 2; continue }
                if f == Function.at.rawValue && (isFn(j + 1, .least) || isText(j + 1, "most")) { pre.approx = true; j += 2; continue }
                if f == Function.up.rawValue && isFn(j + 1, .to) { pre.approx = true; j += 2; continue }
                if (f == Function.over.rawValue || f == Function.under.rawValue) && (isNum(j + 1) || word(j + 1) == .number || isFn(j + 1, .a) || isFn(j + 1, .an)) {
                    pre.approx = true; j += 1; continue
                }
                if (f == Function.end.rawValue || f == Function.start.rawValue || f == Function.beginning.rawValue || f == Function.middle.rawValue) && isFn(j + 1, .of) {
                    pre.position = f == Function.end.rawValue ? 6 : f == Function.middle.rawValue ? 8 : 7
                    pre.det = false
                    j += 2
                    continue
                }
                break
            }
            if w == .approx {
                if val(j) == 7 && !isNum(j + 1) && word(j + 1) != .number { break } // "some" only before a count
                pre.approx = true; j += 1; continue
            }
            if w == .position {
                pre.position = val(j)
                j += 1
                if isJoin(j) { j += 1 }
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

    @inline(__always) mutating func core(_ j: Int, _ pre: TimePrefix) -> TimeMatch? {
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

}
