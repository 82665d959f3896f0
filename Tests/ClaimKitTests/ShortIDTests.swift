import XCTest
@testable import ClaimKit

final class ShortIDTests: XCTestCase {
    func testWritesWhatInterpolationWrites() {
        for (a, b) in [(0, 0), (1, 1), (3, 4), (9, 10), (10, 99), (21268, 1234), (-5, 7), (Int.max, Int.min)] {
            XCTAssertEqual(ShortID.make("t", a, b), "t\(a).\(b)")
            XCTAssertEqual(ShortID.make("e", a), "e\(a)")
        }
    }

    func testIdsOfAnAnalysis() {
        let text = "Seoul, January 6, 2025\n\n“The launch was a reminder,” the minister said on Monday.\n"
        let doc = Document(id: "d", file: "d.txt", path: "d.txt", bytes: Array(text.utf8))
        let a = Analysis(corpus: Corpus(documents: [doc, doc]), parallel: false)
        XCTAssertEqual(a.times.count, 4)
        XCTAssertEqual(a.times.map(\.id), ["t1.1", "t1.2", "t2.1", "t2.2"])
        XCTAssertEqual(a.quotes.map(\.id), ["q1.1", "q2.1"])
        XCTAssertEqual(a.claims.map(\.id), ["c1.1", "c1.2", "c2.1", "c2.2"])
    }
}
