/// Reads speaker phrases out of window tokens: backwards from a cue ("Blinken told") and
/// forwards after one ("said Sen. Chris Coons, Democrat of Delaware").
enum MentionParser {
    typealias L = AttributionLexicon

    static let prepositions: Set<String> = [
        "in", "on", "at", "during", "to", "for", "with", "from", "about", "after", "before", "that", "who",
        "which", "while", "when", "as", "by", "into", "of", "over", "than", "because", "if", "whether",
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "sunday's",
    ]
    static let possessorHeads: Set<String> = [
        "office", "statement", "spokesman", "spokeswoman", "spokesperson", "campaign", "camp", "team",
        "aides", "aide", "staff", "account", "twitter", "website", "letter", "memo", "release", "press",
    ]
    static let institutionHeads: Set<String> = [
        "statement", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "office", "source",
        "sources", "aide", "aides", "report", "release", "representative", "spokespeople", "analyst",
    ]

    /// Whether the token is a lower-case cue word.
    @inline(__always) static func isCue(_ t: WindowToken) -> Bool { t.isWord && !t.isCap && LW.cues.contains(hash: t.hash) }

    /// The subject of the cue at `c`, read backwards, never before token `lower`.
    static func subject(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], cue c: Int, lower: Int) -> SpeakerMention? {
        subject(b, toks, cue: c, lower: lower, as: SpeakerMention.self)
    }

    /// A mention without a name: a pronoun or an elided subject (the word `t`).
    @inline(__always) static func unnamed<M: MentionForm>(_ t: WindowToken, _ kind: SpeakerMention.Kind, gender: Gender, as form: M.Type) -> M {
        M.make(span: t.span, kind: kind, name: .empty(isPerson: false, gender: .unknown), nameText: { t.key }, role: { nil },
               hasHead: false, head: { "" }, isDefinite: false, gender: gender)
    }

    /// `subject` in the form asked for.
    static func subject<M: MentionForm>(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], cue c: Int, lower: Int, as form: M.Type) -> M? {
        // (the word sets read once: each use of a `static let` is a call that checks it is set)
        let w = LW.sets
        // A participle ("issued a statement Tuesday saying") shares the clause's subject.
        if toks[c].keyByte(fromEnd: 1) == 103, toks[c].keyByte(fromEnd: 2) == 110, toks[c].keyByte(fromEnd: 3) == 105, c - 1 >= lower, !w.pronouns.contains(hash: toks[c - 1].hash), !toks[c - 1].isCap || toks[c - 1].hash == TH.comma {
            return unnamed(toks[c], .elided, gender: .unknown, as: form)
        }
        var j = c - 1
        var insertionName: (Int, Int)? = nil
        // (the appositive's bytes: its text is made by a form that keeps strings)
        var appositive: ByteSpan? = nil
        var guardSteps = 0
        while j >= lower, guardSteps < 40 {
            guardSteps += 1
            let t = toks[j]
            if t.isWord && !t.isCap && w.skippable.contains(hash: t.hash) { j -= 1; continue }
            // Any adverb in -ly right before the verbs ("then loudly asked", "regularly tells").
            if t.isWord, !t.isCap, t.keyByte(fromEnd: 1) == 121, t.keyByte(fromEnd: 2) == 108, t.span.end - t.span.start >= 6,
               !w.lyNouns.contains(hash: t.hash) { j -= 1; continue }
            if t.isWord && w.weekdays.contains(hash: t.hash), j - 1 >= lower, toks[j - 1].hash == TH.on { j -= 2; continue }
            if t.isWord && w.weekdays.contains(hash: t.hash) { j -= 1; continue }
            // An age between commas: "Clinton, 35, the daughter of ..., said".
            if t.isWord, t.isNumber, j - 1 >= lower, toks[j - 1].hash == TH.comma { j -= 2; continue }
            // A parenthesis: "Rep. Jim McDermott (D-Wash.) said".
            if t.hash == TH.rparen {
                var k = j - 1
                while k >= lower, toks[k].hash != TH.lparen, j - k < 12 { k -= 1 }
                guard k >= lower, toks[k].hash == TH.lparen else { return nil }
                j = k - 1
                continue
            }
            if t.hash == TH.comma || t.hash == TH.dash {
                // "Mr. Coons, a Democrat, said" / "Blinken, who ..., said": skip the inserted clause.
                var k = j - 1
                while k >= lower, toks[k].hash != t.hash, !toks[k].endsSentence, !toks[k].isQuote { k -= 1 }
                guard k >= lower, toks[k].hash == t.hash, k + 1 < j else { return nil }
                let first = toks[k + 1]
                let short = j - k - 1 <= 4
                let insertion = first.isWord && (short || !first.isCap || first.isPossessive || w.determiners.contains(hash: first.hash) || w.titles.contains(hash: first.hash) || first.hash == TH.who)
                guard insertion else { return nil }
                if first.hash != TH.who { appositive = ByteSpan(toks[k + 1].span.start, toks[j - 1].span.end) }
                // A name set off after a description: "the White House spokesman, Josh Earnest, said".
                if insertionName == nil, j - k - 1 <= 4, (k + 1..<j).allSatisfy({ toks[$0].isWord && toks[$0].isCap }),
                   !w.titles.contains(hash: first.hash), !w.nonNameCaps.contains(hash: first.hash) {
                    insertionName = (k + 1, j - 1)
                }
                j = k - 1
                continue
            }
            break
        }
        guard j >= lower, guardSteps < 40 else { return nil }
        let t = toks[j]
        guard t.isWord else { return nil }
        // "was prompted to say": the subject stands before the verbs.
        if t.hash == TH.to, j == c - 1 {
            var k = j - 1
            while k >= lower, c - k <= 5, toks[k].isWord, !toks[k].isCap, !w.pronouns.contains(hash: toks[k].hash) { k -= 1 }
            guard k >= lower, k < j - 1 else { return nil }
            return subject(b, toks, cue: k + 1, lower: lower, as: form)
        }
        if !t.isCap, !w.pronouns.contains(hash: t.hash) || t.hash == TH.who,
           w.prepositions.contains(hash: t.hash) && t.hash != TH.who || w.nonNameCaps.contains(hash: t.hash) && !w.determiners.contains(hash: t.hash) && !w.pronouns.contains(hash: t.hash) && t.hash != TH.and && t.hash != TH.but && t.hash != TH.or {
            return nil
        }
        if t.hash == TH.and || t.hash == TH.but || t.hash == TH.or {
            return unnamed(t, .elided, gender: .unknown, as: form)
        }
        if t.hash == TH.who, j - 1 >= lower {
            var k = j - 1
            if toks[k].hash == TH.comma { k -= 1 }
            guard k >= lower else { return nil }
            return subject(b, toks, cue: k + 1, lower: lower, as: form).map { var m = $0; m.setRoleIfNone { appositive.map { text(b, $0.start, $0.end) } }; return m }
        }
        if w.pronouns.contains(hash: t.hash) {
            return pronoun(t, as: form)
        }
        // Collect the phrase backwards.
        var k = j
        while k - 1 >= lower {
            let p = toks[k - 1]
            guard p.isWord else { break }
            if p.isCap {
                if w.nonNameCaps.contains(hash: p.hash) && !w.determiners.contains(hash: p.hash) { break }
                if w.determiners.contains(hash: p.hash) { k -= 1; break }
                k -= 1
                continue
            }
            if w.determiners.contains(hash: p.hash) { k -= 1; break }
            if w.connectors.contains(hash: p.hash), k - 2 >= lower, toks[k - 2].isCap, toks[k].isCap { k -= 1; continue }
            if w.titles.contains(hash: p.hash) || p.hasTitlePrefix { k -= 1; continue }
            // Lower-case modifiers of a description ("the top US diplomat").
            if !t.isCap, j - k < 5, !w.isCue(p), !w.skippable.contains(hash: p.hash), !w.prepositions.contains(hash: p.hash), !w.pronouns.contains(hash: p.hash) { k -= 1; continue }
            break
        }
        if k > j { return nil }
        // "Johnnie Wilson, of Springfield, Va., said" / "Ann Bower, 75, a retiree in Carthage,
        // Ill., said": a place after a preposition belongs to the appositive; the subject stands
        // before the comma that opens it.
        if appositive != nil, k - 1 >= lower, toks[k - 1].isWord, !toks[k - 1].isCap, w.placePrepositions.contains(hash: toks[k - 1].hash),
           let open = (max(lower, k - 8)..<(k - 1)).last(where: { toks[$0].hash == TH.comma }), open > lower,
           !(open..<k).contains(where: { toks[$0].endsSentence || toks[$0].isQuote }) {
            return subject(b, toks, cue: open, lower: lower, as: form)
        }
        let main = classify(b, toks, k, j, appositive: appositive, as: form)
        if let (s, e) = insertionName, let m = main, m.kind == .description || m.kind == .organization && m.hasHead,
           let named = classify(b, toks, s, e, appositive: nil, as: form), named.kind == .person {
            var p = named
            p.setRole { text(b, toks[k].span.start, toks[j].span.end) }
            return p
        }
        return main
    }

    /// The speaker phrase starting at token `j` (after a cue such as "said" or "according to").
    static func following(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], from j: Int) -> SpeakerMention? {
        following(b, toks, from: j, as: SpeakerMention.self)
    }

    /// `following` in the form asked for.
    static func following<M: MentionForm>(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], from j: Int, as form: M.Type) -> M? {
        // (the word sets read once: each use of a `static let` is a call that checks it is set)
        let w = LW.sets
        guard j < toks.count else { return nil }
        let t = toks[j]
        guard t.isWord else { return nil }
        if w.pronouns.contains(hash: t.hash) && t.hash != TH.who { return pronoun(t, as: form) }
        var k = j
        let startsWithDeterminer = w.determiners.contains(hash: t.hash)
        if startsWithDeterminer { k += 1 }
        var last = -1
        while k < toks.count, k - j < 10 {
            let p = toks[k]
            guard p.isWord else { break }
            if p.isCap { last = k; k += 1; if p.isPossessive { continue }; continue }
            if w.connectors.contains(hash: p.hash), p.hash != TH.and, k + 1 < toks.count, toks[k + 1].isCap, last >= 0 { k += 1; continue }
            if w.titles.contains(hash: p.hash) || p.hasTitlePrefix { last = k; k += 1; continue }
            if startsWithDeterminer, !w.prepositions.contains(hash: p.hash), !w.isCue(p), !w.skippable.contains(hash: p.hash), !w.pronouns.contains(hash: p.hash) {
                last = k; k += 1; continue
            }
            // A lower-case description between names: "said Montclair State University political
            // scientist Brigid Harrison".
            if !startsWithDeterminer, last >= 0, !w.prepositions.contains(hash: p.hash), !w.isCue(p), !w.pronouns.contains(hash: p.hash),
               let next = (k + 1..<min(toks.count, k + 4)).first(where: { toks[$0].isWord && toks[$0].isCap }),
               (k..<next).allSatisfy({ toks[$0].isWord && !w.prepositions.contains(hash: toks[$0].hash) && !w.isCue(toks[$0])
                   && !w.determiners.contains(hash: toks[$0].hash) && !(toks[$0].keyByte(fromEnd: 1) == 100 && toks[$0].keyByte(fromEnd: 2) == 101) }) {
                // (not a verb and its object: "Kerpen needled the CNN")
                k = next
                continue
            }
            break
        }
        guard last >= j else { return nil }
        var m = classify(b, toks, j, last, appositive: nil, as: form)
        // A name set off after a description: "said another Twitter user, Jo Bayer".
        if let d = m, d.kind == .description, last + 2 < toks.count, toks[last + 1].hash == TH.comma, toks[last + 2].isCap {
            var e = last + 2
            while e + 1 < toks.count, toks[e + 1].isWord, toks[e + 1].isCap, e - last < 5 { e += 1 }
            // (Not before a comma: "the assailant, John McGraw, told" is read from the cue back.)
            if e + 1 >= toks.count || !toks[e + 1].isWord && toks[e + 1].hash != TH.comma || toks[e + 1].hash == TH.of,
               let named = classify(b, toks, last + 2, e, appositive: nil, as: form), named.kind == .person, named.nameHasSpace(b) {
                var p = named
                p.setRole { text(b, toks[j].span.start, toks[last].span.end) }
                return p
            }
        }
        // An appositive after a comma: "said Arthur Miller, BankAmerica's vice president".
        if var mm = m, last + 2 < toks.count, toks[last + 1].hash == TH.comma {
            var e = last + 2
            while e < toks.count, toks[e].isWord, e - last < 10 { e += 1 }
            if e > last + 2, toks[last + 2].isWord, !w.isCue(toks[last + 2]), !w.prepositions.contains(hash: toks[last + 2].hash) {
                if mm.kind == .person { mm.appendRole { text(b, toks[last + 2].span.start, toks[e - 1].span.end) } }
                m = mm
            }
        }
        return m
    }

    static func pronoun(_ t: WindowToken) -> SpeakerMention {
        pronoun(t, as: SpeakerMention.self)
    }

    /// `pronoun` in the form asked for.
    @inline(__always) static func pronoun<M: MentionForm>(_ t: WindowToken, as form: M.Type) -> M {
        let g: Gender = t.hash == TH.he ? .male : t.hash == TH.she ? .female : .unknown
        return unnamed(t, .pronoun, gender: g, as: form)
    }

    /// Turns tokens `[s, e]` into a mention: person, organisation or description.
    static func classify(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], _ s0: Int, _ e: Int) -> SpeakerMention? {
        classify(b, toks, s0, e, appositive: nil, as: SpeakerMention.self)
    }

    /// `classify` in the form asked for, with the appositive's bytes (its text joins a person's role).
    static func classify<M: MentionForm>(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], _ s0: Int, _ e: Int, appositive: ByteSpan?, as form: M.Type) -> M? {
        // (the word sets read once: each use of a `static let` is a call that checks it is set)
        let w = LW.sets
        var s = s0
        let span = ByteSpan(toks[s0].span.start, toks[e].span.end)
        var definite = false
        if w.determiners.contains(hash: toks[s].hash) {
            definite = toks[s].hash == TH.the
            s += 1
        }
        guard s <= e else { return nil }
        let head = toks[e]
        let none = CleanedName.empty(isPerson: false, gender: .unknown)
        // Possessor + office/statement: "Choe’s office said" → Choe.
        if w.possessorHeads.contains(hash: head.stemHash), e - 1 >= s, toks[e - 1].isPossessive, toks[e - 1].isCap {
            var k = e - 1
            while k - 1 >= s, toks[k - 1].isCap, !toks[k - 1].isPossessive { k -= 1 }
            var inner = cleanSpans(b, toks, k, e - 1)
            // Without a cleaned name, the possessor's own words (`name(b)` drops the possessive).
            if inner.nameIsEmpty(b) {
                inner.nameStart = toks[k].span.start
                inner.nameEnd = toks[e - 1].span.end
            }
            let c = inner
            return M.make(span: span, kind: c.isPerson ? .person : .organization, name: c, nameText: { c.name(b) }, role: { c.role(b) },
                          hasHead: true, head: { head.stem }, isDefinite: definite, gender: c.gender)
        }
        if !head.isCap {
            // A description or an institution named by its modifiers ("a Foreign Ministry statement").
            var firstCap = -1, lastCap = -1
            for k in s...e where toks[k].isCap && !w.nonNameCaps.contains(hash: toks[k].hash) { if firstCap < 0 { firstCap = k }; lastCap = k }
            let f = firstCap, l = lastCap, start = s
            if w.institutionHeads.contains(hash: head.stemHash), f >= 0 {
                return M.make(span: span, kind: .organization, name: none, nameText: { stripPossessive(text(b, toks[f].span.start, toks[l].span.end)) },
                              role: { nil }, hasHead: true, head: { head.stem }, isDefinite: definite, gender: .unknown)
            }
            if w.organizationHeads.contains(hash: head.stemHash), f >= 0 {
                return M.make(span: span, kind: .organization, name: none, nameText: { text(b, toks[start].span.start, toks[e].span.end) },
                              role: { nil }, hasHead: true, head: { head.stem }, isDefinite: definite, gender: .unknown)
            }
            let g: Gender = w.femaleWords.contains(hash: head.stemHash) ? .female : w.maleWords.contains(hash: head.stemHash) ? .male : .unknown
            return M.make(span: span, kind: .description, name: none, nameText: { text(b, toks[s0].span.start, toks[e].span.end) },
                          role: { nil }, hasHead: true, head: { head.stem }, isDefinite: definite, gender: g)
        }
        let c = cleanSpans(b, toks, s, e)
        if c.nameIsEmpty(b) {
            // Titles only: "The Acting President".
            return M.make(span: span, kind: .description, name: none, nameText: { text(b, toks[s0].span.start, toks[e].span.end) },
                          role: { c.role(b) }, hasHead: true, head: { toks[e].key }, isDefinite: definite || s0 == s, gender: c.gender)
        }
        var m = M.make(span: span, kind: c.isPerson ? .person : .organization, name: c, nameText: { c.name(b) }, role: { c.role(b) },
                       hasHead: false, head: { "" }, isDefinite: definite, gender: c.gender)
        if let a = appositive, m.kind == .person { m.appendRole { text(b, a.start, a.end) } }
        return m
    }

    /// Splits capitalised tokens `[s, e]` into leading titles (role) and the name.
    static func cleanName(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], _ s: Int, _ e: Int) -> (name: String, role: String?, isPerson: Bool, gender: Gender) {
        let c = cleanSpans(b, toks, s, e)
        return (c.name(b), c.role(b), c.isPerson, c.gender)
    }

    /// `cleanName` as byte ranges: the strings are made by the caller, when it needs them.
    static func cleanSpans(_ b: UnsafeBufferPointer<UInt8>, _ toks: [WindowToken], _ s: Int, _ e: Int) -> CleanedName {
        // (the word sets read once: each use of a `static let` is a call that checks it is set)
        let w = LW.sets
        // (the first "and" and the first "of" of the run, if any)
        var and = -1, of = -1
        var i = s
        while i <= e {
            let h = toks[i].hash
            if and < 0, h == TH.and { and = i }
            if of < 0, h == TH.of { of = i }
            i += 1
        }
        // Two people: "Edward-Isaac Dovere and Gabriel Debenedetti wrote" → the first.
        if and >= 0, and > s, and < e {
            let first = cleanSpans(b, toks, s, and - 1)
            if !first.nameIsEmpty(b), first.isPerson { return first }
        }
        // "Sen. Tom Carper of Delaware", "Mr. Nevins of Showtime": the name stands before "of"
        // unless only titles do ("Secretary of State John Kerry") or a title ends it ("RNC
        // Chief of Staff Katie Walsh").
        if of >= 0, of > s, of < e,
           !w.titles.contains(hash: toks[of - 1].hash) || w.ambiguousTitles.contains(hash: toks[of - 1].hash) {
            var before = cleanSpans(b, toks, s, of - 1)
            // (`before` covers no "of", so its role is at most one range)
            if !before.nameIsEmpty(b), before.isPerson, before.rest < 0 {
                // The rest of the run joins the role: "<role> of Delaware", or it is the role.
                if before.hasRole {
                    before.rest = toks[of].span.start
                    before.restEnd = toks[e].span.end
                } else {
                    before.roleStart = toks[of].span.start
                    before.roleEnd = toks[e].span.end
                }
                before.isPerson = true
                return before
            }
        }
        // An organisation's name ends in its head noun ("Foreign Ministry", "White House"); a
        // head earlier on is part of a title ("House Speaker Paul Ryan", "Secretary of State ...").
        var s = s
        while s < e, toks[s].isCap, w.nonNameCaps.contains(hash: toks[s].hash) { s += 1 }
        if toks[s].isCap, w.nonNameCaps.contains(hash: toks[s].hash) { return .empty(isPerson: true, gender: .unknown) }
        var isOrg = toks[e].isCap && w.organizationHeads.contains(hash: toks[e].stemHash)
        if !isOrg, toks[e].isCap, w.knownOrganizations.contains(hash: toks[e].stemHash) { isOrg = true }
        if isOrg {
            var k = s
            while k < e, w.nonNameCaps.contains(hash: toks[k].hash) { k += 1 }
            var c = CleanedName.empty(isPerson: false, gender: .unknown)
            c.nameStart = toks[k].span.start
            c.nameEnd = toks[e].span.end
            return c
        }
        var gender = Gender.unknown
        var k = s
        // The name starts after the last title word or possessive ("Trump's campaign manager Corey Lewandowski").
        var nameStart = s
        var leading = true
        while k <= e {
            let t = toks[k]
            let isTitle = w.titles.contains(hash: t.hash) || t.hasTitlePrefix
            // After the first name word, only lower-case words, possessives and unambiguous titles
            // start the name again ("Charlie King", "Marty West" keep their surnames).
            let resets = !t.isCap || t.isPossessive || (isTitle && (leading || (k < e && !w.ambiguousTitles.contains(hash: t.hash))))
            if w.femaleWords.contains(hash: t.hash) { gender = .female } else if w.maleWords.contains(hash: t.hash) { gender = .male }
            if resets { nameStart = k + 1 } else { leading = false }
            k += 1
        }
        // Keep a surname that is also a title word ("Tim Kaine" is fine; "Rand Paul" too): if nothing
        // is left, the last capitalised token is the name ("Secretary Blinken" has Blinken left anyway).
        if nameStart > e {
            // All titles: maybe "Washington" or "House": treat as description.
            var c = CleanedName.empty(isPerson: true, gender: gender)
            c.roleStart = toks[s].span.start
            c.roleEnd = toks[e].span.end
            return c
        }
        var ns = nameStart
        while ns < e, w.connectors.contains(hash: toks[ns].hash) { ns += 1 }
        var c = CleanedName.empty(isPerson: true, gender: gender)
        c.nameStart = toks[ns].span.start
        c.nameEnd = toks[e].span.end
        if nameStart > s {
            c.roleStart = toks[s].span.start
            c.roleEnd = toks[nameStart - 1].span.end
        }
        // (the given name's gender does not depend on its case: read from the word's bytes)
        if gender == .unknown, toks[ns].isCap, ns < e {
            c.gender = DocState.gender(ofGiven: b, toks[ns].span.start, toks[ns].span.end)
        }
        return c
    }

    /// Title words that are also surnames or place words ("King", "West", "Young").
    static let ambiguousTitles: Set<String> = [
        "king", "west", "north", "south", "east", "young", "price", "bishop", "major", "judge", "rice",
        "new", "york", "washington", "house", "state", "star", "fox", "news", "host", "chair", "member",
        "prince", "queen", "father", "sister", "justice", "marshal", "rival", "court", "party", "national",
        "security", "services", "finance", "budget", "energy", "health", "labor", "commerce", "interior",
        "nation", "island", "independent", "liberal", "conservative", "progressive", "special", "fire",
        "police", "senior", "top", "general", "grant", "carolina", "virginia", "georgia", "indiana",
        "florida", "montana", "nevada", "jersey", "dakota", "hampshire", "washington",
    ]

    /// Single-word proper names that are organisations, places or outlets rather than people.
    static let knownOrganizations: Set<String> = [
        "hamas", "hezbollah", "kcna", "pyongyang", "seoul", "washington", "tokyo", "beijing", "moscow",
        "kremlin", "pentagon", "nato", "reuters", "ap", "afp", "yonhap", "cnn", "msnbc", "fox", "nbc", "abc",
        "cbs", "politico", "breitbart", "gop", "dnc", "rnc", "congress", "israel", "iran", "china", "russia",
        "japan", "ukraine", "america", "taliban", "isis", "fbi", "cia", "nsa", "un", "eu", "obamacare",
        "twitter", "facebook", "google", "apple", "microsoft", "amazon", "tehran", "jerusalem", "london",
        "paris", "berlin", "brussels", "kyiv", "kiev", "damascus", "baghdad", "kabul", "cairo", "ankara",
        "gallup", "quinnipiac", "marist", "rasmussen", "korea", "states", "kingdom", "britain", "france",
        "germany", "mexico", "canada", "syria", "iraq", "afghanistan", "india", "pakistan", "europe",
        "asia", "africa", "gaza", "qatar", "turkey", "egypt", "libya", "cuba", "venezuela", "iowa",
        "republicans", "democrats", "americans", "conservatives", "liberals", "evangelicals",
    ]

    static func stripPossessive(_ s: String) -> String {
        // The endings are whole characters of their own, so reading the last bytes gives the
        // same answer as `hasSuffix` without grapheme breaking.
        var t = s
        let drop = t.withUTF8 { u -> Int in
            let n = u.count
            if n >= 2, u[n - 1] == 115, u[n - 2] == 39 { return 2 }
            if n >= 4, u[n - 1] == 115, u[n - 2] == 0x99, u[n - 3] == 0x80, u[n - 4] == 0xE2 { return 4 }
            if n >= 2, u[n - 1] == 39, u[n - 2] == 115 { return 1 }
            if n >= 4, u[n - 1] == 0x99, u[n - 2] == 0x80, u[n - 3] == 0xE2, u[n - 4] == 115 { return 3 }
            return 0
        }
        guard drop > 0 else { return s }
        return String(decoding: t.utf8.dropLast(drop), as: UTF8.self)
    }

    @inline(__always) static func text(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        guard s < e, s >= 0, e <= b.count else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
    }
}
