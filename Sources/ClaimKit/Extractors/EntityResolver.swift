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
        // Distinct speaker forms.
        var forms: [Form] = []
        var formIndex: [String: Int] = [:]
        for q in quotes {
            guard let s = q.speaker, !s.isEmpty else { continue }
            let kind = q.speakerKind ?? .organization
            if let i = formIndex[s] {
                forms[i].count += 1
                forms[i].documents.insert(q.document)
                if kind == .person { forms[i].kind = .person }
            } else {
                formIndex[s] = forms.count
                forms.append(Form(name: s, key: key(s), kind: kind, count: 1, documents: [q.document]))
            }
        }
        guard !forms.isEmpty else { return [] }
        var pendingVariant: [Int: String] = [:]
        // Union-find over forms.
        var parent = Array(forms.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) { let ra = find(a), rb = find(b); if ra != rb { parent[rb] = ra } }
        // Full names: bucket by first and last word, compare within buckets.
        var byWord: [String: [Int]] = [:]
        for (i, f) in forms.enumerated() where f.key.count >= 2 {
            if let l = f.key.last { byWord["L:" + l, default: []].append(i) }
            if let w = f.key.first { byWord["F:" + w, default: []].append(i) }
        }
        for (_, bucket) in byWord where bucket.count > 1 && bucket.count < 400 {
            for x in 0..<bucket.count {
                for y in (x + 1)..<bucket.count where sameName(forms[bucket[x]], forms[bucket[y]]) {
                    union(bucket[x], bucket[y])
                }
            }
        }
        // Bare names ("Biden") with full names holding the word are resolved per quote below;
        // the others are entities of their own.
        var bareCandidates: [Int: [Int]] = [:]
        for (i, f) in forms.enumerated() where f.key.count == 1 {
            guard let w = f.key.first else { continue }
            let cands = (byWord["L:" + w] ?? []) + (f.kind == .person ? (byWord["F:" + w] ?? []) : [])
            if !cands.isEmpty { bareCandidates[i] = cands }
        }
        var groups: [Int: [Int]] = [:]
        for i in forms.indices where bareCandidates[i] == nil { groups[find(i), default: []].append(i) }
        var canonicalOf: [String: String] = [:]
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
            for m in members { canonicalOf[forms[m].name] = name }
            entities.append(Entity(name: name, kind: kind, variants: [], roles: [], quoteCount: 0))
        }
        // A bare name goes to the full name holding it in the same document (the most quoted there),
        // else to the one that dominates the corpus (at least twice the next), else stays itself.
        var weightOfRoot: [Int: Int] = [:]
        for (i, f) in forms.enumerated() where bareCandidates[i] == nil { weightOfRoot[find(i), default: 0] += f.count }
        func bareTarget(_ form: Int, document: Int) -> String? {
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
            return canonicalOf[forms[top.key].name]
        }
        for k in quotes.indices {
            guard let s = quotes[k].speaker, let f = formIndex[s], bareCandidates[f] != nil else { continue }
            if let t = bareTarget(f, document: quotes[k].document) {
                quotes[k].speaker = t
                if quotes[k].speakerMention == nil || quotes[k].speakerMention == s { quotes[k].speakerMention = s }
                pendingVariant[k] = s
            } else if canonicalOf[s] == nil {
                canonicalOf[s] = s
                entities.append(Entity(name: s, kind: forms[f].kind, variants: [], roles: [], quoteCount: 0))
            }
        }
        var entityIndex: [String: Int] = [:]
        for (i, e) in entities.enumerated() { entityIndex[e.name] = i }
        var variantSeen: [Set<String>] = Array(repeating: [], count: entities.count)
        var roleSeen: [Set<String>] = Array(repeating: [], count: entities.count)
        for k in quotes.indices {
            guard let s0 = quotes[k].speaker, let c = canonicalOf[s0], let e = entityIndex[c] else { continue }
            let s = pendingVariant[k] ?? s0
            quotes[k].speaker = c
            entities[e].quoteCount += 1
            if s != c, variantSeen[e].insert(s).inserted { entities[e].variants.append(s) }
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
        var s = name.lowercased()
        for p in ["the ", "’s", "'s"] where s.hasPrefix(p) || s.hasSuffix(p) {
            if s.hasPrefix(p) { s.removeFirst(p.count) } else { s.removeLast(p.count) }
        }
        let cleaned = s.map { c -> Character in c == "-" || c == "‐" ? " " : c }.filter { $0 != "." && $0 != "," }
        let words = String(cleaned).split(separator: " ").map(String.init)
        return words.filter { !["jr", "sr", "ii", "iii", "mr", "mrs", "ms", "dr"].contains($0) }
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
        let joinedA = s.joined(), joinedB = l.joined()
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
        let d = editDistance(joinedA, joinedB)
        return differing > 0 && (d == 1 && joinedA.count >= 6 || d == 2 && joinedA.count >= 9)
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
        AttributionLexicon.pronouns.contains(m.lowercased())
    }

    /// The title before the name in a mention ("U.S. Secretary of State Antony Blinken" → "U.S.
    /// Secretary of State"), if the mention ends with the name or its last word.
    static func role(of mention: String, name: String, canonical: String) -> String? {
        let last = canonical.split(separator: " ").last.map(String.init) ?? canonical
        for n in [canonical, name, last] where !n.isEmpty && mention.hasSuffix(n) && mention.count > n.count {
            var r = String(mention.dropLast(n.count))
            while r.last == " " || r.last == "," { r.removeLast() }
            for d in ["the ", "The ", "a ", "A "] where r.hasPrefix(d) { r.removeFirst(d.count) }
            return r.isEmpty || AttributionLexicon.determiners.contains(r.lowercased()) ? nil : r
        }
        return nil
    }
}
