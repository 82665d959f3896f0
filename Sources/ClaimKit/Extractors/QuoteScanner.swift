#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A passage between quotation marks found by `QuoteScanner`, before attribution.
public struct QuoteRegion: Hashable, Sendable {
    /// The words inside the marks (marks excluded, white space trimmed).
    public var span: ByteSpan
    /// The opening mark's first byte.
    public var openMark: Int
    /// One past the closing mark, or the paragraph's end when the quote is left open there.
    public var closeEnd: Int
    /// Whether a closing mark was found in the paragraph.
    public var isClosed: Bool
    /// The index of the paragraph holding the quote.
    public var paragraph: Int
    /// Whether the passage is single-quoted ('rivals') rather than double-quoted.
    public var isSingle: Bool
}

/// Finds quotation-mark pairs in a paragraph with one pass over its bytes.
///
/// Marks: straight `"`, curly `“ ”`, and two apostrophes `''` (NYT style). Whether a straight mark
/// opens or closes is read from its neighbours. A quote never crosses its paragraph: an unclosed
/// quote ends at the paragraph's end (the next paragraph re-opens it when the multi-paragraph
/// convention holds). Single quotes count only after a naming cue ("as 'rivals'").
public enum QuoteScanner {
    /// The mark families; a quote closes only with a mark of the family that opened it.
    enum Family: UInt8 { case straight, curly, doubleApostrophe }

    enum Role { case open, close, either }

    /// Where the next possible quote mark of a document lies: the next `"`, `'` and 0xE2 (lead
    /// byte of curly marks) at or after a position, each found with `memchr` (vectorised in libc)
    /// and kept until the scan passes it, so every such byte of the document is looked for once.
    struct MarkCursor {
        /// The document's bytes.
        let b: UnsafeBufferPointer<UInt8>
        /// The next `"`, `'` and 0xE2 found so far (`b.count` for none); -1 before the first look.
        var quote = -1, apostrophe = -1, lead = -1
        /// The position last asked about: the three are the first at or after it.
        var asked = 0

        /// A cursor over the document `b`.
        init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

        /// The first of `"`, `'` or 0xE2 at or after `i` (`b.count` when there is none).
        @inline(__always) mutating func next(from i: Int) -> Int {
            // (a position before the last one asked about, as paragraphs out of order would
            // give, looks again)
            if i < asked { quote = -1; apostrophe = -1; lead = -1 }
            asked = i
            if quote < i { quote = find(34, from: i) }
            if apostrophe < i { apostrophe = find(39, from: i) }
            if lead < i { lead = find(0xE2, from: i) }
            return min(quote, apostrophe, lead)
        }

        /// The first `c` at or after `i`, or `b.count`.
        func find(_ c: UInt8, from i: Int) -> Int {
            let n = b.count
            guard i < n, let base = b.baseAddress, let hit = memchr(base + i, Int32(c), n - i) else { return n }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Appends the quote regions of one paragraph, in order, to `out` (one array for a whole
    /// document instead of one per paragraph); `marks` is the document's cursor over the bytes
    /// that may start a mark (paragraphs are scanned in order).
    static func scan(_ b: UnsafeBufferPointer<UInt8>, paragraph p: ByteSpan, index: Int, marks: inout MarkCursor, into out: inout [QuoteRegion]) {
        var openAt = -1, contentStart = 0
        var family = Family.straight
        var i = p.start
        let end = min(p.end, b.count)
        while i < end {
            // Only `"`, `'` and the lead byte of a curly mark can start a mark: jump to the next.
            i = marks.next(from: i)
            guard i < end else { break }
            let c = b[i]
            var len = 0
            var fam = Family.straight
            var role = Role.either
            if c == 34 {
                len = 1; fam = .straight
                role = roleFromContext(b, i, len, p)
            } else if c == 39 {
                if i + 1 < end, b[i + 1] == 39 {
                    // A run of three: nested single + closing pair, or opening pair + nested single.
                    if i + 2 < end, b[i + 2] == 39 {
                        if openAt >= 0, family == .doubleApostrophe {
                            closeQuote(&out, b, openAt: openAt, contentStart: contentStart, contentEnd: i + 1, closeEnd: i + 3, p: index, single: false)
                            openAt = -1
                        } else if openAt < 0 {
                            openAt = i; contentStart = i + 2; family = .doubleApostrophe
                        }
                        i += 3
                        continue
                    }
                    len = 2; fam = .doubleApostrophe
                    role = roleFromContext(b, i, len, p)
                } else {
                    if openAt < 0, let r = singleQuoted(b, i, 1, p, index) { out.append(r); i = r.closeEnd; continue }
                    i += 1
                    continue
                }
            } else {
                guard i + 2 < end, b[i + 1] == 0x80 else { i += 1; continue }
                let d = b[i + 2]
                if d == 0x9C || d == 0x9D {
                    len = 3; fam = .curly
                    let ctx = roleFromContext(b, i, 3, p)
                    if d == 0x9C { role = ctx == .close ? .close : .open } else { role = ctx == .open ? .open : .close }
                } else if d == 0x98, openAt < 0 {
                    if let r = singleQuoted(b, i, 3, p, index) { out.append(r); i = r.closeEnd; continue }
                    i += 3
                    continue
                } else { i += 3; continue }
            }
            // Scraped text mixes straight and curly marks (“...," / "...”): a clear closer of the
            // other double-quote family closes too.
            let crossCloses = fam != family && fam != .doubleApostrophe && family != .doubleApostrophe && role == .close
            if openAt < 0 {
                if role != .close { openAt = i; contentStart = i + len; family = fam }
            } else if fam == family || crossCloses {
                if role == .open {
                    // A second opener while one is open: the first was never closed.
                    closeQuote(&out, b, openAt: openAt, contentStart: contentStart, contentEnd: i, closeEnd: i, p: index, single: false, closed: false)
                    openAt = i; contentStart = i + len
                } else {
                    closeQuote(&out, b, openAt: openAt, contentStart: contentStart, contentEnd: i, closeEnd: i + len, p: index, single: false)
                    openAt = -1
                }
            }
            i += len
        }
        if openAt >= 0 {
            closeQuote(&out, b, openAt: openAt, contentStart: contentStart, contentEnd: end, closeEnd: end, p: index, single: false, closed: false)
        }
    }

    static func closeQuote(
        _ out: inout [QuoteRegion], _ b: UnsafeBufferPointer<UInt8>, openAt: Int, contentStart: Int,
        contentEnd: Int, closeEnd: Int, p: Int, single: Bool, closed: Bool = true
    ) {
        var s = contentStart, e = contentEnd
        while s < e, Bytes.isSpace(b[s]) { s += 1 }
        while e > s, Bytes.isSpace(b[e - 1]) { e -= 1 }
        // A quote must hold at least one letter or digit.
        var k = s, hasWord = false
        while k < e { if Bytes.isWordByte(b[k]) && b[k] != 0xE2 { hasWord = true; break }; k += 1 }
        guard hasWord else { return }
        out.append(QuoteRegion(span: ByteSpan(s, e), openMark: openAt, closeEnd: closeEnd, isClosed: closed, paragraph: p, isSingle: single))
    }

    /// Whether a boundary byte (start of text, white space, opening bracket, dash) precedes `i`.
    @inline(__always) static func openContextBefore(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ p: ByteSpan) -> Bool {
        if i <= p.start { return true }
        let c = b[i - 1]
        if Bytes.isSpace(c) || c == 40 || c == 91 || c == 123 || c == 45 || c == 47 { return true }
        if c == 0xA0, i >= 2, b[i - 2] == 0xC2 { return true }
        if (c == 0x94 || c == 0x93), i >= 3, b[i - 3] == 0xE2, b[i - 2] == 0x80 { return true }
        return false
    }

    /// Whether a boundary byte (end of text, white space, punctuation, dash) follows `j`.
    @inline(__always) static func closeContextAfter(_ b: UnsafeBufferPointer<UInt8>, _ j: Int, _ p: ByteSpan) -> Bool {
        if j >= p.end || j >= b.count { return true }
        let c = b[j]
        if Bytes.isSpace(c) { return true }
        switch c {
        case 46, 44, 59, 58, 33, 63, 41, 93, 125, 45, 0xE2, 0xC2, 47: return true
        default: return false
        }
    }

    /// Reads whether a mark of `len` bytes at `i` opens or closes from its neighbours.
    @inline(__always) static func roleFromContext(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ len: Int, _ p: ByteSpan) -> Role {
        let j = i + len
        let nextIsSpace = j >= p.end || j >= b.count || Bytes.isSpace(b[j])
        let prevIsBoundary = openContextBefore(b, i, p)
        let o = prevIsBoundary && !nextIsSpace
        let c = !prevIsBoundary && closeContextAfter(b, j, p)
        if o && !c { return .open }
        if c && !o { return .close }
        return .either
    }

    /// A single-quoted passage used as quotation ("referred to as 'rivals'"), or nil.
    ///
    /// Conservative: the opening mark stands at a word start right after a naming cue, the closing
    /// mark at a word end within six words, and no other mark lies between.
    static func singleQuoted(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ len: Int, _ p: ByteSpan, _ index: Int) -> QuoteRegion? {
        guard openContextBefore(b, i, p), i > p.start, i + len < p.end, Bytes.isWordByte(b[i + len]) else { return nil }
        guard precededByNamingCue(b, i, p) else { return nil }
        var j = i + len, words = 1
        let limit = min(p.end, i + 80)
        while j < limit {
            let c = b[j]
            if c == 32 { words += 1; if words > 6 { return nil } }
            if c == 34 || c == 10 { return nil }
            let isClose = c == 39 || (c == 0xE2 && j + 2 < p.end && b[j + 1] == 0x80 && b[j + 2] == 0x99)
            if isClose {
                let l = c == 39 ? 1 : 3
                let prevWord = Bytes.isWordByte(b[j - 1]) || b[j - 1] == 46 || b[j - 1] == 44
                let next = j + l
                let nextOK = next >= p.end || !(Bytes.isAlpha(b[next]) || b[next] >= 0x80)
                if prevWord && nextOK {
                    return QuoteRegion(span: ByteSpan(i + len, j), openMark: i, closeEnd: next, isClosed: true, paragraph: index, isSingle: true)
                }
            }
            if c == 0xE2, j + 2 < p.end, b[j + 1] == 0x80, b[j + 2] == 0x9C || b[j + 2] == 0x9D { return nil }
            j += 1
        }
        return nil
    }

    /// The words that name something as a quotation: "as", "called", "dubbed", "so-called", ...
    static let namingCues: [[UInt8]] = ["as", "called", "calls", "dubbed", "termed", "labeled", "labelled", "branded", "so-called", "calling", "dubbing", "labeling", "word", "phrase", "term"].map { Array($0.utf8) }

    static func precededByNamingCue(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ p: ByteSpan) -> Bool {
        var e = i
        while e > p.start, Bytes.isSpace(b[e - 1]) { e -= 1 }
        var s = e
        while s > p.start, Bytes.isAlpha(b[s - 1]) || b[s - 1] == 45 { s -= 1 }
        guard e > s else { return false }
        for w in namingCues where w.count == e - s {
            var same = true
            for k in 0..<w.count where Bytes.lower(b[s + k]) != w[k] { same = false; break }
            if same { return true }
        }
        return false
    }
}
