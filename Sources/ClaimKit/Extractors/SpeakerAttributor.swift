/// Finds who speaks each quote of a document: the cue around the quote, the speaker phrase, and
/// the person or organisation that phrase refers to.
///
/// Order of evidence for a quote: an attribution right after it (`," he said.` / `," said X`), a
/// reporting clause ending its sentence (`..., a Foreign Ministry statement said.`), a cue before
/// it in its sentence (`He added: "`, `condemned it as "`), an earlier quote of the same
/// paragraph, a cue earlier in the paragraph, a later quote of the paragraph, and for a paragraph
/// that opens with a quote, the previous paragraph's speaker. Pronouns and definite descriptions
/// resolve to the nearest preceding compatible person; anything else stays unattributed.
public struct SpeakerAttributor: Sendable {
    typealias L = AttributionLexicon

    /// Creates an attributor.
    public init() {}

    /// A person the document has named, for resolving pronouns and descriptions.
    struct Candidate {
        var name: String
        var gender: Gender
        var position: Int
        var role: String
    }

    /// A paragraph's last speaker and the mention naming them (a class, not a struct or tuple:
    /// an optional of a large struct or tuple is copied and destroyed through the runtime's
    /// generic witnesses at every paragraph; an optional reference is retained and released).
    final class Spoken {
        /// The speaker's resolved name.
        let speaker: String
        /// The mention that names them.
        let mention: SpeakerMention

        init(speaker: String, mention: SpeakerMention) {
            self.speaker = speaker
            self.mention = mention
        }
    }

    /// What `attributeParagraph` works out for one quote of the paragraph, in one array for all
    /// of them (each array is an allocation and a release through the runtime, which costs more
    /// than the few quotes of a paragraph). Attributions are indices into the paragraph's list of
    /// `Found`s and speakers into its list of names, so a slot holds no reference: slots are made,
    /// copied and freed without value witnesses or reference counting.
    struct QuoteSlot {
        /// The quote's token index.
        var tok: Int
        /// The sentence number of that token (sentences counted from the window's start).
        var sentence: Int
        /// The attribution after the quote (or of a reporting clause ending its sentence): an
        /// index into the paragraph's `Found`s, or -1.
        var found = -1
        /// The cue before the quote in its sentence: an index into the `Found`s, or -1.
        var before = -1
        /// The mention and cue the quote is given: an index into the `Found`s, or -1 for none.
        var assigned = -1
        /// The speaker the quote is given: an index into the paragraph's speakers, or -1 for none.
        var speaker = -1
        /// Whether the assigned cue is the `Found`'s (else none: a speaker carried on from the
        /// previous paragraph).
        var hasCue = false

        init(tok: Int, sentence: Int) {
            self.tok = tok
            self.sentence = sentence
        }

        /// Takes the attribution (`Found`, cue, speaker) another quote was given.
        mutating func takeAttribution(of other: QuoteSlot) {
            assigned = other.assigned
            hasCue = other.hasCue
            speaker = other.speaker
        }
    }

    /// The lists `attributeParagraph` fills for a paragraph, kept for the whole document so their
    /// storage is allocated once per document, not once per paragraph.
    struct Scratch {
        /// One slot per quote of the paragraph.
        var slots: [QuoteSlot] = []
        /// The attributions found for the paragraph's quotes (slots refer to them by index).
        var founds: [Found] = []
        /// The speakers they resolve to (slots refer to them by index).
        var speakers: [String] = []
    }

    /// The mention `after` reads at the token after a quote, and the token index after it (a
    /// struct, not a tuple: an optional tuple is copied and destroyed through the runtime's
    /// generic tuple witnesses).
    struct MentionAt {
        var m: SpeakerMention
        var end: Int
    }

    /// One attribution found for a quote.
    struct Found {
        var mention: SpeakerMention
        var cue: String
        /// Whether it was found after the quote, ending the sentence.
        var trailing: Bool

        /// A placeholder for a slot with no attribution.
        static func none() -> Found {
            Found(mention: SpeakerMention(span: ByteSpan(0, 0), kind: .elided, name: "", role: nil, head: nil, isDefinite: false, gender: .unknown),
                  cue: "", trailing: false)
        }
    }

    /// Fills `speakerMention`, `speakerSpan`, `cue` and `speaker` of `quotes`, whose regions are
    /// `regions` (same order), for one document. Returns, per quote, whether a cue in the quote's
    /// own sentence attributes it (rather than a neighbouring quote or paragraph).
    @discardableResult
    public func attribute(_ quotes: inout [Quote], regions: [QuoteRegion], bytes: [UInt8], segmentation seg: Segmentation) -> [Bool] {
        guard !quotes.isEmpty, quotes.count == regions.count else { return [] }
        var own = [Bool](filling: false, count: quotes.count)
        bytes.withUnsafeBufferPointer { b in
            var state = DocState(b: b)
            state.quoteSpans = regions.map { ByteSpan($0.openMark, $0.closeEnd) }
            if let first = seg.paragraphs.first, first.isTitle { state.titleEnd = first.span.end }
            state.paragraphs = seg.paragraphs.map(\.span)
            var k = 0
            var previousParagraphSpeaker: Spoken? = nil
            var previousParagraph = -2
            var scratch = Scratch()
            while k < regions.count {
                let p = regions[k].paragraph
                var e = k
                while e < regions.count, regions[e].paragraph == p { e += 1 }
                state.hasColonCue = false
                if p > 0, regions[k].openMark == seg.paragraphs[p].span.start, let cue = introduction(b, seg.paragraphs[p - 1].span) {
                    state.colonCue = cue
                    state.hasColonCue = true
                }
                let inherited = previousParagraph == p - 1 || previousParagraph == p - 2 ? previousParagraphSpeaker : nil
                var last = attributeParagraph(&quotes, &own, regions, k..<e, seg.paragraphs[p].span, paragraph: p, &state, &scratch, inherited: inherited)
                // A paragraph that is only quotes, signed in the next one: "“...”" / "- Ann Ruiz."
                if regions[k].openMark == seg.paragraphs[p].span.start, seg.paragraphs[p].span.end - regions[e - 1].closeEnd <= 2, p + 1 < seg.paragraphs.count,
                   (k..<e).contains(where: { quotes[$0].cue == nil }),
                   let sig = signature(b, seg.paragraphs[p + 1].span), let sp = state.resolve(sig, at: regions[k].openMark) {
                    // (over a speaker merely carried on from an earlier paragraph, which has no cue)
                    for q in k..<e where quotes[q].cue == nil {
                        quotes[q].speakerMention = MentionParser.text(b, sig.span.start, sig.span.end)
                        quotes[q].speakerSpan = sig.span
                        quotes[q].cue = "—"
                        quotes[q].speaker = sp
                        quotes[q].speakerKind = state.persons.contains(sp) ? .person : .organization
                    }
                    last = Spoken(speaker: sp, mention: sig)
                }
                previousParagraphSpeaker = last
                previousParagraph = p
                k = e
            }
        }
        return own
    }

    /// Attributes the quotes `range` of one paragraph (`para`, index `paragraph`); returns the
    /// paragraph's last speaker.
    func attributeParagraph(
        _ quotes: inout [Quote], _ own: inout [Bool], _ regions: [QuoteRegion], _ range: Range<Int>, _ para: ByteSpan,
        paragraph: Int, _ state: inout DocState, _ scratch: inout Scratch, inherited: Spoken?
    ) -> Spoken? {
        let b = state.b
        // The paragraph's quotes with their marks (`state.quoteSpans` holds every region's, in order).
        let quoteSpans = state.quoteSpans[range]
        // Only the text near the quotes matters: up to 400 bytes before the first, 300 after the last.
        var window = para
        if let f = quoteSpans.first, let l = quoteSpans.last {
            var s = max(para.start, f.start - 400), e = min(para.end, l.end + 300)
            while s > para.start, b[s] & 0xC0 == 0x80 || Bytes.isWordByte(b[s - 1]) && Bytes.isWordByte(b[s]) { s -= 1 }
            while e < para.end, b[e] & 0xC0 == 0x80 || Bytes.isWordByte(b[e - 1]) && Bytes.isWordByte(b[e]) { e += 1 }
            window = ByteSpan(s, e)
        }
        let toks = WindowTokenizer.tokens(b, window, quotes: quoteSpans)
        // The paragraph's quotes are all the document's quotes in it, so tokens of the whole
        // paragraph are what `DocState.entries` would make of it: keep them.
        if window == para { state.keepTokens(toks, paragraph: paragraph) }
        // Token index and sentence number of each quote.
        // (the document's lists, emptied: they keep their storage; moved out of `scratch` so each
        // is referenced once and is not copied when written)
        var slots = scratch.slots
        var founds = scratch.founds
        var speakers = scratch.speakers
        scratch = Scratch()
        slots.removeAll(keepingCapacity: true)
        founds.removeAll(keepingCapacity: true)
        speakers.removeAll(keepingCapacity: true)
        defer { scratch = Scratch(slots: slots, founds: founds, speakers: speakers) }
        for _ in range { slots.append(QuoteSlot(tok: 0, sentence: 0)) }
        var sentence = 0, seen = 0
        for (i, t) in toks.enumerated() {
            if t.isQuote {
                if seen < slots.count { slots[seen].tok = i; slots[seen].sentence = sentence }
                seen += 1
            }
            if t.endsSentence { sentence += 1 }
        }
        guard seen == range.count else { return inherited }
        // The attributions found for the paragraph's quotes, and the speakers they resolve to
        // (slots refer to them by index): `founds` and `speakers`.
        for n in slots.indices {
            let q = range.lowerBound + n
            let ends = endsWithTerminal(b, regions[q].span)
            if let cue = cueBefore(b, toks, slots[n].tok) {
                founds.append(cue)
                slots[n].before = founds.count - 1
            }
            if !(ends && slots[n].before >= 0), let f = after(b, toks, slots[n].tok, quoteEndsSentence: ends) {
                founds.append(f)
                slots[n].found = founds.count - 1
            }
        }
        // A reporting clause that ends a sentence covers the sentence's earlier quotes.
        for n in stride(from: slots.count - 1, through: 0, by: -1) {
            guard slots[n].found >= 0, founds[slots[n].found].trailing else { continue }
            var m = n - 1
            while m >= 0, slots[m].sentence == slots[n].sentence, slots[m].found < 0 {
                slots[m].found = slots[n].found
                m -= 1
            }
        }
        for n in slots.indices where slots[n].found >= 0 || slots[n].before >= 0 { own[range.lowerBound + n] = true }
        for n in slots.indices {
            guard slots[n].found >= 0 || slots[n].before >= 0 else { continue }
            let f = slots[n].found >= 0 ? slots[n].found : slots[n].before
            let pos = toks[slots[n].tok].span.start
            var speaker = -1
            var resolved: String? = nil
            if founds[f].mention.kind == .elided {
                // "... and said they": the subject of the sentence's earlier verb.
                var m = n - 1
                while m >= 0, slots[m].sentence == slots[n].sentence {
                    if slots[m].speaker >= 0 { speaker = slots[m].speaker; break }
                    m -= 1
                }
                if speaker < 0, let s = sentenceSubject(b, toks, slots[n].tok) { resolved = state.resolve(s, at: pos) }
            } else {
                resolved = state.resolve(founds[f].mention, at: pos)
            }
            if speaker >= 0 {
                slots[n].assigned = f
                slots[n].hasCue = true
                slots[n].speaker = speaker
            } else {
                Self.assign(&slots[n], &speakers, f, resolved, hasCue: true)
            }
        }
        // Quotes without their own attribution.
        for n in slots.indices where slots[n].assigned < 0 {
            // An earlier quote of the paragraph ("...," he said. "...").
            var m = n - 1
            while m >= 0, slots[m].assigned < 0 { m -= 1 }
            let qt = slots[n].tok
            let earlierCue = paragraphCueBefore(b, toks, qt, m >= 0 ? slots[m].tok : -1)
            if m >= 0 {
                slots[n].takeAttribution(of: slots[m])
            } else if let c = earlierCue {
                founds.append(c)
                Self.assign(&slots[n], &speakers, founds.count - 1, state.resolve(c.mention, at: toks[qt].span.start), hasCue: true)
            } else if let later = (n + 1..<slots.count).first(where: { slots[$0].assigned >= 0 && slots[$0].found >= 0 }) {
                slots[n].takeAttribution(of: slots[later])
            } else if n == 0, qt == 0, state.hasColonCue {
                let c = state.colonCue
                founds.append(c)
                Self.assign(&slots[n], &speakers, founds.count - 1, state.resolve(c.mention, at: toks[0].span.start), hasCue: true)
            } else if n == 0, let inh = inherited, !(0..<qt).contains(where: { MentionParser.isCue(toks[$0]) || toks[$0].isCap && !LW.nonNameCaps.contains(hash: toks[$0].hash) && $0 > 0 }) {
                // A paragraph that continues the previous speaker: no cue and no other name before
                // its first quote.
                founds.append(Found(mention: inh.mention, cue: "", trailing: false))
                Self.assign(&slots[n], &speakers, founds.count - 1, inh.speaker, hasCue: false)
            }
        }
        // (the last quote with a speaker: its `Spoken` is made once, after the loop)
        var last = -1
        for n in slots.indices {
            let q = range.lowerBound + n
            let f = slots[n].assigned
            guard f >= 0 else { continue }
            if founds[f].mention.kind != .elided {
                let span = founds[f].mention.span
                quotes[q].speakerMention = MentionParser.text(b, span.start, span.end)
                quotes[q].speakerSpan = span
            }
            quotes[q].cue = slots[n].hasCue ? founds[f].cue : nil
            let s = slots[n].speaker
            if s >= 0 {
                quotes[q].speaker = speakers[s]
                quotes[q].speakerKind = state.persons.contains(speakers[s]) ? .person : .organization
                last = n
            } else {
                quotes[q].speaker = nil
            }
        }
        guard last >= 0 else { return nil }
        return Spoken(speaker: speakers[slots[last].speaker], mention: founds[slots[last].assigned].mention)
    }

    /// Gives `slot` the `Found` at index `f` of its paragraph's list, and `speaker` (added to
    /// the paragraph's `speakers`).
    @inline(__always)
    static func assign(_ slot: inout QuoteSlot, _ speakers: inout [String], _ f: Int, _ speaker: String?, hasCue: Bool) {
        slot.assigned = f
        slot.hasCue = hasCue
        if let speaker {
            speakers.append(speaker)
            slot.speaker = speakers.count - 1
        } else {
            slot.speaker = -1
        }
    }

    /// A paragraph ending in "X says:" introduces the quote that opens the next paragraph.
    func introduction(_ b: UnsafeBufferPointer<UInt8>, _ para: ByteSpan) -> Found? {
        guard para.end > para.start, b[para.end - 1] == 58 else { return nil }
        let toks = WindowTokenizer.tokens(b, ByteSpan(max(para.start, para.end - 300), para.end))
        var s = toks.count - 1
        while s > 0, !toks[s - 1].endsSentence { s -= 1 }
        var c = toks.count - 1
        while c >= s {
            if MentionParser.isCue(toks[c]), let m = MentionParser.subject(b, toks, cue: c, lower: s), m.kind != .elided {
                return Found(mention: m, cue: toks[c].key, trailing: false)
            }
            c -= 1
        }
        if s < toks.count - 1, let m = mainSubject(b, toks, from: s, before: toks.count - 1) {
            return Found(mention: m, cue: ":", trailing: false)
        }
        return nil
    }

    /// Whether the words from token `j` to the person `m` before the cue at `c` are modifiers of
    /// the name ("Daily News opinion editor Josh Greenman told", "former FBI agent Timothy Gill").
    func modifierRun(_ toks: [WindowToken], _ m: SpeakerMention, from j: Int, cue c: Int) -> Bool {
        guard m.kind == .person, let at = (j..<c).first(where: { toks[$0].span.start >= m.span.start }), at - j <= 6 else { return false }
        return (j..<at).allSatisfy { k in
            let t = toks[k]
            return t.isWord && (t.isCap || !MentionParser.isCue(t) && !LW.prepositions.contains(hash: t.hash) && !LW.pronouns.contains(hash: t.hash)
                                 && !LW.determiners.contains(hash: t.hash) && !LW.skippable.contains(hash: t.hash) && !DocState.isVerbLike(t))
        }
    }

    /// Whether token `c` is a cue, or a verb with "back"/"on" that reports speech ("shot back",
    /// "went on").
    func cueAt(_ toks: [WindowToken], _ c: Int) -> Bool {
        if MentionParser.isCue(toks[c]) { return true }
        guard c + 1 < toks.count, toks[c].isWord, !toks[c].isCap, toks[c + 1].isWord else { return false }
        return LW.phrasalCues.contains(hash: toks[c].hash) && (toks[c + 1].hash == LW.backHash || toks[c + 1].hash == TH.on && toks[c].hash == LW.wentHash)
    }

    /// A short paragraph that is a dash and a name, signing the quote before it ("- Ann Ruiz." /
    /// "—Tom Keller, Dayton.").
    func signature(_ b: UnsafeBufferPointer<UInt8>, _ para: ByteSpan) -> SpeakerMention? {
        guard para.end - para.start <= 120, para.end > para.start else { return nil }
        var i = para.start
        if b[i] == 45 { i += 1 } else if i + 2 < para.end, b[i] == 0xE2, b[i + 1] == 0x80, (0x93...0x95).contains(b[i + 2]) { i += 3 } else { return nil }
        while i < para.end, b[i] == 32 { i += 1 }
        guard i < para.end, Bytes.isUpper(b[i]) else { return nil }
        let toks = WindowTokenizer.tokens(b, ByteSpan(i, para.end))
        guard let first = toks.first, first.isWord, !toks.contains(where: { $0.isQuote }),
              let m = MentionParser.following(b, toks, from: 0), m.kind == .person || m.kind == .organization,
              // the name and nothing but a place or title after a comma ("- Listen to the interview" is no signature)
              case let after = toks.firstIndex(where: { $0.span.start >= m.span.end }) ?? toks.count,
              after == toks.count || toks[after].hash == TH.comma || toks[after].endsSentence && after == toks.count - 1 else { return nil }
        return m
    }

    /// Whether the quoted words end with `.`, `!` or `?` (the quote closes its sentence).
    func endsWithTerminal(_ b: UnsafeBufferPointer<UInt8>, _ span: ByteSpan) -> Bool {
        guard span.end > span.start else { return false }
        let c = b[span.end - 1]
        return c == 46 || c == 33 || c == 63
    }

    /// An attribution right after the quote at token `qi`.
    func after(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], _ qi: Int, quoteEndsSentence: Bool) -> Found? {
        // A signature after a dash: "..." ― Carla Sanchez.
        if qi + 2 < toks.count, toks[qi + 1].hash == TH.dash, toks[qi + 2].isCap,
           let m = MentionParser.following(b, toks, from: qi + 2), m.kind == .person || m.kind == .organization {
            var e = qi + 2
            while e < toks.count, toks[e].isWord { e += 1 }
            if e >= toks.count || toks[e].endsSentence || toks[e].hash == TH.comma || toks[e].isQuote { return Found(mention: m, cue: "—", trailing: false) }
        }
        var j = qi + 1
        while j < toks.count, toks[j].hash == TH.comma || toks[j].hash == TH.dash || toks[j].hash == TH.hyphen { j += 1 }
        guard j < toks.count, toks[j].isWord else { return nil }
        var end = j
        while end < toks.count, !toks[end].endsSentence, !toks[end].isQuote { end += 1 }
        // After a quote that closes its sentence, only a short "Name said" clause ending in a
        // full stop is its attribution; anything else starts the next sentence.
        let t = toks[j]
        // The mention starting at `j` and the token after it: several rules below ask for it,
        // so it is parsed once.
        var parsedAtJ = false
        var atJ: MentionAt? = nil
        func mentionAtJ() -> MentionAt? {
            if !parsedAtJ {
                parsedAtJ = true
                if let m = MentionParser.following(b, toks, from: j) {
                    atJ = MentionAt(m: m, end: toks[j...].firstIndex(where: { $0.span.start >= m.span.end }) ?? toks.count)
                }
            }
            return atJ
        }
        // After "?" or "!", a lower-case past-tense verb and a name go on the same sentence:
        // "“...!” beamed Tom Ruiz of Ohio." / "“...?” reacted Keller."
        var last = toks[qi].span.end - 1
        while last > toks[qi].span.start, b[last] == 34 || b[last] == 39 || b[last] == 32 || b[last] >= 0x80 && (b[last] == 0x9D || b[last] == 0x99 || b[last] == 0x80 || b[last] == 0xE2) { last -= 1 }
        let exclaims = quoteEndsSentence && (b[last] == 33 || b[last] == 63)
        if exclaims, j == qi + 1, !t.isCap, t.keyByte(fromEnd: 1) == 100, t.keyByte(fromEnd: 2) == 101, j + 1 < toks.count, toks[j + 1].isCap,
           let m = MentionParser.following(b, toks, from: j + 1), m.kind == .person {
            return Found(mention: m, cue: t.key, trailing: false)
        }
        // "“...?” Clinton asks as a guard walks in", "“...?” Trump went on, as if ...": after "?"
        // or "!", a name and its verb open the attribution, whatever follows.
        if exclaims, j == qi + 1, t.isCap, let at = mentionAtJ(), case let m = at.m, case let v = at.end, m.kind == .person, v < toks.count, cueAt(toks, v) {
            return Found(mention: m, cue: toks[v].key, trailing: false)
        }
        if quoteEndsSentence {
            guard j == qi + 1, end < toks.count, toks[end].endsSentence else { return nil }
            var c = j
            while c < min(end, j + 5), !cueAt(toks, c) { c += 1 }
            // "“...?” Eva Miller, a retired nurse from Ohio, said pleasantly." (after "?" or "!").
            if c == min(end, j + 5), exclaims, t.isCap, let at = mentionAtJ(), case let m = at.m, case let mEnd = at.end, m.kind == .person, mEnd < end, toks[mEnd].hash == TH.comma,
               let cue = (mEnd..<min(end, mEnd + 25)).first(where: { MentionParser.isCue(toks[$0]) }), toks[cue - 1].hash == TH.comma, end - cue <= 8 {
                return Found(mention: m, cue: toks[cue].key, trailing: false)
            }
            guard c < end, cueAt(toks, c) else { return nil }
        }
        if MentionParser.isCue(t) {
            guard !quoteEndsSentence || j == qi + 1 else { return nil }
            if let m = MentionParser.following(b, toks, from: j + 1) { return Found(mention: m, cue: t.key, trailing: false) }
            return nil
        }
        if t.hash == TH.according, j + 1 < toks.count, toks[j + 1].hash == TH.to {
            if let m = MentionParser.following(b, toks, from: j + 2) { return Found(mention: m, cue: "according to", trailing: false) }
            return nil
        }
        // "he said", "Blinken told reporters", "the Korean Central News Agency said".
        var c = j
        // A name first, then appositives, then the cue: "Cecelia Purner, 67, a retiree in
        // Allentown, Pa., said".
        if toks[j].isCap || LW.determiners.contains(hash: toks[j].hash), let at = mentionAtJ(), case let m = at.m, case let mEnd = at.end, mEnd < end, toks[mEnd].hash == TH.comma,
           let cue = (mEnd..<min(end, mEnd + 30)).first(where: { MentionParser.isCue(toks[$0]) && (toks[$0 - 1].hash == TH.comma || LW.skippable.contains(hash: toks[$0 - 1].hash) || toks[$0 - 1].isCap) }) {
            // "the White House spokesman, Josh Earnest, said": the name set off after a description.
            var n = mEnd + 1
            while n < cue, toks[n].isWord, toks[n].isCap { n += 1 }
            if m.kind != .person || m.head != nil, n > mEnd + 1, n - mEnd - 1 <= 4, n == cue || toks[n].hash == TH.comma,
               let named = MentionParser.classify(b, toks, mEnd + 1, n - 1), named.kind == .person {
                var p = named
                p.role = MentionParser.text(b, m.span.start, m.span.end)
                return Found(mention: p, cue: toks[cue].key, trailing: !quoteEndsSentence && end < toks.count && toks[end].endsSentence)
            }
        }
        if toks[j].isCap, let at = mentionAtJ(), case let m = at.m, case let mEnd = at.end, m.kind == .person, mEnd < end, toks[mEnd].hash == TH.comma,
           // (the verb after the appositive, not a cue-like word inside it: "one of the states suing")
           let cue = (mEnd..<min(end, mEnd + 30)).first(where: { MentionParser.isCue(toks[$0]) && (toks[$0 - 1].hash == TH.comma || LW.skippable.contains(hash: toks[$0 - 1].hash)) }) {
            var mm = m
            mm.role = mm.role ?? MentionParser.text(b, toks[mEnd].span.end, toks[cue - 1].span.start).trimmingSpaces
            return Found(mention: mm, cue: toks[cue].key, trailing: !quoteEndsSentence && end < toks.count && toks[end].endsSentence)
        }
        while c < end, c - j < 30, !cueAt(toks, c) {
            if toks[c].isQuote { return nil }
            c += 1
        }
        guard c < end, cueAt(toks, c), c > j else {
            return quoteEndsSentence ? nil : reportingClause(b, toks, from: j, to: end)
        }
        let trailingClause = !quoteEndsSentence && end < toks.count ? toks[end].endsSentence : !quoteEndsSentence
        // "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote": a person,
        // then where they work, then the cue.
        if toks[j].isCap, let at = mentionAtJ(), case let p = at.m, case let pe = at.end, p.kind == .person, pe < c, c - pe <= 10,
           LW.placePrepositions.contains(hash: toks[pe].hash), (pe..<c).allSatisfy({ toks[$0].isWord }) {
            return Found(mention: p, cue: toks[c].key, trailing: trailingClause)
        }
        guard let m = MentionParser.subject(b, toks, cue: c, lower: j), m.kind != .elided else { return nil }
        // The subject must start where the clause starts (no stray words before it).
        guard m.span.start <= toks[min(j + 1, c - 1)].span.start || modifierRun(toks, m, from: j, cue: c) else {
            return quoteEndsSentence ? nil : reportingClause(b, toks, from: j, to: end)
        }
        return Found(mention: m, cue: toks[c].key, trailing: trailingClause)
    }

    /// A reporting clause closing the sentence after other words: `..., a Foreign Ministry
    /// statement said.` (comma, subject, cue, at most four more words, full stop).
    func reportingClause(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], from j: Int, to end: Int) -> Found? {
        guard end < toks.count, toks[end].endsSentence else { return nil }
        var c = end - 1
        while c > j, end - c <= 5 {
            if MentionParser.isCue(toks[c]) {
                var k = c - 1
                while k >= j, toks[k].hash != TH.comma { k -= 1 }
                guard k >= j, c - k <= 7 else { return nil }
                guard let m = MentionParser.subject(b, toks, cue: c, lower: k + 1), m.kind != .elided,
                      m.span.start == toks[k + 1].span.start else { return nil }
                return Found(mention: m, cue: toks[c].key, trailing: true)
            }
            c -= 1
        }
        return nil
    }

    /// The last cue before the quote at token `qi` in its sentence, with its subject.
    func cueBefore(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], _ qi: Int) -> Found? {
        // (back to the token that ends the previous sentence: the quote's sentence starts after it)
        var s = qi - 1
        while s >= 0, !toks[s].endsSentence { s -= 1 }
        let lower = s + 1
        var c = qi - 1
        while c >= lower {
            let t = toks[c]
            if t.hash == TH.according, c + 1 < qi, toks[c + 1].hash == TH.to {
                if let m = MentionParser.following(b, toks, from: c + 2) { return Found(mention: m, cue: "according to", trailing: false) }
            }
            // "Said Dorothy Poynter, who grew up with Ali, “...”"
            if c == lower, t.isCap, LW.cues.contains(hash: t.hash), let m = MentionParser.following(b, toks, from: c + 1), m.kind == .person {
                return Found(mention: m, cue: t.key, trailing: false)
            }
            if MentionParser.isCue(t) {
                if let m = MentionParser.subject(b, toks, cue: c, lower: lower) { return Found(mention: m, cue: t.key, trailing: false) }
                // "said Sen. X: "..."" / "Asked about it, Trump said".
                if let m = MentionParser.following(b, toks, from: c + 1), m.kind == .person || m.kind == .organization {
                    return Found(mention: m, cue: t.key, trailing: false)
                }
            }
            c -= 1
        }
        // "Clinton: “...”" / "Rep. Trey Gowdy (R-S.C.): “...”": a name introducing the quote.
        if qi - 2 >= lower, toks[qi - 1].hash == TH.colon, let m = MentionParser.subject(b, toks, cue: qi - 1, lower: lower),
           m.kind == .person || m.kind == .organization, m.span.start == toks[lower].span.start {
            return Found(mention: m, cue: ":", trailing: false)
        }
        // "Trump gestured to the crowd, then leaned in and boomed: “...”": a sentence whose
        // subject is a person and that ends in a colon introduces the quote.
        if qi - 2 >= lower, toks[qi - 1].hash == TH.colon, let m = mainSubject(b, toks, from: lower, before: qi - 1) {
            return Found(mention: m, cue: ":", trailing: false)
        }
        return nil
    }

    /// The last cue with a subject earlier in the paragraph, between token `from` (exclusive) and `qi`.
    func paragraphCueBefore(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], _ qi: Int, _ from: Int) -> Found? {
        var c = qi - 1
        while c > from {
            if MentionParser.isCue(toks[c]) {
                var s = c - 1
                while s > from, !toks[s].endsSentence { s -= 1 }
                if let m = MentionParser.subject(b, toks, cue: c, lower: s + 1), m.kind != .elided { return Found(mention: m, cue: toks[c].key, trailing: false) }
            }
            c -= 1
        }
        return nil
    }

    /// The person (or he/she) that is the subject of the clause starting at token `s`, or after
    /// an opening phrase ended by a comma; nil when the clause opens otherwise.
    func mainSubject(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], from s: Int, before limit: Int) -> SpeakerMention? {
        if let m = clauseSubject(b, toks, at: s, before: limit) { return m.kind == .organization ? nil : m }
        guard toks[s].isWord, LW.nonNameCaps.contains(hash: toks[s].hash) || !toks[s].isCap else { return nil }
        // "On July 6, 2015, Sanders made the following comment:": the subject after the opening
        // phrase's last comma (at most three, within 16 words).
        var seen = 0
        for comma in s..<min(limit, s + 16) where toks[comma].hash == TH.comma {
            seen += 1
            if seen > 3 { break }
            if comma + 1 < limit, let m = clauseSubject(b, toks, at: comma + 1, before: limit) { return m.kind == .organization ? nil : m }
        }
        return nil
    }

    /// A name or he/she at token `i` followed by a finite verb ("Kerpen needled", "she sent"),
    /// ending before token `limit`.
    func clauseSubject(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], at i: Int, before limit: Int) -> SpeakerMention? {
        let t = toks[i]
        var m: SpeakerMention?
        var next = i + 1
        if t.hash == TH.he || t.hash == TH.she {
            m = MentionParser.pronoun(t)
        } else if t.isCap, !LW.nonNameCaps.contains(hash: t.hash), let f = MentionParser.following(b, toks, from: i),
                  f.kind == .person || f.kind == .organization {
            m = f
            while next < limit, toks[next].span.start < f.span.end { next += 1 }
        }
        guard let m, next < limit else { return nil }
        // An appositive or a party tag between the name and the verb: "Mitch McConnell, R-Ky.,
        // delivered", "Rep. Sean Duffy (R-Wisc.) also addressed".
        if toks[next].hash == TH.comma || toks[next].hash == TH.lparen, m.kind == .person {
            let close = toks[next].hash == TH.comma ? TH.comma : TH.rparen
            guard let e = (next + 1..<min(limit, next + 10)).first(where: { toks[$0].hash == close || toks[$0].endsSentence || toks[$0].isQuote }),
                  toks[e].hash == close else { return nil }
            next = e + 1
        }
        guard next < limit else { return nil }
        var v = next
        while v < limit, toks[v].isWord, !toks[v].isCap, LW.skippable.contains(hash: toks[v].hash) { v += 1 }
        guard v < limit, toks[v].isWord, !toks[v].isCap, DocState.isVerbLike(toks[v]) else { return nil }
        return m
    }

    /// The first name phrase of the sentence holding token `qi`: the subject an elided verb shares.
    func sentenceSubject(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], _ qi: Int) -> SpeakerMention? {
        // (the sentence starts after the last token before `qi` that ends one)
        var s = qi
        while s > 0, !toks[s - 1].endsSentence { s -= 1 }
        // "The Daily Courier quoted plant manager Peter Lindqvist as saying": the person
        // before "as".
        var a = qi - 1
        while a > s + 1 {
            // (not "He was quoted by PAP as saying", "quoted in the Star as saying": the outlet)
            if MentionParser.isCue(toks[a]), toks[a - 1].hash == LW.asHash, toks[a - 2].isCap,
               let m = MentionParser.subject(b, toks, cue: a - 1, lower: s), m.kind == .person,
               let at = (s..<a).first(where: { toks[$0].span.start >= m.span.start }),
               at == s || !(toks[at - 1].isWord && !toks[at - 1].isCap && LW.prepositions.contains(hash: toks[at - 1].hash)) {
                return m
            }
            a -= 1
        }
        // An earlier cue of the sentence with its own subject ("Nefzi said, adding, ...").
        var c = qi - 1
        while c > s {
            if MentionParser.isCue(toks[c]), let m = MentionParser.subject(b, toks, cue: c, lower: s),
               m.kind == .person || m.kind == .organization || m.kind == .pronoun {
                return m
            }
            c -= 1
        }
        // The main clause's subject, after any opening phrase ("Hours later, Trump returned ...,
        // telling ...", "Minutes later, she sent an email saying ...").
        var i = s
        while i < qi {
            let t = toks[i]
            if t.isWord, i == s || toks[i - 1].hash == TH.comma, let m = clauseSubject(b, toks, at: i, before: qi) { return m }
            i += 1
        }
        var j = s
        while j < qi, j - s < 12 {
            let t = toks[j]
            if t.isWord, t.isCap, !LW.nonNameCaps.contains(hash: t.hash) {
                return MentionParser.following(b, toks, from: j)
            }
            j += 1
        }
        return nil
    }
}
