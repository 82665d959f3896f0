import XCTest
@testable import ClaimKit

final class JSONReaderTests: XCTestCase {
    func testReadsWhatFoundationReads() throws {
        let text = #"{"name": "x", "documents": [{"file": "a.txt", "n": -1.5e2, "ok": true, "none": null, "esc": "q\"\\\/\n\u00e9\ud83d\ude00"}]}"#
        let v = try JSONReader.parse(Array(text.utf8))
        XCTAssertEqual(v["name"], .string("x"))
        guard case .array(let docs)? = v["documents"] else { return XCTFail("no documents") }
        XCTAssertEqual(docs[0]["n"], .number(-150))
        XCTAssertEqual(docs[0]["ok"], .bool(true))
        XCTAssertEqual(docs[0]["none"], .null)
        XCTAssertEqual(docs[0]["esc"]?.string, "q\"\\/\né😀")
    }

    func testErrorsSayLineAndColumn() {
        XCTAssertThrowsError(try JSONReader.parse(Array("{\n  \"a\": [1, 2,,]\n}".utf8))) { e in
            let err = e as? JSONReadError
            XCTAssertEqual(err?.line, 2)
            XCTAssertEqual(err?.column, 14)
        }
        XCTAssertThrowsError(try JSONReader.parse(Array("{\"a\": \"open".utf8)))
        XCTAssertThrowsError(try JSONReader.parse(Array("[1] x".utf8)))
        XCTAssertThrowsError(try JSONReader.parse(Array(String(repeating: "[", count: 2000).utf8)))
    }
}
