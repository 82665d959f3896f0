import XCTest
@testable import ClaimKit

final class ExportTests: XCTestCase {
    func export(_ a: Analysis) throws -> [String: Any] {
        let bytes = AnalysisExport.encode(a)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    func testSchemaAndListsPresent() throws {
        let json = try export(Analysis(corpus: CorpusLoader().load([Fixtures.seeds])))
        XCTAssertEqual(json["schema"] as? String, "claims.analysis/1")
        for key in ["documents", "claims", "quotes", "times", "quantities", "discrepancies"] {
            XCTAssertNotNil(json[key] as? [Any], key)
        }
        XCTAssertEqual((json["documents"] as? [Any])?.count, 5)
    }

    func testEverySpanSlicesToItsText() throws {
        let corpus = CorpusLoader().load([Fixtures.seeds])
        let json = try export(Analysis(corpus: corpus))
        var files: [String: [UInt8]] = [:]
        for d in corpus.documents { files[d.id] = d.bytes }
        var checked = 0
        for list in ["claims", "quotes", "times", "quantities"] {
            for case let item as [String: Any] in json[list] as? [Any] ?? [] {
                let doc = try XCTUnwrap(item["document"] as? String)
                let span = try XCTUnwrap(item["span"] as? [Int])
                let bytes = try XCTUnwrap(files[doc])
                XCTAssertEqual(String(decoding: bytes[span[0]..<span[1]], as: UTF8.self), item["text"] as? String, "\(list) \(item)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 100)
    }

    func testIdsAreStableAcrossRuns() {
        let a = Analysis(corpus: CorpusLoader().load([Fixtures.seeds]))
        let b = Analysis(corpus: CorpusLoader().load([Fixtures.seeds]), parallel: false)
        XCTAssertEqual(a.claims.map(\.id), b.claims.map(\.id))
        XCTAssertEqual(a.claims.first?.id, "c1.1")
        XCTAssertEqual(AnalysisExport.encode(a), AnalysisExport.encode(b))
    }

    func testJSONWriterEscapesAndNests() throws {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.key("text"); w.value("quote \" backslash \\ newline \n tab \t bell \u{7} “curly”")
        w.key("list"); w.value(["a", "b"])
        w.key("n"); w.value(1100.0)
        w.key("x"); w.value(0.5)
        w.key("none"); w.value(nil as String?)
        w.key("empty"); w.beginArray(); w.endArray()
        w.endObject()
        let obj = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any])
        XCTAssertEqual(obj["text"] as? String, "quote \" backslash \\ newline \n tab \t bell \u{7} “curly”")
        XCTAssertEqual(obj["n"] as? Int, 1100)
        XCTAssertEqual(obj["x"] as? Double, 0.5)
        XCTAssertTrue(obj["none"] is NSNull)
        XCTAssertTrue(w.string.contains("\"n\": 1100"))
    }
}
