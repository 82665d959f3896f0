import ClaimKit

/// `claims`, `quotes`, `times`.
enum ListingCommands {
    static let all: [Command] = [claims, quotes, times]

    static let claims = Command(
        name: "claims", synopsis: "claims [FILTER]",
        summary: "Claims (content sentences) matching a filter, with outlet, tags and id.",
        details: "Every content sentence of every document is a claim; boilerplate never is. Tags: "
            + ClaimTags.named.map(\.name).joined(separator: ", ") + ".",
        examples: ["claims missile", "claims source:cbs kind:quote", "claims \"ballistic missile\" -source:unknown limit:5",
                   "claims from:2024-11 to:2024-12"],
        arguments: .filter
    ) { s, inv throws(ShellError) in
        let r = try s.filter(inv)
        let hits = s.query.claims(r)
        try s.checkInterrupt()
        let records = hits.map { Records.claim(s.analysis, $0) }
        s.show(Listing(kind: "claims", columns: ["id", "source", "tags", "text"], records: records,
                       noun: "claim"))
    }

    static let quotes = Command(
        name: "quotes", synopsis: "quotes [FILTER]",
        summary: "Direct quotes with speaker, outlet and id.",
        details: "Words match the quoted text; speaker: matches canonical names and the variants seen.",
        examples: ["quotes", "quotes speaker:blinken", "quotes source:cbs launch"], arguments: .filter
    ) { s, inv throws(ShellError) in
        let r = try s.filter(inv)
        let records = s.query.quotes(r).map { Records.quote(s.analysis, $0) }
        s.show(Listing(kind: "quotes", columns: ["id", "speaker", "source", "text"], records: records,
                       noun: "quote"))
    }

    static let times = Command(
        name: "times", synopsis: "times [FILTER]",
        summary: "Temporal expressions with their TIMEX3 type, value and anchor, for checking the tagger.",
        details: "Words match the sentence the expression is in; from:/to: match the resolved value.",
        examples: ["times", "times source:cbs", "times from:2025-01"], arguments: .filter
    ) { s, inv throws(ShellError) in
        let r = try s.filter(inv)
        let records = s.query.times(r).map { Records.time(s.analysis, $0) }
        s.show(Listing(kind: "times", columns: ["id", "type", "value", "anchor", "source", "text"], records: records,
                       noun: "expression"))
    }
}
