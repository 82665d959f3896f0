#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the attributor remembers while walking one document: the people named so far and the
/// fullest form of each surname in the text.
struct DocState {
    typealias L = AttributionLexicon

    /// The document's bytes.
    let b: UnsafeBufferPointer<UInt8>
    /// People resolved as speakers so far, in order.
    var candidates: [SpeakerAttributor.Candidate] = []
    /// Full name and gender by surname (lower case), once looked up: ASCII surnames by their
    /// bytes (looked up without making a string; a surname whose `WordSet.hash` is not here has
    /// no entry), others in `otherFullNames`.
    var fullNames = ByteKeyTable<Surname>(lower: true)
    /// `fullNames` for surnames that are not ASCII (key: lower-cased).
    var otherFullNames: [String: Surname] = [:]
    /// Every quote of the document with its marks, so names inside quotes are not taken as subjects.
    var quoteSpans: [ByteSpan] = [] {
        didSet { quoteSpansInOrder = zip(quoteSpans, quoteSpans.dropFirst()).allSatisfy { $0.end <= $1.start } }
    }
    /// Whether `quoteSpans` follow one another without overlapping (they do, as the scanner
    /// reads them), so an overlapping set is one run found by binary search.
    private(set) var quoteSpansInOrder = true
    /// Where the title line ends: names there are not used to complete surnames.
    var titleEnd = 0
    /// The content paragraphs' spans, in order.
    var paragraphs: [ByteSpan] = []
    /// Positions of person mentions that are not subjects of a verb.
    var mentionOnly: Set<Int> = []
    /// Per paragraph index (sized to `paragraphs` on first use): its person mentions once read,
    /// and the tokens of the whole paragraph (with its quotes as quote tokens) that the
    /// attributor already made, until `entries` reads them. One array of structs, not
    /// arrays of optionals (each optional element is destroyed through the runtime's generic
    /// witnesses when the document is done).
    var paragraphCache: [ParagraphCache] = []
    /// The attribution a paragraph ending in "X says:" gives the quote opening the next one.
    /// (when `hasColonCue`; a flag, not an optional: an optional `Found` is copied and destroyed
    /// through the runtime's generic witnesses at every paragraph)
    var colonCue: SpeakerAttributor.Found = .none()
    /// Whether `colonCue` holds the current paragraph's attribution.
    var hasColonCue = false
    /// Names resolved as people (directly, or through a pronoun or description), each once. An
    /// array: a document names few people, and a `Set` that grows from empty costs more per
    /// insertion than reading them all.
    var persons: [String] = []
    /// `fullName` answers by the name asked: ASCII names by their bytes, others in
    /// `otherFullNameMemo`.
    var fullNameMemo = ByteKeyTable<FullName>(lower: false)
    /// `fullName` answers for names that are not ASCII.
    var otherFullNameMemo: [String: FullName] = [:]
    /// `facts` answers by name.
    var factsMemo: [String: NameFacts] = [:]
    /// `entries`' working arrays, emptied (keeping their storage) at each call: its mentions
    /// before they are copied out, and the cleaned runs it keeps (one allocation per document,
    /// not one per paragraph and growth).
    var namedScratch: [Named] = []
    var cleanedScratch: [CleanedRun] = []
    /// Every paragraph's person mentions, one paragraph after another (`ParagraphCache`
    /// holds each one's range): one array per document, not one per paragraph.
    var mentionStore: [Named] = []
    /// The full names `Named` refers to, by `FullName.id` (one per answer memoised by
    /// `fullNameShaped`), so a mention is plain data: copied, sorted and freed without
    /// reference counting.
    var nameTable: [String] = []

    init(b: UnsafeBufferPointer<UInt8>) { self.b = b }

    /// What the document says of one surname: its fullest name, that name's gender, whether the
    /// capitalised surname follows a lower-case word somewhere (so it is a proper noun, not a
    /// capitalised sentence start), and `shape` of the name.
    struct Surname {
        var name: String
        var gender: Gender
        var proper: Bool
        var shape: NameShape
    }

    /// What `paragraphCache` holds for one paragraph.
    struct ParagraphCache {
        /// Whether the mentions have been read.
        var read = false
        /// Where the paragraph's person mentions are in `mentionStore`, once `read`.
        var mentionStart = 0
        var mentionEnd = 0
        /// Whether `tokens` holds the paragraph's tokens.
        var hasTokens = false
        /// The tokens the attributor made of the whole paragraph, while `hasTokens`.
        var tokens: [WindowToken] = []
    }

    /// Sizes `paragraphCache` to `paragraphs`.
    mutating func sizeParagraphCache() {
        if paragraphCache.count != paragraphs.count { paragraphCache = [ParagraphCache](filling: ParagraphCache(), count: paragraphs.count) }
    }

    /// A `fullName` answer with `shape` of the name.
    struct FullName {
        var name: String
        var gender: Gender
        var shape: NameShape
        /// Where `name` is in `nameTable` (set when the answer is memoised; -1 before).
        var id: Int32 = -1
    }

    /// A person named in the text near a quote (see `subjects(before:)`).
    struct Named {
        /// The full name's index in `nameTable`.
        var nameID: Int32
        var gender: Gender
        var position: Int
        /// A bare surname whose full form the document gave earlier (not a subject).
        var weak: Bool
    }

    /// The canonical name a mention refers to at byte `pos`, or nil when it cannot be told.
    mutating func resolve(_ m: SpeakerMention, at pos: Int) -> String? {
        switch m.kind {
        case .person:
            let full = fullName(m.name)
            let g = m.gender != .unknown ? m.gender : full.gender
            candidates.append(.init(name: full.name, gender: g, position: pos, role: (m.role ?? "").lowercased()))
            notePerson(full.name)
            return full.name
        case .organization:
            return m.name
        case .pronoun:
            guard m.gender != .unknown else { return nil }
            let r = nearest(before: min(pos, m.span.start), gender: m.gender, head: nil)
            if let r { notePerson(r) }
            return r
        case .description:
            guard m.isDefinite, let head = m.head, L.personNouns.contains(head) || L.titles.contains(head) else { return nil }
            let r = nearest(before: min(pos, m.span.start), gender: m.gender, head: head)
            if let r { notePerson(r) }
            return r
        case .elided:
            return nil
        }
    }

    /// Adds `name` to `persons` unless it is there.
    mutating func notePerson(_ name: String) {
        if !persons.contains(name) { persons.append(name) }
    }

    /// The nearest person before `pos` compatible with the gender (and, for a description, preferring
    /// one whose role holds the head noun): speakers so far and named sentence subjects nearby.
    mutating func nearest(before pos: Int, gender: Gender, head: String?) -> String? {
        var best: (name: String, position: Int)? = nil
        for c in candidates.reversed() where c.position < pos {
            if compatible(c.gender, gender) { best = (c.name, c.position); break }
        }
        let nearby = subjects(before: pos)
        // A subject in the pronoun's own paragraph beats a nearer person merely named there
        // ("Mr. Obama said he had instructed Mr. Kerry ... 'The faster ...,' he said").
        var a = 0, z = paragraphs.count
        while a < z { let m = (a + z) / 2; if paragraphs[m].end <= pos { a = m + 1 } else { z = m } }
        // (the paragraph before counts too: a quote opening a paragraph continues its subject).
        let paragraphStart = a < paragraphs.count ? min(paragraphs[a > 0 ? a - 1 : a].start, pos) : 0
        let subject = nearby.first { !$0.weak && !mentionOnly.contains($0.position) && compatible($0.gender, gender) }
        let named = nearby.first { !$0.weak && compatible($0.gender, gender) }
        let pick = subject.map { $0.position >= paragraphStart } == true ? subject : named
        if let s = pick, s.position > (best?.position ?? -1) { best = (nameTable[Int(s.nameID)], s.position) }
        if let head {
            // A description naming a role: prefer the latest person holding it.
            for c in candidates.reversed() where c.position < pos && c.role.contains(head) && compatible(c.gender, gender) {
                return c.name
            }
            // Otherwise the person the nearby text is most about ("the top US diplomat").
            // Names in a fixed order (nearby subjects nearest first, then speakers), so a tie is
            // settled the same way every run: the current best, else the first in that order.
            var names = Set<String>()
            var order: [String] = []
            for s in nearby where compatible(s.gender, gender) {
                let name = nameTable[Int(s.nameID)]
                if names.insert(name).inserted { order.append(name) }
            }
            for c in candidates where c.position < pos && c.position >= pos - 1500 && compatible(c.gender, gender) && names.insert(c.name).inserted {
                order.append(c.name)
            }
            var top: (name: String, count: Int)? = nil
            for n in order {
                let k = Self.occurrences(of: n.split(separator: " ").last.map(String.init) ?? n, before: pos, in: b)
                if let t = top, k < t.count || k == t.count && (t.name == best?.name || n != best?.name) { continue }
                top = (n, k)
            }
            if let top, top.count >= 2 { return top.name }
        }
        return best?.name
    }

    /// How often a word occurs (at word boundaries) in the document before `pos`.
    static func occurrences(of word: String, before pos: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        let w = Array(word.utf8)
        guard let first = w.first, w.count >= 2, let base = b.baseAddress else { return 0 }
        var n = 0, i = 0
        let end = min(pos, b.count) - w.count
        while i <= end {
            // (the next occurrence of the first byte: a vectorised scan in libc)
            guard let hit = memchr(base + i, Int32(first), end + 1 - i) else { break }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if i == 0 || !Bytes.isAlpha(b[i - 1]) {
                var k = 1
                while k < w.count, b[i + k] == w[k] { k += 1 }
                if k == w.count, i + k >= b.count || !Bytes.isAlpha(b[i + k]) { n += 1 }
            }
            i += 1
        }
        return n
    }

    @inline(__always) func compatible(_ a: Gender, _ b: Gender) -> Bool {
        a == .unknown || b == .unknown || a == b
    }

    /// Person names that stand as sentence subjects (or are named by given name or title) in the
    /// 800 bytes before `pos`, nearest first. Each paragraph is read once and cached.
    mutating func subjects(before pos: Int) -> [Named] {
        let lo = max(0, pos - 800)
        var out: [Named] = []
        // Paragraphs overlapping [lo, pos): binary search for the first ending after lo.
        var a = 0, z = paragraphs.count
        while a < z { let m = (a + z) / 2; if paragraphs[m].end <= lo { a = m + 1 } else { z = m } }
        var k = a
        sizeParagraphCache()
        // (read first, so the mentions in range are counted and `out` is allocated once)
        var count = 0
        while k < paragraphs.count, paragraphs[k].start < pos {
            // The headline's capitalised words are not sentence subjects.
            if paragraphs[k].end <= titleEnd { k += 1; continue }
            if !paragraphCache[k].read { readMentions(paragraph: k) }
            for e in mentionStore[paragraphCache[k].mentionStart..<paragraphCache[k].mentionEnd] where e.position >= lo && e.position < pos { count += 1 }
            k += 1
        }
        if count > 0 {
            out.reserveCapacity(count)
            for p in a..<k where paragraphs[p].end > titleEnd {
                for e in mentionStore[paragraphCache[p].mentionStart..<paragraphCache[p].mentionEnd] where e.position >= lo && e.position < pos { out.append(e) }
            }
        }
        if paragraphs.isEmpty { out = entries(in: ByteSpan(Bytes.utf8BoundaryBuffer(b, lo), pos)).filter { $0.position < pos } }
        out.sort { $0.position > $1.position }
        return out
    }

    /// Keeps the tokens the attributor made of the whole paragraph `k` for `entries(paragraph:)`.
    mutating func keepTokens(_ toks: [WindowToken], paragraph k: Int) {
        guard k >= 0, k < paragraphs.count else { return }
        sizeParagraphCache()
        guard !paragraphCache[k].read else { return }
        paragraphCache[k].tokens = toks
        paragraphCache[k].hasTokens = true
    }

    /// The person mentions of paragraph `k`, from the tokens kept for it when there are some
    /// (they are the tokens `entries(in:)` would make: the same bytes and the same quotes).
    /// They go to `mentionStore` (their range to `paragraphCache[k]`, which is marked read).
    mutating func readMentions(paragraph k: Int) {
        if k < paragraphCache.count, paragraphCache[k].hasTokens {
            let toks = paragraphCache[k].tokens
            paragraphCache[k].tokens = []
            paragraphCache[k].hasTokens = false
            readEntries(toks)
        } else {
            // (the tokenizer called here: a method called from a mutating one is handed a copy
            // of the state)
            let span = paragraphs[k]
            readEntries(WindowTokenizer.tokens(b, span, quotes: Self.quotes(overlapping: span, in: quoteSpans, inOrder: quoteSpansInOrder)))
        }
        paragraphCache[k].read = true
        paragraphCache[k].mentionStart = mentionStore.count
        if mentionStore.isEmpty, !namedScratch.isEmpty { mentionStore.reserveCapacity(32) }
        mentionStore.append(contentsOf: namedScratch)
        paragraphCache[k].mentionEnd = mentionStore.count
    }

    /// The person mentions of a stretch of text (see `subjects(before:)`).
    mutating func entries(in span: ByteSpan) -> [Named] {
        entries(WindowTokenizer.tokens(b, span, quotes: Self.quotes(overlapping: span, in: quoteSpans, inOrder: quoteSpansInOrder)))
    }

    /// The quote spans overlapping `span`, in order: one run of `quoteSpans` when they are in
    /// order (`inOrder`: the first found by binary search), else a filtered copy. Static: a
    /// method called from a mutating one is handed a copy of the state.
    static func quotes(overlapping span: ByteSpan, in quoteSpans: [ByteSpan], inOrder quoteSpansInOrder: Bool) -> ArraySlice<ByteSpan> {
        @inline(__always) func overlaps(_ q: ByteSpan) -> Bool { q.end > span.start && q.start < span.end }
        guard quoteSpansInOrder else { return quoteSpans.filter(overlaps)[...] }
        var lo = 0, hi = quoteSpans.count
        while lo < hi { let m = (lo + hi) / 2; if quoteSpans[m].end <= span.start { lo = m + 1 } else { hi = m } }
        hi = lo
        while hi < quoteSpans.count, overlaps(quoteSpans[hi]) { hi += 1 }
        return quoteSpans[lo..<hi]
    }

    /// `MentionParser.cleanSpans` of the tokens `[start, end]`, kept by `entries`.
    struct CleanedRun {
        var start: Int
        var end: Int
        var cleaned: CleanedName
    }

    /// The person mentions of a stretch of text, from its tokens.
    mutating func entries(_ toks: [WindowToken]) -> [Named] {
        readEntries(toks)
        return Array(namedScratch)
    }

    /// `entries(toks)`, left in `namedScratch`.
    mutating func readEntries(_ toks: [WindowToken]) {
        toks.withUnsafeBufferPointer { readEntries(toks, $0) }
    }

    /// `readEntries(toks)`, the tokens read through `tp` (their storage: no bounds check per read
    /// in the passes over every token; the parser is handed the array).
    private mutating func readEntries(_ toks: [WindowToken], _ tp: UnsafeBufferPointer<WindowToken>) {
        // The word sets, read once (each use of a `static let` is a call that checks it is set).
        let w = LW.sets
        /// `isVerbLike` with the lists read above.
        @inline(__always) func isVerbLike(_ t: WindowToken) -> Bool { Self.isVerbLike(t, cues: w.cues, irregularVerbs: w.irregularVerbs) }
        // (the mentions, in `namedScratch`: copied out at the end)
        namedScratch.removeAll(keepingCapacity: true)
        // `cleanName` is a pure function of the tokens: a run read as a verb's subject below is
        // usually read again as a capitalised run in the last pass, so its answer is kept by range.
        // (Only the subject pass stores: few runs stand before a verb, most are read just once.)
        // A short array of structs (`cleanedScratch`): few runs are kept, and a dictionary of
        // tuples looks up the tuple's type at run time.
        cleanedScratch.removeAll(keepingCapacity: true)
        // (byte ranges, not strings: most names are only looked up, by their bytes)
        func clean(_ s: Int, _ e: Int, keep: Bool) -> CleanedName {
            for c in cleanedScratch where c.start == s && c.end == e { return c.cleaned }
            let c = MentionParser.cleanSpans(b, toks, s, e)
            if keep {
                if cleanedScratch.capacity == 0 { cleanedScratch.reserveCapacity(8) }
                cleanedScratch.append(CleanedRun(start: s, end: e, cleaned: c))
            }
            return c
        }
        var j = tp.count - 1
        while j >= 1 {
            // A lower-case verb-like word after a capitalised word (the flags tested in place
            // before the token is copied; most words are not capitalised, and only a word is).
            guard tp[j - 1].isCap, !tp[j - 1].isPossessive, tp[j].isWord, !tp[j].isCap else { j -= 1; continue }
            let t = tp[j]
            guard !w.prepositions.contains(hash: t.hash), !w.connectors.contains(hash: t.hash),
                  !w.determiners.contains(hash: t.hash), !w.titles.contains(hash: t.hash) else { j -= 1; continue }
            var k = j - 1
            while k - 1 >= 0, tp[k - 1].isWord, tp[k - 1].isCap || w.titles.contains(hash: tp[k - 1].hash) || (w.connectors.contains(hash: tp[k - 1].hash) && k - 2 >= 0 && tp[k - 2].isCap) { k -= 1 }
            // Subject position: after a sentence start, a comma or a conjunction, not a preposition.
            let prev = k > 0 ? tp[k - 1] : nil
            while k < j - 1, w.nonNameCaps.contains(hash: tp[k].hash) { k += 1 }
            let subjectPosition = prev.map { !$0.isWord || w.subjectJoiners.contains(hash: $0.hash) } ?? true
            // The name is cleaned only for a subject before a verb (the tests are pure, so their
            // order does not matter; the look-ups below keep theirs).
            // "Mr. Rubio himself has been ...": a reflexive or adverb before the verb.
            let verb = isVerbLike(t) || w.skippable.contains(hash: t.hash) && j + 1 < tp.count && tp[j + 1].isWord && !tp[j + 1].isCap && isVerbLike(tp[j + 1])
            if subjectPosition, verb, !w.nonNameCaps.contains(hash: tp[j - 1].hash),
               case let c = clean(k, j - 1, keep: true), c.isPerson, case let r = c.asciiName(b), !Self.nameIsEmpty(c, ascii: r, b) {
                let full = fullNameShaped(c, ascii: r)
                // Kept when the first name is a known given name, when the name has two words or
                // more, or when its surname spoke or is a proper noun (the surname's strings are
                // made only for that last test).
                let sh = full.shape
                var keep = sh.firstKnown || sh.words >= 2
                if !keep {
                    let f = facts(full.name)
                    keep = candidates.contains { Self.hasSuffix($0.name, f.last) } || surname(key: f.lastLower)?.proper == true
                }
                if keep {
                    let g = c.gender != .unknown ? c.gender : full.gender
                    addNamed(Named(nameID: full.id, gender: g, position: tp[k].span.start, weak: false))
                }
            }
            j = k - 1
        }
        // Subjects of cues, and of verbs after an appositive, in the window ("Jillian Chase, 27, a
        // Tinder user, said ...", "C. Boyden Gray, who served as counsel, ticked through ...").
        var sentenceStart = 0
        for c in 0..<tp.count {
            // Cues and verbs are lower-case words (tested in place before the token is copied;
            // a mark may end the sentence, a word never does).
            guard tp[c].isWord else {
                if tp[c].endsSentence { sentenceStart = c + 1 }
                continue
            }
            guard !tp[c].isCap else { continue }
            let cue = w.cues.contains(hash: tp[c].hash)
            let afterInsertion = c > 0 && tp[c - 1].hash == TH.comma && isVerbLike(tp[c])
            guard cue || afterInsertion else { continue }
            let t = tp[c]
            // The subject after the cue: "..., said Alan Abramowitz, a demographer".
            if cue, !w.addresseeCues.contains(hash: t.hash), c + 1 < tp.count, tp[c + 1].isCap, c == 0 || tp[c - 1].hash == TH.comma || tp[c - 1].isQuote,
               let m = MentionParser.following(b, toks, from: c + 1, as: MentionBytes.self), m.kind == .person,
               case let e = tp[(c + 1)...].firstIndex(where: { $0.span.start >= m.span.end }) ?? tp.count,
               e == tp.count || !tp[e].isWord {
                let full = fullNameShaped(m.name)
                addNamed(Named(nameID: full.id, gender: m.gender != .unknown ? m.gender : full.gender, position: m.span.start, weak: false))
                continue
            }
            // (as bytes: a person's name is looked up by them, no string is made for it)
            guard let m = MentionParser.subject(b, toks, cue: c, lower: sentenceStart, as: MentionBytes.self), m.kind == .person else { continue }
            // "Ann Bower, 75, a retiree in Carthage, Ill., said": a place inside the appositive.
            if let at = tp[sentenceStart..<c].firstIndex(where: { $0.span.start == m.span.start }), at > sentenceStart,
               tp[at - 1].isWord, !tp[at - 1].isCap, w.prepositions.contains(hash: tp[at - 1].hash) { continue }
            let full = fullNameShaped(m.name)
            let g = m.gender != .unknown ? m.gender : full.gender
            addNamed(Named(nameID: full.id, gender: g, position: m.span.start, weak: false))
        }
        // Any other mention of a person by given name or personal title ("a worker named Antonio
        // Arroyo", "like Gary Clyde Hufbauer, a senior fellow").
        var k = 0
        while k < tp.count {
            // (only a word is capitalised)
            guard tp[k].isCap else { k += 1; continue }
            var e = k
            while e + 1 < tp.count, tp[e + 1].isCap { e += 1 }
            var s0 = k
            while s0 < e, w.nonNameCaps.contains(hash: tp[s0].hash) { s0 += 1 }
            // A lone ASCII word counts only as a surname the document already completed (below):
            // when its name is no key of `fullNames`, nothing is made of it.
            if s0 == e, !Self.mayBeFullNameKey(tp[e], fullNames) { k = e + 1; continue }
            let c = clean(s0, e, keep: false)
            // (the name's ASCII bytes, read once for the tests below)
            if c.isPerson, case let r = c.asciiName(b), !Self.nameIsEmpty(c, ascii: r, b) {
                let parts = r.flatMap { Self.asciiShape(UnsafeBufferPointer(rebasing: b[$0])) } ?? shape(c.name(b))
                let strong = parts.words >= 2 && parts.firstKnown || Self.isTitled(c, b)
                // A bare surname counts (weakly) only when the document already gave its full form;
                // no new look-up is made for it.
                var knownFull = false
                if !strong, parts.words == 1 { knownFull = firstWordHasKnownFullName(c, ascii: r) }
                if strong || knownFull {
                    let full = fullNameShaped(c, ascii: r)
                    let g = c.gender != .unknown ? c.gender : full.gender
                    let at = tp[s0].span.start
                    if strong, !namedScratch.contains(where: { $0.position == at }) { mentionOnly.insert(at) }
                    addNamed(Named(nameID: full.id, gender: g, position: at, weak: !strong))
                }
            }
            k = e + 1
        }
        namedScratch.sort { $0.position > $1.position }
    }

    /// Appends `n` to `namedScratch` (room for a paragraph's mentions made at the first: the
    /// array lives as long as the document, and would grow one by one from empty).
    @inline(__always) mutating func addNamed(_ n: Named) {
        if namedScratch.capacity == 0 { namedScratch.reserveCapacity(16) }
        namedScratch.append(n)
    }

    /// `c.nameIsEmpty(b)`, given `c.asciiName(b)` (`r`).
    @inline(__always) static func nameIsEmpty(_ c: CleanedName, ascii r: Range<Int>?, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if let r { return r.isEmpty }
        return c.nameIsEmpty(b)
    }

    /// Whether the name `MentionParser.cleanName` makes of the lone word `t` may, lower-cased, be
    /// a key of `fullNames` (`keys`: its hash is there); always true for a non-ASCII word.
    /// (Static, as the other helpers called per token or name: a method called from a mutating
    /// one is handed a copy of the state.)
    static func mayBeFullNameKey(_ t: WindowToken, _ keys: ByteKeyTable<Surname>) -> Bool {
        guard t.isWord, let base = t.base else { return true }
        var e = t.span.end
        let s = t.span.start
        // `stripPossessive`'s ASCII endings: "'s" and the apostrophe of "s'".
        if e - s >= 2, base[e - 1] == 115, base[e - 2] == 39 { e -= 2 } else if e - s >= 2, base[e - 1] == 39, base[e - 2] == 115 { e -= 1 }
        // `WordSet.hash` of the bytes left, made while they are tested for ASCII (the bytes
        // dropped above are ASCII).
        var h: UInt64 = 0xcbf29ce484222325
        var i = s
        while i < e {
            let c = base[i]
            if c >= 0x80 { return true }
            h = (h ^ UInt64(Bytes.lower(c))) &* 0x100000001b3
            i += 1
        }
        return keys.contains(hash: h == 0 ? 1 : h)
    }

    /// What `entries` needs of a name's words, split once per name.
    struct NameFacts {
        /// How many space-separated words.
        var words: Int
        /// The first word, lower-cased ("" for no words).
        var firstLower: String
        /// Whether the first word is a known male or female given name.
        var firstKnown: Bool
        /// The last word (the whole name when it has no words).
        var last: String
        /// `last`, lower-cased.
        var lastLower: String
    }

    /// How many words a name has and whether the first is a known given name: the part of
    /// `NameFacts` most look-ups need, read from an ASCII name's bytes without making strings.
    struct NameShape {
        /// How many space-separated words.
        var words: Int
        /// Whether the first word is a known male or female given name.
        var firstKnown: Bool
    }

    /// `words` and `firstKnown` of `facts(name)`.
    mutating func shape(_ name: String) -> NameShape {
        var copy = name
        if let f = copy.withUTF8({ Self.asciiShape($0) }) { return f }
        let f = facts(name)
        return NameShape(words: f.words, firstKnown: f.firstKnown)
    }

    /// `shape` of an ASCII name, from its bytes (nil when the name is not ASCII).
    static func asciiShape(_ u: UnsafeBufferPointer<UInt8>) -> NameShape? {
        guard let w = asciiWords(u) else { return nil }
        guard w.count > 0 else { return NameShape(words: 0, firstKnown: false) }
        let h = WordSet.hash(u, w.first.lowerBound, w.first.upperBound)
        return NameShape(words: w.count, firstKnown: LW.givenNames.contains(hash: h))
    }

    /// The space-separated words of an ASCII name: how many, and where the first and last are
    /// (nil when the name is not ASCII).
    @inline(__always) static func asciiWords(_ u: UnsafeBufferPointer<UInt8>) -> (count: Int, first: Range<Int>, last: Range<Int>)? {
        // (one pass: the words, and whether every byte is ASCII; a space is)
        var words = 0
        var first = 0..<0, last = 0..<0
        var i = 0
        let n = u.count
        while i < n {
            if u[i] == 32 { i += 1; continue }
            var j = i
            while j < n, u[j] != 32 {
                if u[j] >= 0x80 { return nil }
                j += 1
            }
            words += 1
            if words == 1 { first = i..<j }
            last = i..<j
            i = j
        }
        return (words, first, last)
    }

    /// Whether a role's last word is a title that only stands before a person's name
    /// (`personalTitles`); an ASCII role is read from its bytes.
    static func isTitled(_ role: String?) -> Bool {
        guard var r = role else { return false }
        let fast = r.withUTF8 { u -> Bool? in
            for c in u where c >= 0x80 { return nil }
            var e = u.count
            while e > 0, u[e - 1] == 32 { e -= 1 }
            guard e > 0 else { return false }
            var s = e
            while s > 0, u[s - 1] != 32 { s -= 1 }
            return personalTitleWords.contains(hash: WordSet.hash(u, s, e))
        }
        if let fast { return fast }
        return personalTitles.contains(r.split(separator: " ").last.map { $0.lowercased() } ?? "")
    }

    /// `personalTitles` as a `WordSet`.
    static let personalTitleWords = WordSet(Array(personalTitles))

    /// The words of `name` (non-ASCII names memoised per document).
    mutating func facts(_ name: String) -> NameFacts {
        // An ASCII name's facts are read from its bytes, which costs less than hashing the
        // name for the memo (the answer is the same: facts depend on the name alone).
        var copy = name
        if let f = copy.withUTF8({ Self.asciiFacts($0) }) { return f }
        if let f = factsMemo[name] { return f }
        let parts = name.split(separator: " ")
        let given = parts.first.map { $0.lowercased() } ?? ""
        let last = parts.last.map(String.init) ?? name
        let f = NameFacts(words: parts.count, firstLower: given, firstKnown: L.maleNames.contains(given) || L.femaleNames.contains(given),
                          last: last, lastLower: last.lowercased())
        factsMemo[name] = f
        return f
    }

    /// `facts` of an ASCII name, from its bytes (nil when the name is not ASCII).
    static func asciiFacts(_ u: UnsafeBufferPointer<UInt8>) -> NameFacts? {
        guard let w = asciiWords(u) else { return nil }
        func str(_ r: Range<Int>, lower: Bool) -> String {
            String(unsafeUninitializedCapacity: r.count) { o in
                for k in r { o[k - r.lowerBound] = lower ? Bytes.lower(u[k]) : u[k] }
                return r.count
            }
        }
        guard w.count > 0 else {
            let whole = String(decoding: u, as: UTF8.self)
            return NameFacts(words: 0, firstLower: "", firstKnown: false, last: whole, lastLower: whole.lowercased())
        }
        let h = WordSet.hash(u, w.first.lowerBound, w.first.upperBound)
        return NameFacts(words: w.count, firstLower: str(w.first, lower: true),
                         firstKnown: LW.maleNames.contains(hash: h) || LW.femaleNames.contains(hash: h),
                         last: str(w.last, lower: false), lastLower: str(w.last, lower: true))
    }

    /// `a.hasSuffix(s)`, comparing bytes when both are ASCII (the same answer, without
    /// grapheme breaking).
    static func hasSuffix(_ a: String, _ s: String) -> Bool {
        var a = a, s = s
        let fast = a.withUTF8 { x in
            s.withUTF8 { y -> Bool? in
                var ascii = true
                for c in x where c >= 0x80 { ascii = false; break }
                for c in y where c >= 0x80 { ascii = false; break }
                guard ascii else { return nil }
                guard y.count <= x.count else { return false }
                let off = x.count - y.count
                for k in 0..<y.count where x[off + k] != y[k] { return false }
                return true
            }
        }
        return fast ?? a.hasSuffix(s)
    }

    /// `isVerbLike` for a token: its key's last bytes, then the hashed word lists.
    static func isVerbLike(_ t: WindowToken) -> Bool {
        isVerbLike(t, cues: LW.cues, irregularVerbs: LW.irregularVerbs)
    }

    /// `isVerbLike` with the word lists given (read once by a caller that asks for many tokens).
    @inline(__always) static func isVerbLike(_ t: WindowToken, cues: WordSet, irregularVerbs: WordSet) -> Bool {
        let last = t.keyByte(fromEnd: 1), before = t.keyByte(fromEnd: 2)
        let ending = last == 115 || before == 101 && last == 100 || before == 108 && last == 121
        return ending || cues.contains(hash: t.hash) || irregularVerbs.contains(hash: t.hash)
    }

    /// Common irregular past forms and auxiliaries.
    static let irregularVerbs: Set<String> = [
        "has", "is", "was", "will", "would", "had", "can", "could", "did", "does", "also", "told", "went",
        "gave", "took", "made", "got", "came", "wrote", "spoke", "saw", "met", "ran", "won", "lost", "left",
        "sat", "stood", "began", "brought", "thought", "felt", "kept", "held", "led", "put", "set", "let",
        "hit", "became", "knew", "sent", "built", "spent", "paid", "sought", "fought", "bought", "taught",
        "might", "should", "may", "must", "drew", "grew", "threw", "chose", "broke", "struck", "swore",
        "shot", "fired",
    ]

    /// Titles that only stand before a person's name.
    static let personalTitles: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "president", "senator", "governor",
        "representative", "secretary", "minister", "mayor", "judge", "justice", "professor", "prof.",
        "gen.", "general", "speaker", "chairman", "chairwoman", "leader", "ambassador", "candidate",
    ]

    /// The fullest form of a person's name in the document ("Blinken" → "Antony Blinken").
    mutating func fullName(_ name: String) -> (name: String, gender: Gender) {
        let f = fullNameShaped(name)
        return (f.name, f.gender)
    }

    /// `fullName` with `shape` of the name it gives.
    mutating func fullNameShaped(_ name: String) -> FullName {
        // Once a surname's entry in `fullNames` is set it never changes, so the answer for a
        // name is fixed after its first look-up.
        var copy = name
        return copy.withUTF8 { u in
            var ascii = true
            for c in u where c >= 0x80 { ascii = false; break }
            guard ascii else {
                if let known = otherFullNameMemo[name] { return known }
                let r = numbered(computeFullName(name, u, ascii: false))
                otherFullNameMemo[name] = r
                return r
            }
            let h = fullNameMemo.hash(u, 0, u.count)
            if let i = fullNameMemo.index(of: u, 0, u.count, hash: h) { return fullNameMemo.value(at: i) }
            let r = numbered(computeFullName(name, u, ascii: true))
            fullNameMemo.insert(u, 0, u.count, hash: h, r)
            return r
        }
    }

    /// `fullNameShaped(c.name(b))`: an ASCII name is looked up by its bytes in the document,
    /// and its string is made only when it is not in the memo.
    mutating func fullNameShaped(_ c: CleanedName) -> FullName {
        fullNameShaped(c, ascii: c.asciiName(b))
    }

    /// `fullNameShaped(c)`, given `c.asciiName(b)` (`ascii`).
    mutating func fullNameShaped(_ c: CleanedName, ascii: Range<Int>?) -> FullName {
        guard let r = ascii else { return fullNameShaped(c.name(b)) }
        let u = UnsafeBufferPointer(rebasing: b[r])
        let h = fullNameMemo.hash(u, 0, u.count)
        if let i = fullNameMemo.index(of: u, 0, u.count, hash: h) { return fullNameMemo.value(at: i) }
        let f = numbered(computeFullName(String(decoding: u, as: UTF8.self), u, ascii: true))
        fullNameMemo.insert(u, 0, u.count, hash: h, f)
        return f
    }

    /// `f` with its name added to `nameTable` (`id`: where), as it is memoised.
    mutating func numbered(_ f: FullName) -> FullName {
        var f = f
        f.id = Int32(truncatingIfNeeded: nameTable.count)
        if nameTable.isEmpty { nameTable.reserveCapacity(16) }
        nameTable.append(f.name)
        return f
    }

    /// Whether the first word of `c`'s name is the surname of a full name (`surnameOfFirstWord`)
    /// of two words or more with a known given name; an ASCII name is read in place, without
    /// copying out an optional `Surname` (copied and destroyed through the runtime's generic witnesses).
    mutating func firstWordHasKnownFullName(_ c: CleanedName, ascii: Range<Int>?) -> Bool {
        if let r = ascii {
            let u = UnsafeBufferPointer(rebasing: b[r])
            if let w = Self.asciiWords(u) {
                guard let i = fullNames.index(of: u, w.first.lowerBound, w.first.upperBound, hash: fullNames.hash(u, w.first.lowerBound, w.first.upperBound)) else { return false }
                let shape = fullNames[at: i].shape
                return shape.words >= 2 && shape.firstKnown
            }
        }
        guard let f = surnameOfFirstWord(c.name(b)) else { return false }
        return f.shape.words >= 2 && f.shape.firstKnown
    }

    /// `Self.isTitled(c.role(b))`, read from the bytes of an ASCII role (its last word is the
    /// last word of its last part, which ends a token).
    static func isTitled(_ c: CleanedName, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard c.hasRole else { return false }
        var ascii = c.roleStart < c.roleEnd && c.roleStart >= 0 && c.roleEnd <= b.count
        if ascii { for i in c.roleStart..<c.roleEnd where b[i] >= 0x80 { ascii = false; break } }
        if ascii, c.rest >= 0 {
            ascii = c.rest < c.restEnd && c.restEnd <= b.count
            if ascii { for i in c.rest..<c.restEnd where b[i] >= 0x80 { ascii = false; break } }
        }
        guard ascii else { return Self.isTitled(c.role(b)) }
        let lo = c.rest >= 0 ? c.rest : c.roleStart
        var e = c.rest >= 0 ? c.restEnd : c.roleEnd
        while e > lo, b[e - 1] == 32 { e -= 1 }
        guard e > lo else { return Self.isTitled(c.role(b)) }
        var s = e
        while s > lo, b[s - 1] != 32 { s -= 1 }
        return Self.personalTitleWords.contains(hash: WordSet.hash(b, s, e))
    }

    /// `fullName` without the memo; `u` holds the name's bytes.
    mutating func computeFullName(_ name: String, _ u: UnsafeBufferPointer<UInt8>, ascii: Bool) -> FullName {
        // Without a generational suffix to drop, the name's words are read from its bytes (an
        // ASCII name) or its memoised facts.
        if ascii, let w = Self.asciiWords(u) {
            if w.count == 1 || w.count > 1 && !Self.isSuffix(u, w.last) {
                // (the given name's gender does not depend on its case)
                let own: Gender = w.count >= 2 ? Self.gender(ofGiven: u, w.first.lowerBound, w.first.upperBound) : .unknown
                let last = UnsafeBufferPointer(rebasing: u[w.last])
                return fullName(name, asciiName: u, surname: last, key: last, words: w.count, own: own)
            }
        } else if !ascii {
            let nf = facts(name)
            if nf.words == 1 || nf.words > 1 && !Self.suffixes.contains(nf.lastLower) {
                let own: Gender = nf.words >= 2 && !nf.firstLower.isEmpty ? L.gender(ofGiven: nf.firstLower) : .unknown
                return fullName(name, asciiName: nil, surname: nf.last, key: nf.lastLower, words: nf.words, own: own)
            }
        }
        var parts = name.split(separator: " ")
        while parts.count > 1, let l = parts.last, Self.suffixes.contains(l.lowercased()) { parts.removeLast() }
        guard let last = parts.last else { return FullName(name: name, gender: .unknown, shape: shape(name)) }
        let surname = String(last)
        return fullName(name, asciiName: ascii ? u : nil, surname: surname, key: surname.lowercased(), words: parts.count,
                        own: parts.count >= 2 ? L.gender(ofGiven: parts[0].lowercased()) : .unknown)
    }

    /// Whether the ASCII word `u[r]` is a generational suffix (`suffixes`), from its bytes.
    static func isSuffix(_ u: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        @inline(__always) func at(_ k: Int) -> UInt8 { Bytes.lower(u[r.lowerBound + k]) }
        switch r.count {
        case 2: return at(0) == 106 && at(1) == 114 || at(0) == 115 && at(1) == 114 || at(0) == 105 && at(1) == 105
        case 3: return (at(0) == 106 || at(0) == 115) && at(1) == 114 && at(2) == 46 || at(0) == 105 && at(1) == 105 && at(2) == 105
        default: return false
        }
    }

    /// `fullName(_:asciiName:surname:key:words:own:)` for strings.
    mutating func fullName(_ name: String, asciiName: UnsafeBufferPointer<UInt8>?, surname: String, key: String, words: Int, own: Gender) -> FullName {
        var s = surname, k = key
        return s.withUTF8 { su in k.withUTF8 { ku in fullName(name, asciiName: asciiName, surname: su, key: ku, words: words, own: own) } }
    }

    /// `fullName` once the name's words are known: the bytes of its `surname` and of the
    /// surname lower-cased (`key`: an ASCII key is lower-cased as it is read), how many words
    /// are kept, and the gender of the given name (unknown for one word); `asciiName`: the bytes
    /// of `name` when they are ASCII (its shape is read from them).
    mutating func fullName(_ name: String, asciiName: UnsafeBufferPointer<UInt8>?, surname: UnsafeBufferPointer<UInt8>, key: UnsafeBufferPointer<UInt8>, words: Int, own: Gender) -> FullName {
        /// `shape(name)`.
        func nameShape() -> NameShape {
            if let u = asciiName, let f = Self.asciiShape(u) { return f }
            return shape(name)
        }
        /// The answer once the surname's entry is known.
        func answer(_ f: Surname) -> FullName {
            f.shape.words > words ? FullName(name: f.name, gender: f.gender, shape: f.shape)
                : FullName(name: name, gender: own != .unknown ? own : f.gender, shape: nameShape())
        }
        var ascii = true
        for c in key where c >= 0x80 { ascii = false; break }
        var h: UInt64 = 0
        if ascii {
            h = fullNames.hash(key, 0, key.count)
            if let i = fullNames.index(of: key, 0, key.count, hash: h) { return answer(fullNames.value(at: i)) }
        } else if let f = otherFullNames[String(decoding: key, as: UTF8.self)] {
            return answer(f)
        }
        let found = Self.search(surname, in: b, titleEnd: titleEnd)
        let resultName = found?.name ?? name
        // (the shape of the name found, read from its bytes when they are ASCII)
        let resultShape = found.map { $0.shape ?? shape($0.name) } ?? nameShape()
        let entry = Surname(name: resultName, gender: found?.gender ?? own, proper: found?.proper == true, shape: resultShape)
        if ascii { fullNames.insert(key, 0, key.count, hash: h, entry) } else { otherFullNames[String(decoding: key, as: UTF8.self)] = entry }
        return answer(entry)
    }

    /// The `fullNames` entry of the lower-cased word `key`, if any.
    func surname(key: String) -> Surname? {
        var k = key
        return k.withUTF8 { u -> Surname? in
            for c in u where c >= 0x80 { return otherFullNames[key] }
            return fullNames.index(of: u, 0, u.count, hash: fullNames.hash(u, 0, u.count)).map { fullNames.value(at: $0) }
        }
    }

    /// The `fullNames` entry of the first word of `name` lower-cased, if any (`facts(name).firstLower`).
    mutating func surnameOfFirstWord(_ name: String) -> Surname? {
        var copy = name
        let ascii = copy.withUTF8 { u -> Surname?? in
            guard let w = Self.asciiWords(u) else { return .none }
            return .some(fullNames.index(of: u, w.first.lowerBound, w.first.upperBound, hash: fullNames.hash(u, w.first.lowerBound, w.first.upperBound))
                .map { fullNames.value(at: $0) })
        }
        if let ascii { return ascii }
        return surname(key: facts(name).firstLower)
    }

    /// Where the given names written after a surname end: one capitalised hyphenated word
    /// ("Sang-mok") or two capitalised syllables of at most four letters ("Jong Un"), each after
    /// one space from `p` on; nil when there are none.
    static func givenNamesEnd(after p: Int, in b: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var i = p
        while count < 2, i + 1 < b.count, b[i] == 32, Bytes.isUpper(b[i + 1]) {
            var j = i + 1
            var hyphen = false
            while j < b.count, Bytes.isAlpha(b[j]) || b[j] == 45 { if b[j] == 45 { hyphen = true }; j += 1 }
            let len = j - i - 1
            guard j >= b.count || !Bytes.isWordByte(b[j]) else { break }
            if hyphen, count == 0, b[j - 1] != 45, len <= 9, let h = (i + 1..<j).first(where: { b[$0] == 45 }), h + 1 < j, Bytes.isLower(b[h + 1]) {
                return j
            }
            guard !hyphen, len <= 4 else { break }
            count += 1
            i = j
        }
        return count == 2 ? i : nil
    }

    /// Generational suffixes dropped from a name's end.
    static let suffixes: Set<String> = ["jr.", "sr.", "jr", "sr", "ii", "iii"]

    /// One form of a name found by `search`: its bytes and how often it occurs.
    struct NameForm {
        var start: Int
        var end: Int
        var count: Int
    }

    /// What `search` finds of a surname: its most frequent full form, the gender its given names
    /// (or titles) agree on, and whether it is also written after a lower-case word (a struct,
    /// not a tuple: an optional tuple is destroyed through the runtime's generic witnesses).
    struct NameSearch {
        var name: String
        var gender: Gender
        var proper: Bool
        /// `shape(name)` when the name is ASCII (read from its bytes), else nil.
        var shape: NameShape?
    }

    /// Looks up the most frequent "Given [Middle] Surname" form of `surname` in the document.
    ///
    /// Each form is counted by its bytes (given names and surname stand one space apart, so a
    /// form is one stretch of the document); strings are made only for the distinct forms.
    /// Names in the title (`b` before `titleEnd`) are not read.
    static func search(_ w: UnsafeBufferPointer<UInt8>, in b: UnsafeBufferPointer<UInt8>, titleEnd: Int) -> NameSearch? {
        guard let first = w.first, w.count >= 2 else { return nil }
        var forms: [NameForm] = []
        var gender = Gender.unknown
        var proper = false
        var i = titleEnd
        let n = b.count
        guard let base = b.baseAddress else { return nil }
        /// Counts the form `b[s..<e]` (a new one goes last: forms keep first-seen order).
        func count(_ s: Int, _ e: Int) {
            for k in forms.indices where forms[k].end - forms[k].start == e - s && memcmp(base + forms[k].start, base + s, e - s) == 0 {
                forms[k].count += 1
                return
            }
            forms.append(NameForm(start: s, end: e, count: 1))
        }
        // (the word sets read once: each use of a `static let` is a call that checks it is set)
        let sets = LW.sets
        while i + w.count <= n {
            if b[i] != first {
                // Jump to the next occurrence of the first byte (vectorised in libc).
                guard let hit = memchr(base + i, Int32(first), n - i) else { break }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                continue
            }
            var same = true
            for k in 1..<w.count where b[i + k] != w[k] { same = false; break }
            if !same { i += 1; continue }
            let before = i == 0 ? 32 : b[i - 1]
            let afterPos = i + w.count
            let after: UInt8 = afterPos < n ? b[afterPos] : 32
            guard !Bytes.isAlnum(before), before != 45, !Bytes.isAlpha(after) else { i += 1; continue }
            if i >= 2, b[i - 1] == 32 {
                var s = i - 1
                while s > 0, Bytes.isAlpha(b[s - 1]) { s -= 1 }
                if s < i - 1, Bytes.isLower(b[s]) { proper = true }
            }
            // Walk back over given names (up to three, one space apart): they start at `j`.
            var given = 0
            var j = i
            while given < 3 {
                guard j >= 2, b[j - 1] == 32 else { break }
                var s = j - 1
                while s > 0, Bytes.isAlpha(b[s - 1]) || b[s - 1] == 45 || b[s - 1] == 46 || b[s - 1] >= 0x80 { s -= 1 }
                guard s < j - 1, Bytes.isUpper(b[s]) else { break }
                // A word ending in a period (other than an initial) ends the previous sentence.
                if b[j - 2] == 46, j - 1 - s > 2 { break }
                // The word lists are ASCII: look the word up by its hash.
                let h = WordSet.hash(b, s, j - 1)
                if sets.titles.contains(hash: h) || sets.nonNameCaps.contains(hash: h) || h == TH.the { break }
                if sets.maleWords.contains(hash: h) { gender = gender == .unknown ? .male : gender; break }
                if sets.femaleWords.contains(hash: h) { gender = .female; break }
                given += 1
                j = s
            }
            if given == 0, w.count <= 4 {
                // Surname first (Korean style, short surname): "Choe Sang-mok", "Kim Jong Un".
                if let e = givenNamesEnd(after: afterPos, in: b) { count(i, e) }
            } else if given > 0 {
                count(j, afterPos)
            }
            i += w.count
        }
        guard !forms.isEmpty else {
            return gender == .unknown && !proper ? nil : NameSearch(name: String(decoding: w, as: UTF8.self), gender: gender, proper: proper, shape: Self.asciiShape(w))
        }
        // The given names' gender, from the first word of a form: up to its first space (every
        // space of a form stands before a capital letter, so it is a word break; otherwise the
        // string `name` of the form is split).
        // (the given names' genders as two flags: a set of at most two values)
        var male = false, female = false
        func noteGiven(_ f: NameForm, _ name: String) {
            var e = f.start
            while e < f.end, b[e] != 32 { e += 1 }
            var g = Gender.unknown
            if e > f.start, e == f.end || b[e + 1] < 0x80 {
                g = Self.gender(ofGiven: b, f.start, e)
            } else if let w = name.split(separator: " ").first {
                g = L.gender(ofGiven: String(w))
            }
            if g == .male { male = true } else if g == .female { female = true }
        }
        let bestName: String
        let bestForm: NameForm
        if forms.count == 1 {
            // One form (the usual case): its string, without the tallies below.
            let f = forms[0]
            bestForm = f
            bestName = String(decoding: UnsafeBufferPointer(rebasing: b[f.start..<f.end]), as: UTF8.self)
            noteGiven(f, bestName)
        } else {
            // The distinct forms as strings, in first-seen order (forms whose strings are equal,
            // such as differently composed accents, are counted together).
            var names: [String] = []
            var counts: [Int] = []
            var firstForm: [Int] = []
            for (n, f) in forms.enumerated() {
                let name = String(decoding: UnsafeBufferPointer(rebasing: b[f.start..<f.end]), as: UTF8.self)
                if let k = names.firstIndex(of: name) { counts[k] += f.count } else { names.append(name); counts.append(f.count); firstForm.append(n) }
            }
            var best = 0
            // (a tie is broken by the longer name in characters; the first form never ties itself)
            for o in names.indices.dropFirst() where counts[o] > counts[best] || (counts[o] == counts[best] && Self.characterCount(names[o]) > Self.characterCount(names[best])) { best = o }
            // The gender the given names agree on (a bare surname shared by a man and a woman, as in
            // "Bill and Hillary Clinton", has none); titles (Mr., Mrs.) decide when they say nothing.
            for o in names.indices { noteGiven(forms[firstForm[o]], names[o]) }
            bestName = names[best]
            bestForm = forms[firstForm[best]]
        }
        if male && female { gender = .unknown } else if male { gender = .male } else if female { gender = .female }
        // (the best name's string is its form's bytes decoded)
        return NameSearch(name: bestName, gender: gender, proper: proper, shape: Self.asciiShape(UnsafeBufferPointer(rebasing: b[bestForm.start..<bestForm.end])))
    }

    /// `s.count` (characters), read as the UTF-8 length for an ASCII string.
    static func characterCount(_ s: String) -> Int {
        var t = s
        let ascii = t.withUTF8 { u -> Int? in
            // ("\r\n" is one character of two bytes)
            for c in u where c >= 0x80 || c == 13 { return nil }
            return u.count
        }
        return ascii ?? s.count
    }

    /// `AttributionLexicon.gender(ofGiven:)` of the word `b[s..<e]`, read from the bytes when
    /// they are ASCII.
    static func gender(ofGiven b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Gender {
        let word = UnsafeBufferPointer(rebasing: b[s..<e])
        if let g = L.asciiGender(word) { return g }
        return L.gender(ofGiven: String(decoding: word, as: UTF8.self))
    }
}
