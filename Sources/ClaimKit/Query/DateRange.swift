/// The span of days a TIMEX3 date value covers, for `from:`/`to:` filters and ordering.
/// `2024` covers the whole year, `2024-11` the month, `2024-11-05T12:00` that day.
public struct DateRange: Hashable, Sendable {
    /// The first day, as `YYYY-MM-DD`.
    public var first: String
    /// The last day, as `YYYY-MM-DD`.
    public var last: String

    /// The range a value covers, or nil when it is not a calendar date (`P2W`, `PRESENT_REF`, `XXXX-11-05`).
    public init?(timex value: String) {
        let b = Array(value.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= b.count && r.allSatisfy { Bytes.isDigit(b[$0]) } }
        guard digits(0..<4) else { return nil }
        let year = String(decoding: b[0..<4], as: UTF8.self)
        if b.count == 4 || (b.count > 4 && b[4] != 45) {
            if b.count == 4 { first = year + "-01-01"; last = year + "-12-31"; return }
            return nil
        }
        if b.count >= 7, digits(5..<7) {
            let month = String(decoding: b[5..<7], as: UTF8.self)
            if b.count >= 10, b[7] == 45, digits(8..<10) {
                let day = String(decoding: b[0..<10], as: UTF8.self)
                first = day; last = day; return
            }
            guard b.count == 7 else { return nil }
            first = "\(year)-\(month)-01"; last = "\(year)-\(month)-31"; return
        }
        // Quarters, seasons, halves, weeks: "2024-Q4", "2024-SU", "2024-W05" cover their year at most.
        first = year + "-01-01"; last = year + "-12-31"
        if b.count >= 7, b[5] == 81, Bytes.isDigit(b[6]) {  // Qn
            let q = Int(b[6] - 48)
            guard (1...4).contains(q) else { return nil }
            first = year + "-" + pad2(q * 3 - 2) + "-01"
            last = year + "-" + pad2(q * 3) + "-31"
        }
    }

    /// Whether the two ranges share a day.
    public func overlaps(_ other: DateRange) -> Bool { first <= other.last && other.first <= last }

    private func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
