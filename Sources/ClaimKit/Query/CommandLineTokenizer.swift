/// One word of a command line, with where it started (for error carets).
public struct Token: Hashable, Sendable {
    /// The word, with grouping quote marks removed.
    public var text: String
    /// Whether any part of it was inside quote marks.
    public var quoted: Bool
    /// The UTF-8 offset of its first byte in the line.
    public var offset: Int

    /// Creates a token.
    public init(text: String, quoted: Bool = false, offset: Int = 0) {
        self.text = text
        self.quoted = quoted
        self.offset = offset
    }
}

/// A command line that could not be split into words, with the offset to point a caret at.
public struct TokenizeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// The UTF-8 offset in the line the problem is at.
    public var offset: Int
    public var description: String { message }
}

/// Splits command lines into words the way a shell does: white space separates, and `"..."`
/// (straight or curly) groups, so `source:"CBS News"` and `"quoted phrase"` are one word each.
/// `#` at the start of a word begins a comment.
public enum CommandLineTokenizer {
    /// The words of `line`.
    public static func tokenize(_ line: String) throws(TokenizeError) -> [Token] {
        let b = Array(line.utf8)
        var out: [Token] = []
        var i = 0
        while i < b.count {
            while i < b.count, Bytes.isSpace(b[i]) { i += 1 }
            guard i < b.count else { break }
            if b[i] == 35 { break }  // '#': comment to end of line
            let start = i
            var word: [UInt8] = []
            var quoted = false
            while i < b.count, !Bytes.isSpace(b[i]) {
                let open = openQuote(b, i)
                if open > 0 {
                    quoted = true
                    let qStart = i
                    i += open
                    var closed = false
                    while i < b.count {
                        let close = closeQuote(b, i)
                        if close > 0 { i += close; closed = true; break }
                        if b[i] == 92, i + 1 < b.count, b[i + 1] == 34 { word.append(34); i += 2; continue }
                        word.append(b[i])
                        i += 1
                    }
                    if !closed { throw TokenizeError(message: "unterminated quote", offset: qStart) }
                    continue
                }
                word.append(b[i])
                i += 1
            }
            out.append(Token(text: String(decoding: word, as: UTF8.self), quoted: quoted, offset: start))
        }
        return out
    }

    private static func openQuote(_ b: [UInt8], _ i: Int) -> Int {
        if b[i] == 34 { return 1 }
        if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x9C { return 3 }
        return 0
    }

    private static func closeQuote(_ b: [UInt8], _ i: Int) -> Int {
        if b[i] == 34 { return 1 }
        if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x9D || b[i + 2] == 0x9C { return 3 }
        return 0
    }

    /// The line with a caret under the UTF-8 offset, for error messages.
    public static func caret(_ line: String, at offset: Int) -> String {
        let prefix = String(decoding: Array(line.utf8).prefix(max(0, offset)), as: UTF8.self)
        return line + "\n" + String(repeating: " ", count: prefix.count) + "^"
    }
}
