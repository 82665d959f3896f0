import ClaimKit

/// The text of `show`: a document with its segmentation, or one item in its context.
struct ShowView {
    let session: Session
    var a: Analysis { session.analysis }
    var st: Style { session.style }

    func render(_ item: ItemID) -> String {
        switch item {
        case .document(let d): return document(d)
        case .claim(let k):
            let c = a.claims[k]
            return header(c.document, id: c.id, span: c.span, extra: c.tags.names.joined(separator: ","))
                + context(c.document, sentence: c.sentence) + inside(k)
        case .quote(let k):
            let q = a.quotes[k]
            var out = header(q.document, id: q.id, span: q.span, extra: "quote")
            out += "speaker: \(q.speaker ?? q.speakerMention ?? "(unattributed)")"
            if let m = q.speakerMention, m != q.speaker { out += " (as \"\(m)\")" }
            if let cue = q.cue { out += ", cue: \(cue)" }
            out += "\n\n" + st.bold("“" + a.text(q.document, q.span) + "”") + "\n\n"
            return out + context(q.document, sentence: q.sentence)
        case .event(let id):
            return event(id)
        case .time(let k):
            let t = a.times[k]
            var out = header(t.document, id: t.id, span: t.span, extra: t.type.rawValue)
            out += "\(a.text(t.document, t.span)) → \(t.value)"
            if let anchor = t.anchor { out += " (anchor \(anchor), \(t.anchorBasis.rawValue))" }
            return out + "\n\n" + context(t.document, sentence: t.sentence)
        }
    }

    func event(_ id: String) -> String {
        guard let e = session.timeline.first(where: { $0.id == id }) else { return "no event \(id) (the timeline has \(session.timeline.count))\n" }
        var out = st.cyan(e.id) + "  " + st.bold(e.value) + " (\(e.granularity.rawValue))  " + e.sources.joined(separator: ", ") + "\n"
        if e.conflict { out += st.yellow("date conflict with " + e.conflictsWith.joined(separator: ", ")) + "\n" }
        out += "\n"
        let rows = e.claims.compactMap { cid -> (String, Claim)? in
            guard case .claim(let k)? = ItemID(cid, in: a) else { return nil }
            return (cid, a.claims[k])
        }
        let width = String.columnWidth(rows.map { a.documents[$0.1.document].sourceName }, minimum: 14)
        for (cid, c) in rows {
            out += st.cyan(cid.padding(8)) + a.documents[c.document].sourceName.padding(width) + line(c.document, c.span) + "\n"
        }
        for t in e.times {
            let time = a.times[t]
            out += st.dim("  dated by \(time.id): \(line(time.document, time.span)) → \(time.value)") + "\n"
        }
        return out
    }

    func header(_ d: Int, id: String, span: ByteSpan, extra: String) -> String {
        let doc = a.documents[d]
        var line = st.cyan(id) + "  " + doc.sourceName + "  " + doc.id
        if let p = doc.published { line += "  " + p }
        line += "  bytes \(span.start)-\(span.end)"
        if !extra.isEmpty { line += "  [" + extra + "]" }
        return line + "\n"
    }

    /// A span's text on one line (sentences of hard-wrapped copy hold newlines).
    func line(_ d: Int, _ span: ByteSpan) -> String { Renderer.oneLine(a.text(d, span), tab: false) }

    /// The sentence with one sentence of context either side.
    func context(_ d: Int, sentence: Int) -> String {
        let sents = a.segmentations[d].sentences
        guard sents.indices.contains(sentence) else { return "" }
        var out = ""
        for k in max(0, sentence - 1)...min(sents.count - 1, sentence + 1) {
            let text = line(d, sents[k].span)
            let id = a.claim(document: d, sentence: k)?.id ?? "-"
            out += k == sentence ? st.bold("> \(id)  \(text)") : st.dim("  \(id)  \(text)")
            out += "\n"
        }
        return out
    }

    /// The quotes and times inside a claim.
    func inside(_ k: Int) -> String {
        var out = ""
        for q in session.query.quotesByClaim[k] {
            let quote = a.quotes[q]
            out += "  quote \(quote.id): \(quote.speaker ?? quote.speakerMention ?? "(unattributed)"): “\(a.text(quote.document, quote.span))”\n"
        }
        for t in session.query.timesByClaim[k] {
            let time = a.times[t]
            out += "  time \(time.id): \(a.text(time.document, time.span)) → \(time.type.rawValue) \(time.value)\n"
        }
        return out.isEmpty ? "" : "\n" + out
    }

    func document(_ d: Int) -> String {
        let doc = a.documents[d]
        var out = st.bold(doc.title ?? doc.id) + "\n"
        out += "id: \(doc.id)   number: d\(Analysis.ordinal(d))   file: \(doc.path)\n"
        out += "source: \(doc.sourceName) (\(doc.sourceBasis.rawValue))   published: \(doc.published ?? "unknown") (\(doc.publishedBasis.rawValue))\n"
        if let url = doc.url { out += "url: \(url)\n" }
        out += "\(doc.bytes.count) bytes, \(a.claimRanges[d].count) claims\n\n"
        let seg = a.segmentations[d]
        var sentence = 0
        for (p, para) in seg.paragraphs.enumerated() {
            if let kind = para.boilerplate {
                out += st.dim("  [\(kind.rawValue)] " + a.text(d, para.span)) + "\n"
                while sentence < seg.sentences.count, seg.sentences[sentence].paragraph == p { sentence += 1 }
                continue
            }
            var lines: [String] = []
            while sentence < seg.sentences.count, seg.sentences[sentence].paragraph == p {
                let id = a.claim(document: d, sentence: sentence)?.id ?? "-"
                lines.append(st.cyan(id.padding(8)) + line(d, seg.sentences[sentence].span))
                sentence += 1
            }
            out += lines.joined(separator: "\n") + "\n\n"
        }
        return out
    }
}
