/// Rules that start at a calendar word: months, weekdays, deictics (`today`, `now`) and
/// relative units (`last week`, `the past three months`).
extension TimeGrammar {
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
        guard let d = anchor.withCalendar({ $0.days(off) }) else { return nil }
        return d.iso
    }

    /// A month-day's value, with the year from the document or inferred from the anchor.
    func monthDayValue(_ month: Int, _ day: Int, at i: Int) -> String {
        if !knownYears.isEmpty, let y = knownYears[month * 100 + day] { return Day(y: y, m: month, d: day).iso }
        // (The tense is read only with an anchor: without one there is no year to pick.)
        if anchor.day != nil, let y = anchor.year(month: month, day: day, future: futureContext(i)) { return Day(y: y, m: month, d: day).iso }
        return TimeFormat.monthDay(month, day)
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
            return TimeMatch(first: j, last: e, type: .date, value: TimeFormat.yearMonth(y, mo.month))
        }
        // "June last year".
        let r = j + 1
        if word(r) == .relative, word(r + 1) == .unit, val(r + 1) == TimeUnit.year.rawValue {
            let rel = Relative(rawValue: UInt8(val(r))) ?? .none
            let off = rel == .last || rel == .previous ? -1 : rel == .next ? 1 : rel == .this ? 0 : 99
            if off != 99, let a = anchor.day {
                return TimeMatch(first: j, last: r + 2, type: .date, value: TimeFormat.yearMonth(a.y + off, mo.month))
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
        let y = anchor.day == nil ? nil : anchor.year(month: v, future: futureContext(j))
        return TimeMatch(first: j, last: j + 1, type: .date, value: TimeFormat.yearMonth(y, v))
    }

    /// Weekdays: `Monday`, `Monday, Jan. 6`, `Friday morning`.
    mutating func weekdayCore(_ j: Int, _ pre: TimePrefix, future: Bool?, strict: Bool = false) -> TimeMatch? {
        guard isCap(j) || isUpperWord(j) else { return nil }
        // "Saturday, April 25" / "Monday, Jan. 6, 2025".
        var k = j + 1
        if isPunct(k, 44) { k += 1 }
        if word(k) == .month || word(k) == .monthAbbr, let m = monthCore(k, TimePrefix()), m.value.utf8.count == 10 {
            return TimeMatch(first: j, last: m.last, type: .date, value: m.value)
        }
        let fut = future ?? (futureContext(j) == true)
        // The weekday's day, or without an anchor the bare weekday (built only then).
        let value: String
        let wd = val(j)
        if let d = anchor.withCalendar({ $0.weekday(wd, future: fut, strict: strict) }) {
            value = d.iso
        } else {
            value = TimeFormat.weekday(isoWeekday(val(j)))
        }
        if word(j + 1) == .partOfDay, val(j + 1) <= 4 {
            return TimeMatch(first: j, last: j + 2, type: .date, value: value)
        }
        return TimeMatch(first: j, last: j + 1, type: .date, value: value)
    }

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
            if pre.det, isWord(j + 1), word(j + 1) == .none, !isCap(j + 1), !afterPreposition(j - 1) {
                return nil
            }
            return pre.det ? TimeMatch(first: j, last: j + 1, type: .date, value: "PAST_REF") : nil
        case .future:
            if pre.det, !(isWord(j + 1) && word(j + 1) == .none) || afterPreposition(j - 1) {
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
        return TimeFormat.quarter(y, qq)
    }

    /// A date `n` units from the anchor, at the unit's granularity.
    mutating func shifted(_ n: Int, _ u: TimeUnit) -> String? {
        // (The calendar in place; a quarter reads only the anchor day, outside it.)
        if u == .quarter { return anchor.hasCalendar() ? quarter(n) : nil }
        return anchor.withCalendar { cal -> String? in
            let a = cal.anchor
            switch u {
            case .year: return TimeFormat.year(a.y + n)
            case .decade: return TimeFormat.year(a.y + 10 * n)
            case .century: return TimeFormat.year(a.y + 100 * n)
            case .month:
                let (y, m) = cal.months(n)
                return TimeFormat.yearMonth(y, m)
            case .quarter: return nil
            case .week, .fortnight: return cal.days(7 * n * (u == .fortnight ? 2 : 1)).iso
            case .day: return cal.days(n).iso
            case .weekend: return cal.week(n) + "-WE"
            case .hour, .minute, .second: return a.iso
            case .none: return nil
            }
        } ?? nil
    }

    /// `last week`, `next month`, `this year`, `the past three months`, `last April`, `last Friday`, ...
    mutating func relativeCore(_ j: Int, _ pre: TimePrefix) -> TimeMatch? {
        let rel: Relative
        if word(j) == .deictic { rel = .past } else { rel = Relative(rawValue: UInt8(val(j))) ?? .none }
        var k = j + 1
        if isFn(k, .fiscal) { k += 1 }
        // "that day", "that same day", "later that year": the date the text last gave.
        if rel == .that {
            if word(k) == .relative, val(k) == Relative.same.rawValue { k += 1 }
            guard word(k) == .unit, let v = anaphoricValue(TimeUnit(rawValue: UInt8(val(k))) ?? .none) else { return nil }
            return TimeMatch(first: j, last: k + 1, type: .date, value: v)
        }
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
            // "next year's first quarter", "last year's third quarter", "last year's quarter".
            if u == .year, isPunct(k + 1, 39), isText(k + 2, "s"), let a = anchor.day {
                let off = rel == .this || rel == .current ? 0 : rel == .last || rel == .previous || rel == .past ? -1 : rel == .next ? 1 : 99
                if off != 99 {
                    if let (v, after) = namedQuarter(k + 3, year: a.y + off) {
                        return TimeMatch(first: j, last: after, type: .date, value: v)
                    }
                    if off == -1, word(k + 3) == .unit, val(k + 3) == TimeUnit.quarter.rawValue, let q = yearAgoQuarter() {
                        return TimeMatch(first: j, last: k + 4, type: .date, value: q)
                    }
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
            return TimeMatch(first: j, last: k + 1, type: .date, value: TimeFormat.yearMonth(y, mo.month))
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
            guard let d = anchor.withCalendar({ $0.days(off) }) else { return TimeMatch(first: j, last: k + 1, type: .time, value: "XXXX-XX-XX" + pod) }
            return TimeMatch(first: j, last: k + 1, type: .time, value: d.iso + pod)
        }
        if rel == .latest || rel == .last, word(k) == .unit, val(k) == TimeUnit.quarter.rawValue, let q = quarter(-1) {
            return TimeMatch(first: j, last: k + 1, type: .date, value: q)
        }
        return nil
    }

    /// An ISO week value `n` weeks from the anchor's.
    mutating func weekValue(_ s: Int, _ e: Int, _ n: Int) -> TimeMatch? {
        guard let v = anchor.withCalendar({ $0.week(n) }) else { return nil }
        return TimeMatch(first: s, last: e, type: .date, value: v)
    }

}
