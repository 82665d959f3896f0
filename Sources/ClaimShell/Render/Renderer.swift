import ClaimKit

/// Turns a listing into text in the chosen format.
///
/// Tables are aligned and fitted to the width only when a width applies (a terminal, or
/// `set width N`); otherwise rows are tab-separated and never cut.
public struct Renderer {
    /// The output settings.
    public var settings: Settings
    /// The width to fit tables to, or nil to never cut.
    public var width: Int?
    /// Colours.
    public var style: Style

    /// Creates a renderer.
    public init(settings: Settings, width: Int?, style: Style) {
        self.settings = settings
        self.width = width
        self.style = style
    }

    /// The listing as text, ending with a newline unless empty.
    public func render(_ l: Listing) -> String {
        switch settings.format {
        case .json: return json(l.records, lines: false)
        case .jsonl: return json(l.records, lines: true)
        case .csv: return csv(l)
        case .markdown: return markdown(l)
        case .table: return width == nil ? tsv(l) : table(l, width: width ?? 80)
        }
    }

    /// Records as a JSON array (one element per line) or as JSON Lines.
    public func json(_ records: [Record], lines: Bool) -> String {
        var w = JSONWriter()
        if lines {
            for r in records { r.write(&w); w.endLine() }
            return w.string
        }
        var out = "["
        for (k, r) in records.enumerated() {
            var one = JSONWriter()
            r.write(&one)
            out += (k == 0 ? "\n" : ",\n") + one.string
        }
        return out + (records.isEmpty ? "]\n" : "\n]\n")
    }

    func cells(_ l: Listing, _ r: Record) -> [String] {
        l.columns.map { r[$0]?.text ?? "" }
    }

    func tsv(_ l: Listing) -> String {
        var out = ""
        for r in l.records {
            out += cells(l, r).map { Self.oneLine($0, tab: true) }.joined(separator: "\t") + "\n"
        }
        return out
    }

    func csv(_ l: Listing) -> String {
        func field(_ s: String) -> String {
            s.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = l.columns.map(field).joined(separator: ",") + "\n"
        for r in l.records { out += cells(l, r).map(field).joined(separator: ",") + "\n" }
        return out
    }

    func markdown(_ l: Listing) -> String {
        func cell(_ s: String) -> String { Self.oneLine(s, tab: false).replacingOccurrences(of: "|", with: "\\|") }
        var out = "| " + l.columns.joined(separator: " | ") + " |\n"
        out += "|" + l.columns.map { _ in " --- |" }.joined() + "\n"
        for r in l.records { out += "| " + cells(l, r).map(cell).joined(separator: " | ") + " |\n" }
        return out
    }

    func table(_ l: Listing, width: Int) -> String {
        let rows = l.records.map { cells(l, $0).map { Self.oneLine($0, tab: false) } }
        var widths = l.columns.map { $0.count }
        for row in rows { for (k, c) in row.enumerated() { widths[k] = max(widths[k], c.count) } }
        let gaps = 2 * max(0, widths.count - 1)
        var total = widths.reduce(0, +) + gaps
        // Fit the width: first cut list-like columns (sources, claims) down to 24, keeping the
        // text column (the last) readable; then the text down to 24; then anything down to 8.
        let last = widths.count - 1
        for (floor, textToo) in [(24, false), (24, true), (8, true)] {
            while total > width {
                let candidates = widths.indices.filter { (textToo || $0 != last) && widths[$0] > floor }
                guard let k = candidates.max(by: { (widths[$0], $0) < (widths[$1], $1) }) else { break }
                let cut = min(total - width, widths[k] - floor)
                widths[k] -= cut
                total -= cut
            }
        }
        func fit(_ s: String, _ w: Int, last: Bool) -> String {
            if s.count > w { return s.truncated(w) }
            return last ? s : s + String(repeating: " ", count: w - s.count)
        }
        var out = ""
        let header = l.columns.enumerated().map { fit($1, widths[$0], last: $0 == l.columns.count - 1) }.joined(separator: "  ")
        out += style.bold(header) + "\n"
        for row in rows {
            var line = ""
            for (k, c) in row.enumerated() {
                let cell = fit(c, widths[k], last: k == row.count - 1)
                line += (k == 0 ? style.cyan(cell) : cell) + (k == row.count - 1 ? "" : "  ")
            }
            out += line + "\n"
        }
        if let f = l.footer { out += style.dim(f) + "\n" }
        return out
    }

    /// The text on one line: newlines (and tabs, for TSV) become spaces.
    /// Checked on the UTF-8 bytes: a Character loop is slow, and "\r\n" is one Character equal
    /// to neither "\r" nor "\n".
    static func oneLine(_ s: String, tab: Bool) -> String {
        guard s.utf8.contains(where: { $0 == 10 || $0 == 13 || (tab && $0 == 9) }) else { return s }
        return String(s.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || (tab && $0 == "\t") ? " " : $0 })
    }
}
