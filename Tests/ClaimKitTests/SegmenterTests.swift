import XCTest
@testable import ClaimKit

final class SegmenterTests: XCTestCase {
    func sentences(_ text: String) -> [String] {
        let b = Array(text.utf8)
        return Segmenter.segment(b).sentences.map { String(decoding: b[$0.span.start..<$0.span.end], as: UTF8.self) }
    }

    func testAbbreviationsDoNotEndSentences() {
        let s = sentences("Gov. Smith met Mr. Jones and Dr. Lee on St. Patrick's Day. They spoke in Jan. 6 talks. It ended.")
        XCTAssertEqual(s, ["Gov. Smith met Mr. Jones and Dr. Lee on St. Patrick's Day.", "They spoke in Jan. 6 talks.", "It ended."])
    }

    func testInitialismEndsSentenceOnlyBeforeAnOpener() {
        let s = sentences("He met officials from the U.S. and Japan. Ties with the U.S. The talks ended. The U.S. Secretary of State spoke.")
        XCTAssertEqual(s, ["He met officials from the U.S. and Japan.", "Ties with the U.S.", "The talks ended.",
                           "The U.S. Secretary of State spoke."])
    }

    func testInitialsDecimalsAndThousands() {
        let s = sentences("J. R. Smith said output rose 3.5 percent to 1,100 units. Prices fell.")
        XCTAssertEqual(s, ["J. R. Smith said output rose 3.5 percent to 1,100 units.", "Prices fell."])
    }

    func testSentenceEndingInsideClosingQuote() {
        let s = sentences("He said, “We condemn the launch.” The ministry agreed. “Is it over?” she asked. Yes.")
        XCTAssertEqual(s, ["He said, “We condemn the launch.”", "The ministry agreed.", "“Is it over?” she asked.", "Yes."])
    }

    func testHeadlineWithoutPunctuationIsTitle() {
        let text = "North Korea Fires Missile as Blinken Warns\nThe missile flew far. It fell into the sea."
        let seg = Segmenter.segment(Array(text.utf8))
        XCTAssertTrue(seg.paragraphs[0].isTitle)
        XCTAssertEqual(seg.sentences.count, 3)
    }

    func testSubheadingsAreTaggedHeadline() {
        let text = "Title Of The Piece\nThe launch came on Monday. It was the first.\nUS and South Korea reaffirm ties amid change\nBlinken spoke."
        let doc = Document(id: "x", file: "x.txt", path: "x.txt", bytes: Array(text.utf8))
        let a = Analysis(corpus: Corpus(documents: [doc]))
        let headlines = a.claims.filter { $0.tags.contains(.headline) }.map { a.text(0, $0.span) }
        XCTAssertEqual(headlines, ["Title Of The Piece", "US and South Korea reaffirm ties amid change"])
    }

    func testRunTogetherScrapedText() {
        let s = sentences("The war ended late last year.The talks resumed in GazaThis may not happen soon.")
        XCTAssertEqual(s, ["The war ended late last year.", "The talks resumed in Gaza", "This may not happen soon."])
    }

    func testHardWrappedWireCopyJoinsLinesAndSplitsAtIndent() {
        let text = """
        TITLE LINE

        LOS ANGELES, Feb 26 - BankAmerica Corp is not under
        pressure to act quickly on its proposed equity offering,
        banking analysts said today in a series of interviews.
            Some analysts said they have recommended BankAmerica delay
        its up to one-billion-dlr equity offering, which has yet to be
        approved by the Securities and Exchange Commission.
        """
        let paragraphs = ParagraphSplitter.split(Array(text.utf8))
        XCTAssertEqual(paragraphs.count, 3)
        let b = Array(text.utf8)
        XCTAssertTrue(String(decoding: b[paragraphs[2].start..<paragraphs[2].end], as: UTF8.self).hasPrefix("Some analysts"))
    }

    func testLongLinesAreParagraphsEach() {
        let line = String(repeating: "word ", count: 40) + "end."
        let paragraphs = ParagraphSplitter.split(Array((line + "\n" + line + "\n" + line).utf8))
        XCTAssertEqual(paragraphs.count, 3)
    }

    func testSeedHardCases() throws {
        let corpus = CorpusLoader().load([Fixtures.seeds])
        let a = Analysis(corpus: corpus)
        let texts = a.claims.map { a.text($0.document, $0.span) }
        // U.S. inside a sentence does not split it.
        XCTAssertTrue(texts.contains("As U.S. Secretary of State Antony Blinken visits South Korea, tensions on the Korean Peninsula are rising."))
        // A quote ending the sentence keeps its closing mark.
        XCTAssertTrue(texts.contains { $0.hasPrefix("Blinken stated, “Today’s launch") && $0.hasSuffix("work.”") })
        // Thousands separators do not split.
        XCTAssertTrue(texts.contains("The missile flew more than 1,100 kilometers before falling into the sea in the east."))
        // Photo credits and link lists are never claims.
        XCTAssertFalse(texts.contains { $0.contains("/Getty") || $0.hasPrefix("Also Read") || $0 == "Source link" })
    }
}

enum Fixtures {
    /// The repository's seeds/ folder.
    static var seeds: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds").path
    }

    /// A fresh temporary folder.
    static func tempDir() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claims-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
