/// Merges the speakers of every document into one entity per person or organisation.
///
/// Names are compared by a key: lower case, without periods, hyphens read as spaces
/// ("Kim Jong-un" = "Kim Jong Un"). Two full names merge when their keys are equal, or when
/// they have as many words, share the first or last word, and differ by a small edit distance
/// in the rest ("Cho Tae-yul" / "Cho Tae-yeol", "Choe Sang-mok" / "Choi Sang-mok"); "Joe Biden"
/// and "Hunter Biden" stay apart. A bare surname joins the full name that carries it in the same
/// document, else the most quoted one in the corpus. The canonical name is the fullest form,
/// then the most frequent.
public enum EntityResolver {
    /// One way a speaker was written, with how often.
    struct Form {
        var name: String
        var key: [String]
        var kind: Entity.Kind
        var count: Int
        var documents: Set<Int>
    }

    /// Resolves the speakers of `quotes` (rewriting `speaker` to the canonical name) and returns
    /// the entities, most quoted first.
    public static func resolve(_ quotes: inout [Quote]) -> [Entity] {
        var forms: [Form] = []
        var formIndex: [String: Int] = [:]
        // Each quote's form (-1: no speaker): the loops below look forms up by index, not name.
        var formOf = [Int](repeating: -1, count: quotes.count)
        for k in quotes.indices {
            guard let s = quotes[k].speaker, !s.isEmpty else { continue }
            let kind = quotes[k].speakerKind ?? .organization
            if let i = formIndex[s] {
                forms[i].count += 1
                forms[i].documents.insert(quotes[k].document)
                if kind == .person { forms[i].kind = .person }
                formOf[k] = i
            } else {
                formIndex[s] = forms.count
                formOf[k] = forms.count
                forms.append(Form(name: s, key: key(s), kind: kind, count: 1, documents: [quotes[k].document]))
            }
        }
        guard !forms.isEmpty else { return [] }
        // Union-find over forms.
        var parent = Array(forms.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) { let ra = find(a), rb = find(b); if ra != rb { parent[rb] = ra } }
        // Full names: bucket by first and last word, compare within buckets.
        var byLast: [String: [Int]] = [:], byFirst: [String: [Int]] = [:]
        for (i, f) in forms.enumerated() where f.key.count >= 2 {
            if let l = f.key.last { byLast[l, default: []].append(i) }
            if let w = f.key.first { byFirst[w, default: []].append(i) }
        }
        for buckets in [byLast, byFirst] {
            for (_, bucket) in buckets where bucket.count > 1 && bucket.count < 400 {
                for x in 0..<bucket.count {
                    for y in (x + 1)..<bucket.count where sameName(forms[bucket[x]], forms[bucket[y]]) {
                        union(bucket[x], bucket[y])
                    }
                }
            }
        }
        // Bare names ("Biden") with full names holding the word are resolved per quote below;
        // the others are entities of their own.
        var bareCandidates = [[Int]?](repeating: nil, count: forms.count)
        for (i, f) in forms.enumerated() where f.key.count == 1 {
            guard let w = f.key.first else { continue }
            let cands = (byLast[w] ?? []) + (f.kind == .person ? (byFirst[w] ?? []) : [])
            if !cands.isEmpty { bareCandidates[i] = cands }
        }
        var groups: [Int: [Int]] = [:]
        for i in forms.indices where bareCandidates[i] == nil { groups[find(i), default: []].append(i) }
        // Each form's entity (-1: a bare name, decided per quote).
        var entityOfForm = [Int](repeating: -1, count: forms.count)
        var entities: [Entity] = []
        for (_, members) in groups.sorted(by: { $0.key < $1.key }) {
            let best = members.max { a, b in
                let fa = forms[a], fb = forms[b]
                if fa.key.count != fb.key.count { return fa.key.count < fb.key.count }
                if fa.count != fb.count { return fa.count < fb.count }
                let sa = fa.name.split(separator: " ").count, sb = fb.name.split(separator: " ").count
                if sa != sb { return sa < sb }
                return fa.name > fb.name
            } ?? members[0]
            let name = forms[best].name
            let kind: Entity.Kind = members.contains { forms[$0].kind == .person } ? .person : .organization
            for m in members { entityOfForm[m] = entities.count }
            entities.append(Entity(name: name, kind: kind, variants: [], roles: [], quoteCount: 0))
        }
        // A bare name goes to the full name holding it in the same document (the most quoted there),
        // else to the one that dominates the corpus (at least twice the next), else stays itself.
        var weightOfRoot: [Int: Int] = [:]
        for (i, f) in forms.enumerated() where bareCandidates[i] == nil { weightOfRoot[find(i), default: 0] += f.count }
        // The entity of the full name a bare name's quote goes to, if any.
        func bareTarget(_ form: Int, document: Int) -> Int? {
            guard let cands = bareCandidates[form] else { return nil }
            let sameDoc = cands.filter { forms[$0].documents.contains(document) }
            var weight: [Int: Int] = [:]
            if sameDoc.isEmpty {
                for c in cands { weight[find(c)] = weightOfRoot[find(c)] ?? 0 }
            } else {
                for c in sameDoc { weight[find(c), default: 0] += forms[c].count }
            }
            let ranked = weight.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            guard let top = ranked.first else { return nil }
            if ranked.count > 1, sameDoc.isEmpty, top.value < 2 * ranked[1].value { return nil }
            return entityOfForm[top.key]
        }
        var entityOf = [Int](repeating: -1, count: quotes.count)
        for k in quotes.indices {
            let f = formOf[k]
            guard f >= 0 else { continue }
            guard bareCandidates[f] != nil else { entityOf[k] = entityOfForm[f]; continue }
            let s = forms[f].name
            if let t = bareTarget(f, document: quotes[k].document), t >= 0 {
                entityOf[k] = t
                if quotes[k].speakerMention == nil || quotes[k].speakerMention == s { quotes[k].speakerMention = s }
            } else {
                if entityOfForm[f] < 0 {
                    entityOfForm[f] = entities.count
                    entities.append(Entity(name: s, kind: forms[f].kind, variants: [], roles: [], quoteCount: 0))
                }
                entityOf[k] = entityOfForm[f]
            }
        }
        var variantSeen: [Set<String>] = Array(repeating: [], count: entities.count)
        var roleSeen: [Set<String>] = Array(repeating: [], count: entities.count)
        // (entity, form) pairs whose form name is already a variant or the canonical name.
        var formSeen: Set<Int> = []
        for k in quotes.indices {
            let e = entityOf[k], f = formOf[k]
            guard e >= 0, f >= 0 else { continue }
            let s = forms[f].name, c = entities[e].name
            quotes[k].speaker = c
            entities[e].quoteCount += 1
            if formSeen.insert(e << 32 | f).inserted, s != c, variantSeen[e].insert(s).inserted { entities[e].variants.append(s) }
            if let m = quotes[k].speakerMention, m != c, m != s, !isPronoun(m) {
                if entities[e].kind == .person, let role = role(of: m, name: s, canonical: c) {
                    if roleSeen[e].insert(role).inserted { entities[e].roles.append(role) }
                }
                if variantSeen[e].insert(m).inserted { entities[e].variants.append(m) }
            }
        }
        return entities.sorted { $0.quoteCount != $1.quoteCount ? $0.quoteCount > $1.quoteCount : $0.name < $1.name }
    }

    /// The comparison key of a name: lower-case words, periods dropped, hyphens as spaces.
    public static func key(_ name: String) -> [String] {
        var name = name
        return name.withUTF8({ asciiKey($0) }) ?? characterKey(name)
    }

    /// `key` on Characters, for any name.
    static func characterKey(_ name: String) -> [String] {
        var s = name.lowercased()
        for p in ["the ", "’s", "'s"] where s.hasPrefix(p) || s.hasSuffix(p) {
            if s.hasPrefix(p) { s.removeFirst(p.count) } else { s.removeLast(p.count) }
        }
        let cleaned = s.map { c -> Character in c == "-" || c == "‐" ? " " : c }.filter { $0 != "." && $0 != "," }
        let words = String(cleaned).split(separator: " ").map(String.init)
        return words.filter { !honorifics.contains($0) }
    }

    /// Words a key leaves out.
    static let honorifics: Set<String> = ["jr", "sr", "ii", "iii", "mr", "mrs", "ms", "dr"]

    /// `key` of an all-ASCII name, from its bytes (the Character path gives the same words for
    /// ASCII; a carriage return, one Character with a following line feed, takes that path).
    /// `nil` for any other name.
    static func asciiKey(_ u: UnsafeBufferPointer<UInt8>) -> [String]? {
        if u.contains(where: { $0 >= 0x80 || $0 == 13 }) { return nil }
        var s = 0, e = u.count
        // As `key`: "the " (and "'s") off the front, else off the end, case folded.
        if has(u, "the ", at: s, in: s..<e, foldingCase: true) { s += 4 } else if has(u, "the ", at: e - 4, in: s..<e, foldingCase: true) { e -= 4 }
        if has(u, "'s", at: s, in: s..<e, foldingCase: true) { s += 2 } else if has(u, "'s", at: e - 2, in: s..<e, foldingCase: true) { e -= 2 }
        var words: [String] = []
        var word: [UInt8] = []
        func flush() {
            guard !word.isEmpty else { return }
            let w = String(decoding: word, as: UTF8.self)
            if !honorifics.contains(w) { words.append(w) }
            word.removeAll(keepingCapacity: true)
        }
        for k in s..<max(s, e) {
            let c = Bytes.lower(u[k])
            if c == 32 || c == 45 { flush() } else if c != 46 && c != 44 { word.append(c) }
        }
        flush()
        return words
    }

    /// Whether the ASCII text `p` lies in `u` at `i`, inside `range` (ASCII case folded in `u`
    /// when `foldingCase`; `p` is then lower case).
    @inline(__always)
    static func has(_ u: UnsafeBufferPointer<UInt8>, _ p: StaticString, at i: Int, in range: Range<Int>, foldingCase: Bool) -> Bool {
        let n = p.utf8CodeUnitCount
        guard i >= range.lowerBound, range.upperBound - i >= n else { return false }
        for k in 0..<n where (foldingCase ? Bytes.lower(u[i + k]) : u[i + k]) != p.utf8Start[k] { return false }
        return true
    }

    /// Whether two full names are the same person: equal keys, or one key's words are a prefix
    /// and suffix of the other's ("Hillary Clinton" / "Hillary Rodham Clinton"), or the same
    /// number of words with a shared anchor word and a small edit distance in the rest.
    static func sameName(_ a: Form, _ b: Form) -> Bool {
        if a.key == b.key { return true }
        guard a.kind == b.kind || a.kind == .person || b.kind == .person else { return false }
        let (s, l) = a.key.count <= b.key.count ? (a.key, b.key) : (b.key, a.key)
        if s.count >= 2, s.count < l.count, s.first == l.first, s.last == l.last, l.count - s.count == 1 { return true }
        guard s.count == l.count else { return false }
        let anchored = s.first == l.first || s.last == l.last
        guard anchored else { return false }
        // The words that differ must be close (romanisation), not different given names.
        var differing = 0
        for (k, (x, y)) in zip(s, l).enumerated() where x != y {
            differing += 1
            // A different last word of a two-word name is a different surname ("Steve Bell" /
            // "Steve Coll"); romanised given names have three or more parts ("Cho Tae-yul").
            if k == s.count - 1, s.count < 3 { return false }
            if editDistance(x, y) > 2 || min(x.count, y.count) < 3 { return false }
        }
        guard differing > 0 else { return false }
        let joinedA = s.joined(), joinedB = l.joined()
        let d = editDistance(joinedA, joinedB)
        return (d == 1 && joinedA.count >= 6 || d == 2 && joinedA.count >= 9)
    }

    /// Levenshtein distance over Unicode scalars (names are short).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count), cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }

    static func isPronoun(_ m: String) -> Bool {
        // The longest pronoun has four letters: longer mentions need no lower-casing.
        m.utf8.count <= 4 && AttributionLexicon.pronouns.contains(m.lowercased())
    }

    /// The title before the name in a mention ("U.S. Secretary of State Antony Blinken" → "U.S.
    /// Secretary of State"), if the mention ends with the name or its last word.
    static func role(of mention: String, name: String, canonical: String) -> String? {
        var m = mention, a = name, c = canonical
        if let r = m.withUTF8({ m in a.withUTF8 { a in c.withUTF8 { c in asciiRole(m, a, c) } } }) { return r }
        return characterRole(of: mention, name: name, canonical: canonical)
    }

    /// `role` on Characters, for any strings.
    static func characterRole(of mention: String, name: String, canonical: String) -> String? {
        let last = canonical.split(separator: " ").last.map(String.init) ?? canonical
        for n in [canonical, name, last] where !n.isEmpty && mention.hasSuffix(n) && mention.count > n.count {
            var r = String(mention.dropLast(n.count))
            while r.last == " " || r.last == "," { r.removeLast() }
            for d in ["the ", "The ", "a ", "A "] where r.hasPrefix(d) { r.removeFirst(d.count) }
            return r.isEmpty || AttributionLexicon.determiners.contains(r.lowercased()) ? nil : r
        }
        return nil
    }

    /// `role` for printable ASCII strings, on bytes (where a byte suffix is a Character
    /// suffix); `.none` for any other strings (the Character path then decides), else the role,
    /// itself `nil` when the mention has none.
    static func asciiRole(_ m: UnsafeBufferPointer<UInt8>, _ name: UnsafeBufferPointer<UInt8>,
                          _ canonical: UnsafeBufferPointer<UInt8>) -> String?? {
        for b in [m, name, canonical] where b.contains(where: { $0 >= 0x80 || $0 < 32 }) { return .none }
        // The last word of the canonical name, as `split(separator: " ").last` finds it.
        var end = canonical.count
        while end > 0 && canonical[end - 1] == 32 { end -= 1 }
        var start = end
        while start > 0 && canonical[start - 1] != 32 { start -= 1 }
        let last = end > 0 ? UnsafeBufferPointer(rebasing: canonical[start..<end]) : canonical
        for n in [canonical, name, last] {
            guard n.count > 0, m.count > n.count, m[(m.count - n.count)...].elementsEqual(n) else { continue }
            var e = m.count - n.count
            while e > 0 && (m[e - 1] == 32 || m[e - 1] == 44) { e -= 1 }
            var s = 0
            if has(m, "the ", at: s, in: s..<e, foldingCase: false) { s += 4 }
            if has(m, "The ", at: s, in: s..<e, foldingCase: false) { s += 4 }
            if has(m, "a ", at: s, in: s..<e, foldingCase: false) { s += 2 }
            if has(m, "A ", at: s, in: s..<e, foldingCase: false) { s += 2 }
            guard s < e else { return .some(nil) }
            let r = String(decoding: UnsafeBufferPointer(rebasing: m[s..<e]), as: UTF8.self)
            return .some(AttributionLexicon.determiners.contains(r.lowercased()) ? nil : r)
        }
        return .some(nil)
    }
}
