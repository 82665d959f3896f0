import Foundation

/// A calendar day.
struct Day: Hashable, Sendable, Comparable {
    var y: Int, m: Int, d: Int

    static func < (l: Day, r: Day) -> Bool { (l.y, l.m, l.d) < (r.y, r.m, r.d) }

    /// `YYYY-MM-DD`.
    var iso: String {
        guard (0...9999).contains(y), (0...99).contains(m), (0...99).contains(d) else {
            return TimeFormat.year(y) + "-" + TimeFormat.two(m) + "-" + TimeFormat.two(d)
        }
        // Written two digits at a time (`TimeFormat.pair`): this runs for every resolved date.
        let (y0, y1) = TimeFormat.pair(y / 100), (y2, y3) = TimeFormat.pair(y % 100)
        let (m0, m1) = TimeFormat.pair(m), (d0, d1) = TimeFormat.pair(d)
        return String(unsafeUninitializedCapacity: 10) { b in
            b[0] = y0; b[1] = y1; b[2] = y2; b[3] = y3; b[4] = 45
            b[5] = m0; b[6] = m1; b[7] = 45; b[8] = d0; b[9] = d1
            return 10
        }
    }

    /// Parses `YYYY-MM-DD` at the start of a string (e.g. a manifest date-time).
    static func parse(_ s: String) -> Day? {
        var u = s.utf8
        if let d = u.withContiguousStorageIfAvailable({ parse($0) }) { return d }
        var copy = s
        copy.makeContiguousUTF8()
        u = copy.utf8
        return u.withContiguousStorageIfAvailable({ parse($0) }) ?? nil
    }

    /// Parses `YYYY-MM-DD` at the start of UTF-8 bytes.
    static func parse(_ u: UnsafeBufferPointer<UInt8>) -> Day? {
        guard u.count >= 10, u[4] == 45, u[7] == 45 else { return nil }
        func num(_ r: Range<Int>) -> Int? { Bytes.decimal(u, r) }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10), (1...12).contains(m),
              (1...31).contains(d) else { return nil }
        return Day(y: y, m: m, d: d)
    }
}

/// Small formatting helpers for TIMEX3 values.
enum TimeFormat {
    /// The ASCII digits of `v` (0...99), tens first, read from a constant table of the
    /// hundred pairs (no division).
    @inline(__always) static func pair(_ v: Int) -> (UInt8, UInt8) {
        let s: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
        let p = s.utf8Start + 2 &* v
        return (p[0], p[1])
    }
    /// Two digits, zero-padded.
    static func two(_ v: Int) -> String {
        guard (0...99).contains(v) else { return String(v) }
        return String(unsafeUninitializedCapacity: 2) { b in
            b[0] = UInt8(48 + v / 10); b[1] = UInt8(48 + v % 10)
            return 2
        }
    }
    /// A month-day without its year, `XXXX-MM-DD`, as `"XXXX-" + two(m) + "-" + two(d)`.
    /// Written byte by byte into an exact ten-byte string (inline, no allocation): the
    /// unanchored scan of each text's top resolves every month-day this way.
    static func monthDay(_ m: Int, _ d: Int) -> String {
        guard (0...99).contains(m), (0...99).contains(d) else { return "XXXX-" + two(m) + "-" + two(d) }
        let (m0, m1) = pair(m), (d0, d1) = pair(d)
        return String(unsafeUninitializedCapacity: 10) { b in
            b[0] = 88; b[1] = 88; b[2] = 88; b[3] = 88; b[4] = 45
            b[5] = m0; b[6] = m1; b[7] = 45; b[8] = d0; b[9] = d1
            return 10
        }
    }
    /// A month of a year, `year(y) + "-" + two(m)` (`XXXX` for an unknown year), written
    /// straight into a seven-byte string when the year has four digits (no concatenation).
    static func yearMonth(_ y: Int?, _ m: Int) -> String {
        guard (0...99).contains(m), y.map({ (1000...9999).contains($0) }) ?? true else {
            return (y.map(year) ?? "XXXX") + "-" + two(m)
        }
        return yearPart(y, 45, m / 10, m % 10)
    }
    /// A quarter of a year, `year(y) + "-Q" + String(q)` (`XXXX` for an unknown year).
    static func quarter(_ y: Int?, _ q: Int) -> String {
        guard (0...9).contains(q), y.map({ (1000...9999).contains($0) }) ?? true else {
            return (y.map(year) ?? "XXXX") + "-Q" + String(q)
        }
        return yearPart(y, 81, -1, q)
    }
    /// A half of a year, `year(y) + "-H" + String(h)` (`XXXX` for an unknown year).
    static func half(_ y: Int?, _ h: Int) -> String {
        guard (0...9).contains(h), y.map({ (1000...9999).contains($0) }) ?? true else {
            return (y.map(year) ?? "XXXX") + "-H" + String(h)
        }
        return yearPart(y, 72, -1, h)
    }
    /// Seven bytes, inline: the four digits of `y` (1000...9999; `XXXX` for `nil`), a hyphen,
    /// the digit `tens` (or, when `tens` is -1, the byte `letter`), then the digit `ones`.
    private static func yearPart(_ y: Int?, _ letter: UInt8, _ tens: Int, _ ones: Int) -> String {
        String(unsafeUninitializedCapacity: 7) { b in
            if let y {
                let (y0, y1) = pair(y / 100), (y2, y3) = pair(y % 100)
                b[0] = y0; b[1] = y1; b[2] = y2; b[3] = y3
            } else {
                b[0] = 88; b[1] = 88; b[2] = 88; b[3] = 88
            }
            b[4] = 45
            b[5] = tens >= 0 ? UInt8(48 + tens) : letter
            b[6] = UInt8(48 + ones)
            return 7
        }
    }
    /// `v` in decimal, as `String(v)` writes it; four-digit numbers (years, on every text)
    /// are written straight into an inline string.
    static func decimal(_ v: Int) -> String {
        (1000...9999).contains(v) ? year(v) : String(v)
    }
    /// A weekday without its week, `XXXX-WXX-n` (`n` the ISO weekday, 1 for Monday), as
    /// `"XXXX-WXX-" + String(n)`; written straight into an inline string for `n` from 0 to 9.
    static func weekday(_ n: Int) -> String {
        guard (0...9).contains(n) else { return "XXXX-WXX-" + String(n) }
        return String(unsafeUninitializedCapacity: 10) { b in
            b[0] = 88; b[1] = 88; b[2] = 88; b[3] = 88; b[4] = 45
            b[5] = 87; b[6] = 88; b[7] = 88; b[8] = 45; b[9] = UInt8(48 + n)
            return 10
        }
    }
    /// Four digits, zero-padded.
    static func year(_ v: Int) -> String {
        if (1000...9999).contains(v) {
            let (a, b1) = pair(v / 100), (c, d) = pair(v % 100)
            return String(unsafeUninitializedCapacity: 4) { b in
                b[0] = a; b[1] = b1; b[2] = c; b[3] = d
                return 4
            }
        }
        if v >= 1000 || v < 0 { return String(v) }
        let s = String(v)
        return String(repeating: "0", count: 4 - s.count) + s
    }
    /// A duration value: `P3Y`, `PT2H`, `PXW` (count `nil` = unknown).
    static func duration(_ n: Int?, _ unit: TimeUnit) -> String {
        // Counted decades and centuries are years, as TimeML news is annotated ("two decades"
        // is P20Y); uncounted ones keep their own unit (PXDE).
        let counted = n != nil && (unit == .decade || unit == .century)
        let (letter, mult) = counted ? ("Y", unit == .decade ? 10 : 100) : unit.durationLetter
        let value = n.map { $0 * mult }
        let timeOfDay = unit.isTimeOfDay
        if let value, value < 0 || value > 999_999_999 { return (timeOfDay ? "PT" : "P") + String(value) + letter }
        // Written byte by byte into one small string (at most 13 bytes): this runs for every
        // duration, and three concatenations cost several times as much.
        return String(unsafeUninitializedCapacity: 15) { b in
            var k = 0
            b[k] = 80; k += 1 // P
            if timeOfDay { b[k] = 84; k += 1 } // T
            if let value {
                var digits = 1, power = 10
                while power <= value { digits += 1; power *= 10 }
                var v = value
                for d in stride(from: k + digits - 1, through: k, by: -1) { b[d] = UInt8(48 + v % 10); v /= 10 }
                k += digits
            } else {
                b[k] = 88; k += 1 // X
            }
            for c in letter.utf8 { b[k] = c; k += 1 }
            return k
        }
    }
}

/// Calendar arithmetic around one anchor day (Foundation's Gregorian calendar in UTC),
/// memoised because a document asks the same questions many times.
struct AnchorCalendar {
    /// The anchor day.
    let anchor: Day
    /// The anchor's weekday, 1 = Sunday ... 7 = Saturday.
    let weekday: Int
    private let base: Date
    private var cache: [Int: Day] = [:]
    /// The anchor as days since 1970-01-01, when it is in `civilYears`.
    private let anchorDays: Int?

    /// Years where the day arithmetic below is exact: Foundation's Gregorian calendar switches
    /// to the Julian one before October 1582, and day counts agree from 1583 on. Outside them
    /// (and for results outside them) Foundation does the work, as before.
    static let civilYears = 1600...9999

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The proleptic Gregorian date `z` days after 1970-01-01 (`civil_from_days`).
    static func civilFromDays(_ z0: Int) -> Day {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return Day(y: yoe + era * 400 + (m <= 2 ? 1 : 0), m: m, d: d)
    }

    /// The number of days in a Gregorian month.
    static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The shared Gregorian UTC calendar.
    static let gregorian: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? c.timeZone
        return c
    }()
    /// The shared ISO 8601 calendar (for week numbers).
    static let iso: Calendar = {
        var c = Calendar(identifier: .iso8601)
        c.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? c.timeZone
        return c
    }()

    /// A calendar for the anchor, or `nil` when the day does not exist.
    init?(_ day: Day) {
        if Self.civilYears.contains(day.y) {
            // Plain arithmetic: what Foundation's calendar gives for these years, at a fraction of the cost.
            guard (1...12).contains(day.m), day.d >= 1, day.d <= Self.daysInMonth(day.y, day.m) else { return nil }
            let z = Self.daysFromCivil(day.y, day.m, day.d)
            anchor = day
            weekday = ((z + 4) % 7 + 7) % 7 + 1
            base = Date(timeIntervalSince1970: Double(z) * 86_400)
            anchorDays = z
            return
        }
        anchorDays = nil
        let c = Self.gregorian
        guard let date = c.date(from: DateComponents(year: day.y, month: day.m, day: day.d)) else { return nil }
        let back = c.dateComponents([.year, .month, .day, .weekday], from: date)
        guard back.year == day.y, back.month == day.m, back.day == day.d, let wd = back.weekday else { return nil }
        anchor = day
        weekday = wd
        base = date
    }

    /// The `ordinal`-th `weekday` (1 = Sunday) of a month, e.g. the fourth Thursday of November.
    static func nthWeekday(year: Int, month: Int, weekday: Int, ordinal: Int) -> Day? {
        let c = gregorian
        guard let d = c.date(from: DateComponents(year: year, month: month, weekday: weekday, weekdayOrdinal: ordinal)) else { return nil }
        let k = c.dateComponents([.year, .month, .day], from: d)
        guard let y = k.year, let m = k.month, let dd = k.day else { return nil }
        return Day(y: y, m: m, d: dd)
    }

    /// Whether the day exists in the Gregorian calendar.
    static func isValid(_ d: Day) -> Bool {
        guard (1...12).contains(d.m), (1...31).contains(d.d) else { return false }
        if civilYears.contains(d.y) { return d.d <= daysInMonth(d.y, d.m) }
        let c = gregorian
        guard let date = c.date(from: DateComponents(year: d.y, month: d.m, day: d.d)) else { return false }
        return c.component(.day, from: date) == d.d
    }

    /// The day `n` days from the anchor.
    mutating func days(_ n: Int) -> Day {
        if n == 0 { return anchor }
        if let z = anchorDays {
            let out = Self.civilFromDays(z + n)
            if Self.civilYears.contains(out.y) { return out }
        }
        if let d = cache[n] { return d }
        let c = Self.gregorian
        var out = anchor
        if let date = c.date(byAdding: .day, value: n, to: base) {
            let k = c.dateComponents([.year, .month, .day], from: date)
            out = Day(y: k.year ?? anchor.y, m: k.month ?? anchor.m, d: k.day ?? anchor.d)
        }
        cache[n] = out
        return out
    }

    /// The month `n` months from the anchor's month, as (year, month).
    func months(_ n: Int) -> (Int, Int) {
        let total = anchor.y * 12 + (anchor.m - 1) + n
        return (total / 12, total % 12 + 1)
    }

    /// The ISO week value (`1998-W08`) of the week `n` weeks from the anchor's.
    mutating func week(_ n: Int) -> String {
        let day = days(n * 7)
        if Self.civilYears.contains(day.y - 1), Self.civilYears.contains(day.y + 1) {
            // ISO 8601: weeks start on Monday; a week belongs to the year of its Thursday.
            let z = Self.daysFromCivil(day.y, day.m, day.d)
            let isoWeekday = ((z + 3) % 7 + 7) % 7 + 1
            let thursday = z + 4 - isoWeekday
            let y = Self.civilFromDays(thursday).y
            let w = (thursday - Self.daysFromCivil(y, 1, 1)) / 7 + 1
            return TimeFormat.year(y) + "-W" + TimeFormat.two(w)
        }
        let c = Self.iso
        guard let date = c.date(from: DateComponents(year: day.y, month: day.m, day: day.d)) else { return "XXXX-WXX" }
        let k = c.dateComponents([.weekOfYear, .yearForWeekOfYear], from: date)
        guard let w = k.weekOfYear, let y = k.yearForWeekOfYear else { return "XXXX-WXX" }
        return TimeFormat.year(y) + "-W" + TimeFormat.two(w)
    }

    /// The most recent day with the weekday (the anchor itself when it matches), or the
    /// coming one when `future`.
    mutating func weekday(_ wd: Int, future: Bool, strict: Bool = false) -> Day {
        var diff = wd - weekday
        if future {
            if diff < 0 || (diff == 0 && strict) { diff += 7 }
        } else {
            if diff > 0 || (diff == 0 && strict) { diff -= 7 }
        }
        return days(diff)
    }
}

/// The anchor a document's relative expressions resolve against. The Foundation calendar is
/// only set up when an expression needs day arithmetic.
struct TimeAnchor {
    /// The anchor day, when known.
    var day: Day?
    /// The anchor as an ISO date, for the output.
    var iso: String?
    /// How the anchor was established.
    var basis: AnchorBasis
    private var built = false
    private var cal: AnchorCalendar?

    /// No anchor.
    static let none = TimeAnchor(day: nil, basis: .none)

    /// An anchor from an ISO date or date-time string.
    init?(_ s: String?, basis: AnchorBasis) {
        guard let s, let d = Day.parse(s) else { return nil }
        // A bare `YYYY-MM-DD` (digits and hyphens where `parse` read them) is its own ISO form.
        self.init(day: d, iso: s.utf8.count == 10 ? s : d.iso, basis: basis)
    }

    init(day: Day?, iso: String?, basis: AnchorBasis) {
        self.day = day
        self.iso = iso
        self.basis = basis
    }

    init(day: Day?, basis: AnchorBasis) {
        self.day = day
        self.iso = day?.iso
        self.basis = basis
    }

    /// `body` run on the calendar around the anchor, in place (built on first use, as
    /// `calendar` builds it); `nil` without one. The caller's copy-mutate-store of `calendar`
    /// copied the calendar and its memo twice.
    @inline(__always) mutating func withCalendar<R>(_ body: (inout AnchorCalendar) -> R) -> R? {
        if !built {
            built = true
            cal = day.flatMap { AnchorCalendar($0) }
        }
        guard cal != nil else { return nil }
        return body(&cal!)
    }

    /// Whether there is a calendar around the anchor (built on first use).
    @inline(__always) mutating func hasCalendar() -> Bool { withCalendar { _ in true } ?? false }

    /// The year a month-day falls in: the nearest occurrence to the anchor in the
    /// direction the tense gives (`nil` tense: nearest either way).
    func year(month: Int, day: Int, future: Bool?) -> Int? {
        guard let a = self.day else { return nil }
        let same = Day(y: a.y, m: month, d: day)
        if same == a { return a.y }
        if let future { return future ? (same > a ? a.y : a.y + 1) : (same < a ? a.y : a.y - 1) }
        // No cue: the most recent occurrence (news reports what happened), unless the date is
        // later this year within about five months, or early next year within three.
        let next = same > a ? a.y : a.y + 1
        let ahead = (next - a.y) * 372 + (month - a.m) * 31 + (day - a.d)
        if next == a.y ? ahead <= 165 : ahead <= 95 { return next }
        return same < a ? a.y : a.y - 1
    }

    /// The year a month alone falls in (this year's when it is the anchor's month).
    func year(month: Int, future: Bool?) -> Int? {
        guard let a = day else { return nil }
        if month == a.m { return a.y }
        if let future { return future ? (month > a.m ? a.y : a.y + 1) : (month < a.m ? a.y : a.y - 1) }
        // No cue: the most recent, unless it is next month, or early next year within three months.
        if month == a.m + 1 { return a.y }
        if month < a.m, month + 12 - a.m <= 3 { return a.y + 1 }
        return month < a.m ? a.y : a.y - 1
    }
}
