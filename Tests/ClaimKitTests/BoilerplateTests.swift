import XCTest
@testable import ClaimKit

final class BoilerplateTests: XCTestCase {
    func kind(_ text: String, afterReadMore: Bool = false) -> BoilerplateKind? {
        let b = Array(text.utf8)
        return BoilerplateDetector.classify(b, ByteSpan(0, b.count), afterReadMore: afterReadMore)
    }

    func testFurnitureKinds() {
        XCTAssertEqual(kind("Read More:"), .readMore)
        XCTAssertEqual(kind("Also Read:- Key Festivals and Significant Days in January 2025"), .readMore)
        XCTAssertEqual(kind("- The 2025 Golden Globes: Highlights", afterReadMore: true), .readMore)
        XCTAssertEqual(kind("0 Comments"), .comments)
        XCTAssertEqual(kind("Post Comment"), .comments)
        XCTAssertEqual(kind("Source link"), .sourceLine)
        XCTAssertEqual(kind("Original Source: www.dawn.com"), .sourceLine)
        XCTAssertEqual(kind("https://assets2.example.com/hub/i/r/2025/01/06/photo.jpg?v=1"), .url)
        XCTAssertEqual(kind("Chung Sung Joon/Getty"), .photoCredit)
        XCTAssertEqual(kind("REUTERS"), .wireTag)
        XCTAssertEqual(kind("Reuters"), .wireTag)
        // A CDN link with a long query string is still a URL, however long.
        let long = "https://cdn.example.com/images/2025/01/06/photo.jpg?" + String(repeating: "w=1200&h=800&", count: 30)
        XCTAssertGreaterThan(long.utf8.count, 300)
        XCTAssertEqual(kind(long), .url)
    }

    func testReportingIsNotFurniture() {
        XCTAssertNil(kind("The missile flew 680 miles before falling into the sea."))
        XCTAssertNil(kind("- a dash-led line that is not after a link list", afterReadMore: false))
        XCTAssertNil(kind("Reuters reported that the missile flew 1,100 km."))
        XCTAssertNil(kind("Kim met Putin/Xi in Beijing, officials said."))
    }

    func testHeadingsAreShortAndUnpunctuated() {
        let h = Array("Political Context".utf8), s = Array("It ended.".utf8)
        XCTAssertTrue(BoilerplateDetector.isHeading(h, ByteSpan(0, h.count)))
        XCTAssertFalse(BoilerplateDetector.isHeading(s, ByteSpan(0, s.count)))
    }

    func testOriginalSourceLineNamesTheOutlet() {
        let text = "The launch was condemned.\nOriginal Source: www.dawn.com\nPost Comment"
        let seg = Segmenter.segment(Array(text.utf8))
        XCTAssertEqual(seg.namedSource, "dawn.com")
        let doc = Document(id: "x", file: "x.txt", path: "x.txt", bytes: Array(text.utf8))
        let a = Analysis(corpus: Corpus(documents: [doc]))
        XCTAssertEqual(a.documents[0].source, "dawn.com")
        XCTAssertEqual(a.documents[0].sourceBasis, .text)
        XCTAssertEqual(a.claims.count, 1)
    }
}

final class OpenerFilterTests: XCTestCase {
    /// The filter may only rule out positions where no opener matches: every first two bytes
    /// an opener matches (ignoring case) pass it.
    func testNeverRulesOutAMatch() {
        for openers in [BoilerplateDetector.readMoreOpeners, BoilerplateDetector.sourceOpeners, BoilerplateDetector.photoOpeners] {
            let filter = OpenerFilter(openers)
            for o in openers {
                var t = o
                for a in 0...255 {
                    for b in 0...255 {
                        t[0] = UInt8(a)
                        t[1] = UInt8(b)
                        if Bytes.hasPrefix(t, at: 0, o) { XCTAssertTrue(filter.mayStart(t, at: 0), "\(o) \(a) \(b)") }
                    }
                }
            }
        }
    }

    func testRulesOutOtherStarts() {
        let filter = OpenerFilter(BoilerplateDetector.readMoreOpeners)
        XCTAssertTrue(filter.mayStart(Array("READ MORE: ...".utf8), at: 0))
        XCTAssertTrue(filter.mayStart(Array("x Also read".utf8), at: 2))
        XCTAssertFalse(filter.mayStart(Array("The minister said".utf8), at: 0))
        XCTAssertFalse(filter.mayStart(Array("r".utf8), at: 0))
        XCTAssertFalse(filter.mayStart(Array("re".utf8), at: 5))
        XCTAssertTrue(OpenerFilter([Array("x".utf8)]).mayStart(Array("The".utf8), at: 0))
    }
}
