/// What the grammar remembers across a document: events named with a date, and the quarter
/// being reported.
extension TimeGrammar {

    /// Remembers what a match tells later ones (`noteQuarter` unless `skipNote`, `noteEvent`,
    /// `noteDate`), reading the value's bytes once and parsing a full date once for both. The
    /// bytes are read in a closure that touches no grammar state: a closure over the mutating
    /// grammar copied the whole struct (and retained its dictionaries) on every match.
    mutating func note(_ m: TimeMatch) {
        // Only a value of 4, 7 or 10+ bytes holds a year, a quarter or a date (its length is
        // read without its bytes).
        let count = m.value.utf8.count
        guard count == 4 || count == 7 || count >= 10 else { return }
        // What the value says: a quarter (`YYYY-Qn`: year, quarter), a full date, a year.
        // (Read in place: a native string's bytes are contiguous; the `var` copy `withUTF8`
        // needs retained and released the value.)
        let (quarter, day, year, digitFirst, n) = m.value.utf8.withContiguousStorageIfAvailable(Self.noteFacts)
            ?? Self.noteFacts(m.value)
        // noteQuarter: `YYYY-Qn`, the year as `Int` reads it.
        // A quarter after the anchor's ("losses through the third quarter of 1990") is a
        // forecast, not the quarter being reported.
        if !skipNote, let (y, q) = quarter, anchor.day.map({ y * 4 + q - 1 <= $0.y * 4 + ($0.m - 1) / 3 }) ?? true {
            lastQuarter = (y, q)
            lastQuarterToken = here
        }
        // noteEvent: a full date next to an event noun.
        if m.type == .date, n == 10, let d = day {
            if isFn(m.first - 1, .on), let w = eventWord(m.first - 2, last: true) { eventDates[w] = d }
            if let w = eventWord(m.last, last: false) { eventDates[w] = d }
        }
        // noteDate: the day and year of an explicit date value.
        guard digitFirst else { return }
        if let d = day {
            lastDay = d
            lastYear = d.y
        } else if let year {
            lastYear = year
        }
    }

    /// What `note` reads from a value's bytes: a quarter (`YYYY-Qn`: year, quarter), a full
    /// date, a year, whether it starts with a digit, and its length.
    @inline(__always)
    static func noteFacts(_ u: UnsafeBufferPointer<UInt8>) -> ((Int, Int)?, Day?, Int?, Bool, Int) {
        let n = u.count
        var quarter: (Int, Int)? = nil
        if n == 7, u[6] >= 49, u[6] <= 52, u[5] == 81, let y = Self.intPrefix4(u) { quarter = (y, Int(u[6]) - 48) }
        let day = n >= 10 ? Day.parse(u) : nil
        let digitFirst = n >= 4 && u[0] >= 48 && u[0] <= 57
        let year = digitFirst && day == nil && (n == 4 || n == 7) ? Self.intPrefix4(u) : nil
        return (quarter, day, year, digitFirst, n)
    }

    /// `noteFacts` of a value whose bytes are not contiguous (a bridged string).
    static func noteFacts(_ value: String) -> ((Int, Int)?, Day?, Int?, Bool, Int) {
        var v = value
        return v.withUTF8 { noteFacts($0) }
    }

    /// `Int(String(first four bytes))`: an optional sign, then digits only.
    static func intPrefix4(_ u: UnsafeBufferPointer<UInt8>) -> Int? {
        guard u.count >= 4 else { return nil }
        var k = 0
        var negative = false
        if u[0] == 43 || u[0] == 45 { negative = u[0] == 45; k = 1 }
        var v = 0
        while k < 4 {
            let c = u[k]
            guard c >= 48 && c <= 57 else { return nil }
            v = v * 10 + Int(c - 48)
            k += 1
        }
        return negative ? -v : v
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
                case .month: let (y, m) = cal.months(sign * n); v = TimeFormat.yearMonth(y, m)
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

    /// How many tokens after a quarter is mentioned a year-ago comparison still refers to it.
    static let quarterReach = 150

    /// The last quarter mentioned, if any.
    func lastQuarterValue() -> String? {
        guard let q = lastQuarter else { return nil }
        return TimeFormat.quarter(q.year, q.quarter)
    }

    /// The quarter a year before the last one mentioned, if any. (The match it goes into is
    /// not itself remembered as the reporting quarter.)
    mutating func yearAgoQuarter() -> String? {
        guard let q = lastQuarter, here - lastQuarterToken <= Self.quarterReach else { return nil }
        skipNote = true
        return TimeFormat.quarter(q.year - 1, q.quarter)
    }

    /// "that day", "that same day", "that year", "that quarter": the last such date the text
    /// gave, or `nil`.
    func anaphoricValue(_ u: TimeUnit) -> String? {
        switch u {
        case .day: return lastDay?.iso
        case .year: return lastYear.map(TimeFormat.year)
        case .quarter: return lastQuarterValue()
        default: return nil
        }
    }
}
