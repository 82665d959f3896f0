/// Recognises page furniture that is not reporting: link lists, comment counters, source
/// lines, bare URLs, photo credits, lone wire tags and short section headings.
public enum BoilerplateDetector {
    /// The kind of furniture the paragraph is, or nil when it is content.
    /// `afterReadMore` says whether the previous paragraph opened a link list.
    public static func classify(_ b: [UInt8], _ span: ByteSpan, afterReadMore: Bool = false) -> BoilerplateKind? {
        classify(b, span, afterReadMore: afterReadMore, words: span.count <= 300 ? wordCount(b, span, limit: 12) : 13)
    }

    /// `classify` given the paragraph's `wordCount` (any limit of at least 12; not read for
    /// paragraphs over 300 bytes), so a caller that needs the count too counts once.
    static func classify(_ b: [UInt8], _ span: ByteSpan, afterReadMore: Bool, words: Int) -> BoilerplateKind? {
        guard !span.isEmpty else { return nil }
        if readMoreFilter.mayStart(b, at: span.start), readMoreOpeners.contains(where: { Bytes.hasPrefix(b, at: span.start, $0) }) {
            return .readMore
        }
        if afterReadMore, b[span.start] == 45 || b[span.start] == 42 || Bytes.hasPrefix(b, at: span.start, [0xE2, 0x80, 0xA2]) {
            return .readMore
        }
        // Furniture is short; long paragraphs are reporting (checked without copying them).
        guard span.count <= 300 else { return isURL(b, span) ? .url : nil }
        guard words <= 12 else { return nil }
        // Checked on the bytes in place: a copy is made only for the rare one-to-three-word line.
        if words <= 4, isCommentCounter(b, span) { return .comments }
        if sourceFilter.mayStart(b, at: span.start), sourceOpeners.contains(where: { Bytes.hasPrefix(b, at: span.start, $0) }) {
            return .sourceLine
        }
        if isURL(b, span) { return .url }
        if words <= 3, wireTags.contains(stripPunct(Bytes.lowered(b, span))) { return .wireTag }
        if words <= 8, span.count <= 80, isPhotoCredit(b, span) { return .photoCredit }
        return nil
    }

    /// Whether the paragraph is a short section heading: at most five words, no final punctuation.
    public static func isHeading(_ b: [UInt8], _ span: ByteSpan) -> Bool {
        isHeading(b, span, words: span.count <= 60 ? wordCount(b, span, limit: 5) : 6)
    }

    /// `isHeading` given the paragraph's `wordCount` (any limit of at least 5; not read for
    /// paragraphs over 60 bytes).
    static func isHeading(_ b: [UInt8], _ span: ByteSpan, words: Int) -> Bool {
        guard span.count <= 60, words <= 5, let last = b[span.start..<span.end].last else { return false }
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
    static let readMoreFilter = OpenerFilter(readMoreOpeners)
    static let sourceOpeners = ["source link", "original source", "source:", "via:", "originally published",
        "this article originally appeared", "this story was originally", "copyright"].map { Array($0.utf8) }
    static let sourceFilter = OpenerFilter(sourceOpeners)
    static let wireTags: Set<[UInt8]> = Set(["reuters", "reuter", "ap", "afp", "associated press", "yonhap", "getty images",
        "getty", "epa", "xinhua", "ansa", "dpa", "bloomberg", "afp via getty images", "upi", "kyodo", "pa",
        "ap photo", "file photo", "photo", "advertisement"].map { Array($0.utf8) })


    /// The number of space-separated words, counting no further than `limit + 1`.
    static func wordCount(_ b: [UInt8], _ span: ByteSpan, limit: Int = .max) -> Int {
        var n = 0, inWord = false
        for i in span.start..<span.end {
            let sp = Bytes.isSpace(b[i])
            if !sp && !inWord {
                n += 1
                if n > limit { return n }
            }
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

    static let commentForms = ["comments", "comment", "post comment", "post a comment", "leave a comment", "add comment",
        "add a comment", "view comments", "show comments", "comments (0)"].map { Array($0.utf8) }

    /// "0 Comments", "Post Comment": an optional count, then a comment prompt, and nothing else.
    static func isCommentCounter(_ b: [UInt8], _ span: ByteSpan) -> Bool {
        var i = span.start
        while i < span.end, Bytes.isDigit(b[i]) { i += 1 }
        while i < span.end, Bytes.isSpace(b[i]) { i += 1 }
        let rest = ByteSpan(i, span.end)
        return commentForms.contains { Bytes.equalsIgnoringCase(b, rest, $0) }
    }

    static let urlOpeners = ["http://", "https://", "www.", "//"].map { Array($0.utf8) }
    static let imageEndings = [".jpg", ".jpeg", ".png", ".gif", ".webp"].map { Array($0.utf8) }

    /// A bare URL or image link: one word starting like a URL or ending like an image file.
    static func isURL(_ b: [UInt8], _ span: ByteSpan) -> Bool {
        guard !b[span.start..<span.end].contains(where: Bytes.isSpace) else { return false }
        if urlOpeners.contains(where: { Bytes.hasPrefix(b, at: span.start, $0) }) { return true }
        return imageEndings.contains { span.count > $0.count && Bytes.hasPrefix(b, at: span.end - $0.count, $0) }
    }

    /// "Chung Sung Joon/Getty", "Photo: AP", "(Reuters)/John Smith": a name, a slash and an agency.
    static let photoOpeners = ["photo:", "photo by", "image:", "credit:", "photograph:", "picture:", "pictured:",
        "file photo"].map { Array($0.utf8) }
    static let photoFilter = OpenerFilter(photoOpeners)

    /// "Chung Sung Joon/Getty", "Photo: AP", "(Reuters)/John Smith": a name, a slash and an agency.
    static func isPhotoCredit(_ b: [UInt8], _ span: ByteSpan) -> Bool {
        if photoFilter.mayStart(b, at: span.start), photoOpeners.contains(where: { Bytes.hasPrefix(b, at: span.start, $0) }) { return true }
        guard let at = b[span.start..<span.end].firstIndex(of: 47), at > span.start, at < span.end - 1 else { return false }
        let slash = at - span.start
        let last = b[span.end - 1]
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
