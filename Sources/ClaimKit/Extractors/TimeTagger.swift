import Foundation

/// Finds temporal expressions and normalises them to TimeML TIMEX3 types and values, resolved
/// against the document's anchor date (the manifest's `published`, else a date the text
/// states for itself).
public struct TimeTagger: Sendable {
    /// Creates a tagger.
    public init() {}

    /// The temporal expressions of one document, in order.
    public func tag(_ doc: Document, _ seg: Segmentation, document: Int) -> [TimeExpression] {
        tagStatingDate(doc, seg, document: document).times
    }

    /// The temporal expressions of one document, in order, and, when the document has no
    /// `published` date, the date its text states for itself (`documentDate`). The text is
    /// tokenized once for both.
    public func tagStatingDate(_ doc: Document, _ seg: Segmentation, document: Int) -> (times: [TimeExpression], statedDate: String?) {
        doc.bytes.withUnsafeBufferPointer { p in
            let buffer = TimeTokenizer.tokenize(p)
            defer { buffer.release() }
            let tokens = buffer.tokens
            var anchor = TimeAnchor.none
            var stated: String? = nil
            if doc.publishedBasis == .text || doc.published == nil {
                if let pub = doc.published, let a = TimeAnchor(pub, basis: .text) {
                    anchor = a
                } else {
                    let d = Self.documentDate(Self.prefixMatches(p, buffer, limit: 1500), p) ?? Self.urlDate(p)
                    if doc.published == nil { stated = d }
                    if let d, let a = TimeAnchor(d, basis: .text) { anchor = a }
                }
            } else if let a = TimeAnchor(doc.published, basis: doc.publishedBasis == .corpus ? .corpus : .published) {
                anchor = a
            }
            // The grammar's matches straight to expressions (no intermediate tuple array).
            // (The anchor moves into the grammar, which keeps its day, ISO date and basis.)
            let iso = anchor.iso, basis = anchor.basis
            var g = TimeGrammar(tokens: tokens, bytes: p, anchor: consume anchor)
            g.starts = buffer.startIndices
            let matches = g.run()
            var out: [TimeExpression] = []
            out.reserveCapacity(matches.count)
            // Written straight into the reserved storage (`append(contentsOf:)` hands `Fill` the
            // room): an `append` of each expression built it in a temporary, copied it through
            // the outlined value witness and destroyed the temporary.
            seg.sentences.withUnsafeBufferPointer { sentences in
                matches.withUnsafeBufferPointer { ms in
                    out.append(contentsOf: Fill(matches: ms, tokens: tokens, sentences: sentences, document: document,
                                                anchor: iso, basis: basis))
                }
            }
            return (out, stated)
        }
    }

    /// The expressions of a document's matches, for `append(contentsOf:)`: `_copyContents`
    /// writes them into the array's reserved room (the matches never outnumber it).
    struct Fill: Sequence, IteratorProtocol {
        let matches: UnsafeBufferPointer<TimeMatch>
        let tokens: UnsafeBufferPointer<TimeToken>
        let sentences: UnsafeBufferPointer<Sentence>
        let document: Int
        let anchor: String?
        let basis: AnchorBasis
        /// The next match to read.
        var k = 0
        /// The sentence of the last expression (spans only grow).
        var s = 0

        var underestimatedCount: Int { 0 }

        /// The next expression (only when the room was full).
        mutating func next() -> TimeExpression? {
            while k < matches.count {
                let m = matches[k]
                k += 1
                guard let span = TimeTagger.span(of: m, tokens) else { continue }
                while s + 1 < sentences.count && sentences[s].span.end <= span.start { s += 1 }
                return TimeExpression(document: document, span: span, type: m.type, value: m.value,
                                      anchor: anchor, anchorBasis: basis, sentence: s)
            }
            return nil
        }

        __consuming func _copyContents(initializing buf: UnsafeMutableBufferPointer<TimeExpression>) -> (Fill, Int) {
            var rest = self
            let n = Self.write(into: buf, matches, tokens, sentences, document, anchor, basis, k: &rest.k, s: &rest.s)
            return (rest, n)
        }

        /// Writes the expressions of `ms[k...]` into `buf` (as many as fit), moving `k` and the
        /// sentence `s` on; the count written. A static function of plain parameters: reading
        /// the fields of `self` in the loop copied the whole `Fill` (its anchor string retained)
        /// for every expression.
        @inline(never) static func write(into buf: UnsafeMutableBufferPointer<TimeExpression>, _ ms: UnsafeBufferPointer<TimeMatch>,
                          _ toks: UnsafeBufferPointer<TimeToken>, _ sents: UnsafeBufferPointer<Sentence>, _ doc: Int,
                          _ iso: String?, _ basis: AnchorBasis, k: inout Int, s: inout Int) -> Int {
            guard let o = buf.baseAddress else { return 0 }
            var n = 0
            let offsets = Offsets.of
            while n < buf.count && k < ms.count {
                let m = ms[k]
                k += 1
                guard let span = TimeTagger.span(of: m, toks) else { continue }
                while s + 1 < sents.count && sents[s].span.end <= span.start { s += 1 }
                // Field by field: building each expression whole went through a temporary the
                // compiler copied (outlined value witness) and destroyed.
                if let offsets {
                    let raw = UnsafeMutableRawPointer(o + n)
                    (raw + offsets.id).assumingMemoryBound(to: String.self).initialize(to: "")
                    (raw + offsets.document).assumingMemoryBound(to: Int.self).initialize(to: doc)
                    (raw + offsets.span).assumingMemoryBound(to: ByteSpan.self).initialize(to: span)
                    (raw + offsets.type).assumingMemoryBound(to: TimeType.self).initialize(to: m.type)
                    (raw + offsets.value).assumingMemoryBound(to: String.self).initialize(to: m.value)
                    (raw + offsets.anchor).assumingMemoryBound(to: Optional<String>.self).initialize(to: iso)
                    (raw + offsets.anchorBasis).assumingMemoryBound(to: AnchorBasis.self).initialize(to: basis)
                    (raw + offsets.sentence).assumingMemoryBound(to: Int.self).initialize(to: s)
                } else {
                    (o + n).initialize(to: TimeExpression(document: doc, span: span, type: m.type, value: m.value,
                                                          anchor: iso, anchorBasis: basis, sentence: s))
                }
                n += 1
            }
            return n
        }

        /// Where `TimeExpression`'s stored properties lie, to initialize each in place (all eight
        /// of them: a property added to `TimeExpression` must be added here). `nil` if one had no
        /// offset (never for a stored property of a struct): the expressions are then built whole.
        struct Offsets {
            let id: Int, document: Int, span: Int, type: Int, value: Int, anchor: Int, anchorBasis: Int, sentence: Int
            static let of: Offsets? = {
                typealias L = MemoryLayout<TimeExpression>
                guard let id = L.offset(of: \.id), let document = L.offset(of: \.document), let span = L.offset(of: \.span),
                      let type = L.offset(of: \.type), let value = L.offset(of: \.value), let anchor = L.offset(of: \.anchor),
                      let anchorBasis = L.offset(of: \.anchorBasis), let sentence = L.offset(of: \.sentence) else { return nil }
                return Offsets(id: id, document: document, span: span, type: type, value: value, anchor: anchor,
                               anchorBasis: anchorBasis, sentence: sentence)
            }()
        }
    }

    /// The matches the grammar finds in `p[0..<limit]` (unanchored), from the tokens of the
    /// whole text: the tokens that end by `limit`, with the one across it (and a word run just
    /// before it, which a cut word may join) tokenized again up to `limit` — the tokens a scan
    /// of `p[0..<limit]` gives. Empty when those tokens hold no number, month, weekday or
    /// holiday: every value `documentDate` takes needs one.
    static func prefixMatches(_ p: UnsafeBufferPointer<UInt8>, _ buffer: TokenBuffer, limit: Int) -> [(span: ByteSpan, type: TimeType, value: String)] {
        let tokens = buffer.tokens
        // The first token that ends after `limit` (token ends only grow): a binary search.
        var j = 0, hi = tokens.count
        while j < hi {
            let mid = (j + hi) / 2
            if Int(tokens[mid].end) <= limit { j = mid + 1 } else { hi = mid }
        }
        var r = j
        if j < tokens.count && Int(tokens[j].start) < limit && j > 0 && tokens[j - 1].kind == .word && tokens[j - 1].lex.word == .none { r = j - 1 }
        var prefix = TokenBuffer(capacity: r + 16)
        defer { prefix.release() }
        prefix.append(prefixOf: buffer, count: r)
        if r < tokens.count && Int(tokens[r].start) < limit {
            let flags = tokens[r].flags & (TimeToken.space | TimeToken.newline)
            TimeTokenizer.append(into: &prefix, p, from: Int(tokens[r].start), to: limit, flags: flags)
        }
        let t = prefix.tokens
        var useful = false
        for k in 0..<t.count {
            let w = t[k].lex.word
            if t[k].kind == .number || w == .month || w == .monthAbbr || w == .weekday || w == .holiday { useful = true; break }
        }
        guard useful else { return [] }
        // `documentDate` reads only matches that start in the lead (`inLead`: never after
        // `leadBound`), and after them only the first year when the first month-day without a
        // year is one it would complete: the grammar stops at the first start token whose
        // previous token (the earliest a match tried there can start) is past the lead, once no
        // such year is still wanted or a full date of the lead has settled the answer.
        let bound = leadBound(p, limit: limit)
        var g = TimeGrammar(tokens: t, bytes: p, anchor: .none)
        g.starts = prefix.startIndices
        // What the matches so far hold, read once each: a year, the first month-day without
        // one (and whether `documentDate` would complete it), a full date it would take.
        var seen = 0, year = false, monthDay = false, monthDayWanted = false, settled = false
        let found = g.run(past: bound) { out in
            while seen < out.count {
                let m = out[seen]
                seen += 1
                if isYearValue(m.type, m.value) { year = true }
                if !monthDay, isMonthDayValue(m.value), let sp = span(of: m, t) {
                    monthDay = true
                    monthDayWanted = inLead(p, sp.start) && !afterDeadlineWord(p, sp.start)
                }
                if !settled, let sp = span(of: m, t), isStatedFullDate(p, sp, m.type, m.value) { settled = true }
            }
            return settled || year || !monthDayWanted
        }
        return found.compactMap { m in span(of: m, t).map { ($0, m.type, m.value) } }
    }

    /// A byte offset no byte `inLead` holds lies after, in `p[0..<limit]`: 300 bytes past the
    /// start of the third non-empty line, or that line's end when it comes first; for a text
    /// with fewer than three non-empty lines before `limit`, 300 bytes past its last line's start.
    static func leadBound(_ p: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        guard let base = p.baseAddress else { return 0 }
        let n = min(limit, p.count)
        var lines = 0
        var lineStart = 0
        while lineStart < n {
            guard let hit = memchr(base + lineStart, 10, n - lineStart) else { break }
            let nl = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            var k = lineStart
            while k < nl && p[k] <= 32 { k += 1 }
            if k < nl {
                lines += 1
                if lines == 3 { return min(nl, lineStart + 300) }
            }
            lineStart = nl + 1
        }
        return lineStart + 300
    }

    /// Runs the grammar over tokens: (span, type, value) for each expression.
    static func matches(_ p: UnsafeBufferPointer<UInt8>, _ buffer: TokenBuffer, anchor: TimeAnchor) -> [(span: ByteSpan, type: TimeType, value: String)] {
        let tokens = buffer.tokens
        var g = TimeGrammar(tokens: tokens, bytes: p, anchor: anchor)
        g.starts = buffer.startIndices
        return g.run().compactMap { m in span(of: m, tokens).map { ($0, m.type, m.value) } }
    }

    /// The bytes a match covers; `nil` for a malformed token range (token buffers are
    /// unchecked: such a range is dropped, never read).
    @inline(__always)
    static func span(of m: TimeMatch, _ tokens: UnsafeBufferPointer<TimeToken>) -> ByteSpan? {
        guard m.first >= 0, m.first < m.last, m.last <= tokens.count else { return nil }
        return ByteSpan(Int(tokens[m.first].start), m.endByte ?? Int(tokens[m.last - 1].end))
    }

    /// A year alone (`2025`): what `documentDate` completes a month-day with.
    static func isYearValue(_ type: TimeType, _ value: String) -> Bool {
        type == .date && value.utf8.count == 4 && Int(value) != nil
    }

    /// A month-day without its year (`XXXX-11-05`).
    static func isMonthDayValue(_ value: String) -> Bool {
        value.utf8.count == 10 && value.hasPrefix("XXXX-")
    }

    /// Runs the grammar over bytes: (span, type, value) for each expression.
    static func matches(_ bytes: [UInt8], anchor: TimeAnchor, limit: Int? = nil) -> [(span: ByteSpan, type: TimeType, value: String)] {
        bytes.withUnsafeBufferPointer { p in
            let buffer = TimeTokenizer.tokenize(p, to: min(limit ?? p.count, p.count))
            defer { buffer.release() }
            return matches(p, buffer, anchor: anchor)
        }
    }

    /// The date a document's text states for itself: the first full date (`January 6, 2025`,
    /// `6 January 2025`, `2025-01-06`) in its first 1,500 bytes, else a dateline's month and day
    /// (`LOS ANGELES, Feb 26 -`) with the year of the first year mentioned near the top.
    public func documentDate(_ doc: Document, _ seg: Segmentation) -> String? {
        doc.bytes.withUnsafeBufferPointer { p in
            Self.documentDate(Self.matches(doc.bytes, anchor: .none, limit: 1500), p) ?? Self.urlDate(p)
        }
    }

    /// The latest date in a URL path the text carries (`/2025/01/06/`: a news site files its
    /// articles and their images under the publication date), for a text that states no other.
    static func urlDate(_ p: UnsafeBufferPointer<UInt8>) -> String? {
        let n = p.count
        guard n >= 12 else { return nil }
        @inline(__always) func digits(_ s: Int, _ c: Int) -> Int? { Bytes.decimal(p, s..<(s + c)) }
        guard let base = p.baseAddress else { return nil }
        var best: Day? = nil
        var i = 0
        while i + 11 < n {
            // Straight to the next slash that can open a `/YYYY/MM/DD/`: most texts have none, and
            // `memchr` skips the rest far faster than a byte loop.
            guard let hit = memchr(base + i, 47, n - 11 - i) else { break }
            i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            if p[i + 5] == 47, p[i + 8] == 47, !Bytes.isDigit(p[i + 11]),
               let y = digits(i + 1, 4), let m = digits(i + 6, 2), let d = digits(i + 9, 2), (1990...2100).contains(y) {
                let day = Day(y: y, m: m, d: d)
                if AnchorCalendar.isValid(day), best.map({ day > $0 }) ?? true { best = day }
            }
            i += 1
        }
        return best?.iso
    }

    /// `documentDate` from the unanchored matches of a text's first 1,500 bytes.
    static func documentDate(_ found: [(span: ByteSpan, type: TimeType, value: String)], _ p: UnsafeBufferPointer<UInt8>) -> String? {
        // Only the top (title, dateline, lead paragraph) dates the report: a date further down,
        // or one a deadline word introduces ("debentures due March 1, 2011", "the quarter
        // ended Sept. 30", "until Dec. 31, 1994"), is an event's.
        for m in found where isStatedFullDate(p, m.span, m.type, m.value) {
            return m.value
        }
        var year: String? = nil
        for m in found where isYearValue(m.type, m.value) {
            year = m.value
            break
        }
        if let year, let md = found.first(where: { isMonthDayValue($0.value) }),
           inLead(p, md.span.start), !afterDeadlineWord(p, md.span.start) {
            let v = year + md.value.dropFirst(4)
            if Day.parse(v) != nil, weekdayAgrees(p, md.span, v) { return v }
        }
        return nil
    }

    /// Whether a match is a full date `documentDate` takes as the report's: a day in the lead,
    /// after no deadline word, on the weekday it names if it names one.
    static func isStatedFullDate(_ p: UnsafeBufferPointer<UInt8>, _ span: ByteSpan, _ type: TimeType, _ value: String) -> Bool {
        type == .date && value.utf8.count == 10 && Day.parse(value) != nil
            && inLead(p, span.start) && !afterDeadlineWord(p, span.start) && weekdayAgrees(p, span, value)
    }

    /// Whether byte `at` lies in the first three non-empty lines (title, dateline, lead) and
    /// in the first 300 bytes of its line (the lead sentence, not a later paragraph of a text
    /// without line breaks).
    static func inLead(_ p: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        var lines = 0
        var content = false
        var lineStart = 0
        var i = 0
        while i < min(at, p.count) {
            if p[i] == 10 {
                if content { lines += 1; if lines >= 3 { return false } }
                content = false
                lineStart = i + 1
            } else if p[i] > 32 { content = true }
            i += 1
        }
        return at - lineStart <= 300
    }

    /// Whether the word before byte `at` (skipping `on`) makes the date a deadline or a period's
    /// end rather than the day of the report.
    static func afterDeadlineWord(_ p: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        var e = min(at, p.count)
        // The previous word's bytes (letters only; past a space or comma).
        func previousWord() -> Range<Int> {
            while e > 0, p[e - 1] == 32 || p[e - 1] == 44 { e -= 1 }
            var s = e
            while s > 0, Bytes.isAlpha(p[s - 1]) { s -= 1 }
            defer { e = s }
            return s..<e
        }
        var w = previousWord()
        if w.count == 2, Bytes.lower(p[w.lowerBound]) == 111, Bytes.lower(p[w.lowerBound + 1]) == 110 { w = previousWord() } // "on"
        return !w.isEmpty && deadlineWords.contains(p, w.lowerBound, w.upperBound)
    }

    /// Words that make the date after them a deadline or an event's, not the report's.
    static let deadlineWords = WordSet(["due", "expire", "expires", "expired", "ended", "ending", "until", "through",
                                        "payable", "effective", "maturing", "matures", "record", "before", "since",
                                        "from", "between", "of"])

    /// Whether a weekday the expression starts with ("Monday, Oct. 26") falls on the date.
    static func weekdayAgrees(_ p: UnsafeBufferPointer<UInt8>, _ span: ByteSpan, _ value: String) -> Bool {
        var e = span.start
        while e < min(span.end, p.count), Bytes.isAlpha(p[e]) { e += 1 }
        let lex = TimeLexicon.lookup(p, span.start, e)
        guard lex.word == .weekday, let day = Day.parse(value), let cal = AnchorCalendar(day) else { return true }
        return cal.weekday == Int(lex.value)
    }

    /// Parses a date phrase the tagger understands (`2024-11`, `Nov. 5`, `last week`,
    /// `January 20, 2025`) into a TIMEX3 value such as `2024-11` or `2025-01-20`, resolving
    /// relative phrases against `anchor` (an ISO date or date-time). `nil` when no DATE or
    /// TIME expression is found.
    public static func parseDate(_ text: String, anchor: String?) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if TimexValue(trimmed) != nil, trimmed.first?.isNumber == true { return trimmed }
        let a = TimeAnchor(anchor, basis: .text) ?? .none
        let found = matches(Array(trimmed.utf8), anchor: a)
        guard let m = found.first(where: { ($0.type == .date || $0.type == .time) && TimexValue($0.value) != nil }) else { return nil }
        return m.value
    }
}
