import XCTest
@testable import ClaimKit

/// The quote windows' tokenizer: abbreviations keep their period.
final class WindowTokenizerTests: XCTestCase {
    /// The abbreviation table has 64 open-addressing slots: every abbreviation must be found in
    /// it, and the list must leave it room (a full table would never stop probing).
    func testEveryAbbreviationIsInTheTableWithRoomToSpare() {
        XCTAssertLessThanOrEqual(WindowTokenizer.abbreviations.count, 48, "grow abbreviationTable before adding more")
        for w in WindowTokenizer.abbreviations {
            let bytes = Array(w.utf8)
            var h = WordSet.hash(bytes, 0, bytes.count)
            if h == 0 { h = 1 }
            XCTAssertTrue(WindowTokenizer.isAbbreviation(h, WindowTokenizer.abbreviationTable), w)
        }
        let other = Array("said".utf8)
        XCTAssertFalse(WindowTokenizer.isAbbreviation(WordSet.hash(other, 0, other.count), WindowTokenizer.abbreviationTable))
    }

    /// "Sen." keeps its period; a sentence's last word does not.
    func testAbbreviationKeepsItsPeriodAndAWordDoesNot() {
        let text = Array("Sen. Kim said. Then".utf8)
        let words = text.withUnsafeBufferPointer { b in
            WindowTokenizer.tokens(b, ByteSpan(0, b.count)).map { String(decoding: text[$0.span.start..<$0.span.end], as: UTF8.self) }
        }
        XCTAssertEqual(words, ["Sen.", "Kim", "said", ".", "Then"])
    }
}
