import XCTest
@testable import ClaimKit

final class QuoteComparisonTests: XCTestCase {
    func testIdentical() {
        let c = QuoteComparison.compare("We condemn the launch.", "We condemn the launch.")
        XCTAssertEqual(c.verdict, .identical)
        XCTAssertEqual(c.similarity, 1)
    }

    func testMinorCaseAndQuoteStyle() {
        let c = QuoteComparison.compare("Today’s launch is a reminder.", "today's launch is a reminder")
        XCTAssertEqual(c.verdict, .minor)
    }

    func testMinorFunctionWordsOnly() {
        let c = QuoteComparison.compare("we will work with the allies", "we will work with allies")
        XCTAssertEqual(c.verdict, .minor)
    }

    func testTruncated() {
        let c = QuoteComparison.compare(
            "We condemn the launch of the missile today, yet another violation of multiple UN Security Council resolutions.",
            "another violation of multiple UN Security Council resolutions.")
        XCTAssertEqual(c.verdict, .truncated)
    }

    func testReworded() {
        let c = QuoteComparison.compare(
            "Today’s launch is merely a reminder for all of us about the importance of our collaborative work.",
            "Today’s launch is just a reminder to all of us of how important our collaborative work is.")
        XCTAssertEqual(c.verdict, .reworded)
        XCTAssertGreaterThan(c.similarity, 0.5)
        XCTAssertLessThan(c.similarity, 0.9)
    }

    func testDifferent() {
        let c = QuoteComparison.compare("The economy is strong.", "We will never surrender to terrorists.")
        XCTAssertEqual(c.verdict, .different)
        XCTAssertLessThan(c.similarity, 0.5)
    }

    func testDiffSegmentsAndPlainRendering() {
        let c = QuoteComparison.compare("launch is merely a reminder", "launch is just a reminder")
        XCTAssertEqual(c.diff, [.same("launch is"), .removed("merely"), .added("just"), .same("a reminder")])
        XCTAssertEqual(WordDiff.plain(c.diff), "launch is [-merely-]{+just+} a reminder")
    }

    func testGroupsSameStatementAcrossDocuments() {
        let a = "Blinken visited Seoul on Monday.\n\nBlinken said, “Today’s launch is merely a reminder for all of us about the importance of our collaborative work.”\n"
        let b = "The envoy met officials on Monday.\n\n“Today’s launch is just a reminder to all of us of how important our collaborative work is,” Blinken said.\n\n“Trade talks will continue next year in Washington,” Blinken said.\n"
        let analysis = analyse([a, b])
        XCTAssertEqual(analysis.quotes.count, 3)
        XCTAssertEqual(analysis.quoteGroups.count, 1)
        let g = analysis.quoteGroups[0]
        XCTAssertEqual(g.id, "g1")
        XCTAssertEqual(g.speaker, "Blinken")
        XCTAssertEqual(g.members, [0, 1])
        XCTAssertEqual(g.pairs.first?.verdict, .reworded)
    }

    func testDifferentSpeakersDoNotGroup() {
        let a = "Officials spoke.\n\n“We will not accept this outcome under any circumstances,” Smith said.\n"
        let b = "Officials spoke.\n\n“We will not accept this outcome under any circumstances,” Jones said.\n"
        let analysis = analyse([a, b])
        XCTAssertEqual(analysis.quotes.count, 2)
        XCTAssertTrue(analysis.quoteGroups.isEmpty)
    }

    func testExportHasQuoteGroups() {
        let a = "Officials spoke.\n\n“We will not accept this outcome under any circumstances,” Smith said.\n"
        let b = "Officials spoke.\n\n“We will not accept this outcome under any circumstances,” Smith said.\n"
        let analysis = analyse([a, b])
        let json = String(decoding: AnalysisExport.encode(analysis), as: UTF8.self)
        XCTAssertTrue(json.contains("\"quote_groups\":[{\"id\":\"g1\",\"speaker\":\"Smith\",\"members\":[\"q1.1\",\"q2.1\"]"), json)
        XCTAssertTrue(json.contains("\"verdict\":\"identical\""))
    }

    func testWordIDTableGivesDenseIDsInOrderOfFirstSight() {
        var table = WordIDTable()
        // Key 0 (an empty slot inside the table) is a word like any other.
        let keys = (0..<5000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        XCTAssertEqual(keys.map { table.id($0) }, (0..<5000).map(Int32.init))
        XCTAssertEqual(keys.reversed().map { table.id($0) }, (0..<5000).reversed().map(Int32.init))
        XCTAssertEqual(table.count, 5000)
        XCTAssertEqual(table.id(UInt64.max), 5000)
    }

    func testParallelRangesCoverEveryIndexInOrder() {
        let pieces = Parallel.mapRanges(1000, pieces: 7) { Array($0) }
        XCTAssertEqual(pieces.count, 7)
        XCTAssertEqual(pieces.flatMap { $0 }, Array(0..<1000))
        XCTAssertEqual(Parallel.mapRanges(0, pieces: 4) { $0.count }, [0])
    }

    /// Enough quotes for the grouper to split its work: every statement of many outlets forms
    /// one group, repeats are `identical` or `minor`, and statements of different speakers stay apart.
    func testGroupsAcrossManyDocuments() {
        var docs: [Document] = []
        for d in 0..<1200 {
            let topic = d % 40
            let speaker = topic % 2 == 0 ? "Smith" : "Jones"
            let text = d % 3 == 0
                ? "Talks opened.\n\n“Plan \(topic) will bring water and power to every district in the valley by spring,” \(speaker) said.\n"
                : "Talks opened.\n\n“plan \(topic) will bring water and power to every district in the valley by spring,” \(speaker) said.\n"
            docs.append(Document(id: "d\(d)", file: "d\(d).txt", path: "d\(d).txt", bytes: Array(text.utf8)))
        }
        let analysis = Analysis(corpus: Corpus(documents: docs))
        XCTAssertEqual(analysis.quotes.count, 1200)
        XCTAssertEqual(analysis.quoteGroups.count, 40)
        for g in analysis.quoteGroups {
            XCTAssertEqual(g.members.count, 30)
            XCTAssertEqual(g.pairs.count, 29)
            XCTAssertEqual(Set(g.members.map { analysis.quotes[$0].document % 40 }).count, 1)
            XCTAssertTrue(g.pairs.allSatisfy { $0.verdict == .identical || $0.verdict == .minor })
        }
    }
}

final class ItemLookupTests: XCTestCase {
    /// Ids resolve to their items without building an id string per item.
    func testClaimQuoteAndTimeIdsResolveToTheirIndices() {
        let a = "Talks\n\nOn Monday, Smith said, “We will not accept this outcome.” He left on Tuesday.\n"
        let b = "Talks\n\n“The talks resume in March,” Jones said on Friday. “We are ready,” she added.\n"
        let an = analyse([a, b])
        XCTAssertGreaterThan(an.quotes.count, 2)
        XCTAssertGreaterThan(an.times.count, 2)
        for (k, c) in an.claims.enumerated() { XCTAssertEqual(an.claimIndex(id: c.id), k, c.id) }
        for (k, q) in an.quotes.enumerated() {
            let n = an.quotes[..<k].filter { $0.document == q.document }.count + 1
            XCTAssertEqual(an.quoteIndex(document: q.document, number: n), k)
            XCTAssertEqual(q.id, "q\(q.document + 1).\(n)")
        }
        for (k, t) in an.times.enumerated() {
            let n = an.times[..<k].filter { $0.document == t.document }.count + 1
            XCTAssertEqual(an.timeIndex(document: t.document, number: n), k)
        }
        for bad in ["c9.1", "c1.0", "c1.999", "q1.1", "c1", "c.1", "c1.2x", ""] { XCTAssertNil(an.claimIndex(id: bad), bad) }
        XCTAssertNil(an.quoteIndex(document: 0, number: 99))
        XCTAssertNil(an.timeIndex(document: 5, number: 1))
    }
}
