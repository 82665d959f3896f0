/// `MentionParser.cleanName`'s answer as byte ranges of the document, so a caller that only
/// tests or looks up the name makes no string: the name (before `stripPossessive`) and the
/// role (one range, or two joined by a space). Plain data: copied and freed without the runtime.
struct CleanedName {
    /// Where the name's bytes start (`nameEnd == nameStart`: no name).
    var nameStart: Int
    /// Where the name's bytes end, possessive ending included (`stripPossessive` drops it).
    var nameEnd: Int
    /// Where the role's first part starts; -1 for no role.
    var roleStart: Int
    /// Where the role's first part ends.
    var roleEnd: Int
    /// Where the role's second part starts (written after one space); -1 for none.
    var rest: Int
    /// Where the role's second part ends.
    var restEnd: Int
    /// Whether the name is a person's (not an organisation's).
    var isPerson: Bool
    /// The gender the titles or the given name imply.
    var gender: Gender

    /// No name and no role.
    static func empty(isPerson: Bool, gender: Gender) -> CleanedName {
        CleanedName(nameStart: 0, nameEnd: 0, roleStart: -1, roleEnd: -1, rest: -1, restEnd: -1, isPerson: isPerson, gender: gender)
    }

    /// Whether there is a role.
    var hasRole: Bool { roleStart >= 0 }

    /// The name as `cleanName` gives it ("" for none).
    func name(_ b: UnsafeBufferPointer<UInt8>) -> String {
        guard nameEnd > nameStart else { return "" }
        return MentionParser.stripPossessive(MentionParser.text(b, nameStart, nameEnd))
    }

    /// The role as `cleanName` gives it.
    func role(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard roleStart >= 0 else { return nil }
        let first = MentionParser.text(b, roleStart, roleEnd)
        guard rest >= 0 else { return first }
        return first + " " + MentionParser.text(b, rest, restEnd)
    }

    /// The name's bytes after `stripPossessive` when they are all ASCII (where the string is
    /// those very bytes); nil otherwise, or when there is no name.
    func asciiName(_ b: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard nameEnd > nameStart, nameStart >= 0, nameEnd <= b.count else { return nil }
        for i in nameStart..<nameEnd where b[i] >= 0x80 { return nil }
        let n = nameEnd - nameStart
        // `stripPossessive`'s ASCII endings: "'s" and the apostrophe of "s'".
        var e = nameEnd
        if n >= 2, b[e - 1] == 115, b[e - 2] == 39 { e -= 2 } else if n >= 2, b[e - 1] == 39, b[e - 2] == 115 { e -= 1 }
        return nameStart..<e
    }

    /// Whether the name is empty (as the string `name(b)` would be).
    func nameIsEmpty(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard nameEnd > nameStart else { return true }
        if let r = asciiName(b) { return r.isEmpty }
        return name(b).isEmpty
    }
}
