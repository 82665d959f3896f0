import XCTest
@testable import ClaimKit

final class QuoteExtractorTests: XCTestCase {
    let lead = "Officials met in the capital on Monday to discuss the launch.\n\n"

    func testStraightAndCurlyQuotes() {
        let t = lead + "\"We are ready,\" the minister said.\n\nThe envoy added: “Talks will resume soon.”\n"
        XCTAssertEqual(quoteTexts(t), ["We are ready,", "Talks will resume soon."])
    }

    func testNYTTwoApostropheQuotes() {
        let t = lead + "''I think this will change the race,'' said Senator Chris Coons. He called it ''a turning point.''\n"
        XCTAssertEqual(quoteTexts(t), ["I think this will change the race,", "a turning point."])
    }

    func testNestedSingleQuoteInsideNYTQuote() {
        let t = lead + "''He told me 'no way,''' said Mr. Smith, a local official.\n"
        XCTAssertEqual(quoteTexts(t), ["He told me 'no way,'"])
    }

    func testNestedSingleQuotesStayInside() {
        let t = lead + "“She said ‘enough is enough’ and left the room,” Jones said.\n"
        XCTAssertEqual(quoteTexts(t), ["She said ‘enough is enough’ and left the room,"])
    }

    func testQuoteSplitByAttributionIsTwoQuotesOneSpeaker() {
        let t = lead + "“We condemn the launch,” Blinken said. “It violates several resolutions.”\n"
        let q = quoteSpeakers(t)
        XCTAssertEqual(q.map(\.0), ["We condemn the launch,", "It violates several resolutions."])
        XCTAssertEqual(q.map(\.1), ["Blinken", "Blinken"])
    }

    func testMultiParagraphQuoteGivesOneEntryPerParagraph() {
        let t = lead + "Kerry said in a statement:\n\n\"The first part of the statement runs on here.\n\n\"The second part ends the statement.\"\n\nThe meeting ended.\n"
        let q = quoteSpeakers(t)
        XCTAssertEqual(q.map(\.0), ["The first part of the statement runs on here.", "The second part ends the statement."])
        XCTAssertEqual(q.map(\.1), ["Kerry", "Kerry"])
    }

    func testPartialQuoteIsMarked() {
        let t = lead + "Blinken condemned it as “another violation of multiple resolutions” on Monday.\n"
        let r = extractQuotes(t)
        XCTAssertEqual(r.quotes.count, 1)
        XCTAssertEqual(r.quotes.first.map { r.doc.text($0.span) }, "another violation of multiple resolutions")
        XCTAssertEqual(r.quotes.first?.isPartial, true)
        XCTAssertEqual(r.quotes.first?.speaker, "Blinken")
    }

    func testFullSentenceQuoteIsNotPartial() {
        let r = extractQuotes(lead + "He stated, “We condemn the launch of the missile today.”\n")
        XCTAssertEqual(r.quotes.first?.isPartial, false)
    }

    func testUnbalancedQuoteStopsAtParagraphEnd() {
        let t = lead + "The report said \"the numbers are wrong and nobody checked them\n\nThe second paragraph is reporting. It has no quotes at all.\n\nA third paragraph follows.\n"
        let r = extractQuotes(t)
        XCTAssertEqual(r.quotes.count, 1)
        let text = r.quotes.first.map { r.doc.text($0.span) } ?? ""
        XCTAssertEqual(text, "the numbers are wrong and nobody checked them")
        XCTAssertFalse(text.contains("second paragraph"))
    }

    func testApostrophesAreNotQuoteMarks() {
        let t = lead + "North Korea’s leader, in the ’90s style, said he didn't care. The '90s are back, it's said.\n"
        XCTAssertEqual(quoteTexts(t), [])
    }

    func testSingleQuotesAfterNamingCueCount() {
        let t = lead + "Kim said the weapons would deter what he referred to as 'rivals' in the Pacific.\n"
        XCTAssertEqual(quoteTexts(t), ["rivals"])
    }

    func testSingleQuotesWithoutCueDoNotCount() {
        let t = lead + "The team met its 'rivals' on the field and won.\n"
        XCTAssertEqual(quoteTexts(t), [])
    }

    func testQuotesInBoilerplateAreIgnored() {
        let t = lead + "“We are ready,” the minister said.\n\nRead More: “Shocking” launch stuns region\n"
        XCTAssertEqual(quoteTexts(t), ["We are ready,"])
    }

    func testQuoteCrossesHardWrappedLines() {
        let lines = [
            "WASHINGTON, March 3 - The central bank said on Tuesday that",
            "\"rates will stay low for an extended period while growth",
            "remains weak,\" a spokesman for the central bank told reporters",
            "at a briefing in the capital on Tuesday afternoon after talks.",
            "  The statement came after two days of talks among members of",
            "the committee, which meets again next month in the capital.",
        ]
        let t = lines.joined(separator: "\n") + "\n"
        let q = quoteTexts(t)
        XCTAssertEqual(q.count, 1)
        XCTAssertEqual(q.first, "rates will stay low for an extended period while growth\nremains weak,")
    }

    func testTitlesAndScareQuotesWithoutCueAreDropped() {
        let t = lead + "She appeared on “Good Morning America” to talk about the “undercard” debate.\n"
        XCTAssertEqual(quoteTexts(t), [])
    }
}
