/// Rules that start at a number: ISO and day-month dates, clock times, decades, centuries,
/// years, and counted units (`two weeks`, `five-year`, `a year ago`).
extension TimeGrammar {
    /// Numbers: ISO dates, times, day-month dates, decades, centuries, counts, years.
    mutating func numberCore(_ j: Int, _ pre: TimePrefix) -> TimeMatch? {
        let d = digits(j)
        // "Q3 2024", "Q3".
        if d == 1, glued(j), isText(j - 1, "q"), (1...4).contains(num(j)) {
            let q = num(j)
            var e = j + 1
            var year: Int? = nil
            if isYear(e) { year = num(e); e += 1 } else if let a = anchor.day {
                year = q <= (a.m - 1) / 3 + 1 ? a.y : a.y - 1
            }
            return TimeMatch(first: j - 1, last: e, type: .date, value: TimeFormat.quarter(year, q))
        }
        // Numeric dates: "1/20/2025" (month first, the US order news uses) and "2025/01/20".
        if isPunct(j + 1, 47), glued(j + 1), isNum(j + 2), glued(j + 2), isPunct(j + 3, 47), glued(j + 3), isNum(j + 4),
           glued(j + 4), !(glued(j) && isPunct(j - 1, 47)), !(glued(j + 5) && isPunct(j + 5, 47)) {
            var day: Day? = nil
            if d <= 2, digits(j + 2) <= 2, digits(j + 4) == 4 { day = Day(y: num(j + 4), m: num(j), d: num(j + 2)) }
            else if d == 4, digits(j + 2) <= 2, digits(j + 4) <= 2 { day = Day(y: num(j), m: num(j + 2), d: num(j + 4)) }
            if let day, AnchorCalendar.isValid(day) {
                knownYears[day.m * 100 + day.d] = day.y
                return TimeMatch(first: j, last: j + 5, type: .date, value: day.iso)
            }
        }
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
        // A 24-hour clock reading of wire copy: "by 1000 GMT", "0900 hours", "1430 London time",
        // and the first of a range of them ("1115 to 1330 local time").
        if d == 4, clockFollows(j + 1) || (isText(j + 1, "to") || isPunct(j + 1, 45)) && digits(j + 2) == 4 && clockFollows(j + 3) {
            let h = num(j) / 100, mi = num(j) % 100
            guard h <= 24, mi < 60 else { return nil }
            let e = isText(j + 1, "hours") || isText(j + 1, "hrs") ? j + 2 : j + 1
            return timeOfDay(j, e, "T" + TimeFormat.two(h) + ":" + TimeFormat.two(mi))
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
        if isText(j + 1, "period") || isText(j + 1, "quarter"), let q = lastQuarter, isYear(j) {
            return TimeMatch(first: j, last: j + 2, type: .date, value: TimeFormat.quarter(num(j), q.quarter))
        }
        // Counts.
        if d <= 4, let m = countCore(j, pre) { return m }
        // Years.
        if isYear(j) {
            let v = num(j)
            // "the 1988 second quarter", "the 1989 period" (the quarter being reported).
            if word(j + 1) == .ordinal, (1...4).contains(val(j + 1)), word(j + 2) == .unit, val(j + 2) == TimeUnit.quarter.rawValue {
                return TimeMatch(first: j, last: j + 3, type: .date, value: TimeFormat.quarter(v, val(j + 1)))
            }
            if v < 1900 || v > 2050 {
                let prevOK = isFn(j - 1, .in_) || isFn(j - 1, .since) || isFn(j - 1, .of) || isFn(j - 1, .by)
                    || isFn(j - 1, .from) || isFn(j - 1, .until) || isFn(j - 1, .to) || isFn(j - 1, .before)
                    || isFn(j - 1, .after) || isFn(j - 1, .fiscal) || word(j - 1) == .position || isText(j - 1, "during")
                guard prevOK else { return nil }
            }
            // "1989-90": the first year only.
            return TimeMatch(first: j, last: j + 1, type: .date, value: TimeFormat.decimal(v))
        }
        return nil
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
            if anchor.hasCalendar() {
                let wd = val(e), fut = futureContext(e) == true
                if let d = anchor.withCalendar({ $0.weekday(wd, future: fut) }) { date = d.iso }
            }
            e += 1
        } else if word(e) == .deictic, let dd = deicticDay(val(e)) {
            date = dd
            e += 1
        }
        return TimeMatch(first: j, last: e, type: .time, value: (date ?? "XXXX-XX-XX") + clock)
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
}
