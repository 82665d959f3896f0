import Foundation

/// How fine a TIMEX3 date value is.
public enum TimeGranularity: String, Hashable, Sendable, Comparable, CaseIterable {
    /// `19` (the 1900s).
    case century
    /// `199` or `199X` (the 1990s).
    case decade
    /// `2024`.
    case year
    /// `2024-H1`.
    case half
    /// `2024-Q3`.
    case quarter
    /// `2024-SU`.
    case season
    /// `2024-11`.
    case month
    /// `2025-W02`, `2025-W02-WE`.
    case week
    /// `2024-11-05`.
    case day
    /// `2025-01-06T12:00`, `2025-01-06TMO`.
    case time

    /// Coarse to fine.
    var rank: Int {
        switch self {
        case .century: return 0
        case .decade: return 1
        case .year: return 2
        case .half: return 3
        case .quarter: return 4
        case .season: return 5
        case .month: return 6
        case .week: return 7
        case .day: return 8
        case .time: return 9
        }
    }

    /// Coarser granularities sort first.
    public static func < (l: TimeGranularity, r: TimeGranularity) -> Bool { l.rank < r.rank }
}

/// A parsed TIMEX3 DATE/TIME value (`2024`, `2024-11`, `2024-11-05`, `2024-Q3`, `1998-W08`,
/// `2024-SU`, `199` or `199X` (the 1990s), `2025-01-06T12:00`, `2025-01-06TMO`) with the interval it
/// covers, so values of different granularity can be compared and tested for containment.
public struct TimexValue: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The value as written.
    public let value: String
    /// How fine the value is.
    public let granularity: TimeGranularity
    /// The first minute covered, as a sortable key (`yyyymmddhhmm`).
    public let start: Int64
    /// The last minute covered, as a sortable key (`yyyymmddhhmm`).
    public let end: Int64

    /// Parses a value; `nil` for durations, sets, `PRESENT_REF`-style values and values
    /// with unknown parts (`XXXX-11-05`).
    public init?(_ value: String) {
        let u = Array(value.utf8)
        func digitsAt(_ r: Range<Int>) -> Int? { u.withUnsafeBufferPointer { Bytes.decimal($0, r) } }
        func key(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ mi: Int) -> Int64 {
            Int64(y) * 100_000_000 + Int64(m) * 1_000_000 + Int64(d) * 10_000 + Int64(h) * 100 + Int64(mi)
        }
        self.value = value
        let n = u.count
        if n == 2, let c = digitsAt(0..<2) {
            granularity = .century
            start = key(c * 100, 1, 1, 0, 0); end = key(c * 100 + 99, 12, 31, 23, 59)
            return
        }
        if n == 3, let d = digitsAt(0..<3) {
            granularity = .decade
            start = key(d * 10, 1, 1, 0, 0); end = key(d * 10 + 9, 12, 31, 23, 59)
            return
        }
        if n == 4, u[3] == 88, let d = digitsAt(0..<3) {
            granularity = .decade
            start = key(d * 10, 1, 1, 0, 0); end = key(d * 10 + 9, 12, 31, 23, 59)
            return
        }
        guard n >= 4, let y = digitsAt(0..<4) else { return nil }
        if n == 4 {
            granularity = .year
            start = key(y, 1, 1, 0, 0); end = key(y, 12, 31, 23, 59)
            return
        }
        guard u[4] == 45, n >= 7 else { return nil }
        if n == 7, u[5] == 81, let q = digitsAt(6..<7), (1...4).contains(q) {
            granularity = .quarter
            start = key(y, q * 3 - 2, 1, 0, 0); end = key(y, q * 3, 31, 23, 59)
            return
        }
        if n == 7, u[5] == 72, let h = digitsAt(6..<7), (1...2).contains(h) {
            granularity = .half
            start = key(y, h * 6 - 5, 1, 0, 0); end = key(y, h * 6, 31, 23, 59)
            return
        }
        if n == 7, let (a, b) = Self.season(u[5], u[6]) {
            granularity = .season
            start = key(y, a, 1, 0, 0)
            end = b > 12 ? key(y + 1, b - 12, 31, 23, 59) : key(y, b, 31, 23, 59)
            return
        }
        if u[5] == 87, let w = digitsAt(6..<8) {
            let c = AnchorCalendar.iso
            guard let monday = c.date(from: DateComponents(weekday: 2, weekOfYear: w, yearForWeekOfYear: y)) else { return nil }
            let isWeekend = n == 11 && u[8] == 45 && u[9] == 87 && u[10] == 69 // "-WE"
            guard n == 8 || isWeekend else { return nil }
            let first = c.date(byAdding: .day, value: isWeekend ? 5 : 0, to: monday) ?? monday
            let last = c.date(byAdding: .day, value: 6, to: monday) ?? monday
            let a = AnchorCalendar.gregorian.dateComponents([.year, .month, .day], from: first)
            let b = AnchorCalendar.gregorian.dateComponents([.year, .month, .day], from: last)
            granularity = .week
            start = key(a.year ?? y, a.month ?? 1, a.day ?? 1, 0, 0)
            end = key(b.year ?? y, b.month ?? 1, b.day ?? 1, 23, 59)
            return
        }
        guard let m = digitsAt(5..<7), (1...12).contains(m) else { return nil }
        if n == 7 {
            granularity = .month
            start = key(y, m, 1, 0, 0); end = key(y, m, 31, 23, 59)
            return
        }
        guard n >= 10, u[7] == 45, let d = digitsAt(8..<10), (1...31).contains(d) else { return nil }
        if n == 10 {
            granularity = .day
            start = key(y, m, d, 0, 0); end = key(y, m, d, 23, 59)
            return
        }
        guard u[10] == 84 else { return nil }
        if n == 13, let (a, b) = Self.partOfDay(u[11], u[12]) {
            granularity = .time
            start = key(y, m, d, a, 0); end = key(y, m, d, b, 59)
            return
        }
        guard n >= 16, let h = digitsAt(11..<13), u[13] == 58, let mi = digitsAt(14..<16), h <= 24, mi < 60 else { return nil }
        granularity = .time
        start = key(y, m, d, h, mi); end = start
    }

    /// The months a season code (`SP`, `SU`, `FA`, `WI`) covers; winter runs into next year.
    static func season(_ a: UInt8, _ b: UInt8) -> (Int, Int)? {
        switch (a, b) {
        case (83, 80): return (3, 5)   // SP
        case (83, 85): return (6, 8)   // SU
        case (70, 65): return (9, 11)  // FA
        case (87, 73): return (12, 14) // WI
        default: return nil
        }
    }

    /// The hours a part-of-day code (`MO`, `AF`, `EV`, `NI`, `DT`) covers.
    static func partOfDay(_ a: UInt8, _ b: UInt8) -> (Int, Int)? {
        switch (a, b) {
        case (77, 79): return (6, 11)  // MO
        case (65, 70): return (12, 17) // AF
        case (69, 86): return (18, 21) // EV
        case (78, 73): return (21, 23) // NI
        case (68, 84): return (8, 17)  // DT
        default: return nil
        }
    }

    /// Whether `other` lies wholly inside this value's interval (`2024-11` contains `2024-11-05`).
    public func contains(_ other: TimexValue) -> Bool { other.start >= start && other.end <= end }

    /// Whether the two intervals share any minute.
    public func overlaps(_ other: TimexValue) -> Bool { other.start <= end && start <= other.end }

    /// Whether one of the two contains the other: the values can describe the same moment.
    public func isCompatible(with other: TimexValue) -> Bool { contains(other) || other.contains(self) }

    /// Orders by start, then coarser first (`2024` before `2024-01-01`).
    public static func < (l: TimexValue, r: TimexValue) -> Bool {
        l.start != r.start ? l.start < r.start : l.end > r.end
    }

    /// The value as written.
    public var description: String { value }
}
