import ClaimKit

/// `timeline`.
enum TimelineCommands {
    static let all: [Command] = [timeline]

    static let timeline = Command(
        name: "timeline", synopsis: "timeline [FILTER]",
        summary: "What happened when: dated claims in date order, merged across outlets, date conflicts flagged.",
        details: """
        Each entry is an event: a claim placed at the date its temporal expression gives, merged with the same \
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
        s.show(Listing(kind: "timeline", columns: ["id", "date", "sources", "claims", "conflict", "text"], records: records,
                       noun: "event"))
    }
}
