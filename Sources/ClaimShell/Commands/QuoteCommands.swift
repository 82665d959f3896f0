import ClaimKit

/// `compare`, `who`.
enum QuoteCommands {
    static let all: [Command] = [compare, who]

    static let compare = Command(
        name: "compare", synopsis: "compare quotes [FILTER] | compare ID ID",
        summary: "The same statement as worded by different outlets, with word diffs and a verdict.",
        details: """
        compare quotes [FILTER]  groups of quotes rendering one statement across documents (a group is shown \
        when any member matches the filter), each pair with its verdict and similarity: identical, minor \
        (case, punctuation, quote style, function words), reworded, truncated (one is a contiguous part of \
        the other). The diff shows [-removed-]{+added+} words (coloured in a terminal).
        compare ID ID            any two quotes or claims, aligned with a diff and a verdict.
        """,
        examples: ["compare quotes", "compare quotes speaker:blinken", "compare q3.4 q4.1", "compare c3.14 c4.8"],
        arguments: .filter
    ) { s, inv throws(ShellError) in
        guard let first = inv.arguments.first else { throw ShellError("usage: compare quotes [FILTER] | compare ID ID") }
        if first.text == "quotes" || first.text == "quote" {
            try compareGroups(s, Invocation(line: inv.line, arguments: Array(inv.arguments.dropFirst())))
            return
        }
        guard inv.arguments.count == 2 else { throw ShellError("usage: compare quotes [FILTER] | compare ID ID", offset: first.offset) }
        try comparePair(s, inv.arguments[0], inv.arguments[1])
    }

    static func compareGroups(_ s: Session, _ inv: Invocation) throws(ShellError) {
        let r = try s.filter(inv)
        let a = s.analysis
        let wanted = Set(s.query.quotes(Query.Resolved(copying: r, limit: nil)))
        var groups = a.quoteGroups.filter { $0.members.contains(where: wanted.contains) }
        if let l = r.limit { groups = Array(groups.prefix(l)) }
        let records = groups.map { g in groupRecord(a, g) }
        let listing = Listing(kind: "quote groups", columns: ["id", "speaker", "members", "verdicts"], records: records,
                              noun: "group")
        guard s.settings.format == .table else { s.show(listing); return }
        s.lastListing = listing
        let st = s.style
        var out = ""
        for g in groups {
            let sources = Set(g.members.map { a.documents[a.quotes[$0].document].sourceName })
            out += st.bold("\(g.id)  \(g.speaker ?? "(unattributed)")  \(g.members.count) quotes, \(sources.count) outlet\(sources.count == 1 ? "" : "s")") + "\n"
            let width = String.columnWidth(sources, minimum: 12)
            for m in g.members {
                let q = a.quotes[m]
                out += "  " + st.cyan(q.id.padding(7)) + a.documents[q.document].sourceName.padding(width) + "“" + a.text(q.document, q.span) + "”\n"
            }
            for p in g.pairs {
                out += "  \(a.quotes[p.a].id) → \(a.quotes[p.b].id)  \(p.verdict.rawValue)  "
                    + String(format: "%.2f", p.similarity) + "\n"
                if p.verdict != .identical { out += "    " + DiffView(style: st).render(diff(a, p)) + "\n" }
            }
            out += "\n"
        }
        out += st.dim("\(groups.count) group\(groups.count == 1 ? "" : "s")") + "\n"
        s.console.out(out)
    }

    static func groupRecord(_ a: Analysis, _ g: QuoteGroup) -> Record {
        Record([
            ("id", .string(g.id)), ("speaker", .string(g.speaker)),
            ("members", .strings(g.members.map { a.quotes[$0].id })),
            ("sources", .strings(Array(Set(g.members.map { a.documents[a.quotes[$0].document].sourceName })).sorted())),
            ("verdicts", .strings(g.pairs.map { "\(a.quotes[$0.a].id)~\(a.quotes[$0.b].id) \($0.verdict.rawValue) " + String(format: "%.2f", $0.similarity) })),
            ("diffs", .strings(g.pairs.map { WordDiff.plain(diff(a, $0)) })),
        ])
    }

    /// The word diff of a grouped pair, from its two quotes' texts.
    static func diff(_ a: Analysis, _ p: QuotePairComparison) -> [WordDiffSegment] {
        let x = a.quotes[p.a], y = a.quotes[p.b]
        return QuoteComparison.diff(a.text(x.document, x.span), a.text(y.document, y.span))
    }

    static func comparePair(_ s: Session, _ x: Token, _ y: Token) throws(ShellError) {
        let a = s.analysis
        func item(_ t: Token) throws(ShellError) -> (id: String, source: String, who: String?, text: String) {
            switch ItemID(t.text, in: a) {
            case .quote(let k)?:
                let q = a.quotes[k]
                return (q.id, a.documents[q.document].sourceName, q.speaker ?? q.speakerMention, a.text(q.document, q.span))
            case .claim(let k)?:
                let c = a.claims[k]
                return (c.id, a.documents[c.document].sourceName, nil, a.text(c.document, c.span))
            default:
                throw ShellError("'\(t.text)' is not a quote or claim id (q3.2, c3.14)", offset: t.offset)
            }
        }
        let left = try item(x), right = try item(y)
        let cmp = QuoteComparison.compare(left.text, right.text)
        let st = s.style
        var out = ""
        let width = String.columnWidth([left.source, right.source], minimum: 12)
        for side in [left, right] {
            out += st.cyan(side.id.padding(7)) + side.source.padding(width) + (side.who.map { $0 + ": " } ?? "") + "“\(side.text)”\n"
        }
        out += "verdict: \(cmp.verdict.rawValue), similarity " + String(format: "%.2f", cmp.similarity) + "\n"
        out += "diff: " + DiffView(style: st).render(cmp.diff) + "\n"
        s.lastListing = Listing(kind: "comparison", columns: ["a", "b", "verdict", "similarity"], records: [Record([
            ("a", .string(left.id)), ("b", .string(right.id)), ("verdict", .string(cmp.verdict.rawValue)),
            ("similarity", .number((cmp.similarity * 1000).rounded() / 1000)), ("diff", .string(WordDiff.plain(cmp.diff))),
        ])])
        if s.settings.format == .table { s.console.out(out) } else if let l = s.lastListing { s.show(l) }
    }

    static let who = Command(
        name: "who", synopsis: "who [NAME]",
        summary: "People and organisations quoted, with the variants of their names, roles seen, and quote counts.",
        details: "One entity per person or organisation across the corpus: spelling, hyphenation, title and romanisation variants merge (Kim Jong-un / Kim Jong Un / Kim). NAME matches any variant, prefix ok.",
        examples: ["who", "who kim", "who blinken"], arguments: .text
    ) { s, inv throws(ShellError) in
        let a = s.analysis
        var entities = a.entities
        if !inv.arguments.isEmpty {
            let name = inv.arguments.map(\.text).joined(separator: " ").lowercased()
            func hit(_ v: String) -> Bool {
                let l = v.lowercased()
                return l.hasPrefix(name) || l.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { $0.hasPrefix(name) }
            }
            entities = entities.filter { hit($0.name) || $0.variants.contains(where: hit) }
            if entities.isEmpty {
                var msg = "nobody called '\(name)' is quoted"
                if let n = Suggest.nearest(name, in: a.entities.map(\.name)) { msg += "; did you mean '\(n)'?" }
                throw ShellError(msg, offset: inv.arguments[0].offset)
            }
        }
        entities.sort { ($0.quoteCount, $1.name) > ($1.quoteCount, $0.name) }
        let records = entities.map { e in
            Record([("name", .string(e.name)), ("kind", .string(e.kind.rawValue)), ("quotes", .int(e.quoteCount)),
                    ("variants", .strings(e.variants)), ("roles", .strings(e.roles))])
        }
        s.show(Listing(kind: "entities", columns: ["name", "kind", "quotes", "variants", "roles"], records: records,
                       noun: "entity", plural: "entities"))
    }
}

extension Query.Resolved {
    /// The same filter without its limit.
    init(copying r: Query.Resolved, limit: Int?) {
        self = r
        self.limit = limit
    }
}
