/// One token as the time tagger sees it. A run of words outside the lexicon is one token.
struct TimeToken: Sendable {
    /// Token classes.
    enum Kind: UInt8, Sendable { case word, number, punct }

    /// First byte.
    var start: Int32
    /// One past the last byte.
    var end: Int32
    /// The class.
    var kind: Kind
    /// Flags: `cap` (first letter upper case), `space` (white space before), `upper` (all upper case).
    var flags: UInt8
    /// The lexicon entry (words only).
    var lex: TimeLex
    /// Numbers: the value (up to 9 digits); punctuation: the ASCII byte, 39 for a curly
    /// apostrophe, 45 for a dash-like mark, 0 otherwise.
    var num: Int32

    static let cap: UInt8 = 1
    static let space: UInt8 = 2
    static let upper: UInt8 = 4
    static let newline: UInt8 = 8
    /// Set on tokens a rule may start at (numbers and the lexicon words `TimeLexicon.mayStart`
    /// allows); the grammar visits only these.
    static let start: UInt8 = 16

    /// The number of bytes.
    var length: Int { Int(end - start) }
}

/// A growable token buffer the caller owns and must `release()`: appending is a store, with
/// none of an array's uniqueness checks on the hot path. The tokens and the start indices share
/// one block of `TokenStorage`, which keeps it for the thread's next document.
struct TokenBuffer {
    private(set) var base: UnsafeMutablePointer<TimeToken>
    private(set) var count = 0
    private(set) var capacity: Int
    /// The indices of the tokens flagged `TimeToken.start`, in order (after the tokens, in the
    /// same allocation).
    private(set) var starts: UnsafeMutablePointer<Int32>
    private(set) var startCount = 0

    /// Room for at least `capacity` tokens (and as many start indices), after one empty token
    /// (`base[-1]`, so the scanner may read "the last token" of an empty buffer).
    init(capacity: Int) {
        (base, starts, self.capacity) = TokenStorage.take(max(16, capacity))
    }

    @inline(__always) mutating func append(_ t: TimeToken) {
        // A new value rather than a mutating call: a scanner's local copy stays in registers.
        if count == capacity { self = grown() }
        (base + count).initialize(to: t)
        // Written every time, kept only for start tokens: no branch on the flag.
        starts[startCount] = Int32(truncatingIfNeeded: count)
        startCount &+= Int((t.flags & TimeToken.start) >> 4)
        count &+= 1
    }

    /// Appends the first `count` tokens of `other` (and their start indices) in two copies, as
    /// `count` calls of `append` would. Only for an empty buffer with room for them.
    mutating func append(prefixOf other: TokenBuffer, count n: Int) {
        let n = max(0, min(n, other.count))
        guard count == 0, n <= capacity else {
            for k in 0..<n { append(other.base[k]) }
            return
        }
        base.initialize(from: other.base, count: n)
        // The start indices are in order: those below `n` come first.
        var s = 0
        while s < other.startCount && Int(other.starts[s]) < n { s += 1 }
        starts.initialize(from: other.starts, count: s)
        count = n
        startCount = s
    }

    /// Sets the counts after tokens (and start indices) were written past the old ones.
    @inline(__always) mutating func setCounts(count: Int, startCount: Int) {
        self.count = count
        self.startCount = startCount
    }

    /// Moves the last token's end.
    @inline(__always) mutating func extendLast(to end: Int32) { base[count &- 1].end = end }

    /// The buffer moved to storage of at least twice the capacity (this one's is given back).
    @inline(never) func grown() -> TokenBuffer {
        var b = self
        let (bigger, biggerStarts, biggerCapacity) = TokenStorage.take(capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        biggerStarts.moveInitialize(from: starts, count: startCount)
        TokenStorage.give(base)
        b.base = bigger
        b.starts = biggerStarts
        b.capacity = biggerCapacity
        return b
    }

    /// The tokens, valid until `release()`.
    var tokens: UnsafeBufferPointer<TimeToken> { UnsafeBufferPointer(start: base, count: count) }

    /// The indices of the start tokens, valid until `release()`.
    var startIndices: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: starts, count: startCount) }

    /// Gives the storage back (`TokenStorage` keeps it for the thread's next buffer or frees it).
    func release() {
        TokenStorage.give(base)
    }
}

/// Splits bytes into words, numbers and punctuation, looking each word up in the lexicon.
enum TimeTokenizer {
    /// The tokens of `p[from..<to]`; the caller releases the buffer.
    static func tokenize(_ p: UnsafeBufferPointer<UInt8>, from: Int = 0, to: Int? = nil) -> TokenBuffer {
        let n = min(to ?? p.count, p.count)
        var out = TokenBuffer(capacity: (n - from) / 6 + 8)
        append(into: &out, p, from: from, to: n, flags: 0)
        return out
    }

    /// Appends the tokens of `p[from..<to]` to `out`, as if the white space before `from` had
    /// set `flags`.
    static func append(into out: inout TokenBuffer, _ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, flags: UInt8) {
        let table = TimeLexicon.table
        let filter = TimeLexicon.filterBits
        let startFlags = TimeLexicon.startFlags
        let short = TimeLexicon.short
        table.keys.withUnsafeBufferPointer { keys in
            table.keys2.withUnsafeBufferPointer { keys2 in
                table.entries.withUnsafeBufferPointer { entries in
                    filter.withUnsafeBufferPointer { filter in
                        startFlags.withUnsafeBufferPointer { startFlags in
                            short.keys.withUnsafeBufferPointer { shortKeys in
                                short.slots.withUnsafeBufferPointer { shortSlots in
                                    let lexicon = Tables(keys: keys, keys2: keys2, entries: entries, filter: filter, startFlags: startFlags,
                                                         shortKeys: shortKeys, shortSlots: shortSlots, shortMultiplier: short.multiplier)
                                    scan(into: &out, p, from, min(to, p.count), flags: flags, lexicon)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The lexicon's tables as raw buffers, valid inside `append`.
    struct Tables {
        /// `TimeLexicon.table`.
        let keys: UnsafeBufferPointer<UInt64>, keys2: UnsafeBufferPointer<UInt64>, entries: UnsafeBufferPointer<TimeLex>
        /// `TimeLexicon.filterBits`.
        let filter: UnsafeBufferPointer<UInt64>
        /// `TimeLexicon.startFlags`.
        let startFlags: UnsafeBufferPointer<UInt8>
        /// `TimeLexicon.short`.
        let shortKeys: UnsafeBufferPointer<UInt64>, shortSlots: UnsafeBufferPointer<TimeLexicon.Slot>
        /// `TimeLexicon.short.multiplier`.
        let shortMultiplier: UInt64

        /// Whether some entry has this first letter, last letter and length: only such words
        /// are hashed and looked up.
        @inline(__always) func mayHold(first: UInt8, last: UInt8, length: Int) -> Bool {
            guard length <= 12 else { return false }
            let fi = (Int((first | 0x20) &- 97) &* 26 &+ Int((last | 0x20) &- 97)) &* 16 &+ length
            return filter[fi >> 6] & (1 << UInt64(fi & 63)) != 0
        }

        /// Sets `lex` to the entry of the word keyed `(a, b)` (`TimeLexicon.key`) and adds its
        /// start flag to `flags`, when the word is in the table.
        @inline(__always) func find(_ a: UInt64, _ b: UInt64, lex: inout TimeLex, flags: inout UInt8) {
            var h = TimeLexicon.slot(a, b)
            while true {
                let kb = keys2[h]
                if kb == 0 { return }
                if kb == b && keys[h] == a { lex = entries[h]; flags |= startFlags[h]; return }
                h = (h &+ 1) & (TimeLexicon.size - 1)
            }
        }
    }

    /// The scanner proper, on raw buffers: appends the tokens of `p[from..<n]` to `out`, as if
    /// the white space before `from` had set `flags`. Restarting at a token's start with that
    /// token's white space flags gives the tokens a scan of the whole text gives from there
    /// (unless the token before is a word run the first word would join).
    static func scan(into out: inout TokenBuffer, _ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ n: Int, flags initialFlags: UInt8,
                     _ lexicon: Tables) {
        // No bytes, no base address (and nothing to scan).
        guard let base = p.baseAddress else { return }
        var i = from
        var flags: UInt8 = initialFlags
        // Whether the last token is a run of words outside the lexicon (it can grow).
        var lastPlain = false
        // The hot loop: tokens that start before `n - 16` (16 bytes to read from a token's start
        // with no end test), in chunks short enough that the buffer cannot fill up (every token
        // takes at least one byte), so appending needs no capacity test. The buffer grows only
        // when it is full.
        let fast = n &- 16
        while i < fast {
            let room = out.capacity &- out.count
            if room == 0 { out = out.grown(); continue }
            let chunkEnd = min(fast, i &+ room)
            var w = Writer(tokens: out.base, count: out.count, start: out.starts + out.startCount)
            let long = hot(&w, base, &i, chunkEnd, n, &flags, &lastPlain, lexicon)
            out.setCounts(count: w.count, startCount: w.start - out.starts)
            // A word of 14 letters or more: read byte by byte.
            if long { step(&out, base, &i, n, &flags, &lastPlain, lexicon) }
        }
        while i < n { step(&out, base, &i, n, &flags, &lastPlain, lexicon) }
    }

    /// Where the hot loop writes tokens: no capacity test (the caller saw to the room).
    struct Writer {
        /// The token storage.
        let tokens: UnsafeMutablePointer<TimeToken>
        /// The number of tokens.
        var count: Int
        /// Where the next start index goes.
        var start: UnsafeMutablePointer<Int32>

        @inline(__always) mutating func append(_ t: TimeToken) {
            (tokens + count).initialize(to: t)
            // Written every time, kept only for start tokens: no branch on the flag.
            start.pointee = Int32(truncatingIfNeeded: count)
            start += Int((t.flags & TimeToken.start) >> 4)
            count &+= 1
        }
    }

    /// Appends the tokens that start in `p[i..<chunkEnd]` (`chunkEnd <= n - 16`) to `w`; stops
    /// early, with `i` at its first letter, at a word of 14 letters or more (true).
    @inline(__always)
    static func hot(_ w: inout Writer, _ base: UnsafePointer<UInt8>, _ i: inout Int, _ chunkEnd: Int, _ n: Int,
                    _ flags: inout UInt8, _ lastPlain: inout Bool, _ lexicon: Tables) -> Bool {
        let shortKeys = lexicon.shortKeys, shortSlots = lexicon.shortSlots
        let shortMultiplier = lexicon.shortMultiplier
        while i < chunkEnd {
            let s = i
            let c = base[s]
            guard (c | 0x20) &- 97 < 26 else {
                other(&w, base, &i, n, c, &flags, &lastPlain)
                continue
            }
            var lex = TimeLex.none
            var f = flags
            if c < 97 { f |= TimeToken.cap }
            // Eight bytes at once: which are letters, which lower case; the word ends at the
            // first non-letter or at a lower-to-upper change after two lower-case letters
            // ("agoBefore"), as in the byte loop of `step`. Plain integer arithmetic: the word's
            // end, and so the next word's start, is a short chain of operations after the load.
            let block = LetterBlock(UInt64(littleEndian: UnsafeRawPointer(base + s).loadUnaligned(as: UInt64.self)))
            let folded = block.folded, lower = block.lower, stop = block.stop
            if stop != 0 {
                // The stop byte's lowest set bit is its high bit: `tz - 7` is eight times
                // the word's length (8 to 56), and the bits below it are the word's.
                let tz = stop.trailingZeroBitCount
                let wordMask: UInt64 = (1 &<< UInt64(truncatingIfNeeded: tz &- 7)) &- 1
                // All upper case and longer than one letter: no lower-case letter in the
                // word, and bit 8 (no letter's flag bit) in its mask.
                if wordMask & (lower | 0x100) == 0x100 { f |= TimeToken.upper }
                // One to seven letters: the short-word table, keyed by the letters alone.
                // Both slots are read and the entry selected without a branch (the empty
                // slot at `shortSize` when neither holds the word).
                let a = folded & wordMask
                let (h1, h2) = TimeLexicon.shortSlots(a, shortMultiplier)
                let k1 = shortKeys[h1], k2 = shortKeys[h2]
                var at = TimeLexicon.shortSize
                if k2 == a { at = h2 }
                if k1 == a { at = h1 }
                let e = shortSlots[at]
                lex = e.lex
                f |= e.flags
                i = s &+ tz &>> 3
            } else {
                // Eight letters and no case change: the next eight bytes from `s + 6` (two
                // letters of context for the case-change rule), for words of 8 to 13 letters.
                let block2 = LetterBlock(UInt64(littleEndian: UnsafeRawPointer(base + (s &+ 6)).loadUnaligned(as: UInt64.self)))
                let folded2 = block2.folded, lower2 = block2.lower
                // Bytes 6 and 7 are letters already read: never the stop.
                let stop2 = block2.stop & ~0xFFFF
                guard stop2 != 0 else { return true }
                let tz2 = stop2.trailingZeroBitCount
                let len = 6 &+ tz2 &>> 3
                let wordMask2: UInt64 = (1 &<< UInt64(truncatingIfNeeded: tz2 &- 7)) &- 1
                if lower == 0 && lower2 & wordMask2 == 0 { f |= TimeToken.upper }
                i = s &+ len
                if lexicon.mayHold(first: c, last: base[i &- 1], length: len) {
                    lexicon.find(folded, ((folded2 & wordMask2) >> 16) | UInt64(len) << 40, lex: &lex, flags: &f)
                }
            }
            // Runs of words the grammar never looks at collapse into one token: fewer tokens,
            // same adjacency (a punctuation mark or number always breaks the run).
            // Which of the two is not known to the branch predictor (a word is in the lexicon or
            // not in no pattern it can learn), so the token is written either way, in place of
            // the last one when it extends it.
            let plain = lex.word == .none
            let extend = (plain ? 1 : 0) & (lastPlain ? 1 : 0)
            let at = w.count &- extend
            // The last token (the buffer's empty one before the first): read either way.
            // Masks, not selects: a select on a load would be compiled to a branch.
            let last = (w.tokens + (w.count &- 1)).pointee
            let m = 0 &- Int32(truncatingIfNeeded: extend)
            let start = (last.start & m) | (Int32(truncatingIfNeeded: s) & ~m)
            let tf = (last.flags & UInt8(truncatingIfNeeded: m)) | (f & ~UInt8(truncatingIfNeeded: m))
            (w.tokens + at).initialize(to: TimeToken(start: start, end: Int32(truncatingIfNeeded: i), kind: .word, flags: tf, lex: lex, num: 0))
            w.start.pointee = Int32(truncatingIfNeeded: at)
            w.start += Int((tf & TimeToken.start) >> 4)
            w.count = at &+ 1
            lastPlain = plain
            // A single space before the next token, the usual case, without the white space
            // loop (which, after more white space, adds its flags to these). The word ended
            // inside the bytes read, before `n`. A branch, not a select: predicted, it keeps the
            // load of that byte off the chain from one word's start to the next.
            flags = 0
            if base[i] == 32 { flags = TimeToken.space; i &+= 1 }
        }
        return false
    }

    /// Appends the token at `i` to `out`, reading words byte by byte.
    static func step(_ out: inout TokenBuffer, _ base: UnsafePointer<UInt8>, _ i: inout Int, _ n: Int,
                     _ flags: inout UInt8, _ lastPlain: inout Bool, _ lexicon: Tables) {
        let c = base[i]
        let s = i
        guard (c | 0x20) &- 97 < 26 else {
            other(&out, base, &i, n, c, &flags, &lastPlain)
            return
        }
        var lex = TimeLex.none
        var f = flags
        if c < 97 { f |= TimeToken.cap }
        var upperCount = 0
        while i < n {
            let d = base[i]
            let l = d | 0x20
            guard l >= 97 && l <= 122 else { break }
            // Run-together scraped text ("agoBefore") splits at a lower-to-upper change.
            if d < 97 {
                if i &- s >= 2 && base[i &- 1] >= 97 && base[i &- 2] >= 97 { break }
                upperCount &+= 1
            }
            i &+= 1
        }
        let len = i &- s
        if upperCount == len && len > 1 { f |= TimeToken.upper }
        if lexicon.mayHold(first: c, last: base[i &- 1], length: len),
           let (a, b) = TimeLexicon.key(UnsafeBufferPointer(start: base, count: n), s, i) {
            lexicon.find(a, b, lex: &lex, flags: &f)
        }
        let plain = lex.word == .none
        if plain && lastPlain {
            out.extendLast(to: Int32(truncatingIfNeeded: i))
        } else {
            out.append(TimeToken(start: Int32(truncatingIfNeeded: s), end: Int32(truncatingIfNeeded: i), kind: .word,
                                 flags: f, lex: lex, num: 0))
            lastPlain = plain
        }
        flags = 0
        if i < n && base[i] == 32 { flags = TimeToken.space; i &+= 1 }
    }

    /// Appends the token at `i` that is no word (white space, a number, a mark) to `w`.
    @inline(__always)
    static func other<W: TokenSink>(_ w: inout W, _ base: UnsafePointer<UInt8>, _ i: inout Int, _ n: Int, _ c: UInt8,
                                    _ flags: inout UInt8, _ lastPlain: inout Bool) {
        let s = i
        if c <= 32 {
            // White space (and other control bytes) in one go.
            var j = i
            while j < n, base[j] <= 32 {
                if base[j] == 10 { flags |= TimeToken.newline }
                j &+= 1
            }
            flags |= TimeToken.space
            i = j
            return
        }
        if c >= 48 && c <= 57 {
            var v: Int32 = 0
            while i < n, base[i] >= 48 && base[i] <= 57 {
                if i &- s < 9 { v = v &* 10 &+ Int32(base[i] &- 48) }
                i &+= 1
            }
            w.append(TimeToken(start: Int32(truncatingIfNeeded: s), end: Int32(truncatingIfNeeded: i), kind: .number,
                               flags: flags | TimeToken.start, lex: .none, num: v))
        } else if c < 0x80 {
            i &+= 1
            w.append(TimeToken(start: Int32(truncatingIfNeeded: s), end: Int32(truncatingIfNeeded: i), kind: .punct,
                               flags: flags, lex: .none, num: Int32(c)))
        } else {
            // A no-break space is white space (tested here, not before every token: no letter,
            // digit or ASCII mark starts with 0xC2).
            if c == 0xC2, i &+ 1 < n, base[i &+ 1] == 0xA0 { flags |= TimeToken.space; i &+= 2; return }
            var len = 1
            if c >= 0xF0 { len = 4 } else if c >= 0xE0 { len = 3 } else if c >= 0xC0 { len = 2 }
            i = min(n, i &+ len)
            var v: Int32 = 0
            if c == 0xE2, s &+ 2 < n, base[s &+ 1] == 0x80 {
                let t = base[s &+ 2]
                if t == 0x99 || t == 0x98 { v = 39 } else if t == 0x93 || t == 0x94 || t == 0x90 || t == 0x91 { v = 45 }
            }
            w.append(TimeToken(start: Int32(truncatingIfNeeded: s), end: Int32(truncatingIfNeeded: i), kind: .punct,
                               flags: flags, lex: .none, num: v))
        }
        lastPlain = false
        flags = 0
        if i < n && base[i] == 32 { flags = TimeToken.space; i &+= 1 }
    }
}

/// Where `TimeTokenizer.other` appends a token.
protocol TokenSink {
    /// Appends a token.
    mutating func append(_ t: TimeToken)
}

extension TokenBuffer: TokenSink {}
extension TimeTokenizer.Writer: TokenSink {}

/// Eight bytes of text as the tokenizer reads a word from them: which are letters, which are
/// lower case, and where the word stops (at the first byte that is not an ASCII letter, or at a
/// capital after two lower-case letters: "agoBefore").
struct LetterBlock {
    /// The bytes with ASCII letters lower-cased (other bytes get bit 5 set).
    let folded: UInt64
    /// The high bit of each lower-case letter.
    let lower: UInt64
    /// The high bit of each byte the word stops at.
    let stop: UInt64

    @inline(__always) init(_ x: UInt64) {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        folded = x | 0x2020_2020_2020_2020
        let low7 = folded & ~high
        let letter = (low7 &+ ones &* 0x1F) & ~(low7 &+ ones &* 0x05) & ~folded & high
        let lowerBit = (x << 2) & high
        lower = letter & lowerBit
        let upper = letter & ~lowerBit
        stop = (~letter & high) | (upper & (lower << 8) & (lower << 16))
    }
}
