import ClaimKit

/// `timeline`.
enum TimelineCommands {
    static let all: [Command] = [timeline]

    static let timeline = Command(
        name: "timeline", synopsis: "timeline [FILTER]",
        summary: "What happened when: dated claims in date order, merged across outlets, date conflicts flagged.",
        details: """
        In a terminal the events are grouped under their dates; elsewhere each is one tab-separated row. Each entry is an event: a claim placed at the date its temporal expression gives, merged with the same \
        event from other outlets. 'conflict' marks the same event given incompatible dates by different outlets. \
        from:/to: take any date the tagger reads (2024-11, "January 20, 2025"); source: keeps events an outlet \
        states; words match the event's claims. `show eN` lists every supporting sentence; \
        `export timeline FILE.html` draws it.
        """,
        examples: ["timeline", "timeline from:2024-11 to:\"January 20, 2025\"", "timeline source:cbs", "show e3"],
        arguments: .filter
    ) { s, inv throws(ShellError) in
        let r = try s.filter(inv)
        let a = s.analysis
        var records: [Record] = []
        for e in s.timeline {
            guard s.query.dateOK(e.value, r) else { continue }
            let claims = e.claims.compactMap { ItemID($0, in: a) }.compactMap { id -> Int? in
                if case .claim(let k) = id { return k } else { return nil }
            }
            guard claims.contains(where: { k in
                let c = a.claims[k]
                return s.query.documentOK(c.document, r) && s.query.textOK(c.document, c.span, r)
            }) else { continue }
            records.append(Records.event(e))
            if let l = r.limit, records.count >= l { break }
        }
        let listing = Listing(kind: "timeline", columns: ["id", "date", "sources", "claims", "conflict", "text"],
                              records: records, noun: "event")
        guard s.settings.format == .table, let width = s.width else { s.show(listing); return }
        s.lastListing = listing
        s.console.out(grouped(listing, width: width, style: s.style))
    }

    /// The terminal view: a heading per date (day, month or year as the events give it), then
    /// each event on one line with its outlets, claim ids and text, cut to the width.
    static func grouped(_ l: Listing, width: Int, style st: Style) -> String {
        var out = ""
        var current: String? = nil
        for r in l.records {
            let date = r["date"]?.text ?? ""
            if date != current {
                out += (current == nil ? "" : "\n") + st.bold(date) + "\n"
                current = date
            }
            var line = "  " + (r["id"]?.text ?? "").padding(5) + (r["sources"]?.text ?? "") + "  [" + (r["claims"]?.text ?? "") + "]"
            if let c = r["conflict"]?.text, !c.isEmpty { line += "  " + c }
            let room = width - line.count - 2
            let text = r["text"]?.text ?? ""
            if room < 20 {
                out += line + "\n    " + text.truncated(max(10, width - 5)) + "\n"
            } else {
                out += line + "  " + text.truncated(room) + "\n"
            }
        }
        return out + st.dim(l.footer ?? "") + "\n"
    }
}
