import XCTest
@testable import ClaimKit

final class EntityResolverTests: XCTestCase {
    func quote(_ doc: Int, _ speaker: String, mention: String? = nil, kind: Entity.Kind = .person) -> Quote {
        Quote(document: doc, span: ByteSpan(0, 1), speakerMention: mention ?? speaker, speaker: speaker, speakerKind: kind)
    }

    func resolve(_ qs: [Quote]) -> (quotes: [Quote], entities: [Entity]) {
        var q = qs
        let e = EntityResolver.resolve(&q)
        return (q, e)
    }

    func testHyphenAndSpacingVariantsMerge() {
        let r = resolve([quote(0, "Kim Jong-un"), quote(1, "Kim Jong Un"), quote(2, "Kim Jong Un"), quote(3, "Yoon Suk-yeol"), quote(4, "Yoon Suk Yeol")])
        XCTAssertEqual(r.entities.count, 2)
        XCTAssertEqual(Set(r.quotes.compactMap(\.speaker)), ["Kim Jong Un", "Yoon Suk Yeol"])
    }

    func testRomanisationVariantsMerge() {
        let r = resolve([quote(0, "Cho Tae-yul"), quote(1, "Cho Tae-yeol"), quote(2, "Choe Sang-mok"), quote(3, "Choi Sang-mok")])
        XCTAssertEqual(r.entities.count, 2)
        let cho = r.entities.first { $0.name.hasPrefix("Cho ") }
        XCTAssertEqual(cho?.quoteCount, 2)
        XCTAssertEqual(cho?.variants.count, 1)
    }

    func testDifferentPeopleSharingSurnameStayApart() {
        let r = resolve([quote(0, "Joe Biden"), quote(1, "Hunter Biden"), quote(2, "Joe Biden")])
        XCTAssertEqual(Set(r.entities.map(\.name)), ["Joe Biden", "Hunter Biden"])
    }

    func testBareSurnameJoinsFullNameInSameDocument() {
        let r = resolve([quote(0, "Joe Biden"), quote(0, "Biden"), quote(1, "Hunter Biden"), quote(1, "Biden"), quote(1, "Hunter Biden")])
        XCTAssertEqual(r.quotes.map(\.speaker), ["Joe Biden", "Joe Biden", "Hunter Biden", "Hunter Biden", "Hunter Biden"])
    }

    func testBareSurnameAndTitledMentionJoinFullName() {
        let r = resolve([
            quote(0, "Antony Blinken", mention: "U.S. Secretary of State Antony Blinken"),
            quote(1, "Blinken", mention: "Secretary Blinken"),
            quote(2, "Blinken", mention: "Blinken"),
        ])
        XCTAssertEqual(r.entities.count, 1)
        let e = r.entities[0]
        XCTAssertEqual(e.name, "Antony Blinken")
        XCTAssertEqual(e.quoteCount, 3)
        XCTAssertTrue(e.variants.contains("Blinken"))
        XCTAssertTrue(e.variants.contains("Secretary Blinken"))
        XCTAssertEqual(e.roles, ["U.S. Secretary of State", "Secretary"])
    }

    func testOrganisationsKeepTheirKind() {
        let r = resolve([quote(0, "Foreign Ministry", mention: "a Foreign Ministry statement", kind: .organization)])
        XCTAssertEqual(r.entities.first?.kind, .organization)
        XCTAssertEqual(r.entities.first?.variants, ["a Foreign Ministry statement"])
    }

    func testASCIIKeyMatchesCharacterKey() {
        let names = ["Kim Jong-un", "The Rev. Dr. Martin Luther King Jr.", "Reuters's", "the ", "'s", "THE  BANK of  England",
                     "a.b,c - d", "Mr. Smith", "J. R. R. Tolkien", "-Lead-", "Bank the ", "the 's", "x's", "", "  "]
        for n in names {
            var copy = n
            let fast = copy.withUTF8 { EntityResolver.asciiKey($0) }
            XCTAssertNotNil(fast, n)
            XCTAssertEqual(fast, EntityResolver.characterKey(n), n)
            XCTAssertEqual(EntityResolver.key(n), EntityResolver.characterKey(n), n)
        }
        // Other text takes the Character path: curly possessive, non-ASCII hyphen, accents.
        for n in ["Korea’s", "Cho Tae‐yul", "José Martí", "line\r\nbreak"] {
            var copy = n
            XCTAssertNil(copy.withUTF8 { EntityResolver.asciiKey($0) }, n)
        }
        XCTAssertEqual(EntityResolver.key("Korea’s"), ["korea"])
        XCTAssertEqual(EntityResolver.key("Cho Tae‐yul"), ["cho", "tae", "yul"])
    }

    func testASCIIRoleMatchesCharacterRole() {
        // (mention, form name, canonical name, the role the Character path gives)
        let cases: [(String, String, String, String?)] = [
            ("U.S. Secretary of State Antony Blinken", "Antony Blinken", "Antony Blinken", "U.S. Secretary of State"),
            ("Secretary Blinken", "Blinken", "Antony Blinken", "Secretary"),
            ("the spokesman, Blinken", "Blinken", "Antony Blinken", "spokesman"),
            ("the a chief Blinken", "Blinken", "Antony Blinken", "chief"),
            ("his Blinken", "Blinken", "Antony Blinken", nil),
            ("The Blinken", "Blinken", "Antony Blinken", nil),
            ("Blinken", "Blinken", "Antony Blinken", nil),
            ("Secretary Tony", "Blinken", "Antony Blinken", nil),
            ("Minister Kim ", "Kim", "Kim Jong Un ", nil),
            ("Leader Un", "Kim", "Kim Jong Un ", "Leader"),
        ]
        for (m, n, c, want) in cases {
            XCTAssertEqual(EntityResolver.characterRole(of: m, name: n, canonical: c), want, m)
            XCTAssertEqual(EntityResolver.role(of: m, name: n, canonical: c), want, m)
            var (mm, nn, cc) = (m, n, c)
            let fast = mm.withUTF8 { a in nn.withUTF8 { b in cc.withUTF8 { EntityResolver.asciiRole(a, b, $0) } } }
            XCTAssertEqual(fast, .some(want), m)
        }
        XCTAssertEqual(EntityResolver.role(of: "Außenminister Kim", name: "Kim", canonical: "Kim"), "Außenminister")
    }

    func testAnalysisFillsEntitiesAndCanonicalSpeakers() {
        let a = "U.S. Secretary of State Antony Blinken visited Seoul.\n\n“We condemn the launch today,” Blinken said.\n"
        let b = "Blinken spoke to reporters in Seoul.\n\n“The launch is a violation,” Blinken said at the briefing.\n"
        let analysis = analyse([a, b])
        XCTAssertEqual(analysis.quotes.map(\.speaker), ["Antony Blinken", "Antony Blinken"])
        XCTAssertEqual(analysis.entities.first?.name, "Antony Blinken")
        XCTAssertEqual(analysis.entities.first?.quoteCount, 2)
    }
}
