import ClaimKit

/// One value of a result row, typed so JSON output keeps numbers and lists.
public enum FieldValue: Sendable, Equatable {
    case string(String?)
    case int(Int)
    case number(Double?)
    case bool(Bool)
    case strings([String])
    case span(ByteSpan)

    /// The value as shown in a table or CSV cell.
    public var text: String {
        switch self {
        case .string(let s): return s ?? ""
        case .int(let n): return String(n)
        case .number(let d):
            guard let d else { return "" }
            return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .bool(let b): return b ? "yes" : "no"
        case .strings(let l): return l.joined(separator: ", ")
        case .span(let s): return "\(s.start)-\(s.end)"
        }
    }

    func write(_ w: inout JSONWriter) {
        switch self {
        case .string(let s): w.value(s)
        case .int(let n): w.value(n)
        case .number(let d): w.value(d)
        case .bool(let b): w.value(b)
        case .strings(let l): w.value(l)
        case .span(let s): w.value(s)
        }
    }
}

/// One result row: ordered fields, all written to JSON, some shown in tables.
public struct Record: Sendable, Equatable {
    /// The fields, in output order.
    public var fields: [(key: String, value: FieldValue)]

    /// Creates a record.
    public init(_ fields: [(String, FieldValue)]) { self.fields = fields.map { (key: $0.0, value: $0.1) } }

    /// The value for a key.
    public subscript(_ key: String) -> FieldValue? { fields.first { $0.key == key }?.value }

    /// The record's id field, if any.
    public var id: String? { if case .string(let s)? = self["id"] { return s } else { return nil } }

    public static func == (a: Record, b: Record) -> Bool {
        a.fields.count == b.fields.count && zip(a.fields, b.fields).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    func write(_ w: inout JSONWriter) {
        w.beginObject()
        for f in fields { w.key(f.key); f.value.write(&w) }
        w.endObject()
    }
}

/// What a listing command produced: rows, the columns a table shows, and what it listed.
public struct Listing: Sendable {
    /// What was listed ("claims", "quotes", ...).
    public var kind: String
    /// The keys a table shows, in order; the last is the wide text column.
    public var columns: [String]
    /// The rows.
    public var records: [Record]
    /// A line shown under a table in a terminal ("12 claims").
    public var footer: String?

    /// Creates a listing whose footer counts its rows: "1 claim", "12 claims".
    public init(kind: String, columns: [String], records: [Record], noun: String, plural: String? = nil) {
        let word = records.count == 1 ? noun : (plural ?? noun + "s")
        self.init(kind: kind, columns: columns, records: records, footer: "\(records.count) \(word)")
    }

    /// Creates a listing.
    public init(kind: String, columns: [String], records: [Record], footer: String? = nil) {
        self.kind = kind
        self.columns = columns
        self.records = records
        self.footer = footer
    }
}
