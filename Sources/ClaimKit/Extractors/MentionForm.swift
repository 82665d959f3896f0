/// What `MentionParser` makes of a speaker phrase: a `SpeakerMention` with its strings, or
/// `MentionBytes` (byte ranges only, for a caller that looks names up by their bytes).
///
/// The parser is generic over the form, so its rules are written once; strings are handed to
/// `make` and the role setters as closures, which a form without strings never calls.
protocol MentionForm {
    /// A mention: its phrase, kind, name (a person's name is `name.name(b)`: the same text as
    /// `nameText()`), role, head noun (`hasHead`: whether it has one), article and gender.
    static func make(span: ByteSpan, kind: SpeakerMention.Kind, name: CleanedName, nameText: () -> String, role: () -> String?,
                     hasHead: Bool, head: () -> String, isDefinite: Bool, gender: Gender) -> Self
    /// The phrase kind.
    var kind: SpeakerMention.Kind { get }
    /// Whether the mention has a head noun.
    var hasHead: Bool { get }
    /// Sets the role, when there is none yet.
    mutating func setRoleIfNone(_ role: () -> String?)
    /// Sets the role.
    mutating func setRole(_ role: () -> String)
    /// Appends `", " + role` to the role (or sets it).
    mutating func appendRole(_ role: () -> String)
    /// Whether the name has a space (`name.contains(" ")`).
    func nameHasSpace(_ b: UnsafeBufferPointer<UInt8>) -> Bool
}

extension SpeakerMention: MentionForm {
    @inline(__always)
    static func make(span: ByteSpan, kind: Kind, name: CleanedName, nameText: () -> String, role: () -> String?,
                     hasHead: Bool, head: () -> String, isDefinite: Bool, gender: Gender) -> SpeakerMention {
        SpeakerMention(span: span, kind: kind, name: nameText(), role: role(), head: hasHead ? head() : nil, isDefinite: isDefinite, gender: gender)
    }
    var hasHead: Bool { head != nil }
    @inline(__always) mutating func setRoleIfNone(_ r: () -> String?) { if role == nil { role = r() } }
    @inline(__always) mutating func setRole(_ r: () -> String) { role = r() }
    @inline(__always) mutating func appendRole(_ r: () -> String) { let a = r(); role = role.map { $0 + ", " + a } ?? a }
    func nameHasSpace(_ b: UnsafeBufferPointer<UInt8>) -> Bool { name.contains(" ") }
}

/// A speaker phrase as byte ranges: what `DocState.entries` keeps of a person (its position,
/// gender and name, looked up by the name's bytes). Plain data: copied without the runtime.
struct MentionBytes: MentionForm {
    /// The bytes of the phrase.
    var span: ByteSpan
    /// The phrase kind.
    var kind: SpeakerMention.Kind
    /// Where the name is (a person's: `name.name(b)` is its text).
    var name: CleanedName
    /// Whether the mention has a head noun.
    var hasHead: Bool
    /// The gender the phrase implies.
    var gender: Gender

    @inline(__always)
    static func make(span: ByteSpan, kind: SpeakerMention.Kind, name: CleanedName, nameText: () -> String, role: () -> String?,
                     hasHead: Bool, head: () -> String, isDefinite: Bool, gender: Gender) -> MentionBytes {
        MentionBytes(span: span, kind: kind, name: name, hasHead: hasHead, gender: gender)
    }
    @inline(__always) mutating func setRoleIfNone(_ role: () -> String?) {}
    @inline(__always) mutating func setRole(_ role: () -> String) {}
    @inline(__always) mutating func appendRole(_ role: () -> String) {}

    /// `name.name(b).contains(" ")`, read from the bytes of an ASCII name.
    func nameHasSpace(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if let r = name.asciiName(b) {
            for i in r where b[i] == 32 { return true }
            return false
        }
        return name.name(b).contains(" ")
    }
}
