/// What a word means to the time tagger.
enum TimeWord: UInt8, Sendable {
    case none = 0
    /// `January` ... `December`; value 1...12.
    case month
    /// `Jan` ... `Dec`, `Sept`; value 1...12 (must be capitalised).
    case monthAbbr
    /// `Sunday` ... `Saturday`; value 1...7 (Foundation's weekday numbering).
    case weekday
    /// `year`, `weeks`, ...; value is a `TimeUnit` raw value.
    case unit
    /// `one` ... `ninety`, `dozen`, `hundred`; value is the number.
    case number
    /// `first` ... `twelfth`; value is the ordinal.
    case ordinal
    /// `today`, `yesterday`, `now`, ...; value is a `Deictic` raw value.
    case deictic
    /// `morning`, `afternoon`, `evening`, `night`, `noon`, `midnight`, `midday`.
    case partOfDay
    /// `spring`, `summer`, `autumn`, `fall`, `winter`; value 1...4.
    case season
    /// `daily`, `weekly`, `annually`, ...; value is a `TimeUnit` raw value.
    case setAdverb
    /// `last`, `next`, `this`, `past`, `coming`, ...; value is a `Relative` raw value.
    case relative
    /// `about`, `around`, `nearly`, `almost`, ...
    case approx
    /// `early`, `late`, `mid`, `earlier`, `later`.
    case position
    /// `every`, `each`.
    case every
    /// `ago`.
    case ago
    /// Other function words the grammar looks at; value is a `Function` raw value.
    case function
    /// Words that mark future tense near an expression.
    case future
    /// Other words the grammar tests by spelling; listed so the tokenizer keeps them as tokens.
    case marker
    /// Holidays with a rule for their date: 1 Thanksgiving, 2 Christmas.
    case holiday
    /// `the twenties` ... `the nineties`; value 2...9.
    case decadeWord
}

/// Calendar units, with the letter TIMEX3 durations use.
enum TimeUnit: UInt8, Sendable {
    case none = 0, second, minute, hour, day, week, weekend, fortnight, month, quarter, year, decade, century

    /// Whether the unit is below a day (durations use the `PT` form).
    var isTimeOfDay: Bool { self == .second || self == .minute || self == .hour }

    /// The TIMEX3 duration letter(s) and the count multiplier.
    var durationLetter: (String, Int) {
        switch self {
        case .second: return ("S", 1)
        case .minute: return ("M", 1)
        case .hour: return ("H", 1)
        case .day: return ("D", 1)
        case .week: return ("W", 1)
        case .weekend: return ("WE", 1)
        case .fortnight: return ("W", 2)
        case .month: return ("M", 1)
        case .quarter: return ("Q", 1)
        case .year: return ("Y", 1)
        case .decade: return ("DE", 1)
        case .century: return ("CE", 1)
        case .none: return ("", 1)
        }
    }
}

/// The deictic words.
enum Deictic: UInt8, Sendable {
    case none = 0, today, yesterday, tomorrow, tonight, now, currently, recently, previously, soon, nowadays, present, future, past, formerly
}

/// Relative determiners before a unit, month, weekday or season.
enum Relative: UInt8, Sendable {
    case none = 0, last, next, this, past, coming, previous, following, recent, that, same, current, latest, prior, upcoming
}

/// Function words with a role in the grammar.
enum Function: UInt8, Sendable {
    case none = 0, the, a, an, of, and, than, more, less, least, at, up, to, fiscal, end, beginning, start, middle, half, few, several, couple, some, over, under, within, for_, in_, after, before, per, since, on, by, once, twice, times, until, from, many, dozens, hours
}

/// A lexicon entry: the word class and its value.
struct TimeLex: Sendable, Equatable {
    var word: TimeWord
    var value: UInt8
    static let none = TimeLex(word: .none, value: 0)
}

/// The tagger's word list, looked up by packed lower-case bytes in an open-addressing table.
enum TimeLexicon {
    /// Table size (a power of two, well above the entry count).
    static let size = 2048

    /// Packs up to 12 lower-case ASCII letters into two integers; `nil` if the word is longer
    /// or holds anything but letters.
    @inline(__always)
    static func key(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> (UInt64, UInt64)? {
        let n = e - s
        if n <= 0 || n > 12 { return nil }
        var a: UInt64 = 0, b: UInt64 = UInt64(n) << 40
        var k = 0
        while k < n {
            let c = p[s + k] | 0x20
            if c < 97 || c > 122 { return nil }
            if k < 8 { a |= UInt64(c) << (UInt64(k) * 8) } else { b |= UInt64(c) << (UInt64(k - 8) * 8) }
            k += 1
        }
        return (a, b)
    }

    @inline(__always) static func slot(_ a: UInt64, _ b: UInt64) -> Int {
        Int(truncatingIfNeeded: ((a ^ (b &* 0x9E37_79B9_7F4A_7C15)) &* 0xD6E8_FEB8_6659_FD93) >> 53) & (size - 1)
    }

    /// The lexicon: keys and entries in parallel arrays.
    static let table: (keys: [UInt64], keys2: [UInt64], entries: [TimeLex]) = build()

    /// A word's entry and its `TimeToken.start` flag, as the tokenizer stores them.
    struct Slot: Sendable {
        /// The entry.
        var lex: TimeLex
        /// `TimeToken.start` when a rule may start at the word, else 0.
        var flags: UInt8
    }

    /// Slots of the table of short words (a power of two).
    static let shortSize = 1024

    /// The two slots a word of one to seven letters (packed into `a` as `key` packs it) may
    /// sit in: two bit fields of one product.
    @inline(__always) static func shortSlots(_ a: UInt64, _ multiplier: UInt64) -> (Int, Int) {
        let x = a &* multiplier
        return (Int(truncatingIfNeeded: x >> 54) & (shortSize - 1), Int(truncatingIfNeeded: x >> 44) & (shortSize - 1))
    }

    /// The words of one to seven letters, looked up by their packed bytes alone (the length is
    /// implied: letters are never zero bytes), 0 for an empty slot; `slots` holds each word's
    /// entry, and one more slot at `shortSize` holds no entry. Each word sits in one of its two
    /// `shortSlots` (cuckoo hashing), so a lookup is two loads and a select, with no branch on
    /// whether the word is in the lexicon: most words of a text are this short, and that
    /// branch mispredicted on about a third of them.
    static let short: (keys: [UInt64], slots: [Slot], multiplier: UInt64) = {
        let t = table
        var words: [(UInt64, Slot)] = []
        for i in 0..<size where t.keys2[i] != 0 && t.keys2[i] >> 40 <= 7 {
            words.append((t.keys[i], Slot(lex: t.entries[i], flags: mayStart(t.entries[i]) ? TimeToken.start : 0)))
        }
        var multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        // A few hundred words in 1,024 slots: the first multiplier almost always places them all;
        // the next ones are tried in turn if not.
        for _ in 0..<64 {
            if let (keys, slots) = cuckoo(words, multiplier) { return (keys, slots, multiplier) }
            multiplier = (multiplier &* 0xD6E8_FEB8_6659_FD93) | 1
        }
        // Never reached in practice; an empty table finds no word rather than failing.
        return ([UInt64](repeating: 0, count: shortSize + 1), [Slot](repeating: Slot(lex: .none, flags: 0), count: shortSize + 1), multiplier)
    }()

    /// Places `words` in `shortSize` slots, each in one of its two `shortSlots`; `nil` when some
    /// word finds no place.
    static func cuckoo(_ words: [(UInt64, Slot)], _ multiplier: UInt64) -> ([UInt64], [Slot])? {
        var keys = [UInt64](repeating: 0, count: shortSize + 1)
        var slots = [Slot](repeating: Slot(lex: .none, flags: 0), count: shortSize + 1)
        for (a, slot) in words {
            var (key, value) = (a, slot)
            var at = shortSlots(key, multiplier).0
            var placed = false
            for _ in 0..<100 {
                if keys[at] == 0 { keys[at] = key; slots[at] = value; placed = true; break }
                // Evict the occupant to its other slot.
                swap(&keys[at], &key)
                swap(&slots[at], &value)
                let (h1, h2) = shortSlots(key, multiplier)
                at = at == h1 ? h2 : h1
            }
            if !placed { return nil }
        }
        return (keys, slots)
    }

    /// Whether any entry has a first letter, last letter and length, as bits (1.4 KB): bit
    /// `index & 63` of word `index >> 6`, index `((first - 'a') * 26 + (last - 'a')) * 16 + length`.
    static let filterBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (26 * 26 * 16 + 63) / 64)
        for (w, _) in words() {
            let u = Array(w.utf8)
            guard let c = u.first, let z = u.last, c >= 97, c <= 122, z >= 97, z <= 122, u.count < 16 else { continue }
            let i = (Int(c - 97) * 26 + Int(z - 97)) * 16 + u.count
            bits[i >> 6] |= 1 << UInt64(i & 63)
        }
        return bits
    }()

    /// Whether a rule may start at a word with this entry (`TimeGrammar.worthTrying` is false
    /// for every other word, whatever follows it).
    static func mayStart(_ lex: TimeLex) -> Bool {
        switch lex.word {
        case .none, .future, .ago, .marker: return false
        case .function:
            switch Function(rawValue: lex.value) ?? .none {
            case .the, .a, .an, .fiscal, .few, .several, .couple, .half, .end, .more, .less, .at, .up, .over, .under: return true
            default: return false
            }
        default: return true
        }
    }

    /// For each table slot, `TimeToken.start` when a rule may start at its word, else 0.
    static let startFlags: [UInt8] = table.entries.map { mayStart($0) ? TimeToken.start : 0 }

    /// Looks a word up.
    @inline(__always)
    static func lookup(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> TimeLex {
        guard let (a, b) = key(p, s, e) else { return .none }
        var i = slot(a, b)
        let t = table
        while true {
            let ka = t.keys[i], kb = t.keys2[i]
            if kb == 0 { return .none }
            if ka == a && kb == b { return t.entries[i] }
            i = (i + 1) & (size - 1)
        }
    }

    static func build() -> (keys: [UInt64], keys2: [UInt64], entries: [TimeLex]) {
        var keys = [UInt64](repeating: 0, count: size)
        var keys2 = [UInt64](repeating: 0, count: size)
        var entries = [TimeLex](repeating: .none, count: size)
        for (w, lex) in words() {
            let bytes = Array(w.utf8)
            let k = bytes.withUnsafeBufferPointer { key($0, 0, bytes.count) }
            guard let (a, b) = k else { continue }
            var i = slot(a, b)
            while keys2[i] != 0 && !(keys[i] == a && keys2[i] == b) { i = (i + 1) & (size - 1) }
            keys[i] = a
            keys2[i] = b
            entries[i] = lex
        }
        return (keys, keys2, entries)
    }

    static func words() -> [(String, TimeLex)] {
        var out: [(String, TimeLex)] = []
        func add(_ list: [String], _ w: TimeWord, _ v: (Int) -> Int) {
            for (k, s) in list.enumerated() { out.append((s, TimeLex(word: w, value: UInt8(v(k))))) }
        }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
        add(months, .month) { $0 + 1 }
        add(["jan", "feb", "mar", "apr"], .monthAbbr) { $0 + 1 }
        add(["jun", "jul", "aug", "sep", "oct", "nov", "dec"], .monthAbbr) { $0 + 6 }
        out.append(("sept", TimeLex(word: .monthAbbr, value: 9)))
        add(["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"], .weekday) { $0 + 1 }
        let units: [(String, TimeUnit)] = [
            ("second", .second), ("seconds", .second), ("minute", .minute), ("minutes", .minute),
            ("hour", .hour), ("hours", .hour), ("day", .day), ("days", .day), ("week", .week), ("weeks", .week),
            ("weekend", .weekend), ("weekends", .weekend), ("fortnight", .fortnight), ("month", .month),
            ("months", .month), ("quarter", .quarter), ("quarters", .quarter), ("year", .year), ("years", .year),
            ("decade", .decade), ("decades", .decade), ("century", .century), ("centuries", .century),
        ]
        for (s, u) in units { out.append((s, TimeLex(word: .unit, value: u.rawValue))) }
        let numbers: [(String, Int)] = [
            ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
            ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
            ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
            ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
            ("ninety", 90), ("hundred", 100), ("dozen", 12),
        ]
        for (s, n) in numbers { out.append((s, TimeLex(word: .number, value: UInt8(n)))) }
        add(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth"], .ordinal) { $0 + 1 }
        let deictic: [(String, Deictic)] = [
            ("today", .today), ("yesterday", .yesterday), ("tomorrow", .tomorrow), ("tonight", .tonight),
            ("now", .now), ("currently", .currently), ("recently", .recently),
            ("nowadays", .nowadays), ("present", .present), ("future", .future), ("past", .past),
            ("formerly", .formerly),
        ]
        for (s, d) in deictic { out.append((s, TimeLex(word: .deictic, value: d.rawValue))) }
        add(["morning", "afternoon", "evening", "night", "noon", "midnight", "midday", "overnight"], .partOfDay) { $0 + 1 }
        add(["spring", "summer", "autumn", "fall", "winter"], .season) { [1, 2, 3, 3, 4][$0] }
        let sets: [(String, TimeUnit)] = [
            ("daily", .day), ("weekly", .week), ("monthly", .month), ("annually", .year), ("yearly", .year),
            ("hourly", .hour), ("nightly", .day), ("biweekly", .fortnight),
        ]
        for (s, u) in sets { out.append((s, TimeLex(word: .setAdverb, value: u.rawValue))) }
        let rel: [(String, Relative)] = [
            ("last", .last), ("next", .next), ("this", .this), ("coming", .coming), ("previous", .previous),
            ("following", .following), ("recent", .recent), ("that", .that), ("same", .same),
            ("current", .current), ("latest", .latest), ("prior", .prior), ("upcoming", .upcoming),
        ]
        // "past" is also a relative determiner; the grammar checks the deictic entry for it.
        for (s, r) in rel { out.append((s, TimeLex(word: .relative, value: r.rawValue))) }
        add(["about", "around", "nearly", "almost", "roughly", "approximately", "some", "only", "just",
             "barely", "approx"], .approx) { $0 + 1 }
        add(["early", "late", "mid", "earlier", "later"], .position) { $0 + 1 }
        add(["every", "each"], .every) { $0 + 1 }
        out.append(("ago", TimeLex(word: .ago, value: 1)))
        let fn: [(String, Function)] = [
            ("the", .the), ("a", .a), ("an", .an), ("of", .of), ("and", .and), ("than", .than), ("more", .more),
            ("less", .less), ("least", .least), ("at", .at), ("up", .up), ("to", .to), ("fiscal", .fiscal),
            ("end", .end), ("beginning", .beginning), ("start", .start), ("middle", .middle), ("half", .half),
            ("few", .few), ("several", .several), ("couple", .couple), ("over", .over),
            ("under", .under), ("within", .within), ("for", .for_), ("in", .in_), ("after", .after),
            ("before", .before), ("per", .per), ("since", .since), ("on", .on), ("by", .by), ("once", .once),
            ("twice", .twice), ("times", .times), ("until", .until), ("from", .from), ("many", .many),
        ]
        for (s, f) in fn { out.append((s, TimeLex(word: .function, value: f.rawValue))) }
        add(["am", "pm", "p", "m", "s", "st", "nd", "rd", "th", "old", "long", "percent", "during", "through",
             "between", "most", "other", "took", "lasted", "period", "was", "were", "had", "did", "est", "edt",
             "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et", "pt", "bst", "cet", "kst", "jst", "near",
             "short", "term", "these", "eve", "independence", "as", "set", "ended", "ending", "trading", "business", "working",
             "calendar", "q", "thousand", "effective"], .marker) { _ in 0 }
        // Decades in words: value is the decade's tens digit.
        add(["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"], .decadeWord) { $0 + 2 }
        add(["thanksgiving", "christmas"], .holiday) { $0 + 1 }
        out.append(("full", TimeLex(word: .relative, value: Relative.current.rawValue)))
        // The first five are strong markers; the rest only count before the expression.
        add(["will", "shall", "ll", "scheduled", "upcoming", "planned", "plans", "going", "expected", "would", "planning", "soon"], .future) { $0 + 1 }
        return out
    }
}
