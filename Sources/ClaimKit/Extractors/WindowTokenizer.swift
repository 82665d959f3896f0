/// A word or punctuation mark of a short window of text around a quote.
///
/// A word's text is not copied out: `key` is made from the document's bytes only when asked for
/// (most tokens are only ever looked up by `hash`). A mark is one byte (`mark`), so a token holds
/// no reference: arrays of tokens are copied and freed without reference counting. Tokens live
/// inside the document's `withUnsafeBufferPointer` scope, like the buffer their words point into.
struct WindowToken {
    /// The token's bytes.
    var span: ByteSpan
    /// The document's bytes (words only; a key is read from `span` of them).
    var base: UnsafePointer<UInt8>?
    /// `WordSet.hash` of `key`, so word lists are consulted without hashing strings.
    var hash: UInt64
    /// `WordSet.hash` of `stem`.
    var stemHash: UInt64
    /// Which mark a punctuation or quote token is (see `Mark`); 0 for words (and for a NUL byte).
    /// (Stored next to the flags: a token is then 48 bytes, not 56.)
    var mark: UInt8
    /// Whether it is a word (letters, digits, internal `.`, `-`, apostrophes).
    var isWord: Bool
    /// Whether a word starts with an upper-case ASCII letter.
    var isCap: Bool
    /// Whether it stands for a whole quotation (marks and content).
    var isQuote: Bool
    /// Whether the word ends in a possessive `'s` / `’s` / `s'` / `s’` (read once, from the bytes).
    var isPossessive: Bool
    /// Whether the token ends a sentence (`.`, `!`, `?`).
    var endsSentence: Bool
    /// Whether the key starts with "then-" or "ex-" ("then-Secretary", "ex-wife").
    var hasTitlePrefix: Bool

    /// The codes of `mark`: an ASCII punctuation byte stands for itself (curly double and single
    /// quote marks are read as `"` and `'`); the marks below stand for multi-byte keys.
    enum Mark {
        /// A dash (en, em, horizontal bar): key `"—"`.
        static let dash: UInt8 = 0x80
        /// An ellipsis: key `"…"`.
        static let ellipsis: UInt8 = 0x81
        /// Any other general punctuation character: key `"·"`.
        static let other: UInt8 = 0x82
        /// A whole quotation: key `"«q»"`.
        static let quote: UInt8 = 0x83

        /// The key of a multi-byte mark.
        @inline(__always) static func key(_ m: UInt8) -> StaticString {
            switch m {
            case dash: return "—"
            case ellipsis: return "…"
            case quote: return "«q»"
            default: return "·"
            }
        }

        /// `WordSet.hash` of mark `m`'s key, read from its bytes.
        @inline(__always) static func hash(_ m: UInt8) -> UInt64 {
            var h: UInt64 = 0xcbf29ce484222325
            if m < 0x80 {
                h = (h ^ UInt64(Bytes.lower(m))) &* 0x100000001b3
            } else {
                let k = key(m)
                for i in 0..<k.utf8CodeUnitCount { h = (h ^ UInt64(k.utf8Start[i])) &* 0x100000001b3 }
            }
            return h == 0 ? 1 : h
        }
    }

    /// The lower-cased text of a word; the mark itself for punctuation; `"«q»"` for a quote.
    var key: String {
        guard isWord, let base else { return markKey }
        let s = span.start, n = span.end - span.start
        return String(unsafeUninitializedCapacity: n) { o in
            for k in 0..<n { o[k] = Bytes.lower(base[s + k]) }
            return n
        }
    }

    /// The key of a mark ("" for a word).
    var markKey: String {
        if isWord { return "" }
        if mark < 0x80 { return String(UnicodeScalar(mark)) }
        return Mark.key(mark).description
    }

    /// The `back`-th byte from the end of the key, lower-cased (1 = last); nil past its start.
    @inline(__always) func keyByte(fromEnd back: Int) -> UInt8? {
        guard isWord, let base else {
            if isWord { return nil }
            if mark < 0x80 { return back == 1 ? mark : nil }
            let k = Mark.key(mark)
            let n = k.utf8CodeUnitCount
            return back <= n ? k.utf8Start[n - back] : nil
        }
        guard back <= span.end - span.start else { return nil }
        return Bytes.lower(base[span.end - back])
    }

    /// Whether the key is all ASCII digits (and not empty: an empty key never is a word).
    var isNumber: Bool {
        // No mark's key is made of digits; a word without bytes has the empty key.
        guard isWord, let base else { return isWord }
        for k in span.start..<span.end where !Bytes.isDigit(base[k]) { return false }
        return true
    }

    /// A punctuation mark or quote token (`mark` as in `Mark`); hash and flags follow from it.
    init(span: ByteSpan, mark: UInt8) {
        self.span = span
        self.base = nil
        self.mark = mark
        self.isWord = false
        self.isCap = false
        self.isQuote = mark == Mark.quote
        let h = Mark.hash(mark)
        self.hash = h
        self.stemHash = h
        self.isPossessive = false
        self.endsSentence = mark == 46 || mark == 33 || mark == 63
        self.hasTitlePrefix = false
    }

    /// A word of the document's bytes `base[span]`, with every derived field given.
    init(word span: ByteSpan, base: UnsafePointer<UInt8>?, hash: UInt64, stemHash: UInt64, isCap: Bool,
         isPossessive: Bool, hasTitlePrefix: Bool) {
        self.span = span
        self.base = base
        self.mark = 0
        self.hash = hash
        self.stemHash = stemHash
        self.isWord = true
        self.isCap = isCap
        self.isQuote = false
        self.isPossessive = isPossessive
        self.endsSentence = false
        self.hasTitlePrefix = hasTitlePrefix
    }

    /// The key without a possessive ending.
    var stem: String {
        // A word's key ends in "'s" or "’s" exactly when its last bytes do: the stem is then its
        // bytes before them, lower-cased.
        if isWord, let base {
            let n = span.end - span.start
            var cut = 0
            if n >= 2, Bytes.lower(base[span.end - 1]) == 115, base[span.end - 2] == 39 { cut = 2 }
            else if n >= 4, Bytes.lower(base[span.end - 1]) == 115, base[span.end - 2] == 0x99, base[span.end - 3] == 0x80, base[span.end - 4] == 0xE2 { cut = 4 }
            let s = span.start, m = n - cut
            return String(unsafeUninitializedCapacity: m) { o in
                for k in 0..<m { o[k] = Bytes.lower(base[s + k]) }
                return m
            }
        }
        let key = self.key
        if key.hasSuffix("'s") { return String(key.dropLast(2)) }
        if key.hasSuffix("’s") { return String(key.dropLast(2)) }
        return key
    }
}

/// Splits short windows of text into `WindowToken`s; quotations inside the window become one token.
enum WindowTokenizer {
    /// Abbreviations that keep their final period ("Mr.", "Sen.", "U.S."); at most 48, so that
    /// `abbreviationTable` (64 slots) keeps room.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm", "maj",
        "st", "jr", "sr", "rev", "prof", "u.s", "u.n", "u.k", "d.c", "inc", "corp", "co", "ltd", "del",
        "vs", "ft", "mt", "pres", "sec", "atty", "supt", "cmdr",
    ]


    /// The tokens of `range`, treating each of `quotes` (whole spans incl. marks) as one token.
    static func tokens(_ b: UnsafeBufferPointer<UInt8>, _ range: ByteSpan, quotes: [ByteSpan] = []) -> [WindowToken] {
        tokens(b, range, quotes: quotes[...])
    }

    /// For each byte, what it adds to a word's hash while the word goes on: a letter its
    /// lower-case form, a digit or a byte of a multi-byte character (other than 0xE2 and 0xC2,
    /// which start punctuation and no-break spaces) itself; 0 for a byte that needs a closer look.
    /// (`nonisolated(unsafe)` is sound here and below: a `static let` is set once, under the
    /// runtime's lock, and the memory it points to is never written after that.)
    nonisolated(unsafe) static let wordBytes: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for c in 0..<256 {
            let d = UInt8(c)
            if Bytes.isAlpha(d) { t[c] = d | 0x20 }
            else if Bytes.isDigit(d) || (d >= 0x80 && d != 0xE2 && d != 0xC2) { t[c] = d }
            else { t[c] = 0 }
        }
        return UnsafePointer(t)
    }()

    /// `abbreviations` as a table read through a pointer (64 slots of their `WordSet.hash`es,
    /// open addressing, 0 for empty), so the tokenizer holds no reference to retain and release.
    nonisolated(unsafe) static let abbreviationTable: UnsafePointer<UInt64> = {
        let t = UnsafeMutablePointer<UInt64>.allocate(capacity: 64)
        t.initialize(repeating: 0, count: 64)
        for w in abbreviations {
            let bytes = Array(w.utf8)
            var h = WordSet.hash(bytes, 0, bytes.count)
            if h == 0 { h = 1 }
            var i = Int(truncatingIfNeeded: h) & 63
            while t[i] != 0 && t[i] != h { i = (i + 1) & 63 }
            t[i] = h
        }
        return UnsafePointer(t)
    }()

    /// Whether hash `h` is in `abbreviationTable` (`table`).
    @inline(__always)
    static func isAbbreviation(_ h: UInt64, _ table: UnsafePointer<UInt64>) -> Bool {
        var i = Int(truncatingIfNeeded: h) & 63
        while true {
            let v = table[i]
            if v == h { return true }
            if v == 0 { return false }
            i = (i + 1) & 63
        }
    }

    /// Where a tokenization stands: the next byte and the next quote.
    struct Cursor {
        var i: Int
        var qi: Int
    }

    /// `tokens(_:_:quotes:)` with the quotes given as a slice (of a document's quote spans).
    ///
    /// Tokens are written straight into the array's storage (no per-append capacity and
    /// uniqueness checks); a window denser than the room guessed for it goes on token by token.
    static func tokens(_ b: UnsafeBufferPointer<UInt8>, _ range: ByteSpan, quotes: ArraySlice<ByteSpan>) -> [WindowToken] {
        let start = max(0, range.start)
        let end = min(range.end, b.count)
        guard start < end, let base = b.baseAddress else { return [] }
        return quotes.withUnsafeBufferPointer { q in
            var cursor = Cursor(i: start, qi: 0)
            while cursor.qi < q.count, q[cursor.qi].end <= start { cursor.qi += 1 }
            // (read once: each use of a `static let` is a call that checks it is set)
            let abbreviations = abbreviationTable
            let table = wordBytes
            // At most one token per byte; about one per five bytes of news text. (The storage is
            // reserved by the array's own specialised code, which costs less than
            // `init(unsafeUninitializedCapacity:)`'s generic allocation, and `append(contentsOf:)`
            // lets `Fill` write the tokens straight into it.)
            let n = end - start
            var out: [WindowToken] = []
            out.reserveCapacity(n <= 64 ? n : n / 4 + 16)
            out.append(contentsOf: Fill(b: base, end: end, quotes: q, abbreviations: abbreviations, table: table, cursor: cursor))
            return out
        }
    }

    /// The tokens from a cursor on, as a sequence that writes as many as there is room for
    /// straight into the storage it is copied into (`fill`), then goes on one by one.
    struct Fill: Sequence, IteratorProtocol {
        let b: UnsafePointer<UInt8>
        let end: Int
        let quotes: UnsafeBufferPointer<ByteSpan>
        let abbreviations: UnsafePointer<UInt64>
        let table: UnsafePointer<UInt8>
        var cursor: Cursor

        /// The next token (after the room `_copyContents` wrote into was full).
        mutating func next() -> WindowToken? {
            var t = WindowToken(span: ByteSpan(0, 0), mark: 0)
            let n = withUnsafeMutablePointer(to: &t) { WindowTokenizer.fill($0, 1, b, end, quotes, &cursor, abbreviations, table) }
            return n == 1 ? t : nil
        }

        /// Writes tokens into `buf` until it is full or the text ends.
        __consuming func _copyContents(initializing buf: UnsafeMutableBufferPointer<WindowToken>) -> (Fill, Int) {
            var rest = self
            guard let o = buf.baseAddress, !buf.isEmpty else { return (rest, 0) }
            let n = WindowTokenizer.fill(o, buf.count, b, end, quotes, &rest.cursor, abbreviations, table)
            return (rest, n)
        }
    }

    /// Writes at most `room` tokens of `base[cursor.i..<end]` to `o` and returns how many;
    /// `cursor` is left at the first byte not read.
    static func fill(_ o: UnsafeMutablePointer<WindowToken>, _ room: Int, _ b: UnsafePointer<UInt8>, _ end: Int,
                     _ quotes: UnsafeBufferPointer<ByteSpan>, _ cursor: inout Cursor, _ abbreviations: UnsafePointer<UInt64>,
                     _ table: UnsafePointer<UInt8>) -> Int {
        var count = 0
        var i = cursor.i
        var qi = cursor.qi
        let qn = quotes.count
        // The next quote's start (past every byte when there is none).
        var nextQuote = qi < qn ? quotes[qi].start : Int.max
        while i < end, count < room {
            if i >= nextQuote {
                let qe = min(quotes[qi].end, end)
                (o + count).initialize(to: WindowToken(span: ByteSpan(quotes[qi].start, qe), mark: WindowToken.Mark.quote))
                count += 1
                i = max(qe, i + 1)
                qi += 1
                nextQuote = qi < qn ? quotes[qi].start : Int.max
                continue
            }
            let c = b[i]
            var first = table[Int(c)]
            if first == 0 {
                if Bytes.isSpace(c) { i += 1; continue }
                if c == 0xC2 {
                    if i + 1 < end, b[i + 1] == 0xA0 { i += 2; continue }
                    first = c
                } else if c == 0xE2 {
                    if i + 2 < end, b[i + 1] == 0x80 {
                        // Dashes, quote marks, ellipsis: punctuation.
                        let d = b[i + 2]
                        let mark: UInt8
                        switch d {
                        case 0x93, 0x94, 0x95: mark = WindowToken.Mark.dash
                        case 0x9C, 0x9D: mark = 34
                        case 0x98, 0x99: mark = 39
                        case 0xA6: mark = WindowToken.Mark.ellipsis
                        default: mark = WindowToken.Mark.other
                        }
                        (o + count).initialize(to: WindowToken(span: ByteSpan(i, i + 3), mark: mark))
                        count += 1
                        i += 3
                        continue
                    }
                    // (a lone lead byte starts a word like any byte of a multi-byte character)
                    first = c
                } else {
                    // Any other byte is a mark of its own: ASCII punctuation, or a stray byte of a
                    // multi-byte character (its key is that scalar, as `String(UnicodeScalar(c))` reads it).
                    (o + count).initialize(to: WindowToken(span: ByteSpan(i, i + 1), mark: c))
                    count += 1
                    i += 1
                    continue
                }
            }
            // A word (the key's hash, as `WordSet.hash`, taken while reading it).
            var h: UInt64 = (0xcbf29ce484222325 ^ UInt64(first)) &* 0x100000001b3
            var hasDot = false
            var j = i + 1
            while true {
                // (two bytes a round: half the loop's own compares and jumps)
                while j + 1 < end {
                    let l = table[Int(b[j])]
                    if l == 0 { break }
                    h = (h ^ UInt64(l)) &* 0x100000001b3
                    let m = table[Int(b[j + 1])]
                    if m == 0 { j += 1; break }
                    h = (h ^ UInt64(m)) &* 0x100000001b3
                    j += 2
                }
                if j + 1 == end {
                    let l = table[Int(b[j])]
                    if l != 0 {
                        h = (h ^ UInt64(l)) &* 0x100000001b3
                        j += 1
                    }
                }
                guard j < end else { break }
                let d = b[j]
                if d == 0xE2 {
                    if j + 2 < end, b[j + 1] == 0x80 {
                        // Keep a curly apostrophe between letters ("Korea’s"); stop at other punctuation.
                        if b[j + 2] == 0x99, j + 3 < end, Bytes.isAlpha(b[j + 3]) {
                            h = (h ^ 0xE2) &* 0x100000001b3
                            h = (h ^ 0x80) &* 0x100000001b3
                            h = (h ^ 0x99) &* 0x100000001b3
                            j += 3
                            continue
                        }
                        break
                    }
                    h = (h ^ 0xE2) &* 0x100000001b3
                    j += 1
                    continue
                }
                if d == 0xC2 {
                    if j + 1 < end, b[j + 1] == 0xA0 { break }
                    h = (h ^ 0xC2) &* 0x100000001b3
                    j += 1
                    continue
                }
                if (d == 45 || d == 39 || d == 46), j + 1 < end, Bytes.isAlnum(b[j + 1]) {
                    if d == 46 { hasDot = true }
                    h = (h ^ UInt64(d)) &* 0x100000001b3
                    j += 1
                    continue
                }
                break
            }
            let wordEnd = j
            // A period after an abbreviation or an initial belongs to the word.
            var period = false
            if j < end, b[j] == 46, isAbbreviation(h == 0 ? 1 : h, abbreviations) || (j - i == 1 && Bytes.isUpper(c)) || hasDot || (j + 1 < end && (b[j + 1] == 41 || b[j + 1] == 44 || b[j + 1] == 59)) {
                j += 1
                period = true
                h = (h ^ 46) &* 0x100000001b3
            }
            // "then-" / "ex-" at the start of the word.
            var titlePrefix = false
            if first == 116 {
                titlePrefix = wordEnd - i >= 5 && b[i + 1] | 0x20 == 104 && b[i + 2] | 0x20 == 101 && b[i + 3] | 0x20 == 110 && b[i + 4] == 45
            } else if first == 101 {
                titlePrefix = wordEnd - i >= 3 && b[i + 1] | 0x20 == 120 && b[i + 2] == 45
            }
            // Possessive endings, read from the bytes ("'s", "’s", "s'", "s’").
            var stemEnd = wordEnd
            var possessive = false
            // (every ending closes with "s", an ASCII apostrophe or the last byte of "’")
            let lastByte = b[wordEnd - 1]
            if !period, lastByte | 0x20 == 115 || lastByte == 39 || lastByte == 0x99 {
                let m = wordEnd - i
                @inline(__always) func at(_ back: Int) -> UInt8 { Bytes.lower(b[wordEnd - back]) }
                if m >= 2, at(1) == 115, at(2) == 39 { stemEnd = wordEnd - 2; possessive = true }
                else if m >= 4, at(1) == 115, at(2) == 0x99, at(3) == 0x80, at(4) == 0xE2 { stemEnd = wordEnd - 4; possessive = true }
                else if m >= 2, at(1) == 39, at(2) == 115 { possessive = true }
                else if m >= 4, at(1) == 0x99, at(2) == 0x80, at(3) == 0xE2, at(4) == 115 { possessive = true }
            }
            let hash = h == 0 ? 1 : h
            let stemHash = stemEnd == wordEnd ? hash : WordSet.hash(UnsafeBufferPointer(start: b, count: end), i, stemEnd)
            (o + count).initialize(to: WindowToken(word: ByteSpan(i, j), base: b, hash: hash, stemHash: stemHash,
                                                   isCap: Bytes.isUpper(c), isPossessive: possessive, hasTitlePrefix: titlePrefix))
            count += 1
            // (most words are followed by one space: stepped over here, not by another round)
            i = j < end && b[j] == 32 ? j + 1 : j
        }
        cursor = Cursor(i: i, qi: qi)
        return count
    }
}

/// `WordSet.hash` of the keys the attributor compares tokens with (literal constants: no
/// string comparison and no lazy initialisation per use).
enum TH {
    /// `"according"`
    static let according: UInt64 = 0x22069a7dca739b67
    /// `"and"`
    static let and: UInt64 = 0xe6f79719051ff286
    /// `"but"`
    static let but: UInt64 = 0x00611e19135a72cc
    /// `":"`
    static let colon: UInt64 = 0xaf63b74c8601adad
    /// `","`
    static let comma: UInt64 = 0xaf63a14c8601884b
    /// `"—"`
    static let dash: UInt64 = 0x5640541b8850a3f1
    /// `"he"`
    static let he: UInt64 = 0x08ba5307b55eaf76
    /// `"-"`
    static let hyphen: UInt64 = 0xaf63a04c86018698
    /// `"("`
    static let lparen: UInt64 = 0xaf63a54c86018f17
    /// `"of"`
    static let of: UInt64 = 0x08b06007b5567108
    /// `"on"`
    static let on: UInt64 = 0x08b05807b5566370
    /// `"or"`
    static let or: UInt64 = 0x08b05407b5565ca4
    /// `")"`
    static let rparen: UInt64 = 0xaf63a44c86018d64
    /// `"she"`
    static let she: UInt64 = 0x8245aa195cea9e21
    /// `"the"`
    static let the: UInt64 = 0x56f5c9194461d57c
    /// `"to"`
    static let to: UInt64 = 0x08c83907b56ac0a4
    /// `"who"`
    static let who: UInt64 = 0x5ec5fc194891690f
}
