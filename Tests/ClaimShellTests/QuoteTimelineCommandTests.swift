import XCTest
import ClaimKit
@testable import ClaimShell

final class QuoteTimelineCommandTests: XCTestCase {
    func testCompareQuotesShowsGroupsVerdictsAndPlainDiffs() {
        let h = Harness()
        XCTAssertEqual(h.run("compare quotes speaker:blinken"), .ok)
        XCTAssertTrue(h.out.contains("reworded"), h.out)
        XCTAssertTrue(h.out.contains("[-merely-]{+just+}"), "plain diff outside a terminal: \(h.out)")
        XCTAssertFalse(h.out.contains("\u{1B}["), "no colour outside a terminal")
    }

    func testComparePairAndBadIds() {
        let h = Harness()
        XCTAssertEqual(h.run("compare q3.4 q4.1"), .ok)
        XCTAssertTrue(h.out.contains("verdict: reworded"), h.out)
        XCTAssertEqual(h.run("compare q3.4 d2"), .failed)
        XCTAssertTrue(h.err.contains("'d2' is not a quote or claim id"), h.err)
        XCTAssertEqual(h.run("compare"), .failed)
    }

    func testDiffIsColouredWhenColourIsOn() {
        let h = Harness()
        h.run("set color on")
        h.run("compare q3.4 q4.1")
        XCTAssertTrue(h.out.contains("\u{1B}[31;9m"), "removed words struck red")
        XCTAssertFalse(h.out.contains("[-merely-]"))
    }

    func testWhoListsVariantsAndSuggests() {
        let h = Harness()
        XCTAssertEqual(h.run("who kim"), .ok)
        XCTAssertTrue(h.out.hasPrefix("Kim Jong"), h.out)
        XCTAssertEqual(h.run("who blinkn"), .failed)
        XCTAssertTrue(h.err.contains("did you mean 'Antony Blinken'?"), h.err)
    }

    func testSpeakerFilterAndCompletion() {
        let h = Harness()
        h.run("set format jsonl")
        XCTAssertEqual(h.run("quotes speaker:blinken"), .ok)
        let speakers = Set(h.out.split(separator: "\n").compactMap { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["speaker"] as? String
        })
        XCTAssertEqual(speakers, ["Antony Blinken"])
        let c = Completer(session: h.session)
        XCTAssertEqual(c.candidates(before: "quotes ", word: "speaker:anto"), ["speaker:\"Antony Blinken\""])
    }

    func testTimelineIsChronologicalAndFilters() throws {
        let h = Harness()
        h.run("set format jsonl")
        XCTAssertEqual(h.run("timeline"), .ok)
        let dates = h.out.split(separator: "\n").compactMap { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["date"] as? String
        }
        XCTAssertGreaterThan(dates.count, 5)
        let keys = dates.compactMap { TimexValue($0)?.start }
        XCTAssertEqual(keys, keys.sorted(), "timeline entries in date order")
        h.out = ""
        XCTAssertEqual(h.run("timeline from:2024-11 to:\"December 31, 2024\""), .ok)
        let inRange = h.out.split(separator: "\n").compactMap { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["date"] as? String
        }
        XCTAssertFalse(inRange.isEmpty)
        XCTAssertTrue(inRange.allSatisfy { $0.hasPrefix("2024") }, "\(inRange)")
        XCTAssertEqual(h.run("timeline from:someday"), .failed)
    }

    func testTimelineGroupsEventsUnderDatesWhenAWidthApplies() {
        let h = Harness()
        h.run("set width 100")
        XCTAssertEqual(h.run("timeline from:2024-11 to:2024-12"), .ok)
        let lines = h.out.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        XCTAssertTrue(lines.contains("2024-11-05"), h.out)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  e") && $0.contains("[c1.9, c2.4]") }, h.out)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 100 }, h.out)
    }

    func testShowEventListsSupportingSentences() {
        let h = Harness()
        h.run("set format jsonl")
        h.run("timeline source:dawn")
        guard let first = h.out.split(separator: "\n").first,
              let obj = try? JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any],
              let id = obj["id"] as? String else { return XCTFail("no event") }
        h.out = ""
        XCTAssertEqual(h.run("show \(id)"), .ok)
        XCTAssertTrue(h.out.contains("Dawn"), h.out)
        XCTAssertTrue(h.out.contains("dated by t"), h.out)
    }

    /// Sentences of hard-wrapped wire copy hold newlines: `show` prints each on one line.
    func testShowPrintsEachSentenceOnOneLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claims-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = """
        Talks resume

            The two sides met on March 3, 1987 in Geneva and agreed to
        meet again within a month, officials from both delegations said
        after the session, which lasted more than six hours.
            Neither side gave details of the proposals discussed at the
        meeting, the first since the talks broke down last year.

        """
        try Data(text.utf8).write(to: dir.appendingPathComponent("wire.txt"))
        let h = Harness(paths: [dir.path])
        XCTAssertEqual(h.run("show e1"), .ok)
        XCTAssertEqual(h.run("show e2"), .ok)
        XCTAssertTrue(h.out.contains("agreed to meet again"), h.out)
        XCTAssertTrue(h.out.contains("discussed at the meeting"), h.out)
        for line in h.out.split(separator: "\n") {
            XCTAssertTrue(line.hasPrefix("e") || line.hasPrefix("c") || line.hasPrefix("  dated by"), "a line starts mid-sentence: \(line)")
        }
    }

    func testExportTimelineWritesSelfContainedHTML() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claims-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let page = dir.appendingPathComponent("t.html").path
        let h = Harness()
        XCTAssertEqual(h.run("export timeline \(page)"), .ok)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        XCTAssertTrue(html.contains("<svg"))
        XCTAssertFalse(html.contains("src=\"http"))
    }
}
