/// Recognises page furniture that is not reporting: link lists, comment counters, source
/// lines, bare URLs, photo credits, lone wire tags and short section headings.
public enum BoilerplateDetector {
    /// The kind of furniture the paragraph is, or nil when it is content.
    /// `afterReadMore` says whether the previous paragraph opened a link list.
    public static func classify(_ b: [UInt8], _ span: ByteSpan, afterReadMore: Bool = false) -> BoilerplateKind? {
        let text = Bytes.lowered(b, span)
        let words = wordCount(b, span)
        if startsWithAny(text, readMoreOpeners) { return .readMore }
        if afterReadMore, text.first == 45 || text.starts(with: [0xE2, 0x80, 0xA2]) || text.first == 42 { return .readMore }
        if words <= 4, isCommentCounter(text) { return .comments }
        if words <= 12, startsWithAny(text, sourceOpeners) { return .sourceLine }
        if isURL(text) { return .url }
        if words <= 3, wireTags.contains(stripPunct(text)) { return .wireTag }
        if words <= 8, span.count <= 80, isPhotoCredit(b, span, text) { return .photoCredit }
        return nil
    }

    /// Whether the paragraph is a short section heading: at most five words, no final punctuation.
    public static func isHeading(_ b: [UInt8], _ span: ByteSpan) -> Bool {
        guard span.count <= 60, wordCount(b, span) <= 5, let last = b[span.start..<span.end].last else { return false }
        if last == 46 || last == 33 || last == 63 || last == 44 || last == 59 || Punct.closerLength(b, span.end - 1) > 0 { return false }
        if span.count >= 3, b[span.end - 3] == 0xE2, b[span.end - 2] == 0x80 { return false }
        return Bytes.isUpper(b[span.start])
    }

    /// The domain an "Original Source: www.dawn.com" line names, if the paragraph is one.
    public static func namedSource(_ b: [UInt8], _ span: ByteSpan) -> String? {
        let text = Bytes.lowered(b, span)
        for opener in [Array("original source:".utf8), Array("source:".utf8), Array("via:".utf8)] where text.starts(with: opener) {
            var rest = Array(text[opener.count...])
            while let f = rest.first, Bytes.isSpace(f) { rest.removeFirst() }
            for p in [Array("https://".utf8), Array("http://".utf8), Array("www.".utf8)] where rest.starts(with: p) {
                rest.removeFirst(p.count)
            }
            if let slash = rest.firstIndex(where: { $0 == 47 || Bytes.isSpace($0) }) { rest = Array(rest[..<slash]) }
            guard rest.contains(46), rest.count >= 4, rest.allSatisfy({ Bytes.isAlnum($0) || $0 == 46 || $0 == 45 }) else { return nil }
            return String(decoding: rest, as: UTF8.self)
        }
        return nil
    }

    static let readMoreOpeners = ["read more", "also read", "read also", "related:", "related articles", "related stories",
        "see also", "more from", "recommended:", "you may also like", "click here", "subscribe to", "sign up for",
        "follow us", "share this", "advertisement"].map { Array($0.utf8) }
    static let sourceOpeners = ["source link", "original source", "source:", "via:", "originally published",
        "this article originally appeared", "this story was originally", "copyright"].map { Array($0.utf8) }
    static let wireTags: Set<[UInt8]> = Set(["reuters", "reuter", "ap", "afp", "associated press", "yonhap", "getty images",
        "getty", "epa", "xinhua", "ansa", "dpa", "bloomberg", "afp via getty images", "upi", "kyodo", "pa",
        "ap photo", "file photo", "photo", "advertisement"].map { Array($0.utf8) })

    static func startsWithAny(_ text: [UInt8], _ list: [[UInt8]]) -> Bool { list.contains { text.starts(with: $0) } }

    static func wordCount(_ b: [UInt8], _ span: ByteSpan) -> Int {
        var n = 0, inWord = false
        for i in span.start..<span.end {
            let sp = Bytes.isSpace(b[i])
            if !sp && !inWord { n += 1 }
            inWord = !sp
        }
        return n
    }

    static func stripPunct(_ text: [UInt8]) -> [UInt8] {
        var t = text.filter { !($0 == 40 || $0 == 41 || $0 == 46 || $0 == 45 || $0 == 47) }
        while let f = t.first, Bytes.isSpace(f) { t.removeFirst() }
        while let l = t.last, Bytes.isSpace(l) { t.removeLast() }
        return t
    }

    static func isCommentCounter(_ t: [UInt8]) -> Bool {
        var i = 0
        while i < t.count, Bytes.isDigit(t[i]) { i += 1 }
        while i < t.count, Bytes.isSpace(t[i]) { i += 1 }
        let rest = Array(t[i...])
        let forms = ["comments", "comment", "post comment", "post a comment", "leave a comment", "add comment",
                     "add a comment", "view comments", "show comments", "comments (0)"].map { Array($0.utf8) }
        return forms.contains(rest)
    }

    static func isURL(_ t: [UInt8]) -> Bool {
        guard !t.contains(where: Bytes.isSpace) else { return false }
        for p in ["http://", "https://", "www.", "//"] where t.starts(with: Array(p.utf8)) { return true }
        for ext in [".jpg", ".jpeg", ".png", ".gif", ".webp"] where t.count > ext.count {
            if t.suffix(ext.count).elementsEqual(ext.utf8) { return true }
        }
        return false
    }

    /// "Chung Sung Joon/Getty", "Photo: AP", "(Reuters)/John Smith": a name, a slash and an agency.
    static func isPhotoCredit(_ b: [UInt8], _ span: ByteSpan, _ t: [UInt8]) -> Bool {
        for p in ["photo:", "photo by", "image:", "credit:", "photograph:", "picture:", "pictured:", "file photo"]
        where t.starts(with: Array(p.utf8)) { return true }
        guard let slash = t.firstIndex(of: 47), slash > 0, slash < t.count - 1 else { return false }
        let last = t[t.count - 1]
        if last == 46 || last == 33 || last == 63 { return false }
        let left = Bytes.trim(b, ByteSpan(span.start, span.start + slash))
        let right = Bytes.trim(b, ByteSpan(span.start + slash + 1, span.end))
        guard !left.isEmpty, !right.isEmpty, Bytes.isUpper(b[left.start]), Bytes.isUpper(b[right.start]) else { return false }
        // Every word capitalised on both sides: names and agencies.
        var i = span.start, atWordStart = true
        while i < span.end {
            let c = b[i]
            if Bytes.isSpace(c) || c == 47 { atWordStart = true } else {
                if atWordStart, Bytes.isLower(c) { return false }
                atWordStart = false
            }
            i += 1
        }
        return true
    }
}
