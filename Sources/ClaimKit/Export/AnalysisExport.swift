/// Encodes an analysis in the `claims.analysis/1` schema (see docs/export.md).
public enum AnalysisExport {
    /// The schema name written at the top of every export.
    public static let schema = "claims.analysis/1"

    /// The whole analysis as JSON bytes; `timeline`, when the caller has it already, saves
    /// building it again.
    public static func encode(_ a: Analysis, timeline: [TimelineEntry]? = nil, pretty: Bool = false) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, capacity: a.documents.reduce(0) { $0 + $1.bytes.count } * 3 + 4096)
        w.beginObject()
        w.key("schema"); w.value(schema)
        w.key("name"); w.value(a.name)
        w.key("documents"); w.beginArray()
        for d in a.documents { writeDocument(&w, d) }
        w.endArray()
        w.key("claims"); w.beginArray()
        for c in a.claims { writeClaim(&w, a, c) }
        w.endArray()
        w.key("quotes"); w.beginArray()
        for q in a.quotes { writeQuote(&w, a, q) }
        w.endArray()
        w.key("times"); w.beginArray()
        for t in a.times { writeTime(&w, a, t) }
        w.endArray()
        w.key("quantities"); w.beginArray()
        for n in a.quantities { writeQuantity(&w, a, n) }
        w.endArray()
        w.key("entities"); w.beginArray()
        for e in a.entities { writeEntity(&w, e) }
        w.endArray()
        w.key("quote_groups"); w.beginArray()
        for g in a.quoteGroups { writeQuoteGroup(&w, a, g) }
        w.endArray()
        w.key("timeline"); w.beginArray()
        for e in timeline ?? a.timeline { writeTimelineEntry(&w, e) }
        w.endArray()
        w.key("discrepancies"); w.beginArray(); w.endArray()
        w.key("corroborations"); w.beginArray(); w.endArray()
        w.endObject()
        w.endLine()
        return w.bytes
    }

    /// Writes one document object.
    public static func writeDocument(_ w: inout JSONWriter, _ d: Document) {
        w.beginObject()
        w.key("id"); w.value(d.id)
        w.key("file"); w.value(d.file)
        w.key("title"); w.value(d.title)
        w.key("source"); w.value(d.source)
        w.key("source_basis"); w.value(d.sourceBasis.rawValue)
        w.key("url"); w.value(d.url)
        w.key("published"); w.value(d.published)
        w.key("published_basis"); w.value(d.publishedBasis.rawValue)
        w.key("bytes"); w.value(d.bytes.count)
        w.endObject()
    }

    /// Writes one claim object.
    public static func writeClaim(_ w: inout JSONWriter, _ a: Analysis, _ c: Claim) {
        w.beginObject()
        w.key("id"); w.value(c.id)
        w.key("document"); w.value(a.documents[c.document].id)
        w.key("source"); w.value(a.documents[c.document].source)
        w.key("span"); w.value(c.span)
        w.key("text"); w.value(a.text(c.document, c.span))
        w.key("tags"); w.value(c.tags.names)
        w.endObject()
    }

    /// Writes one quote object.
    public static func writeQuote(_ w: inout JSONWriter, _ a: Analysis, _ q: Quote) {
        w.beginObject()
        w.key("id"); w.value(q.id)
        w.key("document"); w.value(a.documents[q.document].id)
        w.key("span"); w.value(q.span)
        w.key("text"); w.value(a.text(q.document, q.span))
        w.key("speaker"); w.value(q.speaker ?? q.speakerMention)
        w.key("speaker_mention"); w.value(q.speakerMention)
        w.key("speaker_span"); w.value(q.speakerSpan)
        w.key("cue"); w.value(q.cue)
        w.key("partial"); w.value(q.isPartial)
        w.key("claim"); w.value(a.claim(document: q.document, sentence: q.sentence)?.id)
        w.endObject()
    }

    /// Writes one temporal expression object.
    public static func writeTime(_ w: inout JSONWriter, _ a: Analysis, _ t: TimeExpression) {
        w.beginObject()
        w.key("id"); w.value(t.id)
        w.key("document"); w.value(a.documents[t.document].id)
        w.key("span"); w.value(t.span)
        w.key("text"); w.value(a.text(t.document, t.span))
        w.key("type"); w.value(t.type.rawValue)
        w.key("value"); w.value(t.value)
        w.key("anchor"); w.value(t.anchor)
        w.key("anchor_basis"); w.value(t.anchorBasis.rawValue)
        w.key("claim"); w.value(a.claim(document: t.document, sentence: t.sentence)?.id)
        w.endObject()
    }

    /// Writes one timeline entry.
    public static func writeTimelineEntry(_ w: inout JSONWriter, _ e: TimelineEntry) {
        w.beginObject()
        w.key("id"); w.value(e.id)
        w.key("value"); w.value(e.value)
        w.key("granularity"); w.value(e.granularity.rawValue)
        w.key("text"); w.value(e.text)
        w.key("claims"); w.value(e.claims)
        w.key("sources"); w.value(e.sources)
        w.key("conflict"); w.value(e.conflict)
        w.key("conflicts_with"); w.value(e.conflictsWith)
        w.endObject()
    }

    /// Writes one quantity object.
    public static func writeQuantity(_ w: inout JSONWriter, _ a: Analysis, _ n: Quantity) {
        w.beginObject()
        w.key("id"); w.value(n.id)
        w.key("document"); w.value(a.documents[n.document].id)
        w.key("span"); w.value(n.span)
        w.key("text"); w.value(a.text(n.document, n.span))
        w.key("value"); w.value(n.value)
        w.key("low"); w.value(n.low)
        w.key("high"); w.value(n.high)
        w.key("unit"); w.value(n.unit)
        w.key("approx"); w.value(n.approx)
        w.key("claim"); w.value(a.claim(document: n.document, sentence: n.sentence)?.id)
        w.endObject()
    }

    /// Writes one quote group: member quote ids and the linking comparisons.
    public static func writeQuoteGroup(_ w: inout JSONWriter, _ a: Analysis, _ g: QuoteGroup) {
        w.beginObject()
        w.key("id"); w.value(g.id)
        w.key("speaker"); w.value(g.speaker)
        w.key("members"); w.value(g.members.map { a.quotes[$0].id })
        w.key("pairs"); w.beginArray()
        for p in g.pairs {
            w.beginObject()
            w.key("a"); w.value(a.quotes[p.a].id)
            w.key("b"); w.value(a.quotes[p.b].id)
            w.key("verdict"); w.value(p.verdict.rawValue)
            w.key("similarity"); w.value(p.similarity)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// Writes one entity object.
    public static func writeEntity(_ w: inout JSONWriter, _ e: Entity) {
        w.beginObject()
        w.key("name"); w.value(e.name)
        w.key("kind"); w.value(e.kind.rawValue)
        w.key("variants"); w.value(e.variants)
        w.key("roles"); w.value(e.roles)
        w.key("quotes"); w.value(e.quoteCount)
        w.endObject()
    }
}
