/// Splits a paragraph into sentences.
///
/// Handles abbreviations (U.S., Jan., Gov., Mr., St.), initials, decimals and thousands
/// separators, sentences ending inside closing quotes, and run-together scraped text
/// ("year.The", "GazaThis may"). Works on bytes in one pass.
public enum SentenceSplitter {
    /// The sentence spans (trimmed, never empty) of the paragraph `span`.
    public static func split(_ bytes: [UInt8], _ span: ByteSpan) -> [ByteSpan] {
        bytes.withUnsafeBufferPointer { split($0, span) }
    }

    /// The sentence spans of the paragraph `span` of a buffer.
    static func split(_ b: UnsafeBufferPointer<UInt8>, _ span: ByteSpan) -> [ByteSpan] {
        ByteClass.table.withUnsafeBufferPointer { split(b, span, classes: $0) }
    }

    static func split(_ b: UnsafeBufferPointer<UInt8>, _ span: ByteSpan, classes cls: UnsafeBufferPointer<UInt8>) -> [ByteSpan] {
        var out: [ByteSpan] = []
        split(b, span, classes: cls, into: &out)
        return out
    }

    /// Appends the sentence spans of the paragraph `span` to `out` (a document's paragraphs
    /// share one array instead of allocating one each).
    static func split(_ b: UnsafeBufferPointer<UInt8>, _ span: ByteSpan, classes cls: UnsafeBufferPointer<UInt8>,
                      into out: inout [ByteSpan]) {
        var sentStart = span.start
        let end = span.end
        func emit(_ e: Int) {
            let t = Bytes.trim(b, ByteSpan(sentStart, e))
            if !t.isEmpty { out.append(t) }
        }
        var i = span.start
        let interesting = ByteClass.terminator | ByteClass.e2 | ByteClass.upper
        while i < end {
            // Skip to the next byte that can matter: a terminator, a 0xE2 lead, or a capital.
            while i < end, cls[Int(b[i])] & interesting == 0 { i += 1 }
            guard i < end else { break }
            let c = b[i]
            let isTerm = c == 46 || c == 33 || c == 63
            let isEll = !isTerm && c == 0xE2 && Punct.isEllipsis(b, i)
            if isTerm || isEll {
                var j = i + (isEll ? 3 : 1)
                while j < end {
                    if b[j] == 46 || b[j] == 33 || b[j] == 63 { j += 1 } else if Punct.isEllipsis(b, j) { j += 3 } else { break }
                }
                var closers = 0
                while j < end {
                    let l = Punct.closerLength(b, j)
                    if l == 0 { break }
                    j += l
                    closers += 1
                }
                if j >= end { break }
                if Bytes.isSpace(b[j]) || (b[j] == 0xC2 && j + 1 < end && b[j + 1] == 0xA0) {
                    var k = j
                    while k < end {
                        if Bytes.isSpace(b[k]) { k += 1 } else if b[k] == 0xC2, k + 1 < end, b[k + 1] == 0xA0 { k += 2 } else { break }
                    }
                    if k >= end { break }
                    if isBoundary(b, term: i, single: c == 46 && j == i + 1, closers: closers, next: k, end: end) {
                        emit(j)
                        sentStart = k
                    }
                    i = k
                    continue
                }
                if c == 46, closers == 0, j == i + 1, Bytes.isUpper(b[j]), j + 1 < end, Bytes.isLower(b[j + 1]),
                   lowerWordLength(b, before: i, from: span.start) >= 2 {
                    emit(j)
                    sentStart = j
                }
                i = j
                continue
            }
            // "GazaThis may": a capitalised sentence opener glued to a lower-case word.
            if Bytes.isUpper(c), i + 1 < end, Bytes.isLower(b[i + 1]), i > span.start + 1, Bytes.isLower(b[i - 1]),
               Bytes.isLower(b[i - 2]), starterAt(b, i, end) == true {
                emit(i)
                sentStart = i
            }
            i += 1
        }
        emit(end)
    }

    /// Whether the terminator at `term` ends a sentence, given the next token at `next`.
    static func isBoundary(_ b: UnsafeBufferPointer<UInt8>, term: Int, single: Bool, closers: Int, next: Int, end: Int) -> Bool {
        var n = next
        while n < end, Punct.openerLength(b, n) > 0 { n += Punct.openerLength(b, n) }
        guard n < end else { return true }
        let opened = n > next
        let first = b[n]
        if Bytes.isLower(first) { return false }
        if closers > 0 || !single { return true }
        // A single '.' directly after a word: look at that word.
        var ws = term
        while ws > 0, !Bytes.isSpace(b[ws - 1]), b[ws - 1] != 40, b[ws - 1] != 91, b[ws - 1] != 34 { ws -= 1 }
        let length = term - ws
        if length == 0 { return true }
        let starter = isStarter(b, n, end)
        // An initial ("J. Smith") never ends a sentence.
        if length == 1, Bytes.isUpper(b[ws]) { return false }
        // "U.S.", "a.m.": an end only before a sentence opener or a quotation.
        if b[ws..<term].contains(46) { return starter || opened }
        guard length <= 8 else { return true }
        if Abbreviations.titles.contains(b, ws, term) { return false }
        if Abbreviations.months.contains(b, ws, term) { return !Bytes.isDigit(first) && starter }
        if Abbreviations.other.contains(b, ws, term) { return starter }
        return true
    }

    static func lowerWordLength(_ b: UnsafeBufferPointer<UInt8>, before i: Int, from start: Int) -> Int {
        var k = i, count = 0
        while k > start, Bytes.isLower(b[k - 1]) { k -= 1; count += 1 }
        if k > start, Bytes.isAlpha(b[k - 1]) { return count + 1 }
        return count
    }

    /// Whether the word at `i` is a common sentence opener ("The", "He", "But", ...).
    static func isStarter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end, Bytes.isAlpha(b[j]) { j += 1 }
        guard j > i, j - i <= 9 else { return false }
        return Abbreviations.starters.contains(b, i, j)
    }

    static func starterAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool? {
        var j = i
        while j < end, Bytes.isAlpha(b[j]) { j += 1 }
        guard j < end, b[j] == 32 else { return nil }
        return isStarter(b, i, end) ? true : nil
    }
}

/// The word lists the sentence splitter needs, lower-cased, without the final period.
enum Abbreviations {
    /// Titles always followed by a name: never a sentence end.
    static let titles = WordSet(["mr", "mrs", "ms", "dr", "gov", "sen", "sens", "rep", "reps", "st", "gen", "col", "lt",
        "sgt", "capt", "prof", "rev", "hon", "pres", "mt", "ft", "messrs", "adm", "cmdr", "maj", "cpl", "pvt",
        "supt", "det", "insp", "fr", "lieut", "gov-elect", "atty", "amb", "brig", "cdr", "mme", "mlle", "msgr"])
    /// Month abbreviations: not an end before a day number.
    static let months = WordSet(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
    /// Other abbreviations: an end only before a typical sentence opener.
    static let other = WordSet(["no", "nos", "vs", "v", "etc", "approx", "est", "fig", "figs", "vol", "ch", "pp",
        "inc", "co", "corp", "ltd", "bros", "dept", "univ", "assn", "ave", "blvd", "rd", "jr", "sr", "ph",
        "al", "cf", "ca", "op", "ed", "eds", "gov't", "intl", "natl", "mass", "calif", "fla", "ill", "wash",
        "mich", "penn", "conn", "ariz", "colo", "tenn", "okla", "ore", "wis", "minn", "neb", "nev", "ky", "md",
        "va", "ga", "la", "pa", "tex", "ala", "miss", "mo", "kan", "ind", "del"])
    /// Words that typically open a sentence.
    static let starters = WordSet(["the", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at",
        "this", "that", "these", "those", "a", "an", "his", "her", "their", "its", "our", "as", "if", "when",
        "while", "since", "after", "before", "who", "what", "why", "how", "there", "here", "however", "meanwhile",
        "also", "so", "yet", "for", "with", "mr", "mrs", "ms", "dr", "both", "some", "many", "most", "one",
        "under", "until", "during", "officials", "analysts", "according", "earlier", "later", "still", "now"])
}
