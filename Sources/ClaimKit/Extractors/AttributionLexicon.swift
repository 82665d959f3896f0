/// Word lists the speaker attributor and the entity resolver consult. All entries are lower case.
public enum AttributionLexicon {
    /// Verbs (and verb phrases' first words) that introduce reported speech.
    public static let cues: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "states", "warned", "warns",
        "wrote", "writes", "explained", "explains", "noted", "notes", "asked", "asks", "argued", "argues",
        "claimed", "claims", "declared", "declares", "insisted", "insists", "continued", "continues",
        "replied", "replies", "responded", "responds", "remarked", "remarks", "observed", "observes",
        "recalled", "recalls", "suggested", "suggests", "acknowledged", "acknowledges", "admitted", "admits",
        "announced", "announces", "answered", "answers", "boasted", "boasts", "cautioned", "cautions",
        "charged", "charges", "complained", "complains", "concluded", "concludes", "conceded", "concedes",
        "confirmed", "confirms", "contended", "contends", "countered", "counters", "cried", "demanded",
        "demands", "emphasized", "emphasizes", "emphasised", "exclaimed", "joked", "jokes", "maintained",
        "maintains", "mused", "predicted", "predicts", "promised", "promises", "quipped", "quips",
        "reiterated", "reiterates", "reported", "reports", "shouted", "stressed", "stresses", "tweeted",
        "tweets", "posted", "urged", "urges", "vowed", "vows", "wondered", "wonders", "yelled", "agreed",
        "alleged", "alleges", "assured", "bragged", "commented", "comments", "condemned", "condemns",
        "criticized", "criticised", "criticizes", "denied", "denies", "described", "describes", "labeled",
        "labelled", "labeling", "called", "calls", "calling", "dubbed", "echoed", "hinted", "implored",
        "lamented", "laments", "mocked", "pleaded", "proclaimed", "protested", "railed", "recounted",
        "repeated", "retorted", "scoffed", "screamed", "snapped", "testified", "thundered", "whispered",
        "asserted", "asserts", "blasted", "slammed", "touted", "elaborated", "chided", "pledged",
        "threatened", "threatens", "accused", "accuses", "advised", "announced", "conceded", "insisted",
        "characterized", "characterised", "termed", "branded", "referred", "saying", "telling", "adding",
        "warning", "noting", "arguing", "asking", "writing", "explaining", "declaring", "insisting",
        "describing", "stating", "claiming", "urging", "tweeting", "suggesting", "predicting",
        "acknowledging", "promising", "vowing", "boasting", "complaining", "emphasizing", "stressing",
        "indicated", "indicates", "explained", "wrote", "stated", "concluded", "recalled", "ranted",
        "marveled", "marvelled", "sighed", "laughed", "gushed", "fumed", "huffed", "interjected",
        "interrupted", "objected", "opined", "posited", "reasoned", "reckoned", "reflected", "reminded",
        "responded", "affirmed", "announced", "averred", "declared", "disclosed", "divulged", "expressed",
        "hailed", "praised", "questioned", "rebutted", "rejoined", "relayed", "remembered", "retorted",
        "signaled", "signalled", "speculated", "swore", "summarized", "testifies", "underscored",
        "underlined", "voiced", "wrote", "cheered", "chimed", "demurred", "griped", "grumbled",
        "lectured", "mumbled", "muttered", "pondered", "pressed", "probed", "prodded", "quizzed",
        "scolded", "sneered", "taunted", "teased", "vented", "crowed", "proclaims", "barked", "denounced",
        "derided", "dismissed", "decried", "deplored", "ridiculed", "lambasted", "attacked", "assailed",
        "rejected", "pointed", "explained", "recalled", "conceded", "cracked", "tweeted", "retweeted",
        "posted", "emailed", "texted", "messaged", "spoke", "speaking", "put",
        "denounce", "describe", "warn", "insist", "argue", "declare", "note", "add", "write", "ask",
        "explain", "claim", "suggest", "admit", "acknowledge", "predict", "promise", "joke", "quip",
        "boast", "complain", "concede", "respond", "reply", "recall", "tweet", "announce", "urge",
        "insisting", "joking", "quipping", "boasting", "promising", "shrugged", "interrupting",
    ]

    /// Words that may stand between a subject and its cue ("he later said", "Trump has said").
    public static let skippable: Set<String> = [
        "also", "later", "then", "has", "had", "have", "would", "will", "once", "repeatedly", "previously",
        "recently", "strongly", "further", "flatly", "simply", "publicly", "privately", "reportedly",
        "often", "frequently", "again", "still", "even", "just", "was", "is", "were", "are", "quickly",
        "bluntly", "angrily", "firmly", "loudly", "quietly", "calmly", "clearly", "openly", "famously",
        "memorably", "subsequently", "earlier", "finally", "immediately", "initially", "originally",
        "sharply", "succinctly", "tersely", "curtly", "plainly", "explicitly", "repeatedly", "ultimately",
        "apparently", "allegedly", "herself", "himself", "themselves", "itself", "personally", "first",
        "last", "yesterday", "today", "tonight", "never", "already", "frankly", "candidly", "directly",
        "not", "did", "does", "do", "could", "might", "may", "should", "can", "been", "being", "reiterating",
        "effectively", "essentially", "basically", "proudly", "jokingly", "sarcastically", "ominously",
        "defiantly", "emphatically", "pointedly", "confidently", "optimistically", "forcefully",
        "previously", "separately", "likewise", "similarly", "too",
    ]

    /// Personal pronouns that can be the subject of a cue.
    public static let pronouns: Set<String> = ["he", "she", "they", "it", "i", "we", "you", "who"]

    /// Determiners and possessive pronouns that start a description ("the top US diplomat").
    public static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "one", "another", "this", "that", "these",
        "those", "some", "several", "two", "three", "many", "both", "my", "your",
    ]

    /// Lower-case words that may join the capitalised words of a name ("Secretary of State").
    public static let connectors: Set<String> = [
        "of", "de", "van", "von", "bin", "al", "la", "le", "du", "del", "da", "der", "den", "for", "and",
    ]

    /// Titles and descriptive words that stand before a person's name ("U.S. Secretary of State").
    public static let titles: Set<String> = [
        "president", "vice", "senator", "sen.", "rep.", "representative", "gov.", "governor", "mayor",
        "secretary", "minister", "prime", "foreign", "defense", "defence", "deputy", "acting", "chief",
        "general", "attorney", "speaker", "chairman", "chairwoman", "chair", "director", "ambassador",
        "judge", "justice", "mr.", "mrs.", "ms.", "dr.", "rev.", "leader", "majority", "minority", "house",
        "senate", "state", "u.s.", "us", "u.n.", "un", "former", "then", "republican", "democrat",
        "democratic", "press", "spokesman", "spokeswoman", "spokesperson", "campaign", "manager",
        "commander", "colonel", "col.", "lt.", "sgt.", "captain", "capt.", "adm.", "admiral", "professor",
        "prof.", "king", "queen", "prince", "pope", "father", "sister", "senior", "adviser", "advisor",
        "communications", "national", "security", "ceo", "founder", "president-elect", "candidate",
        "presidential", "nominee", "hopeful", "front-runner", "frontrunner", "businessman", "billionaire",
        "congressman", "congresswoman", "councilman", "councilwoman", "lawmaker", "sheriff", "officer",
        "gop", "rival", "opponent", "host", "anchor", "moderator", "reporter", "columnist", "editor",
        "author", "analyst", "strategist", "pollster", "consultant", "activist", "executive", "official",
        "officials", "aide", "counselor", "counsel", "lawyer", "the", "then-", "outgoing", "incoming",
        "interim", "top", "assistant", "associate", "sen", "rep", "gov", "mr", "mrs", "ms", "dr", "gen.",
        "lt", "gen", "sgt", "maj.", "major", "conservative", "liberal", "progressive", "independent",
        "supreme", "court", "party", "treasury", "homeland", "health", "education", "energy", "interior",
        "agriculture", "commerce", "labor", "transportation", "veterans", "affairs", "committee",
        "intelligence", "armed", "services", "judiciary", "finance", "budget", "ranking", "member",
        "whip", "delegate", "del.", "superintendent", "commissioner", "inspector", "detective", "police",
        "fire", "special", "envoy", "emeritus", "mrs", "miss", "sir", "lady", "lord", "rabbi", "imam",
        "bishop", "cardinal", "pastor", "reverend", "chancellor", "premier", "dictator", "supremo",
        "american", "korean", "japanese", "chinese", "russian", "british", "israeli", "iranian", "french",
        "german", "mexican", "canadian", "ukrainian", "syrian", "iraqi", "afghan", "palestinian",
        "egyptian", "turkish", "indian", "pakistani", "saudi", "south", "north", "east", "west", "western",
        "eastern", "european", "australian", "italian", "spanish", "cuban", "venezuelan", "brazilian",
        "new", "york", "texas", "florida", "ohio", "california", "illinois", "virginia", "kentucky",
        "wisconsin", "arizona", "carolina", "iowa", "hampshire", "jersey", "massachusetts", "vermont",
        "maryland", "louisiana", "kansas", "nevada", "colorado", "utah", "georgia", "alabama", "tennessee",
        "indiana", "michigan", "minnesota", "missouri", "pennsylvania", "washington", "oregon",
        "oklahoma", "arkansas", "mississippi", "nebraska", "delaware", "connecticut", "maine", "alaska",
        "hawaii", "idaho", "montana", "wyoming", "dakota", "rhode", "island", "fox", "news", "cnn", "msnbc",
        "abc", "nbc", "cbs", "nation", "mogul", "tycoon", "star", "reality", "tv", "chairmen", "chiefs", "staff",
    ]

    /// Capitalised words that are never part of a person's name at the start of a sentence.
    public static let nonNameCaps: Set<String> = [
        "but", "and", "or", "so", "yet", "in", "on", "at", "for", "with", "after", "before", "when",
        "while", "as", "if", "though", "although", "because", "since", "during", "then", "now", "still",
        "meanwhile", "however", "instead", "later", "earlier", "last", "this", "that", "these", "those",
        "there", "here", "what", "where", "why", "how", "which", "yes", "no", "not", "also", "even",
        "asked", "said", "says", "told", "according", "speaking", "writing", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "to", "by", "from",
        "about", "into", "over", "under", "until", "against", "among", "like", "unlike", "both", "each",
        "every", "all", "some", "many", "most", "few", "other", "another", "such", "my", "our", "your",
        "i", "we", "you", "he", "she", "they", "it", "his", "her", "their", "its", "a", "an", "the",
        "just", "appearing", "speaking", "responding", "following", "referring", "addressing",
        "discussing", "noting", "adding", "asking", "given", "despite", "amid",
    ]

    /// Head nouns of organisations ("the Foreign Ministry", "the Korean Central News Agency").
    public static let organizationHeads: Set<String> = [
        "ministry", "agency", "department", "committee", "campaign", "party", "office", "house", "council",
        "staff", "command", "military", "government", "administration", "army", "navy", "force", "forces",
        "police", "court", "commission", "bureau", "service", "center", "centre", "institute", "foundation",
        "association", "union", "group", "company", "corporation", "corp.", "inc.", "bank", "fund",
        "board", "organization", "organisation", "network", "times", "post", "journal", "news", "press",
        "review", "magazine", "tribune", "herald", "network", "university", "college", "school",
        "senate", "congress", "parliament", "assembly", "cabinet", "kremlin", "pentagon", "fbi", "cia",
        "nato", "kcna", "gop", "dnc", "rnc", "chiefs", "team", "coalition", "alliance", "movement",
        "statement", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "report",
        "website", "blog", "twitter", "account", "release", "memo", "letter", "poll", "survey", "study",
        "analysis", "ad", "video", "newspaper", "outlet", "channel", "station", "pac", "super", "camp",
        "state", "country", "nation", "republic", "regime",
    ]

    /// Nouns that describe a person ("the top US diplomat", "the senator").
    public static let personNouns: Set<String> = [
        "diplomat", "president", "senator", "minister", "secretary", "leader", "official", "spokesman",
        "spokeswoman", "spokesperson", "governor", "candidate", "nominee", "congressman", "congresswoman",
        "lawmaker", "mayor", "chairman", "chairwoman", "director", "ambassador", "businessman", "billionaire",
        "man", "woman", "aide", "adviser", "advisor", "counterpart", "premier", "chancellor", "general",
        "commander", "mogul", "frontrunner", "front-runner", "democrat", "republican", "speaker", "host",
        "anchor", "reporter", "author", "writer", "columnist", "analyst", "strategist", "pollster",
        "representative", "politician", "contender", "rival", "opponent", "incumbent", "veteran", "former",
        "activist", "lawyer", "attorney", "judge", "justice", "professor", "expert", "economist", "source",
        "sources", "officials", "person", "voter", "supporter", "critic", "envoy", "manager", "chief",
        "father", "mother", "wife", "husband", "son", "daughter", "dictator", "ruler", "king", "queen",
        "prince", "owner", "founder", "executive", "ceo", "head", "boss", "member", "organizer", "nominees",
    ]

    /// Nouns that mark the bearer as female.
    public static let femaleWords: Set<String> = [
        "mrs.", "ms.", "miss", "mrs", "ms", "congresswoman", "spokeswoman", "chairwoman", "councilwoman",
        "businesswoman", "woman", "wife", "mother", "daughter", "queen", "lady", "sister",
    ]

    /// Common female given names, for matching "she" to a speaker.
    public static let femaleNames: Set<String> = [
        "hillary", "carly", "sarah", "nancy", "elizabeth", "huma", "maria", "kellyanne", "hope", "debbie",
        "donna", "jennifer", "jessica", "katy", "megyn", "melania", "ivanka", "michelle", "ann", "anne",
        "mary", "susan", "karen", "lisa", "linda", "patricia", "barbara", "margaret", "jane", "janet",
        "kate", "katie", "emily", "amy", "laura", "julie", "rachel", "sharon", "nikki", "jeanne", "marie",
        "christine", "deborah", "heather", "hannah", "angela", "loretta", "condoleezza", "kirsten",
        "tammy", "claire", "dana", "lois", "patty", "dianne", "diane", "theresa", "marine", "ruth",
        "sonia", "elena", "samantha", "valerie", "jill", "chelsea", "betsy", "joni", "kristen",
        "alexandra", "nicole", "stephanie", "caroline", "catherine", "katherine", "kathleen", "kathy",
        "sally", "wendy", "gina", "tina", "ellen", "helen", "rosa", "gloria", "jackie", "jacqueline",
        "jean", "joan", "judy", "judith", "martha", "natalie", "olivia", "paula", "pam", "pamela",
        "rebecca", "sara", "shannon", "sheila", "tara", "teresa", "tracy", "vanessa", "victoria",
        "virginia", "cheryl", "carol", "carolyn", "beth", "becky", "andrea", "alice", "abby", "abigail",
        "ashley", "brenda", "cindy", "erin", "eva", "gretchen", "irene", "jenna", "kristin", "lynn",
        "marsha", "maggie", "megan", "meghan", "mika", "molly", "nina", "peggy", "renee", "rita", "rose",
        "sandra", "shirley", "stacey", "terri", "tiffany", "whitney", "jan", "roxanne", "neera",
        "jennifer", "madeleine", "madeline", "janice", "julia", "liz", "lori", "marcia", "mia", "monica",
        "nina", "pat", "priscilla", "stephanie", "tulsi", "ileana", "joni", "kelly", "mazie", "maxine",
        "elise", "dolores", "geraldine", "bella", "lena", "amanda", "allison", "alison", "brooke",
        "cecile", "christina", "claudia", "connie", "denise", "eileen", "esther", "evelyn", "faith",
        "frances", "grace", "holly", "jeannie", "jody", "kayleigh", "kerry-ann", "kristina", "lauren",
        "leah", "lindsey", "lucy", "marianne", "melissa", "michele", "nora", "penny", "robin", "ruby",
        "sophia", "tanya", "ursula", "yvonne", "zoe", "dana", "kamala", "ayanna", "ilhan", "alexandria",
        "debra", "hilary", "bernadette", "katrina", "natasha", "anna", "annie", "emma", "chloe",
    ]

    /// Common male given names, so a capitalised pair such as "Ben Carson" reads as a person.
    public static let maleNames: Set<String> = [
        "donald", "ted", "marco", "jeb", "bernie", "ben", "john", "chris", "rand", "mike", "bill", "barack",
        "joe", "paul", "jim", "james", "george", "rick", "scott", "bobby", "lindsey", "martin", "lincoln",
        "tim", "mitch", "harry", "reince", "newt", "rudy", "jeff", "corey", "kevin", "steve", "stephen",
        "robert", "bob", "david", "dave", "michael", "richard", "tom", "thomas", "william", "charles",
        "frank", "peter", "mark", "matt", "matthew", "jason", "josh", "joshua", "brian", "eric", "jared",
        "ryan", "sean", "patrick", "daniel", "dan", "andrew", "anthony", "antony", "kenneth", "ken",
        "edward", "ed", "larry", "gary", "jerry", "dennis", "raymond", "greg", "gregory", "jack", "henry",
        "carl", "arthur", "roger", "keith", "roy", "ralph", "lawrence", "wayne", "eugene", "russell",
        "louis", "philip", "phil", "randy", "howard", "jon", "jonathan", "justin", "adam", "nathan",
        "nick", "nicholas", "sam", "samuel", "ron", "ronald", "marc", "marcus", "luis", "carlos", "jorge",
        "jose", "juan", "vladimir", "benjamin", "bibi", "shinzo", "shigeru", "fumio", "lee", "antonin", "clarence", "anderson", "wolf", "jake", "chuck",
        "orrin", "jeffrey", "rob", "todd", "travis", "trey", "tony", "van", "al", "alan", "allen", "ari",
        "bret", "brad", "bruce", "bryan", "cory", "curt", "darrell", "dick", "don", "doug", "douglas",
        "duncan", "elijah", "ernest", "evan", "fred", "glenn", "gordon", "grant", "hank", "hugh", "ian",
        "jay", "jesse", "jimmy", "joel", "jordan", "karl", "kirk", "kurt", "leon", "lou", "marty", "max",
        "mitt", "morton", "neil", "norm", "oliver", "pat", "ray", "rex", "rod", "rodney", "ross", "roland",
        "sebastian", "seth", "sid", "sidney", "stan", "stuart", "ted", "terry", "tommy",
        "trent", "vince", "walter", "warren", "will", "zach", "zachary", "hunter", "beau", "bernard",
    ]

    /// The gender a given name suggests: the lists first, then English endings that are mostly
    /// female ("Carla", "Carole", "Danielle", "Jeanette").
    public static func gender(ofGiven name: String) -> Gender {
        var ascii = name
        if let g = ascii.withUTF8({ asciiGender($0) }) { return g }
        let n = name.lowercased()
        // A name on both lists ("Lindsey", "Pat") says nothing.
        switch (femaleNames.contains(n), maleNames.contains(n)) {
        case (true, true): return .unknown
        case (true, false): return .female
        case (false, true): return .male
        case (false, false): break
        }
        guard n.count >= 4, n.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return .unknown }
        for suffix in ["elle", "ette", "ine", "ole", "een", "lyn"] where n.hasSuffix(suffix) { return .female }
        return .unknown
    }

    /// `gender(ofGiven:)` read straight from the bytes of an ASCII name (nil for other names).
    static func asciiGender(_ u: UnsafeBufferPointer<UInt8>) -> Gender? {
        var letters = true
        for c in u {
            if c >= 0x80 { return nil }
            if !Bytes.isAlpha(c) { letters = false }
        }
        let h = WordSet.hash(u, 0, u.count)
        // (the sets read through one global: see `LexiconSets`)
        let sets = LW.sets
        switch (sets.femaleNames.contains(hash: h), sets.maleNames.contains(hash: h)) {
        case (true, true): return .unknown
        case (true, false): return .female
        case (false, true): return .male
        case (false, false): break
        }
        let n = u.count
        guard n >= 4, letters else { return .unknown }
        @inline(__always) func ends(_ s: StaticString) -> Bool {
            let m = s.utf8CodeUnitCount
            guard n >= m else { return false }
            let p = s.utf8Start
            for k in 0..<m where Bytes.lower(u[n - m + k]) != p[k] { return false }
            return true
        }
        if ends("elle") || ends("ette") || ends("ine") || ends("ole") || ends("een") || ends("lyn") { return .female }
        return .unknown
    }

    /// Words whose presence marks a person as male.
    public static let maleWords: Set<String> = [
        "mr.", "mr", "congressman", "spokesman", "chairman", "councilman", "businessman", "man", "husband",
        "father", "son", "king", "prince", "brother", "sir", "lord",
    ]
}

/// The attributor's word lists as `WordSet`s, looked up by a token's precomputed `WindowToken.hash`
/// (no string hashing or comparison per look-up).
enum LW {
    typealias L = AttributionLexicon
    static let cues = WordSet(Array(L.cues))
    static let skippable = WordSet(Array(L.skippable))
    static let pronouns = WordSet(Array(L.pronouns))
    static let determiners = WordSet(Array(L.determiners))
    static let connectors = WordSet(Array(L.connectors))
    static let titles = WordSet(Array(L.titles))
    static let nonNameCaps = WordSet(Array(L.nonNameCaps))
    static let organizationHeads = WordSet(Array(L.organizationHeads))
    static let personNouns = WordSet(Array(L.personNouns))
    static let femaleWords = WordSet(Array(L.femaleWords))
    static let maleWords = WordSet(Array(L.maleWords))
    static let prepositions = WordSet(Array(MentionParser.prepositions))
    static let weekdays = WordSet(Array(MentionParser.weekdays))
    static let possessorHeads = WordSet(Array(MentionParser.possessorHeads))
    static let institutionHeads = WordSet(Array(MentionParser.institutionHeads))
    static let ambiguousTitles = WordSet(Array(MentionParser.ambiguousTitles))
    static let knownOrganizations = WordSet(Array(MentionParser.knownOrganizations))
    static let irregularVerbs = WordSet(Array(DocState.irregularVerbs))
    static let femaleNames = WordSet(Array(L.femaleNames))
    static let maleNames = WordSet(Array(L.maleNames))
    static let subjectJoiners = WordSet(["and", "but", "then", "so", "while", "as", "when"])
    /// Verbs that report speech with "back" ("shot back") or "on" ("went on").
    static let phrasalCues = WordSet(["shot", "fired", "hit", "pushed", "snapped", "went", "talked"])
    /// `WordSet.hash` of "back" and of "went".
    static let backHash: UInt64 = { var t = "back"; return t.withUTF8 { WordSet.hash($0, 0, $0.count) } }()
    static let wentHash: UInt64 = { var t = "went"; return t.withUTF8 { WordSet.hash($0, 0, $0.count) } }()
    /// `WordSet.hash` of "as".
    static let asHash: UInt64 = { var t = "as"; return t.withUTF8 { WordSet.hash($0, 0, $0.count) } }()
    /// Words in -ly that are nouns, not adverbs ("a close ally said").
    static let lyNouns = WordSet(["family", "assembly", "monopoly", "anomaly", "butterfly", "supply"])
    /// Prepositions before a place in an appositive ("a retiree in Carthage", "of Springfield").
    static let placePrepositions = WordSet(["in", "of", "from", "at", "near"])
    /// Cues whose object is the person addressed, not the speaker ("told MSNBC", "asking Clinton").
    static let addresseeCues = WordSet(["told", "tell", "tells", "telling", "asked", "ask", "asks", "asking", "urged", "urges", "urging", "reminded", "assured", "warned", "warning", "accused", "called", "calling", "criticized", "blasted", "slammed", "attacked", "mocked", "praised", "quizzed", "pressed", "dismissed", "rejected", "interrupted", "interrupting", "advised", "implored", "scolded", "taunted", "teased", "denounced", "derided", "ridiculed", "lambasted", "assailed", "condemned", "described", "describing", "labeled", "dubbed", "branded", "termed", "characterized", "texted", "emailed", "messaged", "cheered", "hailed", "questioned", "probed", "prodded", "lectured", "chided"])
}

extension LW {
    /// The sets the name readers consult, in one object (see `LexiconSets`).
    static let sets = LexiconSets()
    /// Known given names, male or female (`maleNames` and `femaleNames` in one look-up).
    static let givenNames = WordSet(Array(L.maleNames) + Array(L.femaleNames))
}

/// `LW`'s word sets that `MentionParser` and `DocState` read per call, in one object: a function
/// reads `LW.sets` once (one check that the global is set) instead of once per set it consults,
/// and reads each set in place (a copy of a set out of it would retain its tables).
final class LexiconSets: Sendable {
    let cues = LW.cues, skippable = LW.skippable, pronouns = LW.pronouns, determiners = LW.determiners
    let connectors = LW.connectors, titles = LW.titles, nonNameCaps = LW.nonNameCaps, organizationHeads = LW.organizationHeads
    let femaleWords = LW.femaleWords, maleWords = LW.maleWords, prepositions = LW.prepositions, weekdays = LW.weekdays
    let possessorHeads = LW.possessorHeads, institutionHeads = LW.institutionHeads, ambiguousTitles = LW.ambiguousTitles
    let knownOrganizations = LW.knownOrganizations, irregularVerbs = LW.irregularVerbs, femaleNames = LW.femaleNames
    let maleNames = LW.maleNames, givenNames = LW.givenNames, subjectJoiners = LW.subjectJoiners, lyNouns = LW.lyNouns
    let placePrepositions = LW.placePrepositions, addresseeCues = LW.addresseeCues

    /// `MentionParser.isCue` on these sets: a lower-case cue word.
    @inline(__always) func isCue(_ t: WindowToken) -> Bool { t.isWord && !t.isCap && cues.contains(hash: t.hash) }
}
