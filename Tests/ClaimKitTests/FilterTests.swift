import XCTest
@testable import ClaimKit

final class FilterTests: XCTestCase {
    static let analysis = Analysis(corpus: CorpusLoader().load([Fixtures.seeds]))
    let q = Query(FilterTests.analysis)

    func parse(_ line: String) throws -> Filter { try FilterParser.parse(try CommandLineTokenizer.tokenize(line)) }
    func claims(_ line: String) throws -> [String] {
        try q.claims(q.resolve(parse(line))).map { q.analysis.claims[$0].id }
    }

    func testTokenizerGroupsQuotedPhrases() throws {
        let t = try CommandLineTokenizer.tokenize(#"claims source:"CBS News" “ballistic missile” -x # comment"#)
        XCTAssertEqual(t.map(\.text), ["claims", "source:CBS News", "ballistic missile", "-x"])
        XCTAssertThrowsError(try CommandLineTokenizer.tokenize("claims \"open")) { e in
            XCTAssertEqual((e as? TokenizeError)?.offset, 7)
        }
    }

    func testCaretPointsAtOffset() {
        XCTAssertEqual(CommandLineTokenizer.caret("claims sourc:x", at: 7), "claims sourc:x\n       ^")
    }

    func testUnknownKeyListsValidOnesAndSuggests() {
        XCTAssertThrowsError(try parse("sourc:cbs")) { e in
            let m = (e as? FilterError)?.message ?? ""
            XCTAssertTrue(m.contains("did you mean 'source:'?"), m)
            XCTAssertTrue(m.contains("valid keys: source: doc: kind: speaker: from: to: limit:"), m)
        }
        XCTAssertThrowsError(try parse("kind:quotes")) { e in
            XCTAssertTrue(((e as? FilterError)?.message ?? "").contains("did you mean 'quote'?"))
        }
        XCTAssertThrowsError(try parse("limit:many"))
    }

    func testSourcePrefixCaseInsensitiveAndExclusion() throws {
        let cbs = try claims("source:cbs")
        XCTAssertEqual(cbs.count, Self.analysis.claimRanges[4].count)
        XCTAssertTrue(cbs.allSatisfy { $0.hasPrefix("c5.") })
        let notUnknown = try claims("-source:unknown")
        XCTAssertTrue(notUnknown.allSatisfy { $0.hasPrefix("c4.") || $0.hasPrefix("c5.") })
        XCTAssertThrowsError(try q.resolve(parse("source:cbz"))) { e in
            XCTAssertTrue(((e as? FilterError)?.message ?? "").contains("did you mean 'CBS News'?"))
        }
    }

    func testDocByIdPrefixAndNumber() throws {
        XCTAssertEqual(try claims("doc:003_fac").count, Self.analysis.claimRanges[3].count)
        XCTAssertEqual(try claims("doc:4"), try claims("doc:003_fac853173c1f0536"))
        XCTAssertThrowsError(try q.resolve(parse("doc:999_x")))
    }

    func testWordsPhrasesKindsAndLimit() throws {
        let both = try claims("missile \"ballistic missile\" kind:numeric")
        XCTAssertFalse(both.isEmpty)
        for id in both {
            let c = Self.analysis.claims.first { $0.id == id }!
            let text = Self.analysis.text(c.document, c.span).lowercased()
            XCTAssertTrue(text.contains("ballistic missile"))
            XCTAssertTrue(c.tags.contains(.numeric))
        }
        XCTAssertEqual(try claims("missile limit:2").count, 2)
        XCTAssertTrue(try claims("missile -missile").isEmpty)
    }

    func testDateRangeFromTo() throws {
        XCTAssertThrowsError(try q.resolve(parse("from:someday")))
        // Month and written-out dates: claims dated inside the range only.
        let nov = try claims("from:2024-11 to:2024-11")
        XCTAssertFalse(nov.isEmpty)
        let r = try q.resolve(parse("from:2024-11 to:\"November 30, 2024\""))
        for k in q.claims(r) {
            XCTAssertTrue(q.timesByClaim[k].contains { q.analysis.times[$0].value.hasPrefix("2024-11") || q.analysis.times[$0].value == "2024" })
        }
        XCTAssertTrue(try claims("from:2030 to:2031").isEmpty)
    }
}
