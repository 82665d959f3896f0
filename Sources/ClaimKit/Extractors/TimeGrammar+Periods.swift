/// Rules for periods: quarters and halves, units alone, sets, parts of the day, holidays
/// and seasons.
extension TimeGrammar {
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
            return TimeMatch(first: j, last: e, type: .date, value: TimeFormat.quarter(year, o))
        }
        if isFn(k, .half), o <= 2 {
            var e = k + 1
            var year: Int? = anchor.day?.y
            if isFn(e, .of), isYear(e + 1) { year = num(e + 1); e += 2 } else if isYear(e) { year = num(e); e += 1 }
            return TimeMatch(first: j, last: e, type: .date, value: TimeFormat.half(year, o))
        }
        if o == 1, let (n, after) = count(k), word(after) == .unit {
            let u = TimeUnit(rawValue: UInt8(val(after))) ?? .none
            return TimeMatch(first: j, last: after + 1, type: .duration, value: TimeFormat.duration(n, u))
        }
        return nil
    }

    /// An ordinal quarter at `k` (`third quarter`, `fourth-quarter`) given its year: the value
    /// and the token after it.
    func namedQuarter(_ k: Int, year: Int) -> (String, Int)? {
        guard word(k) == .ordinal, (1...4).contains(val(k)) else { return nil }
        let u = isJoin(k + 1) ? k + 2 : k + 1
        guard word(u) == .unit, val(u) == TimeUnit.quarter.rawValue, p[Int(t[u].end) - 1] | 0x20 != 115 else { return nil }
        return (TimeFormat.quarter(year, val(k)), u + 1)
    }

    /// Units alone: `the year`, `the quarter`, `decades`, `Hours after`, `year-earlier`.
    mutating func unitCore(_ j: Int, _ pre: TimePrefix) -> TimeMatch? {
        let u = TimeUnit(rawValue: UInt8(val(j))) ?? .none
        let plural = p[Int(t[j].end) - 1] | 0x20 == 115 && u != .none
        // "year-earlier", "year-ago".
        if u == .year, isJoin(j + 1), isText(j + 2, "ago") || isText(j + 2, "earlier") {
            var e = j + 3
            // "the year-ago third quarter": that quarter of the year before.
            if let a = anchor.day, let (v, after) = namedQuarter(e, year: (lastQuarter?.year ?? a.y) - 1) {
                skipNote = true
                return TimeMatch(first: j, last: after, type: .date, value: v)
            }
            // "the year-earlier nine months": a stretch of time, the count's duration.
            if let (n, after) = count(e), let n, !isFn(e, .a), !isFn(e, .an), word(after) == .unit {
                return TimeMatch(first: j, last: after + 1, type: .duration,
                                 value: TimeFormat.duration(n, TimeUnit(rawValue: UInt8(val(after))) ?? .none))
            }
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
                // "the year two thousand (and one)", as broadcast transcripts spell it.
                if let (y, e) = thousandsYear(j + 1) { return TimeMatch(first: j, last: e, type: .date, value: TimeFormat.year(y)) }
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
                guard let v = anchor.withCalendar({ cal -> String in
                    let back = cal.weekday >= 2 && cal.weekday <= 5
                    return cal.week(back ? -1 : 0) + "-WE"
                }) else { return nil }
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
            value = TimeFormat.weekday(isoWeekday(val(k)))
        case .month:
            value = TimeFormat.yearMonth(nil, val(k))
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
}
