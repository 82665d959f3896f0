import ClaimKit

/// `sources`, `docs`, `show`, `load`.
enum CorpusCommands {
    static let all: [Command] = [sources, docs, show, load]

    static let sources = Command(
        name: "sources", synopsis: "sources [FILTER]",
        summary: "Outlets with their document, claim and quote counts.",
        details: "Documents whose outlet is not known are counted under 'unknown'.",
        examples: ["sources", "sources -source:unknown"], arguments: .filter
    ) { s, inv throws(ShellError) in
        let r = try s.filter(inv)
        let a = s.analysis
        let docs = s.query.documents(r)
        var order: [String] = []
        var counts: [String: (docs: Int, claims: Int, quotes: Int)] = [:]
        var quotesPerDoc = [Int](repeating: 0, count: a.documents.count)
        for q in a.quotes { quotesPerDoc[q.document] += 1 }
        for d in docs {
            let name = a.documents[d].sourceName
            if counts[name] == nil { order.append(name) }
            var c = counts[name] ?? (0, 0, 0)
            c.docs += 1
            c.claims += a.claimRanges[d].count
            c.quotes += quotesPerDoc[d]
            counts[name] = c
        }
        let records = order.sorted().map { name -> Record in
            let c = counts[name] ?? (0, 0, 0)
            return Record([("source", .string(name)), ("docs", .int(c.docs)), ("claims", .int(c.claims)), ("quotes", .int(c.quotes))])
        }
        s.show(Listing(kind: "sources", columns: ["source", "docs", "claims", "quotes"], records: records,
                       noun: "outlet"))
    }

    static let docs = Command(
        name: "docs", synopsis: "docs [FILTER]",
        summary: "Documents with their number, outlet, date, claim count and title.",
        details: "Words match anywhere in the text; from:/to: match the publication date. `show dN` or `show ID` opens one.",
        examples: ["docs", "docs source:cbs", "docs hamas"], arguments: .filter
    ) { s, inv throws(ShellError) in
        let r = try s.filter(inv)
        let records = s.query.documents(r).map { Records.document(s.analysis, $0) }
        s.show(Listing(kind: "documents", columns: ["n", "id", "source", "published", "claims", "title"], records: records,
                       noun: "document"))
    }

    static let show = Command(
        name: "show", synopsis: "show ID",
        summary: "A document, or a claim, quote or time with its surrounding sentences and provenance.",
        details: """
        IDs: a document id (or a unique prefix of one, or dN for the Nth document), a claim id (c3.12), \
        a quote id (q3.2) or a time id (t3.4). Boilerplate is shown dimmed with its kind in brackets.
        """,
        examples: ["show d5", "show c5.12", "show 004_b98"], arguments: .id
    ) { s, inv throws(ShellError) in
        guard let tok = inv.arguments.first else { throw ShellError("show needs an id (try 'docs' or 'claims' to find one)") }
        guard inv.arguments.count == 1 else { throw ShellError("show takes one id", offset: inv.arguments[1].offset) }
        guard let item = ItemID(tok.text, in: s.analysis) else {
            let a = s.analysis
            var msg = "no document, claim, quote or time '\(tok.text)'"
            let candidates = a.documents.map(\.id) + a.claims.prefix(5000).map(\.id)
            if let near = Suggest.nearest(tok.text, in: candidates) { msg += "; did you mean '\(near)'?" }
            throw ShellError(msg, offset: tok.offset)
        }
        s.console.out(ShowView(session: s).render(item))
    }

    static let load = Command(
        name: "load", synopsis: "load PATH...",
        summary: "Replaces the corpus with the given folders and files.",
        details: "Folders are read recursively for .txt files; a corpus.json at a folder's root gives outlets and dates. Problems are reported per file and the rest still load.",
        examples: ["load seeds", "load ../articles/day1 ../articles/day2"], arguments: .path
    ) { s, inv throws(ShellError) in
        guard !inv.arguments.isEmpty else { throw ShellError("load needs at least one folder or file") }
        let paths = inv.arguments.map(\.text)
        guard s.load(paths) else { throw ShellError("nothing loaded from \(paths.joined(separator: " ")); the previous corpus is kept") }
        let a = s.analysis
        s.console.message("loaded \(a.documents.count) documents, \(a.claims.count) claims, \(a.quotes.count) quotes, \(a.times.count) times")
    }
}
